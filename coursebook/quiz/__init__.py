"""Question banks, scoring, practice and assessments (no Qt)."""
