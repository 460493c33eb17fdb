"""Reads the ```activity block of a module into :class:`~coursebook.model.Activity`."""

from __future__ import annotations

from typing import Any

from .errors import ContentError
from .model import Activity, Group, Inject, Minutes, Phase, TitledText
from .yamlutil import LineDict

REQUIRED = ("name", "type", "duration", "objectives", "phases")
KNOWN = set(REQUIRED) | {
    "materials", "groups", "discussion", "tips", "injects", "variants", "online_variant", "handouts",
    "scenario", "answer_key",
}
GROUP_FIELDS = {"id", "name", "tasks", "role", "receives"}


class _Collector:
    def __init__(self, path: str):
        self.path = path
        self.errors: list[ContentError] = []

    def add(self, line: int, message: str) -> None:
        self.errors.append(ContentError(self.path, line, message))


def parse_minutes(value: Any) -> Minutes | None:
    """``15`` → 15 minutes; ``[30, 40]`` → 30–40 minutes; anything else → None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and value > 0:
        return Minutes(value, value)
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and 0 < value[0] <= value[1]
    ):
        return Minutes(value[0], value[1])
    return None


def _text(data: LineDict, key: str, out: _Collector, required: bool = False) -> str:
    value = data.get(key)
    if value is None:
        if required:
            out.add(data.line, f"activity: '{key}' is required")
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        out.add(data.line_of(key), f"activity: '{key}' must be text")
        return ""
    return value.strip()


def _list(data: LineDict, key: str, out: _Collector) -> list:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        out.add(data.line_of(key), f"activity: '{key}' must be a list")
        return []
    return value


def _phases(items: list, out: _Collector, where: str, line: int) -> list[Phase]:
    phases: list[Phase] = []
    for item in items:
        if not isinstance(item, LineDict):
            out.add(line, f"activity: each entry of '{where}' must be a mapping with title and minutes")
            continue
        unknown = set(item) - {"title", "minutes", "instructions", "phases"}
        for key in sorted(unknown, key=str):
            out.add(item.line_of(key), f"activity: unknown phase field '{key}'")
        title = _text(item, "title", out, required=True)
        minutes = parse_minutes(item.get("minutes"))
        if minutes is None:
            out.add(item.line_of("minutes"),
                    f"activity: phase '{title or '?'}' needs minutes as a number or [min, max]")
            minutes = Minutes(0, 0)
        children = _phases(_list(item, "phases", out), out, f"{title}.phases", item.line)
        if children:
            inner = sum((c.minutes for c in children), Minutes(0, 0))
            if minutes.high and inner.low > minutes.high:
                out.add(item.line_of("phases"),
                        f"activity: sub-phases of '{title}' take {inner} min, more than its {minutes} min")
        phases.append(Phase(title, minutes, _text(item, "instructions", out), children))
    return phases


def _titled(items: list, out: _Collector, where: str, line: int) -> list[TitledText]:
    result = []
    for item in items:
        if isinstance(item, str):
            result.append(TitledText(item.strip()))
        elif isinstance(item, LineDict) and item.get("title"):
            for key in sorted(set(item) - {"title", "text", "content", "trainer"}):
                out.add(item.line_of(key), f"activity: unknown field '{key}' in '{where}'")
            trainer = item.get("trainer", False)
            if not isinstance(trainer, bool):
                out.add(item.line_of("trainer"), f"activity: 'trainer' in '{where}' must be true or false")
                trainer = False
            result.append(TitledText(_text(item, "title", out), _text(item, "text", out),
                                     _text(item, "content", out), trainer))
        else:
            out.add(getattr(item, "line", line), f"activity: each of '{where}' needs a title")
    return result


def parse_activity(data: Any, path: str, line: int) -> tuple[Activity | None, list[ContentError]]:
    """Build the activity from its YAML mapping; return it (or None) with every problem found."""
    out = _Collector(path)
    if not isinstance(data, LineDict):
        out.add(line, "activity: the block must be a YAML mapping (name:, type:, duration:, …)")
        return None, out.errors
    for key in sorted(set(data) - KNOWN, key=str):
        out.add(data.line_of(key), f"activity: unknown field '{key}'")
    for key in REQUIRED:
        if key not in data:
            out.add(data.line, f"activity: '{key}' is required")
    duration = parse_minutes(data.get("duration"))
    if "duration" in data and duration is None:
        out.add(data.line_of("duration"), "activity: duration must be minutes as a number or [min, max]")
    phases = _phases(_list(data, "phases", out), out, "phases", data.line)
    if "phases" in data and not phases:
        out.add(data.line_of("phases"), "activity: at least one phase is required")

    groups = []
    for i, item in enumerate(_list(data, "groups", out), start=1):
        if isinstance(item, str):
            groups.append(Group(f"g{i}", item.strip()))
        elif isinstance(item, LineDict) and item.get("name"):
            for key in sorted(set(item) - GROUP_FIELDS):
                out.add(item.line_of(key), f"activity: unknown group field '{key}' "
                        f"(fields: {', '.join(sorted(GROUP_FIELDS))})")
            groups.append(Group(str(item.get("id") or f"g{i}"), _text(item, "name", out),
                                _text(item, "tasks", out), _text(item, "role", out),
                                _text(item, "receives", out)))
        else:
            out.add(getattr(item, "line", data.line), "activity: each group needs a name")

    injects = []
    for item in _list(data, "injects", out):
        if isinstance(item, LineDict) and item.get("title") and item.get("text"):
            injects.append(Inject(_text(item, "title", out), _text(item, "text", out),
                                  _text(item, "phase", out)))
        else:
            out.add(getattr(item, "line", data.line), "activity: each inject needs a title and a text")
    phase_titles = {p.title for p in phases} | {c.title for p in phases for c in p.phases}
    for inject in injects:
        if inject.phase and inject.phase not in phase_titles:
            out.add(data.line_of("injects"),
                    f"activity: inject '{inject.title}' names an unknown phase '{inject.phase}'")

    materials = [str(m).strip() for m in _list(data, "materials", out)]
    discussion = [str(m).strip() for m in _list(data, "discussion", out)]
    if duration and phases:
        planned = sum((p.minutes for p in phases), Minutes(0, 0))
        if planned.low > duration.high:
            out.add(data.line_of("phases"),
                    f"activity: phases take {planned} min, more than the duration of {duration} min")
    if out.errors:
        return None, out.errors
    activity = Activity(
        name=_text(data, "name", out),
        type=_text(data, "type", out),
        duration=duration or Minutes(0, 0),
        objectives=_text(data, "objectives", out),
        phases=phases,
        materials=materials,
        groups=groups,
        discussion=discussion,
        tips=_text(data, "tips", out),
        injects=injects,
        variants=_titled(_list(data, "variants", out), out, "variants", data.line),
        online_variant=_text(data, "online_variant", out),
        handouts=_titled(_list(data, "handouts", out), out, "handouts", data.line),
        scenario=_text(data, "scenario", out),
        answer_key=_text(data, "answer_key", out),
    )
    return (None, out.errors) if out.errors else (activity, [])


def activity_texts(activity: Activity) -> list[str]:
    """Every field of the activity that is shown as Markdown."""
    texts = [activity.objectives, activity.tips, activity.online_variant, *activity.materials,
             *activity.discussion]
    stack = list(activity.phases)
    while stack:
        phase = stack.pop()
        texts.append(phase.instructions)
        stack.extend(phase.phases)
    texts += [t for g in activity.groups for t in (g.role, g.tasks, g.receives)] + [i.text for i in activity.injects]
    texts += [v.text for v in activity.variants] + [h.text for h in activity.handouts]
    return [text for text in texts if isinstance(text, str) and text]
