"""Trainer mode, without Qt: slides from a module, the activity runner, the timing check, handouts."""
