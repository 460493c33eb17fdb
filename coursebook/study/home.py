"""What the home page shows: where to continue, overall progress, objectives still open,
flashcards due today, the last practice results and the next section to read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from . import flashcards, progress
from .objectives import ObjectiveStatus, latest_practice, module_objectives

if TYPE_CHECKING:
    from ..model import Library


@dataclass(frozen=True)
class PracticeResult:
    module_id: str
    title: str
    finished: str
    right: int
    answered: int


@dataclass
class HomeData:
    #: (module id, section id, scroll) of the last place, or None on a first start
    resume: tuple[str, str, float] | None
    sections_read: int
    sections_total: int
    #: module id → (read, total)
    modules: dict[str, tuple[int, int]] = field(default_factory=dict)
    open_objectives: list[ObjectiveStatus] = field(default_factory=list)
    objectives_total: int = 0
    cards_due: int = 0
    practice: list[PracticeResult] = field(default_factory=list)
    #: (module id, section id) of the first section not yet read, from where the learner stopped
    next_section: tuple[str, str] | None = None

    @property
    def percent(self) -> int:
        return round(100 * self.sections_read / self.sections_total) if self.sections_total else 0


def last_practice(conn, profile_id: int, limit: int = 3) -> list[PracticeResult]:  # noqa: ANN001
    rows = conn.execute(
        "SELECT a.quiz_id, a.title, COALESCE(a.finished, a.started), "
        "SUM(CASE WHEN r.fraction >= 0.999 THEN 1 ELSE 0 END), COUNT(r.fraction) "
        "FROM attempts a LEFT JOIN responses r ON r.attempt_id = a.id "
        "WHERE a.profile_id=? AND a.mode='practice' GROUP BY a.id HAVING COUNT(r.fraction) > 0 "
        "ORDER BY COALESCE(a.finished, a.started) DESC, a.id DESC LIMIT ?", (profile_id, limit)).fetchall()
    return [PracticeResult(quiz.removeprefix("practice:"), title or "", when or "", right or 0, answered)
            for quiz, title, when, right, answered in rows]


def next_to_read(library: "Library", read: dict[str, set[str]], start: str | None,
                 section: str | None = None) -> tuple[str, str] | None:
    """The first section not yet read: from where the learner stopped (that section first, then on
    through the module), then the rest of the course in order, then what was skipped before."""
    modules = library.modules
    ids = [m.id for m in modules]
    first = ids.index(start) if start in ids else 0
    order: list[tuple[str, str]] = []
    before: list[tuple[str, str]] = []
    for module in modules[first:] + modules[:first]:
        sections = [s.id for s in module.sections]
        at = sections.index(section) if module.id == start and section in sections else 0
        order += [(module.id, s) for s in sections[at:]]
        before += [(module.id, s) for s in sections[:at]]
    for module_id, section_id in order + before:
        if section_id not in read.get(module_id, set()):
            return module_id, section_id
    return None


def home_data(conn, profile_id: int, library: "Library", questions: dict[str, list],  # noqa: ANN001
              last_place: tuple[str, str, float] | None, now: datetime) -> HomeData:
    """Everything the home page shows; ``questions`` maps module id → its bank's questions."""
    read = progress.read_sections(conn, profile_id)
    practice = latest_practice(conn, profile_id)
    data = HomeData(resume=last_place, sections_read=0, sections_total=0)
    for module in library.modules:
        done = read.get(module.id, set()) & {s.id for s in module.sections}
        data.modules[module.id] = (len(done), len(module.sections))
        data.sections_read += len(done)
        data.sections_total += len(module.sections)
        statuses = module_objectives(module, questions.get(module.id, []), done, practice)
        data.objectives_total += len(statuses)
        data.open_objectives += [s for s in statuses if not s.met]
    data.cards_due = flashcards.due_count(conn, profile_id, now)
    data.practice = last_practice(conn, profile_id)
    data.next_section = next_to_read(library, read, last_place[0] if last_place else None,
                                     last_place[1] if last_place else None)
    return data
