"""Keeping learner data safe: what counts as damage, backups, the journal check, one instance per folder."""
