"""``coursebook validate``: every content problem as ``file:line: message``, and a summary."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .errors import ContentError
from .loader import load_cards, load_library, shown_path
from .model import SECTION_KINDS, Library
from .quiz.bank import load_bank


def validate(root: Path) -> tuple[Library, list[ContentError], list[dict]]:
    """Load everything under ``root``; return the library, all errors and a per-module report."""
    library = load_library(root)
    errors = list(library.errors)
    report: list[dict] = []
    for module in library.modules:
        questions: Counter[str] = Counter()
        if module.quiz_path.exists():
            bank = load_bank(module.quiz_path, module, shown_path(module.quiz_path, root))
            errors.extend(bank.errors)
            questions.update(q.type for q in bank.questions)
        cards = 0
        if module.cards_path.exists():
            card_set, problems = load_cards(module.cards_path, shown_path(module.cards_path, root))
            errors.extend(problems)
            cards = len(card_set.cards) if card_set else 0
        report.append({
            "id": module.id,
            "title": module.meta.title,
            "language": module.meta.language,
            "path": shown_path(module.path, root),
            "source": module.meta.source,
            "sections": {kind: [s.id for s in module.sections_of(kind)] for kind in SECTION_KINDS},
            "activity": {
                "name": module.activity.name,
                "duration": str(module.activity.duration),
                "phases": [f"{p.title} ({p.minutes})" for p in module.activity.phases],
                "groups": len(module.activity.groups),
                "injects": len(module.activity.injects),
            } if module.activity else None,
            "questions": dict(sorted(questions.items())),
            "question_total": sum(questions.values()),
            "glossary": [entry.term for entry in module.glossary],
            "cards": cards,
        })
    for path, error in library.skipped.items():
        report.append({"path": path, "skipped": str(error)})
    return library, errors, report
