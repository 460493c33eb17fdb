"""``coursebook validate``: every content problem as ``file:line: message``, and a summary.

It fails on everything the app cannot open or show: a skipped module, a file that is not a regular
file, a question left out of a bank, a section whose Markdown cannot be formatted (the reader then
shows it as plain text), an empty content folder.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .activity import activity_texts
from .errors import ContentError
from .i18n import QT_TRANSLATE_NOOP
from .loader import load_cards, load_library, shown_path
from .model import SECTION_KINDS, Library, Module
from .quiz.bank import load_bank
from .quiz.quality import CUE_FACTOR, SCENARIO_SHARE, bank_quality
from .study.objectives import objective_questions, objective_texts


def objective_map_problems(module, questions: list, shown: str) -> list[ContentError]:  # noqa: ANN001
    """``objective_map`` in module.md: one entry per objective, every id a section or sub-heading of
    the module, and — with a question bank — every objective resting on at least one question.
    Reported by ``validate``; the app itself ignores an id it cannot find and keeps the module."""
    texts = objective_texts(module)
    section = next((s for s in module.sections if s.kind == "objectives"), None)
    if not texts or section is None:
        return []
    links = module.meta.objective_map
    if not links:
        return []  # reported as a warning (objective_map_warning): imported content may not have one
    problems = []
    if len(links) != len(texts):
        problems.append(ContentError(shown, links[0].line, f"objective_map has {len(links)} entries but the "
                                                           f"module has {len(texts)} objectives"))
    anchors = module.anchors()
    for link in links:
        for anchor in link.anchors:
            if anchor not in anchors:
                problems.append(ContentError(shown, link.line, f"objective_map: no section or sub-heading '{anchor}'"))
    if module.quiz_path.exists():
        for index, ids in enumerate(objective_questions(module, questions)):
            if not ids and index < len(texts):
                problems.append(ContentError(shown, links[index].line, f"objective {index + 1} has no questions: "
                                                                       f"'{texts[index][:60]}'"))
    return problems


def objective_map_warning(module, shown: str) -> list[str]:  # noqa: ANN001
    """A module with objectives and a question bank but no ``objective_map``: a warning, not an error."""
    section = next((s for s in module.sections if s.kind == "objectives"), None)
    if section is None or module.meta.objective_map or not module.quiz_path.exists() or not objective_texts(module):
        return []
    return [f"{shown}:{section.line}: warning: objectives have no objective_map in the front matter, so no "
            f"objective rests on any question"]


def _markdown_texts(module: Module):  # noqa: ANN202 - (section, text) pairs
    for section in module.sections:
        texts = [section.prose, *activity_texts(section.activity)] if section.activity is not None else [section.body]
        for text in texts:
            if text:
                yield section, text


def format_problems(module: Module, shown: str) -> list[ContentError]:
    """A ``file:line`` error for each section whose Markdown cannot be formatted."""
    from .render import markdown_problem

    errors: list[ContentError] = []
    for section, text in _markdown_texts(module):
        problem = markdown_problem(text)
        if problem is not None:
            errors.append(ContentError(shown, section.line, QT_TRANSLATE_NOOP(
                "core", "section '{id}' {problem}; the reader shows it as plain text").format(
                id=section.id, problem=problem)))
    return errors


def validate(root: Path) -> tuple[Library, list[ContentError], list[dict]]:
    """Load everything under ``root``; return the library, all errors and a per-module report."""
    library = load_library(root)
    errors = list(library.errors)
    errors += [error for error in library.skipped.values() if error not in errors]
    report: list[dict] = []
    for module in library.modules:
        errors.extend(format_problems(module, shown_path(module.path, root)))
        questions: Counter[str] = Counter()
        quality: dict | None = None
        warnings: list[str] = []
        bank_questions: list = []
        if module.quiz_path.exists():
            bank_shown = shown_path(module.quiz_path, root)
            bank = load_bank(module.quiz_path, module, bank_shown)
            errors.extend(bank.errors)
            questions.update(q.type for q in bank.questions)
            measured = bank_quality(bank.questions)
            quality = measured.as_dict()
            warnings = quality_warnings(bank_shown, measured)
            bank_questions = bank.questions
        errors.extend(objective_map_problems(module, bank_questions, shown_path(module.path, root)))
        warnings += objective_map_warning(module, shown_path(module.path, root))
        cards = 0
        card_languages: list[str] = []
        for language, path in module.cards_paths().items():
            card_set, problems = load_cards(path, shown_path(path, root))
            errors.extend(problems)
            if card_set is not None:
                card_languages.append(language)
                if path == module.cards_path:
                    cards = len(card_set.cards)
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
            "card_languages": card_languages,
            "quality": quality,
            "warnings": warnings,
        })
    for path, error in library.skipped.items():
        report.append({"path": path, "skipped": str(error)})
    return library, list(dict.fromkeys(errors)), report  # each problem once


def quality_warnings(shown: str, quality) -> list[str]:
    """Warnings (not errors) about how a bank assesses: a longest-option cue, too few scenarios."""
    warnings = []
    if quality.cue:
        warnings.append(
            f"{shown}:1: warning: the right option is the longest in {quality.right_longest} of {quality.single} "
            f"single-choice questions ({quality.longest_share:.0%}); chance is {quality.chance:.0%}, "
            f"warn above {CUE_FACTOR * quality.chance:.0%}")
    if quality.questions and quality.scenario_share < SCENARIO_SHARE:
        warnings.append(
            f"{shown}:1: warning: {quality.scenarios} of {quality.questions} questions are scenarios "
            f"({quality.scenario_share:.0%}); at least {SCENARIO_SHARE:.0%} should be")
    return warnings
