"""When a section counts as read: measured reading, not clicks.

Rule: a section is read when the learner has scrolled through to its end AND has had it on screen
(Coursebook active) for at least ``FRACTION`` of its reading time at ``WORDS_PER_MINUTE``, with a
floor of ``MIN_SECONDS``. A quick flip through a module marks nothing read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

WORDS_PER_MINUTE = 200
FRACTION = 0.4
MIN_SECONDS = 3.0
#: A scroll fraction at or past this counts as the end (the last lines are on screen).
END = 0.98

_WORD_RE = re.compile(r"\w+")


def word_count(text: str) -> int:
    return len(_WORD_RE.findall(text))


def required_seconds(words: int, wpm: float = WORDS_PER_MINUTE, fraction: float = FRACTION) -> float:
    """Seconds on screen a section of ``words`` words needs before it can count as read."""
    return max(MIN_SECONDS, fraction * words / wpm * 60.0)


def section_words(section) -> int:  # noqa: ANN001 - coursebook.model.Section
    """Words a learner reads in a section (activity: its prose, name and objectives)."""
    from ..search.documents import plain

    if section.kind == "activity" and section.activity is not None:
        text = "\n".join([section.prose, section.activity.name, section.activity.objectives])
    else:
        text = section.body
    return word_count(plain(text))


@dataclass
class SectionClock:
    """Time a section has been on screen, with an injectable clock (seconds, monotonic).

    ``take()`` returns the seconds since the last take (0 while paused) and restarts."""

    clock: Callable[[], float]
    started: float | None = None

    def start(self) -> None:
        self.started = self.clock()

    def pause(self) -> None:
        self.started = None

    @property
    def running(self) -> bool:
        return self.started is not None

    def take(self) -> float:
        if self.started is None:
            return 0.0
        now = self.clock()
        seconds, self.started = max(0.0, now - self.started), now
        return seconds
