"""The printable gradebook report: what the PDF (``coursebook gradebook --pdf``, *Export PDF…*) says.

Rules:
- the same numbers as the gradebook (grade that counts, passed/failed, time, attempts, essays waiting)
  and as the question statistics (facility, discrimination, commonest wrong answer, Moodle's flag);
- a summary per assessment: learners, passed, pass rate (passed / learners with a grade), mean grade;
- in the trainer's language (labels through ``tr``, numbers with the language's decimal separator);
- nothing depends on the moment of printing except the date the caller states: the same data and the
  same date give the same text.
The document is HTML for Qt's rich text (``<thead>`` repeats a table's header on every page); the GUI
and the CLI print it with the handouts' PDF writer.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP
from ..numbers import format_number
from ..store import Store
from ..trainer.handouts import Handout
from .auth import Actor
from .gradebook import HEADERS, VERDICTS, Cell, gradebook
from .statistics import NEEDS_CHECKING, QuestionStats, needs_checking, question_statistics
from ..quiz.review import TruthWords, english_truth

Tr = Callable[[str], str]


@dataclass(frozen=True)
class Summary:
    """One assessment's class result."""

    quiz_id: str
    title: str
    learners: int
    graded: int
    passed: int
    #: passed / learners with a grade, in %; None when nobody has a grade yet.
    pass_rate: float | None
    #: mean of the grades that count, in %.
    mean: float | None


def summaries(cells: list[Cell]) -> list[Summary]:
    """Per assessment (by title): learners, graded, passed, pass rate and mean grade."""
    groups: dict[str, list[Cell]] = {}
    for cell in cells:
        groups.setdefault(cell.quiz_id, []).append(cell)
    result = []
    for quiz_id, group in groups.items():
        grades = [c.grade for c in group if c.grade is not None]
        passed = sum(1 for c in group if c.passed)
        result.append(Summary(quiz_id, group[0].title, len(group), len(grades), passed,
                              round(100.0 * passed / len(grades), 2) if grades else None,
                              round(sum(grades) / len(grades), 2) if grades else None))
    result.sort(key=lambda s: (s.title.casefold(), s.quiz_id))
    return result


TEXTS = {
    "title": QT_TRANSLATE_NOOP("core", "Gradebook report"),
    "course": QT_TRANSLATE_NOOP("core", "Course: {course}"),
    "assessments": QT_TRANSLATE_NOOP("core", "Assessments: {titles}"),
    "date": QT_TRANSLATE_NOOP("core", "Date: {date}"),
    "learners": QT_TRANSLATE_NOOP("core", "Learners: {n}"),
    "results": QT_TRANSLATE_NOOP("core", "Results"),
    "summary": QT_TRANSLATE_NOOP("core", "Summary"),
    "learners_col": QT_TRANSLATE_NOOP("core", "Learners"),
    "passed_col": QT_TRANSLATE_NOOP("core", "Passed"),
    "rate": QT_TRANSLATE_NOOP("core", "Pass rate (%)"),
    "mean": QT_TRANSLATE_NOOP("core", "Mean grade (%)"),
    "questions": QT_TRANSLATE_NOOP("core", "Question statistics: {title}"),
    "first": QT_TRANSLATE_NOOP("core", "Each learner's first attempt counts (as in Moodle)."),
    "all": QT_TRANSLATE_NOOP("core", "Every finished attempt counts."),
    "explain": QT_TRANSLATE_NOOP("core", "Facility: the mean score as a share of the maximum (low = hard). "
                                         "Discrimination: how well the question separates stronger from weaker "
                                         "learners; below 30 % it very likely needs checking, below 0 check "
                                         "the key."),
    "question": QT_TRANSLATE_NOOP("core", "Question"),
    "counted": QT_TRANSLATE_NOOP("core", "Answers counted"),
    "facility": QT_TRANSLATE_NOOP("core", "Facility (%)"),
    "discrimination": QT_TRANSLATE_NOOP("core", "Discrimination (%)"),
    "check": QT_TRANSLATE_NOOP("core", "Needs checking?"),
    "wrong": QT_TRANSLATE_NOOP("core", "Commonest wrong answer"),
    "none": QT_TRANSLATE_NOOP("core", "No results have been imported yet."),
    "noquestions": QT_TRANSLATE_NOOP("core", "No finished attempt to count yet."),
}


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _num(value: float | None, language: str, digits: int = 1) -> str:
    return "" if value is None else format_number(round(value, digits), language)


def _table(headers: list[tuple[str, int]], rows: list[list[str]]) -> str:
    """A table whose header row repeats on every printed page; widths in % of the line."""
    head = "".join(f'<th width="{width}%" align="left">{_esc(text)}</th>' for text, width in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (f'<table width="100%" cellspacing="0" cellpadding="3" class="report">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def question_rows(stats: list[QuestionStats], language: str, tr: Tr) -> list[list[str]]:
    rows = []
    for s in stats:
        flag = needs_checking(s.discrimination)
        wrong = f"{_esc(s.wrong[0][0])} ({s.wrong[0][1]})" if s.wrong else ""
        rows.append([_esc(s.text), str(s.attempts), _num(s.facility, language), _num(s.discrimination, language),
                     _esc(tr(NEEDS_CHECKING[flag])) if flag else "", wrong])
    return rows


def gradebook_report(store: Store, actor: Actor | None, question, date: str, language: str = "en",  # noqa: ANN001
                     tr: Tr = lambda text: text, course: str = "", first_only: bool = False,
                     truth: TruthWords = english_truth) -> Handout:
    """The gradebook report as a printable document (title, results, summary, question statistics)."""
    cells = gradebook(store, actor, question)
    t = lambda key, **args: tr(TEXTS[key]).format(**args)  # noqa: E731
    sums = summaries(cells)
    parts = [f'<p class="doctitle">{_esc(t("title"))}</p>']
    if course:
        parts.append(f'<p class="meta">{_esc(t("course", course=course))}</p>')
    if sums:
        parts.append(f'<p class="meta">{_esc(t("assessments", titles=", ".join(s.title for s in sums)))}</p>')
    parts.append(f'<p class="meta">{_esc(t("date", date=date))}</p>')
    if not cells:
        parts.append(f"<p>{_esc(t('none'))}</p>")
        return Handout("gradebook", t("title"), language, "".join(parts))
    learners = len({c.learner_uuid for c in cells})
    parts.append(f'<h2>{_esc(t("summary"))}</h2><p>{_esc(t("learners", n=learners))}</p>')
    parts.append(_table(
        [(tr(HEADERS[1]), 40), (t("learners_col"), 15), (t("passed_col"), 15), (t("rate"), 15), (t("mean"), 15)],
        [[_esc(s.title), str(s.learners), str(s.passed), _num(s.pass_rate, language), _num(s.mean, language)]
         for s in sums]))
    parts.append(f'<h2>{_esc(t("results"))}</h2>')
    verdict = {k: tr(v) if v else "" for k, v in VERDICTS.items()}
    parts.append(_table(
        [(tr(HEADERS[0]), 22), (tr(HEADERS[1]), 26), (tr(HEADERS[2]), 10), (tr(HEADERS[3]), 11),
         (tr(HEADERS[4]), 11), (tr(HEADERS[5]), 10), (tr(HEADERS[6]), 10)],
        [[_esc(c.learner), _esc(c.title), _num(c.grade, language, 2), _esc(verdict[c.passed]),
          _num(c.minutes, language), str(c.attempts), str(c.pending)] for c in cells]))
    for s in sums:
        stats = question_statistics(store, actor, question, s.quiz_id, first_only, truth=truth)
        parts.append(f'<h2 style="page-break-before: always">{_esc(t("questions", title=s.title))}</h2>')
        parts.append(f'<p class="hint">{_esc(t("first" if first_only else "all"))} {_esc(t("explain"))}</p>')
        if not stats:
            parts.append(f"<p>{_esc(t('noquestions'))}</p>")
            continue
        parts.append(_table(
            [(t("question"), 31), (t("counted"), 11), (t("facility"), 9), (t("discrimination"), 12),
             (t("check"), 15), (t("wrong"), 22)],
            question_rows(stats, language, tr)))
    return Handout("gradebook", t("title"), language, "".join(parts))


__all__ = ["Summary", "TEXTS", "gradebook_report", "question_rows", "summaries"]
