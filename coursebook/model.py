"""The course as data: courses, modules, sections by kind, the activity, glossary entries.

A module keeps the handbook's anatomy as structure, so that the GUI, the presenter timers, the
role cards and the handouts read fields instead of parsing prose.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import ContentError
from .notes import Note

SECTION_KINDS: tuple[str, ...] = (
    "introduction",
    "objectives",
    "definitions",
    "theory",
    "activity",
    "discussion",
)
#: Kinds a module must have exactly once; ``theory`` may repeat.
SINGLE_KINDS: frozenset[str] = frozenset(SECTION_KINDS) - {"theory"}
LANGUAGES: tuple[str, ...] = ("sl", "en", "cs", "sk")


@dataclass(frozen=True)
class Minutes:
    """A duration in minutes; ``low == high`` for a fixed one, else a range such as 30–40."""

    low: int
    high: int

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    def __add__(self, other: "Minutes") -> "Minutes":
        return Minutes(self.low + other.low, self.high + other.high)

    def __str__(self) -> str:
        return f"{self.low}–{self.high}" if self.is_range else str(self.low)


@dataclass
class Phase:
    """One timed step a trainer runs; sub-phases fit inside it."""

    title: str
    minutes: Minutes
    instructions: str = ""
    phases: list["Phase"] = field(default_factory=list)


@dataclass
class Group:
    """A group or role participants play; ``tasks`` is the text of its role card."""

    id: str
    name: str
    tasks: str = ""
    #: Role card: who the group plays, and the information the group receives at the start.
    role: str = ""
    receives: str = ""


@dataclass
class Inject:
    """An event the trainer introduces during a phase."""

    title: str
    text: str
    phase: str = ""


@dataclass
class TitledText:
    title: str
    text: str = ""
    #: A handout's own content, when the course supplies it (Markdown).
    content: str = ""
    #: Trainer-only (an answer key handed out as a handout): hidden from learners and never on the
    #: audience screen.
    trainer: bool = False


@dataclass
class Activity:
    """The suggested activity of a module, as data a timer and a printer can use."""

    name: str
    type: str
    duration: Minutes
    objectives: str
    phases: list[Phase]
    materials: list[str] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    discussion: list[str] = field(default_factory=list)
    tips: str = ""
    injects: list[Inject] = field(default_factory=list)
    variants: list[TitledText] = field(default_factory=list)
    online_variant: str = ""
    handouts: list[TitledText] = field(default_factory=list)
    #: The scenario pack handed to all groups (Markdown).
    scenario: str = ""
    #: The trainer's answer key (Markdown); trainer-only, shown in a trainer note box.
    answer_key: str = ""

    def planned_minutes(self) -> Minutes:
        total = Minutes(0, 0)
        for phase in self.phases:
            total = total + phase.minutes
        return total


@dataclass(frozen=True)
class Heading:
    """A ``###`` sub-heading inside a section, listed in the table of contents."""

    id: str
    title: str
    line: int


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    definition: str
    language: str
    module_id: str
    section_id: str
    #: The forms the reader links in running text (headword before " (", acronym).
    forms: tuple[str, ...]

    @property
    def key(self) -> str:
        return f"{self.module_id}:{self.term}"


@dataclass
class Section:
    id: str
    kind: str
    title: str
    body: str
    line: int
    subheadings: list[Heading] = field(default_factory=list)
    #: Objectives or discussion questions: one per top-level bullet.
    items: list[str] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    activity: Activity | None = None
    #: Markdown of the activity section outside its ```activity block.
    prose: str = ""
    #: ``!!! editor`` / ``!!! trainer`` blocks of the section, in order.
    notes: list[Note] = field(default_factory=list)
    #: Classes of each sub-heading by id (``.written`` marks a part written for this course).
    heading_classes: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class ModuleMeta:
    id: str
    title: str
    language: str
    order: int
    source: str
    version: int
    study_minutes: int
    source_file: str = ""
    faithful: bool = False
    disclaimer: str = ""
    written_for_course: list[str] = field(default_factory=list)
    corrections: list[tuple[str, str]] = field(default_factory=list)
    #: Declared editor's notes: (section id, what the note is about), in text order.
    editor_notes: list[tuple[str, str]] = field(default_factory=list)
    #: Declared parts written for this course inside sections taken from the source:
    #: (``.written`` sub-heading id or ``activity.<field>``, what it is).
    written_parts: list[tuple[str, str]] = field(default_factory=list)
    #: Per objective (in the order of the objectives' bullets): the ids it rests on. A class-level
    #: default, so a course cached by an older version still loads.
    objective_map: tuple["ObjectiveLink", ...] = ()


@dataclass(frozen=True)
class ObjectiveLink:
    """What one learning objective rests on: section or sub-heading ids, and question ids.

    ``questions`` empty means: the questions whose ``section`` is one of ``anchors``."""

    anchors: tuple[str, ...]
    questions: tuple[str, ...] = ()
    line: int = 0


@dataclass
class Module:
    meta: ModuleMeta
    sections: list[Section]
    path: Path
    #: where the module came from: ``{"kind": "shipped"}`` or a pack (see ``coursebook/roots.py``)
    origin: dict = field(default_factory=lambda: {"kind": "shipped"})

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def folder(self) -> Path:
        return self.path.parent

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def sections_of(self, kind: str) -> list[Section]:
        return [s for s in self.sections if s.kind == kind]

    def anchors(self) -> dict[str, str]:
        """Every addressable id (section or sub-heading) mapped to its section id."""
        result: dict[str, str] = {}
        for section in self.sections:
            result[section.id] = section.id
            for heading in section.subheadings:
                result[heading.id] = section.id
        return result

    @property
    def glossary(self) -> list[GlossaryEntry]:
        return [entry for s in self.sections for entry in s.glossary]

    @property
    def activity(self) -> Activity | None:
        return next((s.activity for s in self.sections if s.activity), None)

    @property
    def cards_path(self) -> Path:
        return self.folder / "cards.md"

    def cards_paths(self) -> dict[str, Path]:
        """The card sets by language: ``cards.md`` in the module's language, ``cards.<lang>.md``
        translations beside it."""
        found: dict[str, Path] = {}
        if self.cards_path.exists():
            found[self.meta.language] = self.cards_path
        for language in LANGUAGES:
            path = self.folder / f"cards.{language}.md"
            if language not in found and path.exists():
                found[language] = path
        return found

    @property
    def quiz_path(self) -> Path:
        return self.folder / "quiz.yaml"


@dataclass
class Card:
    id: str
    title: str
    body: str


@dataclass
class CardSet:
    title: str
    print_note: str
    cards: list[Card]
    path: Path
    #: Language of this set; a translation names the file it translates in ``translation_of``.
    language: str = ""
    translation_of: str = ""
    translation_note: str = ""


@dataclass
class Course:
    id: str
    title: str
    description: str
    path: Path
    modules: list[Module] = field(default_factory=list)


@dataclass
class Library:
    """Everything loaded from a content folder, and what had to be skipped and why."""

    courses: list[Course]
    errors: list[ContentError]
    #: Module files skipped whole, with the first error that made them unusable.
    skipped: dict[str, ContentError] = field(default_factory=dict)

    @property
    def modules(self) -> list[Module]:
        return [m for c in self.courses for m in c.modules]

    def module(self, module_id: str) -> Module | None:
        """The module with this id (an index rebuilt whenever the courses' module lists change)."""
        shape = tuple((id(c.modules), len(c.modules)) for c in self.courses)
        index = self.__dict__.get("_index")
        if index is None or index[0] != shape:
            by_id: dict[str, Module] = {}
            for m in self.modules:
                by_id.setdefault(m.id, m)
            index = self.__dict__["_index"] = (shape, by_id)
        return index[1].get(module_id)

    def glossary_for(self, module: Module) -> list[GlossaryEntry]:
        """The terms linked in a module's text: its own first, then those of other modules in the
        same language whose linked forms the module does not define itself."""
        entries = list(module.glossary)
        taken = {form.casefold() for entry in entries for form in entry.forms}
        for other in self.modules:
            if other is module or other.meta.language != module.meta.language:
                continue
            for entry in other.glossary:
                forms = {form.casefold() for form in entry.forms}
                if forms and not forms & taken:
                    entries.append(entry)
                    taken |= forms
        return entries
