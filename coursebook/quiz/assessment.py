"""Assessments a trainer defines: which banks, how many questions, time, pass mark, attempts, review.

A definition is a small JSON document, one file per assessment in ``<data folder>/assessments/``:

- it belongs to the machine (the classroom PC), not to one learner's profile — the store's
  ``settings`` table is per profile;
- a trainer can copy the file to every PC of a classroom (or keep it on a USB stick) and all learners
  get the same assessment;
- it is written atomically (temporary file, fsync, rename), so a crash leaves the old or the new
  version, never half a file;
- an attempt copies the definition into its plan when it starts, so editing or deleting an
  assessment never changes an attempt already under way.

A file that cannot be read is reported by :meth:`AssessmentFiles.load_all` and skipped — never a crash.
"""

from __future__ import annotations

import json
import re
import secrets
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from coursebook.atomic import write_atomic

GRADING_METHODS: tuple[str, ...] = ("highest", "last", "first", "average")
FOLDER = "assessments"
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


class AssessmentError(ValueError):
    """A definition that cannot be used, with a message for the trainer."""


@dataclass
class BankDraw:
    """``count`` questions drawn at random from the bank of ``module_id``; 0 = every question."""

    module_id: str
    count: int = 0


@dataclass
class ReviewOptions:
    """What a learner sees after submitting. The score is always shown."""

    correctness: bool = True      # which questions were right
    right_answers: bool = False   # the right answers
    feedback: bool = False        # per-answer and general feedback (explanations)

    @property
    def score_only(self) -> bool:
        return not (self.correctness or self.right_answers or self.feedback)


@dataclass
class AssessmentDef:
    id: str
    title: str
    draws: list[BankDraw] = field(default_factory=list)
    shuffle_questions: bool = True
    shuffle_options: bool = True
    #: Minutes; 0 = no time limit. When it runs out the attempt is submitted automatically.
    time_limit_minutes: float = 0
    #: Percentage of the maximum score needed to pass; 0 = no pass mark.
    pass_percent: float = 50
    #: 0 = unlimited.
    attempts_allowed: int = 1
    #: Which attempt counts when there are several: highest, last, first or average.
    grading: str = "highest"
    review: ReviewOptions = field(default_factory=ReviewOptions)

    @property
    def quiz_id(self) -> str:
        return f"assessment:{self.id}"

    @property
    def time_limit_seconds(self) -> float | None:
        return self.time_limit_minutes * 60 if self.time_limit_minutes > 0 else None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> "AssessmentDef":
        """Build and check a definition; :class:`AssessmentError` says what is wrong."""
        if not isinstance(data, dict):
            raise AssessmentError("an assessment must be a JSON object")
        try:
            draws = [BankDraw(str(d["module_id"]), int(d.get("count", 0))) for d in data.get("draws") or []]
            review_raw = data.get("review") or {}
            if not isinstance(review_raw, dict):
                raise AssessmentError("'review' must be an object")
            review = ReviewOptions(**{k: bool(v) for k, v in review_raw.items()
                                      if k in ReviewOptions.__dataclass_fields__})
            definition = cls(
                id=str(data["id"]), title=str(data.get("title") or "").strip(), draws=draws,
                shuffle_questions=bool(data.get("shuffle_questions", True)),
                shuffle_options=bool(data.get("shuffle_options", True)),
                time_limit_minutes=float(data.get("time_limit_minutes", 0) or 0),
                pass_percent=float(data.get("pass_percent", 50) or 0),
                attempts_allowed=int(data.get("attempts_allowed", 1) or 0),
                grading=str(data.get("grading", "highest")), review=review,
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, AssessmentError):
                raise
            raise AssessmentError(f"malformed assessment: {exc}") from None
        definition.check()
        return definition

    def check(self) -> None:
        if not _ID_RE.match(self.id):
            raise AssessmentError(f"id '{self.id}' must be lower-case letters, digits and '-'")
        if not self.title:
            raise AssessmentError("the assessment needs a title")
        if not self.draws:
            raise AssessmentError("choose at least one question bank")
        if any(d.count < 0 for d in self.draws):
            raise AssessmentError("the number of questions cannot be negative")
        if len({d.module_id for d in self.draws}) != len(self.draws):
            raise AssessmentError("each question bank may be listed once")
        if self.time_limit_minutes < 0:
            raise AssessmentError("the time limit cannot be negative")
        if not 0 <= self.pass_percent <= 100:
            raise AssessmentError("the pass mark is a percentage from 0 to 100")
        if self.attempts_allowed < 0:
            raise AssessmentError("attempts allowed cannot be negative (0 = unlimited)")
        if self.grading not in GRADING_METHODS:
            raise AssessmentError(f"grading must be one of {', '.join(GRADING_METHODS)}")


def new_id(title: str) -> str:
    """A readable, unique id from a title: ``zakljucni-test-3f9a``."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_title).strip("-")[:40] or "assessment"
    return f"{stem}-{secrets.token_hex(2)}"


class AssessmentFiles:
    """The assessments of this machine: ``<folder>/<id>.json``."""

    def __init__(self, folder: Path):
        self.folder = folder

    def path(self, assessment_id: str) -> Path:
        return self.folder / f"{assessment_id}.json"

    def load_all(self) -> tuple[list[AssessmentDef], list[str]]:
        """Every readable definition (sorted by title) and a message for each file that is not."""
        found: list[AssessmentDef] = []
        problems: list[str] = []
        if not self.folder.is_dir():
            return found, problems
        for path in sorted(self.folder.glob("*.json")):
            try:
                definition = AssessmentDef.from_json(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError, AssessmentError) as exc:
                problems.append(f"{path.name}: {exc}")
                continue
            if definition.id != path.stem:
                problems.append(f"{path.name}: its id is '{definition.id}'; the file must be named {definition.id}.json")
                continue
            found.append(definition)
        found.sort(key=lambda d: d.title.casefold())
        return found, problems

    def get(self, assessment_id: str) -> AssessmentDef | None:
        path = self.path(assessment_id)
        if not _ID_RE.match(assessment_id) or not path.exists():
            return None
        try:
            return AssessmentDef.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, AssessmentError):
            return None

    def save(self, definition: AssessmentDef) -> Path:
        """Check and write atomically: temporary file, fsync, rename over the old one."""
        definition.check()
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.path(definition.id)
        text = json.dumps(definition.to_json(), ensure_ascii=False, indent=2) + "\n"
        write_atomic(target, text)
        return target

    def delete(self, assessment_id: str) -> None:
        if _ID_RE.match(assessment_id):
            self.path(assessment_id).unlink(missing_ok=True)
