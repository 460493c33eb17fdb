"""Learners' activity as xAPI 1.0.3 statements (one JSON object per line), for any learning record store.

What is written, per profile:
- ``attempted`` a module — when its first section was opened;
- ``completed`` a module — when every section had been opened (timestamp: the last one);
- ``answered`` a question — every saved answer, with its score (an essay waiting for a trainer has
  none) and the answer in words;
- ``passed`` / ``failed`` an assessment — a submitted attempt with a pass mark and no essay waiting;
  ``completed`` when there is no pass mark or an essay still waits.

Scores are never read from the store: every answer and every attempt is graded again from the answers
(the sealed ones for an assessment), with the questions this program has, on the same path as the
trainer's reports (:func:`coursebook.quiz.reports.regrade`); an essay counts with the trainer's mark.
An attempt at an exam file whose start code was not given in this run has no score (``completed``).

Rules: activity ids are IRIs under one base (default ``https://coursebook.invalid/xapi``; the
``.invalid`` top-level domain can never be registered, so the ids can never point at someone else's
server, and an agency may choose its own base): ``<base>/activities/module/<module-id>``,
``<base>/activities/question/<module-id>/<question-id>``, ``<base>/activities/assessment/<assessment-id>`` (a practice:
``<base>/activities/practice/<module-id>``, a review of wrong answers: ``…/review/…``).
They depend only on ids that stay stable across versions of the course. Statement ids and
registrations are name-based UUIDs (version 5) of what they describe, so exporting again gives the
same ids and a record store keeps one copy. The actor is an account: ``homePage`` is the base,
``name`` the learner store's random identity and the profile number; the display name is the profile's.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from typing import Any, Iterator

from ..model import Library
from ..quiz.model import Question, describe_response, grade
from ..quiz.reports import regrade
from ..store import Store

DEFAULT_BASE = "https://coursebook.invalid/xapi"
VERBS = {
    "attempted": "http://adlnet.gov/expapi/verbs/attempted",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
    "answered": "http://adlnet.gov/expapi/verbs/answered",
    "passed": "http://adlnet.gov/expapi/verbs/passed",
    "failed": "http://adlnet.gov/expapi/verbs/failed",
}
ACTIVITY_TYPES = {
    "module": "http://adlnet.gov/expapi/activities/module",
    "question": "http://adlnet.gov/expapi/activities/cmi.interaction",
    "assessment": "http://adlnet.gov/expapi/activities/assessment",
}
INTERACTIONS = {"single": "choice", "multiple": "choice", "truefalse": "true-false", "short": "fill-in",
                "matching": "matching", "ordering": "sequencing", "numerical": "numeric", "essay": "long-fill-in"}


def _uuid(name: str) -> str:
    """RFC 4122 name-based UUID (version 5), hashed with the ``cryptography`` package."""
    from cryptography.hazmat.primitives import hashes

    digest = hashes.Hash(hashes.SHA1())  # noqa: S303 - what RFC 4122 version 5 prescribes, not for security
    digest.update(uuid.NAMESPACE_URL.bytes + name.encode("utf-8"))
    return str(uuid.UUID(bytes=digest.finalize()[:16], version=5))


def install_id(store: Store) -> str:
    """The learner store's own random identity, as a UUID (see ``Store.identity``)."""
    raw = store.identity
    try:
        return str(uuid.UUID(hex=raw, version=4))
    except ValueError:
        return _uuid(raw)


def _timestamp(text: str | None) -> str | None:
    """ISO 8601 with a time zone, as xAPI requires; None for what cannot be read."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Exporter:
    def __init__(self, store: Store, library: Library, base: str = DEFAULT_BASE, install: str | None = None):
        self.store, self.library = store, library
        self.base = base.rstrip("/")
        self.install = install or install_id(store)
        self._quiz = None
        self._graded: dict[tuple[str, str], float] = {}

    # --- pieces -----------------------------------------------------------------------------
    def activity(self, kind: str, *ids: str) -> str:
        from urllib.parse import quote

        return f"{self.base}/activities/{kind}/" + "/".join(quote(i, safe="-._~") for i in ids)

    def actor(self, profile_id: int, name: str) -> dict:
        return {"objectType": "Agent", "name": name,
                "account": {"homePage": self.base, "name": f"{self.install}/{profile_id}"}}

    def module_object(self, module_id: str) -> dict:
        module = self.library.module(module_id)
        obj: dict[str, Any] = {"objectType": "Activity", "id": self.activity("module", module_id)}
        definition: dict[str, Any] = {"type": ACTIVITY_TYPES["module"]}
        if module is not None:
            definition["name"] = {module.meta.language: module.meta.title}
        obj["definition"] = definition
        return obj

    @property
    def quiz(self):  # noqa: ANN201 - QuizService
        """The quiz service that grades (made on first use): the questions and the sealed records."""
        if self._quiz is None:
            from ..quiz.service import QuizService

            self._quiz = QuizService(self.store, self.library)
        return self._quiz

    def question(self, key: str) -> Question | None:
        return self.quiz.question(key)

    def graded(self, question: Question, key: str, text: str, value: Any) -> float:
        """The fraction this program gives an answer, graded once per (question, answer as stored)."""
        found = self._graded.get((key, text))
        if found is None:
            found = self._graded[(key, text)] = grade(question, value).fraction or 0.0
        return found

    def question_object(self, key: str) -> dict:
        module_id, _, question_id = key.partition(":")
        definition: dict[str, Any] = {"type": ACTIVITY_TYPES["question"]}
        question = self.question(key)
        module = self.library.module(module_id)
        if question is not None:
            definition["interactionType"] = INTERACTIONS[question.type]
            definition["description"] = {module.meta.language if module else "und": question.text}
        return {"objectType": "Activity", "id": self.activity("question", module_id, question_id),
                "definition": definition}

    def statement(self, ident: str, actor: dict, verb: str, obj: dict, timestamp: str,
                  result: dict | None = None, context: dict | None = None) -> dict:
        data: dict[str, Any] = {"id": _uuid(f"{self.base}/{self.install}/{ident}"), "actor": actor,
                                "verb": {"id": VERBS[verb], "display": {"en-US": verb}}, "object": obj,
                                "timestamp": timestamp}
        if result is not None:
            data["result"] = result
        context = dict(context or {})
        context.setdefault("platform", "Coursebook")
        data["context"] = context
        return data

    # --- statements -------------------------------------------------------------------------
    def statements(self) -> Iterator[dict]:
        conn = self.store.conn
        names = dict(conn.execute("SELECT id, name FROM profiles").fetchall())
        sections = {m.id: len(m.sections) for m in self.library.modules}
        rows = conn.execute("SELECT profile_id, module_id, COUNT(*), MIN(visited), MAX(visited) FROM progress "
                            "GROUP BY profile_id, module_id ORDER BY profile_id, module_id").fetchall()
        for profile_id, module_id, count, first, last in rows:
            actor = self.actor(profile_id, names.get(profile_id, ""))
            stamp = _timestamp(first)
            if stamp:
                yield self.statement(f"attempted/{profile_id}/{module_id}", actor, "attempted",
                                     self.module_object(module_id), stamp)
            needed = sections.get(module_id)
            if needed and count >= needed and _timestamp(last):
                yield self.statement(f"completed/{profile_id}/{module_id}", actor, "completed",
                                     self.module_object(module_id), _timestamp(last),  # type: ignore[arg-type]
                                     {"completion": True})
        attempts = conn.execute("SELECT id, profile_id, quiz_id, mode, title, plan, started, finished, seconds "
                                "FROM attempts ORDER BY id").fetchall()
        for attempt_id, profile_id, quiz_id, mode, title, plan, started, finished, seconds in attempts:
            actor = self.actor(profile_id, names.get(profile_id, ""))
            registration = _uuid(f"{self.base}/{self.install}/attempt/{attempt_id}/{started}")
            kind, _, rest = quiz_id.partition(":")
            parent = {"objectType": "Activity", "id": self.activity(kind if rest else "quiz", rest or quiz_id),
                      "definition": {"type": ACTIVITY_TYPES["assessment"], "name": {"und": title or quiz_id}}}
            attempt = self.quiz.attempt(attempt_id)
            record = self.quiz.replay(profile_id).records.get(attempt.uuid) if mode == "assessment" else None
            locked = self.quiz.exam_locked(attempt)
            if record is not None:  # the answers and marks as sealed, not the rows that may have been changed
                given = [(slot, key, text, at) for slot, (key, text, at, _elapsed) in sorted(record.answers.items())]
                marks = {slot: g[0] for slot, g in record.grades.items()}
            else:
                rows = conn.execute("SELECT slot, question_key, response, fraction, answered FROM responses "
                                    "WHERE attempt_id=? ORDER BY slot", (attempt_id,)).fetchall()
                given = [(slot, key, response, answered) for slot, key, response, _f, answered in rows]
                marks = {slot: fraction for slot, _k, _r, fraction, _a in rows if fraction is not None}
            for slot, key, response, answered in given:
                stamp = _timestamp(answered)
                if not stamp or response is None:
                    continue
                question = None if locked else self.question(key)
                try:
                    value = json.loads(response)
                except ValueError:
                    value = response
                result: dict[str, Any] = {"response": describe_response(question, value) if question else str(value)}
                if question is None or (question.type == "essay" and slot not in marks):
                    result["completion"] = True
                else:
                    fraction = marks[slot] if question.type == "essay" else self.graded(question, key, response, value)
                    scaled = max(0.0, min(1.0, float(fraction or 0.0)))
                    result.update({"score": {"scaled": round(scaled, 4), "raw": round(scaled, 4), "min": 0, "max": 1},
                                   "success": scaled >= 0.999, "completion": True})
                context = {"registration": registration,
                           "contextActivities": {"parent": [parent],
                                                 "grouping": [self.module_object(key.split(":", 1)[0])]}}
                yield self.statement(f"answered/{attempt_id}/{slot}/{answered}", actor, "answered",
                                     self.question_object(key), stamp, result, context)
            stamp = _timestamp(finished)
            if mode != "assessment" or not stamp:
                continue
            try:
                settings = (json.loads(plan or "{}") or {}).get("settings") or {}
            except ValueError:
                settings = {}
            mark = float(settings.get("pass_percent") or 0)
            score, max_score, pending = regrade(self.quiz, attempt, record)
            result = {"completion": True}
            if max_score:
                raw = max(0.0, min(score, max_score))
                result["score"] = {"scaled": round(raw / max_score, 4), "raw": round(raw, 4), "min": 0,
                                   "max": float(max_score)}
            if seconds:
                result["duration"] = f"PT{float(seconds):.2f}S"
            verb = "completed"
            if mark > 0 and not pending and max_score:
                success = 100.0 * raw / max_score >= mark - 1e-9
                result["success"] = success
                verb = "passed" if success else "failed"
            yield self.statement(f"{verb}/{attempt_id}/{finished}", actor, verb, parent, stamp, result,
                                 {"registration": registration})


def export(store: Store, library: Library, base: str = DEFAULT_BASE) -> list[dict]:
    return list(Exporter(store, library, base).statements())


def to_jsonl(statements: list[dict]) -> str:
    return "".join(json.dumps(s, ensure_ascii=False, sort_keys=True) + "\n" for s in statements)

