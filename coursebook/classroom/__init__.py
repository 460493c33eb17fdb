"""The classroom: learner profiles, the trainer role, sealed attempts, closed book, exam files."""
