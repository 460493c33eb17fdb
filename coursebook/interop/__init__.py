"""Trainers' material in and out: Moodle GIFT, Aiken and Moodle XML banks, content packs, xAPI (no Qt)."""
