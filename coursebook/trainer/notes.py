"""Who sees trainer material, and the author's slide break.

The note blocks themselves (``!!! trainer "…"`` and ``!!! editor "…"``) are parsed by
:mod:`coursebook.notes`. Rules:

- a ``trainer`` note, and the activity's trainer-only fields (phase instructions, tips, injects,
  the answer key, handouts marked ``trainer: true``), are shown to the ``trainer`` audience only:
  never to learners, never on the audience screen of a presentation (they go to the console);
- an ``editor`` note is shown to everyone: it corrects or cautions about the source.
"""

from __future__ import annotations

import re

LEARNER = "learner"
TRAINER = "trainer"
AUDIENCES = (LEARNER, TRAINER)

#: An author's slide break: a line holding only this comment (invisible in the reader).
SLIDE_BREAK_RE = re.compile(r"^\s*<!--\s*slide\s*-->\s*$")


def shown_to(kind: str, audience: str) -> bool:
    """Whether a note of ``kind`` is shown to ``audience``."""
    return kind != "trainer" or audience == TRAINER
