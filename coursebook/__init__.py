"""Coursebook core: content model, Markdown loading, quizzes, the SQLite store.

Rule: nothing in this package imports Qt. The GUI lives in ``app`` and calls in here.
"""

__version__ = "0.1.0"
