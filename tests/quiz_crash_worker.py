"""A scripted assessment attempt for the crash test (tests/test_quiz_crash.py); killed at random points.

    python tests/quiz_crash_worker.py DATA_FOLDER SEED

Starts the assessment "crash-test" on the real banks (or continues the open attempt), then answers
the questions one by one. Around every save it prints, flushing stdout each time:

    attempt <id> <plan digest>       once, after starting or resuming
    saving <slot> <response-json>    just before the answer is written
    saved <slot> <response-json>     once save_response() has returned (committed)
    done                             when there is nothing left to do

Unanswered questions come first; once all are answered it revises random ones (updates of a saved
answer), so the test also covers answers that change.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coursebook.loader import load_library  # noqa: E402
from coursebook.quiz.assessment import AssessmentDef, BankDraw  # noqa: E402
from coursebook.quiz.service import QuizService  # noqa: E402
from coursebook.quiz.model import Question, correct_response  # noqa: E402
from coursebook.store import Store  # noqa: E402

ASSESSMENT_ID = "crash-test"
PER_BANK = 12
TIME_LIMIT_MINUTES = 60
REVISIONS = 400


def definition(module_ids: list[str]) -> AssessmentDef:
    return AssessmentDef(ASSESSMENT_ID, "Crash test", [BankDraw(m, PER_BANK) for m in module_ids],
                         time_limit_minutes=TIME_LIMIT_MINUTES, attempts_allowed=0, pass_percent=50)


def some_response(question: Question, rng: random.Random):
    """Right about half the time; otherwise a plausible wrong (or odd) answer of the right shape."""
    if rng.random() < 0.5:
        return correct_response(question)
    kind = question.type
    if kind == "single":
        return rng.randrange(len(question.options))
    if kind == "multiple":
        return sorted(rng.sample(range(len(question.options)), rng.randint(1, len(question.options))))
    if kind == "truefalse":
        return rng.random() < 0.5
    if kind == "short":
        return rng.choice(["žrtev", "  ŽRTEV ", "zrtev", "", "policija", "čšž ĆĐ"])
    if kind == "matching":
        choices = question.right_choices()
        return [rng.choice(choices + [None]) for _ in question.pairs]
    if kind == "ordering":
        order = list(range(len(question.items)))
        rng.shuffle(order)
        return order
    if kind == "numerical":
        return rng.choice(["12,5", "0", "-3", "1e3", "abc"])
    return "An essay answer, saved the moment it is confirmed."


def main() -> int:
    data, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    store = Store(data)
    profile = store.default_profile()
    library = load_library(ROOT / "content")
    service = QuizService(store, library)
    wanted = service.assessments.get(ASSESSMENT_ID)
    if wanted is None:
        wanted = definition([m.id for m in service.modules_with_questions()])
        service.assessments.save(wanted)  # the file a trainer copies to the PC
    attempt = service.start_assessment(profile.id, wanted)
    digest = hashlib.sha256(json.dumps(attempt.plan["slots"]).encode()).hexdigest()[:16]
    print(f"attempt {attempt.id} {digest}", flush=True)
    answered = set(service.responses(attempt))
    todo = [s for s in attempt.slots if s.number not in answered]
    revisions = [rng.choice(attempt.slots) for _ in range(REVISIONS)]
    for slot in todo + revisions:
        response = some_response(service.question(slot.key), rng)
        text = json.dumps(response, ensure_ascii=False)
        print(f"saving {slot.number} {text}", flush=True)
        service.save_response(attempt, slot.number, response)
        print(f"saved {slot.number} {text}", flush=True)
        time.sleep(rng.uniform(0.0, 0.004))
    print("done", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
