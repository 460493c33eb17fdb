"""Errors that name the file and line they come from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContentError:
    """One problem in a content file; printed as ``path:line: message``."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class ContentFileError(Exception):
    """Raised by a parser when a whole file cannot be used."""

    def __init__(self, error: ContentError):
        super().__init__(str(error))
        self.error = error
