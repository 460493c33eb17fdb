"""Printable documents as HTML in Qt's rich-text subset: the module, the trainer's activity sheet,
role cards (one group per page) and indicator cards (one per page).

No Qt here: ``app/trainer/printing.py`` lays the HTML out with QTextDocument and writes the PDF.
Labels come in translated from the GUI; the defaults are English.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP, MessageError, message
from ..model import Activity, CardSet, Module
from ..render import DEFAULT_LABELS, markdown_to_html, section_html
from .notes import LEARNER, TRAINER
from .timing import check_timing

KINDS = ("module", "activity", "role-cards", "cards")
PAGE_BREAK = ' style="page-break-before: always"'

HANDOUT_LABELS: dict[str, str] = {
    **DEFAULT_LABELS,
    "activity_sheet": "Activity sheet", "role_card": "Role card", "time": "Time", "phase": "Phase", "shown_at": "Shown at", "timing": "Timing check",
    "trainer_only": "For the trainer only", "start": "Start",
}


@dataclass(frozen=True)
class Handout:
    """A document ready to print: its title and language go into the PDF's metadata."""

    kind: str
    title: str
    language: str
    html: str


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _labels(labels: Mapping[str, str] | None) -> dict[str, str]:
    return {**HANDOUT_LABELS, **(labels or {})}


def module_handout(module: Module, labels: Mapping[str, str] | None = None,
                   audience: str = LEARNER) -> Handout:
    """The whole module as a clean document (no links; trainer material only for ``trainer``)."""
    words = _labels(labels)
    parts = [f'<p class="doctitle">{_esc(module.meta.title)}</p>']
    for index, section in enumerate(module.sections):
        rendered = section_html(module, section, words, glossary=[], audience=audience)
        parts.append(rendered if index == 0 else f"<div{PAGE_BREAK if section.kind == 'activity' else ''}>"
                     f"{rendered}</div>")
    return Handout("module", module.meta.title, module.meta.language, "".join(parts))


def _minutes(value: object, words: Mapping[str, str]) -> str:
    return f"{value} {_esc(words['minutes'])}"


def activity_sheet(module: Module, labels: Mapping[str, str] | None = None) -> Handout:
    """The trainer's sheet: phases with timings and start times, groups, injects with a column to
    note when each was given, tips, answer keys, and the timing check."""
    activity = _activity(module)
    words = _labels(labels)

    def md(text: str) -> str:  # the trainer's own sheet: trainer blocks included
        return markdown_to_html(text, words, TRAINER)

    title = f"{words['activity_sheet']}: {activity.name}"
    parts = [f'<p class="doctitle">{_esc(activity.name)}</p>',
             f'<p class="meta">{_esc(module.meta.title)} · {_esc(activity.type)} · '
             f'{_minutes(activity.duration, words)}</p>',
             f"<h2>{_esc(words['objectives'])}</h2>", md(activity.objectives)]
    check = check_timing(activity)
    if check.problems:
        parts.append(f'<p class="warning"><b>{_esc(words["timing"])}:</b> '
                     + " ".join(_esc(str(p)) for p in check.problems) + "</p>")
    rows = [f'<tr><th width="9%">{_esc(words["start"])}</th><th width="20%">{_esc(words["phase"])}</th>'
            f'<th width="10%">{_esc(words["time"])}</th><th>{_esc(words["phases"])}</th></tr>']
    start = 0
    for phase in activity.phases:
        rows.append(f'<tr><td>{start // 60}:{start % 60:02d}</td><td><b>{_esc(phase.title)}</b></td>'
                    f'<td>{_minutes(phase.minutes, words)}</td>'
                    f'<td>{md(phase.instructions)}</td></tr>')
        sub_start = start
        for sub in phase.phases:
            rows.append(f'<tr><td>{sub_start // 60}:{sub_start % 60:02d}</td>'
                        f'<td>&nbsp;&nbsp;&nbsp;{_esc(sub.title)}</td><td>{_minutes(sub.minutes, words)}</td>'
                        f'<td>{md(sub.instructions)}</td></tr>')
            sub_start += sub.minutes.low
        start += phase.minutes.low
    parts.append(f"<h2>{_esc(words['phases'])} — {_minutes(activity.planned_minutes(), words)}</h2>"
                 f'<table class="sheet" width="100%" cellpadding="4">{"".join(rows)}</table>')
    if activity.materials:
        parts.append(f"<h2>{_esc(words['materials'])}</h2><ul>"
                     + "".join(f"<li>{md(m)}</li>" for m in activity.materials) + "</ul>")
    if activity.groups:
        parts.append(f"<h2>{_esc(words['groups'])}</h2><ul>" + "".join(
            f"<li>{_group_html(g, words, md)}</li>" for g in activity.groups) + "</ul>")
    if activity.scenario:
        parts.append(f"<h2>{_esc(words['scenario'])}</h2>{md(activity.scenario)}")
    if activity.injects:
        rows = [f'<tr><th width="22%">{_esc(words["injects"])}</th><th width="18%">{_esc(words["phase"])}</th>'
                f'<th></th><th width="14%">{_esc(words["shown_at"])}</th></tr>']
        rows += [f"<tr><td><b>{_esc(i.title)}</b></td><td>{_esc(i.phase)}</td>"
                 f"<td>{md(i.text)}</td><td></td></tr>" for i in activity.injects]
        parts.append(f"<h2>{_esc(words['injects'])}</h2>"
                     f'<table class="sheet" width="100%" cellpadding="4">{"".join(rows)}</table>')
    if activity.tips:
        parts.append(f"<h2>{_esc(words['tips'])}</h2>{md(activity.tips)}")
    if activity.answer_key:
        parts.append(f"<h2>{_esc(words['answer_key'])}</h2>{md(activity.answer_key)}")
    if activity.discussion:
        parts.append(f"<h2>{_esc(words['discussion'])}</h2><ol>"
                     + "".join(f"<li>{md(d)}</li>" for d in activity.discussion) + "</ol>")
    for variant in activity.variants:
        parts.append(f"<h3>{_esc(variant.title)}</h3>{md(variant.text)}")
    if activity.handouts:
        parts.append(f"<h2>{_esc(words['handouts'])}</h2>")
        for item in activity.handouts:
            mark = f' <span class="trainer">({_esc(words["trainer_only"])})</span>' if item.trainer else ""
            parts.append(f"<h3>{_esc(item.title)}{mark}</h3>{md(item.text) if item.text else ''}"
                         f"{md(item.content) if item.content else ''}")
    return Handout("activity", title, module.meta.language, "".join(parts))


def role_cards(module: Module, labels: Mapping[str, str] | None = None) -> Handout:
    """One card per group, each on its own page: the group's name, its role, its tasks and the
    information it receives; then the scenario every group receives, on a page of its own.
    Nothing for trainers only is printed on them."""
    activity = _activity(module)
    words = _labels(labels)

    def md(text: str) -> str:  # for participants: trainer blocks left out
        return markdown_to_html(text, words, LEARNER)

    cards = []
    for index, group in enumerate(activity.groups):
        parts = [f'<p class="cardhead"{PAGE_BREAK if index else ""}>{_esc(words["role_card"])} · '
                 f'{_esc(activity.name)}</p>',
                 f'<p class="rolename">{_esc(group.name)}</p>']
        if group.role:
            parts.append(f"<h2>{_esc(words['role'])}</h2>{md(group.role)}")
        if group.tasks:
            parts.append(f"<h2>{_esc(words['tasks'])}</h2>{md(group.tasks)}")
        if group.receives:
            parts.append(f"<h2>{_esc(words['receives'])}</h2>{md(group.receives)}")
        if not (group.role or group.receives):
            parts.append(f"<h2>{_esc(words['objectives'])}</h2>{md(activity.objectives)}")
        cards.append("".join(parts))
    if activity.scenario:  # the pack every group receives: after the cards, on a page of its own
        cards.append(f'<p class="cardhead"{PAGE_BREAK if cards else ""}>{_esc(words["scenario"])} · '
                     f'{_esc(activity.name)}</p>{md(activity.scenario)}')
    return Handout("role-cards", f"{words['role_card']}: {activity.name}", module.meta.language, "".join(cards))


def _group_html(group, words: Mapping[str, str], md) -> str:  # noqa: ANN001 - model.Group, a renderer
    parts = [f"<b>{_esc(group.name)}</b>"]
    for key, value in (("role", group.role), ("tasks", group.tasks), ("receives", group.receives)):
        if value:
            parts.append(f"<p><i>{_esc(words[key])}:</i></p>{md(value)}")
    return "".join(parts)


def cards_html(cards: CardSet, page_breaks: bool = False) -> str:
    """Quick-reference cards; with ``page_breaks`` each card starts a new page."""
    parts = [f"<h1>{_esc(cards.title)}</h1>"]
    if cards.translation_note:
        parts.append(f'<p class="hint"><i>{_esc(cards.translation_note)}</i></p>')
    if cards.print_note:
        parts.append(f'<p class="hint">{_esc(cards.print_note)}</p>')
    for index, card in enumerate(cards.cards):
        style = PAGE_BREAK if page_breaks and index else ""
        parts.append(f'<h2{style}><a name="{card.id}"></a>{_esc(card.title)}</h2>{markdown_to_html(card.body)}')
    return "".join(parts)


def cards_handout(cards: CardSet, language: str) -> Handout:
    return Handout("cards", cards.title, language, cards_html(cards, page_breaks=True))


def _activity(module: Module) -> Activity:
    activity = module.activity
    if activity is None:  # the parser guarantees one; a guard for hand-built modules
        raise ValueError(f"module {module.id} has no activity")
    return activity


__all__ = ["Handout", "HandoutError", "KINDS", "TRAINER", "activity_sheet", "build_handout", "cards_handout",
           "cards_html", "handout_of", "module_handout", "role_cards"]


class HandoutError(MessageError):
    """A handout that cannot be made, in one translatable sentence."""


def build_handout(library, module_id: str, what: str, labels: Mapping[str, str] | None = None,  # noqa: ANN001
                  audience: str = LEARNER) -> Handout:
    """The handout ``what`` (one of :data:`KINDS`) of a module of ``library``."""
    module = library.module(module_id)
    if module is None:
        known = ", ".join(m.id for m in library.modules) or "-"
        raise HandoutError(message(QT_TRANSLATE_NOOP("core", "There is no module '{module}'. Modules: {known}."),
                                   module=module_id, known=known))
    return handout_of(module, what, labels, audience)


def handout_of(module: Module, what: str, labels: Mapping[str, str] | None = None,
               audience: str = LEARNER) -> Handout:
    """The handout ``what`` of ``module``, or :class:`HandoutError` saying why there is none."""
    if what == "module":
        return module_handout(module, labels, audience)
    if what == "activity":
        if module.activity is None:
            raise HandoutError(message(QT_TRANSLATE_NOOP("core", "Module '{module}' has no activity."),
                                       module=module.id))
        return activity_sheet(module, labels)
    if what == "role-cards":
        if module.activity is None or not module.activity.groups:
            raise HandoutError(message(QT_TRANSLATE_NOOP(
                "core", "The activity of module '{module}' has no groups to print role cards for."), module=module.id))
        return role_cards(module, labels)
    if what == "cards":
        from ..loader import load_cards

        if not module.cards_path.exists():
            raise HandoutError(message(QT_TRANSLATE_NOOP("core", "Module '{module}' has no cards ({file})."),
                                       module=module.id, file=module.cards_path.name))
        cards, errors = load_cards(module.cards_path)
        if cards is None:
            if errors:  # the reader's own words, at their place
                raise HandoutError(message(QT_TRANSLATE_NOOP("core", "The cards cannot be read: {reason}"),
                                           reason=errors[0].message), where=f"{errors[0].path}:{errors[0].line}")
            raise HandoutError(message(QT_TRANSLATE_NOOP("core", "The cards of module '{module}' cannot be read."),
                                       module=module.id))
        return cards_handout(cards, module.meta.language)
    raise HandoutError(message(QT_TRANSLATE_NOOP("core", "There is no handout '{what}'. Choose one of: {kinds}."),
                               what=what, kinds=", ".join(KINDS)))
