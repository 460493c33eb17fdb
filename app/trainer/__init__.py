"""Trainer mode in the GUI: the presenter's two windows, the activity runner panel, handouts."""
