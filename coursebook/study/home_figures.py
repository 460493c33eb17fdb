"""The home page's figures read in one go on a worker thread: the course (from its cache), every
module's question bank (from its cache), new flashcards added, then :func:`home.home_data`.

Rule: nothing here touches the caller's store connection or session; the work opens a connection of
its own (:func:`coursebook.store.thread_connection`) and closes it, so it may run beside the window's
thread. With a course of 1,000 modules this is 2–3 s of work, which the window must not wait for."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from . import flashcards
from .home import HomeData, home_data
from .objectives import latest_practice

if TYPE_CHECKING:
    from ..model import Library, Module


def bank_questions(module: "Module", content: Path, cache: Path | None) -> list:
    """The questions of ``module``'s bank (none when it has no bank), through the bank cache."""
    if not module.quiz_path.exists():
        return []
    from ..loader import shown_path
    from ..quiz.bank_cache import load_bank_cached

    return load_bank_cached(module, shown_path(module.quiz_path, content), cache).questions


def home_figures(db_path: Path, profile_id: int, library: "Library | Callable[[], Library]",
                 questions_of: Callable[["Module"], list], last_place: tuple[str, str, float] | None,
                 now: datetime) -> tuple["Library", HomeData]:
    """The course and everything the home page shows. ``library`` is the course or a function that
    loads it; cards for glossary entries and wrong practice answers the learner has none for yet are
    added first, so the count of cards due includes them."""
    from ..store import thread_connection

    course = library() if callable(library) else library
    questions = {m.id: questions_of(m) for m in course.modules}
    conn = thread_connection(db_path)
    try:
        by_key = {q.key: q for bank in questions.values() for q in bank}
        wrong = flashcards.wrong_question_cards(by_key, latest_practice(conn, profile_id))
        flashcards.sync(conn, profile_id, course, wrong, now)
        data = home_data(conn, profile_id, course, questions, last_place, now)
    finally:
        conn.close()
    return course, data
