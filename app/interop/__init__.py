"""Trainers' material in and out: content packs and question banks (windows and dialogs)."""
