"""The activity runner: the phases of an activity as countdowns a trainer runs in front of a class.

Rules:
- the phases come from the activity data; each runs for the minutes chosen for it (a range such as
  30–40 can be set anywhere within its bounds before or during the run), plus any extension;
- sub-phases run one after another inside their phase, on the phase's own clock;
- a countdown does not stop at zero: it runs into overtime until the trainer moves on, and each end
  (of a phase or a sub-phase) is reported once as an :class:`Event` by :meth:`ActivityRunner.poll`;
- pause stops every clock; the clock is injectable (seconds, monotonic) so tests run in no time;
- every inject pushed to the audience is logged with the wall-clock time and the activity time.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from ..model import Activity, Inject, Minutes
from .timing import TimingCheck, check_timing

READY, RUNNING, PAUSED, FINISHED = "ready", "running", "paused", "finished"


@dataclass
class PlanStep:
    """A phase or sub-phase with the minutes chosen for it."""

    title: str
    minutes: Minutes
    chosen: int
    instructions: str = ""
    subs: list["PlanStep"] = field(default_factory=list)


@dataclass(frozen=True)
class Event:
    kind: str        # "phase_end" or "subphase_end"
    phase: int       # index of the top-level phase
    sub: int         # index of the sub-phase, -1 for the phase itself
    title: str


@dataclass(frozen=True)
class InjectShown:
    index: int
    title: str
    phase: str           # the phase running when it was shown
    shown_at: datetime   # wall-clock time
    activity_seconds: float


class ActivityRunner:
    def __init__(self, activity: Activity, clock: Callable[[], float] = time.monotonic,
                 wall: Callable[[], datetime] = datetime.now):
        self.activity = activity
        self.clock = clock
        self.wall = wall
        self.steps = [PlanStep(p.title, p.minutes, p.minutes.low, p.instructions,
                               [PlanStep(s.title, s.minutes, s.minutes.low, s.instructions) for s in p.phases])
                      for p in activity.phases]
        self.state = READY
        self.index = 0
        self.extra: list[float] = [0.0] * len(self.steps)   # seconds added per phase
        self._banked = 0.0            # phase seconds before the last resume
        self._total_banked = 0.0      # activity seconds before the last resume
        self._since: float | None = None
        self._fired: set[tuple[int, int]] = set()
        self.log: list[InjectShown] = []
        self.question = -1            # discussion question shown, -1 for none

    # --- the plan -------------------------------------------------------------------------------
    def set_minutes(self, index: int, minutes: int, sub: int | None = None) -> int:
        """Choose a phase's (or sub-phase's) minutes within its range; returns the value kept."""
        step = self.steps[index] if sub is None else self.steps[index].subs[sub]
        step.chosen = max(step.minutes.low, min(step.minutes.high, int(minutes)))
        self._refire()
        return step.chosen

    def timing(self) -> TimingCheck:
        return check_timing(self.activity, [s.chosen for s in self.steps],
                            {i: [c.chosen for c in s.subs] for i, s in enumerate(self.steps) if s.subs})

    def phase_seconds(self, index: int | None = None) -> float:
        i = self.index if index is None else index
        return self.steps[i].chosen * 60 + self.extra[i]

    # --- running --------------------------------------------------------------------------------
    def start(self) -> None:
        if self.state == READY:
            self.state = RUNNING
            self._since = self.clock()

    def pause(self) -> None:
        if self.state == RUNNING:
            now = self.clock()
            self._banked += now - self._since
            self._total_banked += now - self._since
            self._since = None
            self.state = PAUSED

    def resume(self) -> None:
        if self.state == PAUSED:
            self._since = self.clock()
            self.state = RUNNING

    def toggle(self) -> None:
        {READY: self.start, RUNNING: self.pause, PAUSED: self.resume}.get(self.state, lambda: None)()

    def extend(self, minutes: float = 1) -> None:
        """Give the current phase more time (a negative value takes time away, not below zero)."""
        self.extra[self.index] = max(-self.steps[self.index].chosen * 60, self.extra[self.index] + minutes * 60)
        self._refire()

    def next_phase(self) -> None:
        """End the current phase now and start the next (the last one finishes the activity)."""
        self._move(self.index + 1)

    def previous_phase(self) -> None:
        self._move(max(0, self.index - 1))

    def _move(self, index: int) -> None:
        now = self.clock()
        if self.state == RUNNING:
            self._total_banked += now - self._since
            self._since = now
        self._banked = 0.0
        self._fired = {key for key in self._fired if key[0] != index}
        if index >= len(self.steps):
            self.state = FINISHED
            self._since = None
            return
        self.index = index

    # --- reading the clocks ---------------------------------------------------------------------
    def elapsed(self) -> float:
        """Seconds of the current phase run so far."""
        running = self.clock() - self._since if self.state == RUNNING and self._since is not None else 0.0
        return self._banked + running

    def total_elapsed(self) -> float:
        running = self.clock() - self._since if self.state == RUNNING and self._since is not None else 0.0
        return self._total_banked + running

    def remaining(self) -> float:
        """Seconds left in the current phase; negative in overtime."""
        return self.phase_seconds() - self.elapsed()

    @property
    def current(self) -> PlanStep:
        return self.steps[min(self.index, len(self.steps) - 1)]

    def sub_phase(self) -> tuple[int, float] | None:
        """(index, seconds left) of the sub-phase running now, or None outside the sub-phases."""
        elapsed, start = self.elapsed(), 0.0
        for i, sub in enumerate(self.current.subs):
            end = start + sub.chosen * 60
            if elapsed < end:
                return i, end - elapsed
            start = end
        return None

    def poll(self) -> list[Event]:
        """Ends reached since the last poll, each reported once."""
        if self.state not in (RUNNING, PAUSED):
            return []
        events: list[Event] = []
        elapsed, start = self.elapsed(), 0.0
        for i, sub in enumerate(self.current.subs):
            start += sub.chosen * 60
            key = (self.index, i)
            if elapsed >= start and key not in self._fired:
                self._fired.add(key)
                events.append(Event("subphase_end", self.index, i, sub.title))
        key = (self.index, -1)
        if elapsed >= self.phase_seconds() and key not in self._fired:
            self._fired.add(key)
            events.append(Event("phase_end", self.index, -1, self.current.title))
        return events

    def _refire(self) -> None:
        """After the plan changed, ends not yet reached may be reported again."""
        elapsed = self.elapsed()
        keep = set()
        for key in self._fired:
            phase, sub = key
            if phase != self.index:
                keep.add(key)
                continue
            end = (self.phase_seconds() if sub < 0
                   else sum(s.chosen for s in self.steps[phase].subs[:sub + 1]) * 60)
            if elapsed >= end:
                keep.add(key)
        self._fired = keep

    # --- injects and the debrief ----------------------------------------------------------------
    @property
    def injects(self) -> list[Inject]:
        return self.activity.injects

    def show_inject(self, index: int) -> InjectShown:
        inject = self.activity.injects[index]
        record = InjectShown(index, inject.title, self.current.title, self.wall(), self.total_elapsed())
        self.log.append(record)
        return record

    def shown(self, index: int) -> list[InjectShown]:
        return [r for r in self.log if r.index == index]

    def next_question(self, step: int = 1) -> int:
        """Move through the discussion questions; returns the index shown (-1: none)."""
        count = len(self.activity.discussion)
        self.question = max(-1, min(count - 1, self.question + step))
        return self.question


def clock_text(seconds: float, countdown: bool = False) -> str:
    """``754`` → ``12:34``; overtime as ``−0:45``; an hour or more as ``1:02:03``. A countdown
    rounds up, so it shows 0:01 until it really ends."""
    sign = "−" if seconds <= -1 else ""
    whole = math.ceil(seconds) if countdown and seconds > 0 else int(abs(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes}:{secs:02d}"
