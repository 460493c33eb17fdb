"""How well a bank assesses: the share of scenario questions and the longest-option cue.

A learner who always picks the longest option should do no better than chance. For each
single-choice question the chance that the right option is the longest is 1/n (n options); the
bank's chance level is the mean of those. A share above ``CUE_FACTOR`` times that level is a cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Question

CUE_FACTOR = 1.5
#: At least this share of a bank are scenario or application questions.
SCENARIO_SHARE = 0.25


@dataclass(frozen=True)
class BankQuality:
    questions: int
    scenarios: int
    single: int
    right_longest: int
    chance: float

    @property
    def scenario_share(self) -> float:
        return self.scenarios / self.questions if self.questions else 0.0

    @property
    def longest_share(self) -> float:
        return self.right_longest / self.single if self.single else 0.0

    @property
    def cue(self) -> bool:
        """The right option is the longest clearly more often than chance."""
        return self.single > 0 and self.longest_share > CUE_FACTOR * self.chance

    def as_dict(self) -> dict:
        return {
            "questions": self.questions, "scenarios": self.scenarios,
            "scenario_share": round(self.scenario_share, 3), "single": self.single,
            "right_option_longest": self.right_longest, "longest_share": round(self.longest_share, 3),
            "chance": round(self.chance, 3), "cue": self.cue,
        }


def right_is_longest(question: Question) -> bool:
    """The right option of a single-choice question is strictly longer than every other."""
    right = [o for o in question.options if o.weight >= 1 - 1e-6]
    if len(right) != 1:
        return False
    others = [len(o.text) for o in question.options if o is not right[0]]
    return bool(others) and len(right[0].text) > max(others)


def bank_quality(questions: list[Question]) -> BankQuality:
    single = [q for q in questions if q.type == "single" and len(q.options) >= 2]
    chance = sum(1 / len(q.options) for q in single) / len(single) if single else 0.0
    return BankQuality(
        questions=len(questions), scenarios=sum(1 for q in questions if q.scenario),
        single=len(single), right_longest=sum(1 for q in single if right_is_longest(q)), chance=chance)
