"""Certificates for learners who passed, with a short verification code bound to the signed result.

The code is 10 letters and digits (``ABCDE-FGHJK``, no 0/O/1/I): the first 50 bits of SHA-256 over the
learner's UUID, the assessment, the UUID and finish time of the attempt that counts (all of them from
the signed hand-in file) and the grade. ``coursebook certificate verify CODE`` on the trainer's PC
recomputes the codes of every passed learner in its gradebook: a certificate whose name, score or
date was edited, or that was never issued from this gradebook, does not verify.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP, message
from ..store import Store
from .auth import Actor
from .chain import digest
from .errors import ClassroomError
from .gradebook import Grader, attempt_grades, check_trainer, counting

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True)
class Certificate:
    learner: str
    learner_uuid: str
    quiz_id: str
    title: str
    grade: float
    date: str
    attempt_uuid: str
    trainer: str
    code: str


def make_code(learner_uuid: str, quiz_id: str, attempt_uuid: str, finished: str, grade: float) -> str:
    number = int(digest(f"{learner_uuid}|{quiz_id}|{attempt_uuid}|{finished}|{grade:.2f}")[:13], 16) >> 2
    letters = "".join(ALPHABET[(number >> (5 * i)) & 31] for i in range(10))
    return f"{letters[:5]}-{letters[5:]}"


def normalise(code: str) -> str:
    text = "".join(c for c in code.upper() if c.isalnum())
    return f"{text[:5]}-{text[5:]}" if len(text) == 10 else text


def certificates(store: Store, actor: Actor | None, question, trainer: str = "") -> list[Certificate]:  # noqa: ANN001
    """A certificate for every learner × assessment passed in the gradebook. Trainer only."""
    check_trainer(store, actor)
    names = dict(store.conn.execute("SELECT uuid, name FROM gb_learners"))
    titles = dict(store.conn.execute("SELECT quiz_id, title FROM gb_attempts"))
    groups: dict[tuple[str, str], list] = {}
    for attempt in attempt_grades(store, Grader(question)):
        groups.setdefault((attempt.learner_uuid, attempt.quiz_id), []).append(attempt)
    result = []
    for (learner, quiz_id), attempts in sorted(groups.items()):
        value, _seconds, _pending = counting(attempts)
        mark = attempts[-1].pass_percent
        if value is None or mark <= 0 or value < mark - 1e-9:
            continue
        graded = [a for a in attempts if a.finished and not a.pending and a.percent is not None]
        last = max(graded, key=lambda a: a.finished)
        grade = round(value, 2)
        result.append(Certificate(names.get(learner, learner), learner, quiz_id, titles.get(quiz_id, quiz_id), grade,
                                  (last.finished or "")[:10], last.uuid, trainer,
                                  make_code(learner, quiz_id, last.uuid, last.finished or "", grade)))
    return result


def default_path(certificate: Certificate) -> "Path":
    """``Documents/certificate-<learner>-<assessment>.pdf``: the user's documents folder."""
    import re
    from pathlib import Path

    from platformdirs import user_documents_dir

    parts = [re.sub(r"[^\w-]+", "-", text, flags=re.UNICODE).strip("-")[:40]
             for text in (certificate.learner, certificate.title)]
    return Path(user_documents_dir()) / ("-".join(["certificate", *[p for p in parts if p]]) + ".pdf")


def verify(store: Store, actor: Actor | None, question, code: str) -> Certificate:  # noqa: ANN001
    """The certificate with this code, or :class:`ClassroomError` saying it does not verify."""
    wanted = normalise(code)
    for certificate in certificates(store, actor, question):
        if certificate.code == wanted:
            return certificate
    raise ClassroomError(message(QT_TRANSLATE_NOOP(
        "core", "The code {code} belongs to no passed result in this gradebook: the certificate is not valid here."),
        code=code.strip()))


__all__ = ["Certificate", "certificates", "default_path", "make_code", "normalise", "verify"]
