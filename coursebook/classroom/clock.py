"""Time of an attempt that setting the clock back cannot stretch.

- Elapsed time is counted with a monotonic clock (``time.monotonic``), which the system clock's
  setting does not move, and stored with the attempt after every answer and every few seconds.
- The attempt remembers the latest wall-clock time it has seen (``last_seen``). A wall clock that is
  earlier than that has been set back: the jump is recorded (and shown to the trainer), and the
  deadline is measured from ``last_seen``, never from the earlier time.
- The time left is the smaller of the deadline by the wall clock and the limit by elapsed time.
"""

from __future__ import annotations

#: Differences smaller than this are clock adjustments (NTP, rounding), not someone setting the clock.
JUMP_TOLERANCE = 5.0


def backwards(last_seen: float | None, wall_now: float) -> float:
    """Seconds the wall clock went back since ``last_seen`` (0 when it did not)."""
    if last_seen is None:
        return 0.0
    gone = last_seen - wall_now
    return gone if gone > JUMP_TOLERANCE else 0.0


def effective_now(last_seen: float | None, wall_now: float) -> float:
    return wall_now if last_seen is None else max(wall_now, last_seen)


def remaining(deadline: float | None, limit: float | None, elapsed: float, last_seen: float | None,
              wall_now: float) -> float | None:
    """Seconds left (never below 0), None when untimed."""
    if deadline is None:
        return None
    left = deadline - effective_now(last_seen, wall_now)
    if limit:
        left = min(left, limit - elapsed)
    return max(0.0, left)


def epoch(text: str | None) -> float | None:
    """A stored ISO time as seconds since the epoch (None when missing or unreadable)."""
    if not text:
        return None
    from datetime import datetime

    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        return None
