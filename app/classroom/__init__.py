"""The classroom GUI: choosing a profile, the trainer login, exam files."""
