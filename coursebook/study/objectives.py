"""Learning objectives: which sections and questions each rests on, and when it is met.

Rule: an objective is met when every section it rests on is read (a sub-heading counts through its
section) and the latest practice answer to each of its questions was fully right.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Module


@dataclass(frozen=True)
class ObjectiveStatus:
    module_id: str
    index: int
    text: str
    sections: tuple[str, ...]  # top-level section ids to read
    questions: tuple[str, ...]  # question keys ``module:question``
    sections_read: int
    questions_right: int

    @property
    def met(self) -> bool:
        return self.sections_read == len(self.sections) and self.questions_right == len(self.questions)


def objective_texts(module: "Module") -> list[str]:
    section = next((s for s in module.sections if s.kind == "objectives"), None)
    return list(section.items) if section else []


def objective_questions(module: "Module", questions: list) -> list[list[str]]:
    """Per objective, the ids of the questions it rests on (explicit, or by their ``section``)."""
    known = {q.id for q in questions}
    result: list[list[str]] = []
    for link in module.meta.objective_map:
        if link.questions:
            result.append([q for q in link.questions if q in known])
        else:
            anchors = set(link.anchors)
            result.append([q.id for q in questions if q.section in anchors])
    return result


def objective_sections(module: "Module") -> list[tuple[str, ...]]:
    """Per objective, the top-level sections to read (sub-headings resolved to their section)."""
    anchors = module.anchors()
    return [tuple(dict.fromkeys(anchors[a] for a in link.anchors if a in anchors))
            for link in module.meta.objective_map]


def latest_practice(conn, profile_id: int) -> dict[str, float]:  # noqa: ANN001 - sqlite3 connection
    """Question key → fraction of its latest practice answer (essays waiting excluded)."""
    rows = conn.execute(
        "SELECT r.question_key, r.fraction FROM responses r JOIN attempts a ON a.id = r.attempt_id "
        "WHERE a.profile_id = ? AND a.mode = 'practice' AND r.fraction IS NOT NULL "
        "ORDER BY r.answered, r.rowid", (profile_id,)).fetchall()
    return {key: fraction for key, fraction in rows}


def module_objectives(module: "Module", questions: list, read: set[str],
                      practice: dict[str, float]) -> list[ObjectiveStatus]:
    """The status of every objective of ``module``; ``read`` holds the ids of sections read."""
    texts = objective_texts(module)
    sections = objective_sections(module)
    per_objective = objective_questions(module, questions)
    result = []
    for index, text in enumerate(texts):
        needed = sections[index] if index < len(sections) else ()
        keys = tuple(f"{module.id}:{q}" for q in (per_objective[index] if index < len(per_objective) else []))
        result.append(ObjectiveStatus(
            module.id, index, text, needed, keys,
            sum(1 for s in needed if s in read),
            sum(1 for k in keys if practice.get(k, 0.0) >= 0.999)))
    return result
