"""Coursebook's PySide6 GUI: a thin layer over the ``coursebook`` core."""
