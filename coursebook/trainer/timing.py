"""The timing check: do the phases add up to the activity's stated duration?

Said before the activity starts, so that a trainer adjusts the ranges instead of running over.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import QT_TRANSLATE_NOOP, Message, message
from ..model import Activity, Minutes


@dataclass
class TimingCheck:
    planned: Minutes          # the phases' minutes as written (ranges summed by their bounds)
    stated: Minutes           # the activity's duration
    chosen: int               # the phases' minutes as the trainer set them
    problems: list[Message] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_timing(activity: Activity, chosen: list[int] | None = None,
                 chosen_sub: dict[int, list[int]] | None = None) -> TimingCheck:
    """Compare the phases with the stated duration; ``chosen`` are the minutes set per top-level
    phase (default: each phase's lower bound), ``chosen_sub`` those of sub-phases by parent index."""
    planned = activity.planned_minutes()
    stated = activity.duration
    picks = chosen if chosen is not None else [p.minutes.low for p in activity.phases]
    total = sum(picks)
    check = TimingCheck(planned, stated, total)
    if planned != stated:
        check.problems.append(message(
            QT_TRANSLATE_NOOP("core", "The phases add up to {planned} min, but the activity states {stated} min."),
            planned=str(planned), stated=str(stated)))
    if total > stated.high:
        check.problems.append(message(
            QT_TRANSLATE_NOOP("core", "With the minutes chosen the phases take {total} min: {over} min more than the {stated} min the activity states."),  # noqa: E501 - one literal for lupdate
            total=total, over=total - stated.high, stated=str(stated)))
    elif total < stated.low:
        check.problems.append(message(
            QT_TRANSLATE_NOOP("core", "With the minutes chosen the phases take {total} min: {under} min less than the {stated} min the activity states."),  # noqa: E501
            total=total, under=stated.low - total, stated=str(stated)))
    for index, phase in enumerate(activity.phases):
        if not phase.phases:
            continue
        subs = (chosen_sub or {}).get(index) or [s.minutes.low for s in phase.phases]
        if sum(subs) > picks[index]:
            check.problems.append(message(
                QT_TRANSLATE_NOOP("core", "The sub-phases of {phase} take {inner} min, more than the {minutes} min set for it."),  # noqa: E501
                phase=phase.title, inner=sum(subs), minutes=picks[index]))
    return check
