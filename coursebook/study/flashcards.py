"""Flashcards from the course's own glossary and from the questions a learner got wrong, scheduled
with FSRS (the ``fsrs`` package).

Rules:
- two cards per glossary entry, in the module's language: the term on the front and its definition
  on the back, and the other way round; one card per question whose latest practice answer was wrong: the question on the
  front, the right answer and the explanation on the back;
- a card is new until first reviewed; the daily queue holds every card due by the end of today
  plus at most ``NEW_PER_DAY`` new cards; grades are Again / Hard / Good / Easy (1–4);
- every review is kept (``flashcard_reviews``); times come from an injectable clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time as day_time, timedelta, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Library

NEW_PER_DAY = 20
GLOSSARY, WRONG = "glossary", "question"
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Flashcard:
    key: str
    module_id: str
    source: str
    front: str
    back: str
    language: str
    due: str | None  # None: new, never reviewed


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def sync(conn, profile_id: int, library: "Library", wrong: dict[str, tuple[str, str]] | None = None,  # noqa: ANN001
         now: datetime | None = None) -> int:
    """Add cards for glossary entries and wrong questions this profile has no card for yet.

    ``wrong`` maps a question key to (front, back). Returns the number of cards added."""
    stamp = _iso(now or utc_now())
    rows = []
    for module in library.modules:
        for entry in module.glossary:  # both ways: term → definition and definition → term
            rows.append((profile_id, f"g:{entry.key}", module.id, GLOSSARY, entry.term, entry.definition,
                         module.meta.language, stamp))
            rows.append((profile_id, f"r:{entry.key}", module.id, GLOSSARY, entry.definition, entry.term,
                         module.meta.language, stamp))
    languages = {m.id: m.meta.language for m in library.modules}
    for key, (front, back) in (wrong or {}).items():
        module_id = key.split(":", 1)[0]
        rows.append((profile_id, f"q:{key}", module_id, WRONG, front, back, languages.get(module_id, ""), stamp))
    have = {key for (key,) in conn.execute("SELECT card_key FROM flashcards WHERE profile_id=?", (profile_id,))}
    rows = [row for row in rows if row[1] not in have]  # only new cards: no write (and no lock) when none
    if not rows:
        return 0
    from coursebook.store import transaction

    before = conn.total_changes
    insert = ("INSERT OR IGNORE INTO flashcards(profile_id, card_key, module_id, source, front, back, language, "
              "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    if conn.in_transaction:  # the caller's transaction
        conn.executemany(insert, rows)
    else:  # one synced commit for all of them, not one per card
        with transaction(conn):
            conn.executemany(insert, rows)
    return conn.total_changes - before


def _end_of_day(now: datetime) -> datetime:
    local = now.astimezone()
    return datetime.combine(local.date() + timedelta(days=1), day_time(0), tzinfo=local.tzinfo)


_COLUMNS = "card_key, module_id, source, front, back, language, due"


def queue(conn, profile_id: int, now: datetime, new_per_day: int = NEW_PER_DAY) -> list[Flashcard]:  # noqa: ANN001
    """Today's cards: those due by the end of the local day (earliest first), then new ones."""
    until = _iso(_end_of_day(now))
    due = [Flashcard(*row) for row in conn.execute(
        f"SELECT {_COLUMNS} FROM flashcards WHERE profile_id=? AND due IS NOT NULL AND due < ? "
        "ORDER BY due, card_key", (profile_id, until))]
    start_of_day = _iso(_end_of_day(now) - timedelta(days=1))
    introduced = conn.execute(
        "SELECT COUNT(DISTINCT card_key) FROM flashcard_reviews r WHERE profile_id=? AND reviewed >= ? AND "
        "NOT EXISTS (SELECT 1 FROM flashcard_reviews o WHERE o.profile_id=r.profile_id AND "
        "o.card_key=r.card_key AND o.reviewed < ?)", (profile_id, start_of_day, start_of_day)).fetchone()[0]
    allowance = max(0, new_per_day - introduced)
    new = [Flashcard(*row) for row in conn.execute(
        f"SELECT {_COLUMNS} FROM flashcards WHERE profile_id=? AND due IS NULL "
        "ORDER BY source DESC, substr(card_key, 1, 1), module_id, rowid LIMIT ?", (profile_id, allowance))]
    return due + new


def due_count(conn, profile_id: int, now: datetime, new_per_day: int = NEW_PER_DAY) -> int:  # noqa: ANN001
    return len(queue(conn, profile_id, now, new_per_day))


def review(conn, profile_id: int, card_key: str, rating: int, now: datetime) -> datetime:  # noqa: ANN001
    """Grade a card (1 Again, 2 Hard, 3 Good, 4 Easy); store its new FSRS state; return when it is due."""
    import fsrs

    row = conn.execute("SELECT fsrs FROM flashcards WHERE profile_id=? AND card_key=?",
                       (profile_id, card_key)).fetchone()
    if row is None:
        raise KeyError(card_key)
    card = fsrs.Card.from_json(row[0]) if row[0] else fsrs.Card()
    scheduler = fsrs.Scheduler(enable_fuzzing=False)
    card, _log = scheduler.review_card(card, fsrs.Rating(rating), review_datetime=now.astimezone(timezone.utc))
    due = _iso(card.due)
    conn.execute("UPDATE flashcards SET fsrs=?, due=? WHERE profile_id=? AND card_key=?",
                 (card.to_json(), due, profile_id, card_key))
    conn.execute("INSERT INTO flashcard_reviews(profile_id, card_key, rating, reviewed, due) VALUES (?, ?, ?, ?, ?)",
                 (profile_id, card_key, rating, _iso(now), due))
    return card.due


def history(conn, profile_id: int, card_key: str | None = None) -> list[tuple[str, int, str, str]]:  # noqa: ANN001
    """Reviews as (card key, rating, reviewed, due after), oldest first."""
    sql = "SELECT card_key, rating, reviewed, due FROM flashcard_reviews WHERE profile_id=?"
    args: list = [profile_id]
    if card_key:
        sql += " AND card_key=?"
        args.append(card_key)
    return [tuple(r) for r in conn.execute(sql + " ORDER BY reviewed, id", args)]


def wrong_question_cards(questions: dict, practice: dict[str, float]) -> dict[str, tuple[str, str]]:
    """Question key → (front, back) for questions whose latest practice answer was not fully right.

    ``questions`` maps question keys to bank questions (essays, graded by a trainer, are left out)."""
    from ..quiz.review import right_answer_text

    cards = {}
    for key, fraction in practice.items():
        question = questions.get(key)
        if question is None or question.type == "essay" or fraction >= 0.999:
            continue
        answer = right_answer_text(question)
        cards[key] = (question.text, f"{answer}\n\n{question.feedback}".strip())
    return cards
