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

A file that cannot be read is reported by :meth:`AssessmentFiles.load_all` as ``file:line: reason``
and skipped — never a crash, and the other assessments are listed as usual. The reader is strict,
because a copied file may come from anywhere: only a regular file of at most
:data:`MAX_FILE_BYTES`, UTF-8 without a byte-order mark, no ``NaN`` or ``Infinity``, nesting of at
most :data:`MAX_DEPTH`, every field of its JSON type (``"false"`` is text, not a boolean) and within
its bounds (:data:`LIMITS`).
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
from coursebook.errors import ContentFileError
from coursebook.i18n import QT_TRANSLATE_NOOP, Message, MessageError, literal, message
from coursebook.textfile import read_bytes_limited

GRADING_METHODS: tuple[str, ...] = ("highest", "last", "first", "average")
FOLDER = "assessments"
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")

#: An assessment file is small; anything larger is refused unread.
MAX_FILE_BYTES = 64_000
#: The deepest nesting of JSON arrays and objects read (a definition needs 3).
MAX_DEPTH = 8
#: Bounds of the numbers: (lowest, highest).
LIMITS: dict[str, tuple[float, float]] = {
    "time_limit_minutes": (0, 1440),   # a day
    "pass_percent": (0, 100),
    "attempts_allowed": (0, 100),      # 0 = unlimited
    "count": (0, 10_000),              # questions drawn from one bank; 0 = all
}
MAX_DRAWS = 1_000
MAX_TITLE = 200


class AssessmentError(MessageError, ValueError):
    """A definition that cannot be used, with a message for the trainer (and the line, if known).

    Read from a file, ``where`` is ``file:line`` and ``line`` the line."""

    def __init__(self, text: Message, line: int = 0, where: str = ""):
        super().__init__(text, where=where)
        self.line = line


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
    def from_json(cls, data: Any, text: str = "") -> "AssessmentDef":
        """Build and check a definition; :class:`AssessmentError` says what is wrong.

        Types are strict: a boolean must be ``true``/``false``, a number a JSON number. ``text`` is
        the file's text, used only to find the line of a field that is wrong.
        """
        def fail(key: str, text_: Message) -> AssessmentError:
            return AssessmentError(text_, _line_of(text, key))

        if not isinstance(data, dict):
            raise AssessmentError(message(QT_TRANSLATE_NOOP("core", "An assessment must be a JSON object.")), 1)
        for key in ("id", "title", "grading"):
            if key in data and not isinstance(data[key], str):
                raise fail(key, message(QT_TRANSLATE_NOOP("core", "'{key}' must be text."), key=key))
        if "id" not in data:
            raise AssessmentError(message(QT_TRANSLATE_NOOP("core", "'id' is required.")), 1)
        if len(data.get("title") or "") > MAX_TITLE:
            raise fail("title", message(QT_TRANSLATE_NOOP("core", "The title is too long. Most characters allowed: "
                                                                  "{limit}."), limit=MAX_TITLE))
        for key in ("shuffle_questions", "shuffle_options"):
            if key in data and not isinstance(data[key], bool):
                raise fail(key, message(QT_TRANSLATE_NOOP("core", "'{key}' must be true or false (without quotes)."),
                                        key=key))
        numbers = {key: _bounded(data, key, fail, whole=key == "attempts_allowed")
                   for key in ("time_limit_minutes", "pass_percent", "attempts_allowed")}
        raw_draws = data.get("draws") if data.get("draws") is not None else []
        if not isinstance(raw_draws, list) or len(raw_draws) > MAX_DRAWS:
            raise fail("draws", message(QT_TRANSLATE_NOOP("core", "'draws' must be a list of question banks. Most "
                                                                  "banks allowed: {limit}."), limit=MAX_DRAWS))
        draws = []
        for draw in raw_draws:
            if not isinstance(draw, dict) or not isinstance(draw.get("module_id"), str):
                raise fail("draws", message(QT_TRANSLATE_NOOP("core", "Each entry of 'draws' needs a 'module_id' "
                                                                      "text.")))
            draws.append(BankDraw(draw["module_id"], int(_bounded(draw, "count", fail, whole=True, default=0))))
        review_raw = data.get("review") if data.get("review") is not None else {}
        if not isinstance(review_raw, dict):
            raise fail("review", message(QT_TRANSLATE_NOOP("core", "'review' must be an object.")))
        review_values = {}
        for key in ReviewOptions.__dataclass_fields__:
            if key in review_raw:
                if not isinstance(review_raw[key], bool):
                    raise fail(key, message(QT_TRANSLATE_NOOP("core", "'{key}' must be true or false (without quotes)."),
                                        key=key))
                review_values[key] = review_raw[key]
        definition = cls(
            id=data["id"], title=(data.get("title") or "").strip(), draws=draws,
            shuffle_questions=data.get("shuffle_questions", True),
            shuffle_options=data.get("shuffle_options", True),
            time_limit_minutes=numbers["time_limit_minutes"] if "time_limit_minutes" in data else 0,
            pass_percent=numbers["pass_percent"] if "pass_percent" in data else 50,
            attempts_allowed=int(numbers["attempts_allowed"]) if "attempts_allowed" in data else 1,
            grading=data.get("grading", "highest"), review=ReviewOptions(**review_values),
        )
        try:
            definition.check()
        except AssessmentError as exc:
            raise AssessmentError(exc.message, exc.line or 1) from None
        return definition

    def check(self) -> None:
        if not _ID_RE.match(self.id):
            raise AssessmentError(message(QT_TRANSLATE_NOOP("core", "The id '{id}' must be lower-case letters, digits "
                                                                    "and '-'."), id=self.id))
        if not self.title:
            raise AssessmentError(message(QT_TRANSLATE_NOOP("core", "The assessment needs a title.")))
        if not self.draws:
            raise AssessmentError(message(QT_TRANSLATE_NOOP("core", "Choose at least one question bank.")))
        if any(d.count < 0 for d in self.draws):
            raise AssessmentError(message(QT_TRANSLATE_NOOP("core", "The number of questions cannot be negative.")))
        if len({d.module_id for d in self.draws}) != len(self.draws):
            raise AssessmentError(message(QT_TRANSLATE_NOOP("core", "Each question bank may be listed once.")))
        if any(d.count > LIMITS["count"][1] for d in self.draws):
            raise AssessmentError(message(QT_TRANSLATE_NOOP("core", "Too many questions are drawn from one bank. "
                                                                    "Most questions allowed: {limit}."),
                                          limit=f"{LIMITS['count'][1]:g}"))
        if not self.time_limit_minutes >= 0:  # also NaN
            raise AssessmentError(message(QT_TRANSLATE_NOOP("core", "The time limit cannot be negative.")))
        if self.time_limit_minutes > LIMITS["time_limit_minutes"][1]:
            raise AssessmentError(message(QT_TRANSLATE_NOOP("core", "The time limit is too long. Longest time limit "
                                                                    "in minutes: {limit}."),
                                          limit=f"{LIMITS['time_limit_minutes'][1]:g}"))
        if not 0 <= self.pass_percent <= 100:
            raise AssessmentError(message(QT_TRANSLATE_NOOP("core", "The pass mark is a percentage from 0 to 100.")))
        if self.attempts_allowed < 0:
            raise AssessmentError(message(QT_TRANSLATE_NOOP("core", "Attempts allowed cannot be negative "
                                                                    "(0 = unlimited).")))
        if self.attempts_allowed > LIMITS["attempts_allowed"][1]:
            raise AssessmentError(message(QT_TRANSLATE_NOOP("core", "Too many attempts are allowed. Most attempts "
                                                                    "allowed: {limit} (0 = unlimited)."),
                                          limit=f"{LIMITS['attempts_allowed'][1]:g}"))
        if self.grading not in GRADING_METHODS:
            raise AssessmentError(message(QT_TRANSLATE_NOOP("core", "The grading must be one of: {methods}."),
                                          methods=", ".join(GRADING_METHODS)))


def _line_of(text: str, key: str) -> int:
    """The line of the first ``"key"`` in ``text`` (1 when it is not found)."""
    at = text.find(f'"{key}"')
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def _bounded(data: dict, key: str, fail: Any, whole: bool, default: float = 0) -> float:
    """A JSON number within :data:`LIMITS`; booleans, text and non-whole counts are refused."""
    if key not in data:
        return default
    value = data[key]
    low, high = LIMITS[key]
    ok = (isinstance(value, int) or (isinstance(value, float) and not whole)) and not isinstance(value, bool)
    if not ok or not low <= value <= high:
        kind = QT_TRANSLATE_NOOP("core", "'{key}' must be a whole number from {low} to {high}.") if whole else \
            QT_TRANSLATE_NOOP("core", "'{key}' must be a number from {low} to {high}.")
        raise fail(key, message(kind, key=key, low=f"{low:g}", high=f"{high:g}"))
    return value


class _BadNumber(ValueError):
    def __init__(self, text: Message, token: str):
        super().__init__(str(text))
        self.message = text
        self.token = token


def _refuse_constant(name: str) -> Any:
    raise _BadNumber(message(QT_TRANSLATE_NOOP("core", "{name} is not a number JSON allows."), name=name), name)


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _BadNumber(message(QT_TRANSLATE_NOOP("core", "The number {text} is too large."), text=text[:20]), text)
    return value


def parse_definition(raw: bytes, shown: str) -> "AssessmentDef":
    """Read one definition file's bytes; raise :class:`AssessmentError` with ``file:line: reason``."""
    def fail(line: int, text_: Message) -> AssessmentError:
        return AssessmentError(text_, line, where=f"{shown}:{line}")

    if raw.startswith(b"\xef\xbb\xbf"):
        raise fail(1, message(QT_TRANSLATE_NOOP("core", "The file starts with a byte-order mark (BOM); save it as "
                                                        "UTF-8 without BOM.")))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise fail(raw.count(b"\n", 0, exc.start) + 1,
                   message(QT_TRANSLATE_NOOP("core", "The file is not UTF-8 text."))) from None
    depth = 0
    in_string = escaped = False
    for index, char in enumerate(text):  # depth before parsing: json's C parser recurses
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise fail(text.count("\n", 0, index) + 1, message(QT_TRANSLATE_NOOP(
                    "core", "Arrays and objects are nested too deep. Most levels allowed: {limit}."), limit=MAX_DEPTH))
        elif char in "]}":
            depth -= 1
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise fail(exc.lineno, message(QT_TRANSLATE_NOOP("core", "The file is not valid JSON: {reason}"),
                                       reason=exc.msg)) from None
    except _BadNumber as exc:
        at = text.find(exc.token)
        raise fail(text.count("\n", 0, at) + 1 if at >= 0 else 1, exc.message) from None
    except (ValueError, RecursionError) as exc:
        raise fail(1, message(QT_TRANSLATE_NOOP("core", "The file is not valid JSON: {reason}"),
                              reason=str(exc))) from None
    try:
        return AssessmentDef.from_json(data, text)
    except AssessmentError as exc:
        raise fail(exc.line or 1, exc.message) from None


def read_definition(path: Path, shown: str | None = None) -> "AssessmentDef":
    """Read a definition file safely (a regular file within the size limit)."""
    shown = shown or str(path)
    try:
        raw = read_bytes_limited(path, shown, MAX_FILE_BYTES)
    except ContentFileError as exc:  # the reader's own sentence (not translated yet), with its place
        raise AssessmentError(literal(exc.error.message), exc.error.line,
                              where=f"{exc.error.path}:{exc.error.line}") from None
    return parse_definition(raw, shown)


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

    def load_all(self) -> tuple[list[AssessmentDef], list[AssessmentError]]:
        """Every readable definition (sorted by title) and an error for each file that is not
        (``str()`` of it is ``file:line: reason``; the GUI translates it)."""
        found: list[AssessmentDef] = []
        problems: list[AssessmentError] = []
        if not self.folder.is_dir():
            return found, problems
        try:
            paths = sorted(self.folder.glob("*.json"))
        except OSError as exc:
            return found, [AssessmentError(literal(exc.strerror or str(exc)), 1, where=f"{self.folder.name}:1")]
        for path in paths:
            # named as in the data folder (shown under Help › About): ``assessments/final.json``
            shown = f"{self.folder.name}/{path.name}".encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            try:
                definition = read_definition(path, shown)
            except AssessmentError as exc:
                problems.append(exc)
                continue
            except Exception as exc:  # noqa: BLE001 - one bad file never hides the others
                problems.append(AssessmentError(message(QT_TRANSLATE_NOOP("core", "The file cannot be read ({reason})."),
                                                        reason=type(exc).__name__), 1, where=f"{shown}:1"))
                continue
            if definition.id != path.stem:
                problems.append(AssessmentError(message(QT_TRANSLATE_NOOP(
                    "core", "Its id is '{id}'; the file must be named {id}.json."), id=definition.id), 1,
                    where=f"{shown}:1"))
                continue
            found.append(definition)
        found.sort(key=lambda d: d.title.casefold())
        return found, problems

    def get(self, assessment_id: str) -> AssessmentDef | None:
        path = self.path(assessment_id)
        if not _ID_RE.match(assessment_id) or not path.exists():
            return None
        try:
            return read_definition(path)
        except Exception:  # noqa: BLE001 - an unreadable file is no assessment
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
