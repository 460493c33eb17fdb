"""Presenting a module: one controller keeps the audience window and the presenter console in step.

Keys (those presenter remotes send): Page Down / Right / Down / Space / N next, Page Up / Left /
Up / Backspace / P previous, Home / End, B (or .) black screen, W (or ,) white screen, F5 from the
first slide, Shift+F5 from the current one, Esc ends (or first un-blanks), digits then Enter go to
that slide, G go to…, O overview, S swap screens, C console on a single screen, T activity timer.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from datetime import datetime

from coursebook.model import Module
from coursebook.render import markdown_to_html
from coursebook.trainer.runner import ActivityRunner, Event, clock_text
from coursebook.trainer.slides import Slide, build_slides, slide_of_section

from app.qt import QApplication, QGuiApplication, QObject, QSize, Qt, QTimer, Signal
from app.session import Session
from app.trainer.slide_view import SlideRenderer

FALLBACK = QSize(1024, 768)


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


class Presenter(QObject):
    changed = Signal()            # the slide, the blank screen or the board changed
    ticked = Signal()             # once a second: clocks and countdowns
    phase_ended = Signal(str)     # the end of a phase or sub-phase was signalled
    ended = Signal()

    def __init__(self, session: Session, module: Module, section_id: str | None = None,
                 clock: Callable[[], float] = time.monotonic, wall: Callable[[], datetime] = datetime.now,
                 parent: QObject | None = None):
        super().__init__(parent)
        from app.language import content_labels
        from app.trainer.audience import AudienceWindow
        from app.trainer.console import ConsoleWindow

        self.session = session
        self.module = module
        self.clock, self.wall = clock, wall
        self.labels = content_labels(module.meta.language)  # slide labels in the module's language
        self.slides: list[Slide] = build_slides(module, self.labels)
        self.index = slide_of_section(self.slides, section_id) if section_id else 0
        self.blank: str | None = None
        self.board: tuple | None = None   # None: slides; ("timer",), ("inject", i), ("groups", i|None), ("question",)
        self.runner = ActivityRunner(module.activity, clock, wall) if module.activity else None
        self.started = clock()
        self.typed = ""
        self.swapped = False
        self.single_screen = True
        self.flashing = False
        self._ended = False
        self.renderer = SlideRenderer(capacity=12)
        self.audience = AudienceWindow(self)
        self.console = ConsoleWindow(self)
        self.changed.connect(self._schedule_prefetch)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # --- what is shown --------------------------------------------------------------------------
    @property
    def slide(self) -> Slide:
        return self.slides[self.index]

    @property
    def next_slide(self) -> Slide | None:
        return self.slides[self.index + 1] if self.index + 1 < len(self.slides) else None

    def audience_html(self) -> str:
        return self.board_html() if self.board else self.slide.html

    def notes_html(self) -> str:
        """The console's notes: the slide's, or while the activity is on screen the instructions of
        the phase (and sub-phase) running and the inject shown. Trainer profiles only."""
        if not self.session.is_trainer:
            only = self.tr("Trainer notes are shown to trainer profiles only.")
            return f"<p>{_esc(only)}</p>"
        if self.board and self.runner is not None and self.runner.state != "finished":
            from coursebook.render import note_box

            runner = self.runner
            sub = runner.sub_phase()
            steps = [runner.current] + ([runner.current.subs[sub[0]]] if sub else [])
            parts = [note_box("trainer", f"{step.title} — {step.chosen} {self.labels['minutes']}",
                              markdown_to_html(step.instructions, self.labels, "trainer"), self.labels)
                     for step in steps if step.instructions]
            if self.board[0] == "inject":
                inject = runner.activity.injects[self.board[1]]
                parts.insert(0, note_box("trainer", inject.title,
                                         markdown_to_html(inject.text, self.labels, "trainer"), self.labels))
            if parts:
                return "".join(parts)
        no_notes = self.tr("No notes for this slide.")
        return self.slide.notes or f"<p>{_esc(no_notes)}</p>"

    def board_html(self) -> str:
        """The activity shown to the class: the countdown, an inject, the groups, a question."""
        assert self.board is not None and self.runner is not None
        kind, activity = self.board[0], self.runner.activity
        if kind == "timer":
            return self.timer_html()
        if kind == "inject":
            inject = activity.injects[self.board[1]]
            label = self.tr("New development")
            return (f'<p class="label">{_esc(label)}</p><h1>{_esc(inject.title)}</h1>'
                    f"{markdown_to_html(inject.text)}")
        if kind == "groups":
            which = self.board[1]

            def role(group) -> str:  # noqa: ANN001 - model.Group
                return f"<p><i>{_esc(self.labels['role'])}:</i> {_esc(group.role)}</p>" if group.role else ""

            if which is None:  # all together: each with its role and tasks
                return (f"<h1>{_esc(self.labels['groups'])}</h1><ul>" + "".join(
                    f"<li><b>{_esc(g.name)}</b>{role(g)}{markdown_to_html(g.tasks) if g.tasks else ''}</li>"
                    for g in activity.groups) + "</ul>")
            group = activity.groups[which]  # what it receives stays on its own role card
            return f"<h1>{_esc(group.name)}</h1>{role(group)}" + (markdown_to_html(group.tasks) if group.tasks else "")
        if kind == "question":
            index = self.runner.question
            total = len(activity.discussion)
            label = self.tr("Question %1 of %2").replace("%1", str(index + 1)).replace("%2", str(total))
            return f'<p class="label">{_esc(label)}</p><h1>{markdown_to_html(activity.discussion[index])}</h1>'
        return ""

    def timer_html(self) -> str:
        """The countdown, large and centred; sizes in pixels of the audience screen's height, so the
        digits fill the screen at any resolution."""
        assert self.runner is not None
        runner, height = self.runner, self.reference_size().height()

        def line(text: str, share: float, colour: str, bold: bool = False) -> str:
            weight = " font-weight: 600;" if bold else ""
            return (f'<p align="center" style="font-size: {round(height * share)}px; color: {colour};{weight} '
                    f'margin: 0px;">{_esc(text)}</p>')

        if runner.state == "finished":
            return line(self.tr("The activity is over."), 0.09, "#1d3557", True)
        remaining = runner.remaining()
        parts = [line(runner.activity.name, 0.05, "#455a64"),
                 line(runner.current.title, 0.09, "#1d3557", True),
                 line(clock_text(remaining, True), 0.30, "#b23a2a" if remaining < 0 else "#1d3557", True)]
        sub = runner.sub_phase()
        if sub is not None:
            parts.append(line(f"{runner.current.subs[sub[0]].title} · {clock_text(sub[1], True)}", 0.07, "#2a7f62"))
        if runner.state == "paused":
            parts.append(line(self.tr("Paused"), 0.06, "#b23a2a", True))
        elif runner.state == "ready":
            parts.append(line(self.tr("Starts when the trainer says so"), 0.05, "#455a64"))
        return "".join(parts)

    # --- moving ---------------------------------------------------------------------------------
    def go(self, index: int) -> None:
        index = max(0, min(len(self.slides) - 1, index))
        if index == self.index and self.board is None and self.blank is None:
            return
        self.index, self.board, self.blank = index, None, None
        self.changed.emit()

    def step(self, delta: int) -> None:
        if self.blank or self.board:
            self.blank, self.board = None, None  # the first press brings the slide back
            self.changed.emit()
            return
        self.go(self.index + delta)

    def set_blank(self, kind: str) -> None:
        self.blank = None if self.blank == kind else kind
        self.changed.emit()

    def show_board(self, *board) -> None:  # noqa: ANN002
        if self.runner is None:
            return
        self.board, self.blank = tuple(board) if board else None, None
        self.changed.emit()

    def toggle_timer(self) -> None:
        self.show_board(*(() if self.board == ("timer",) else ("timer",)))

    def show_inject(self, index: int) -> None:
        assert self.runner is not None
        self.runner.show_inject(index)
        self.show_board("inject", index)

    def show_question(self, step: int) -> None:
        assert self.runner is not None
        if self.runner.activity.discussion:
            self.runner.next_question(step)
            self.runner.question = max(0, self.runner.question)
            self.show_board("question")

    def _schedule_prefetch(self) -> None:
        QTimer.singleShot(0, self._prefetch)

    def _prefetch(self) -> None:
        """While the trainer talks, lay out the slide after the next one, so that the next step only
        paints slides already laid out."""
        following = self.index + 2
        if self._ended or following >= len(self.slides):
            return
        html, reference = self.slides[following].html, self.reference_size()
        views = [self.console.next, self.console.current] if self.console.isVisible() else []
        if self.audience.isVisible():
            views.append(self.audience.view)
        for view in views:
            self.renderer.image(html, reference, view.size(), view.devicePixelRatioF())

    # --- the clock ------------------------------------------------------------------------------
    def elapsed(self) -> float:
        return self.clock() - self.started

    def tick(self) -> None:
        """Once a second: read the runner's ends, refresh the clocks (and the countdown on screen)."""
        if self.runner is not None:
            for event in self.runner.poll():
                self._signal_end(event)
            if self.board == ("timer",):
                self.changed.emit()
        self.ticked.emit()

    def _signal_end(self, event: Event) -> None:
        """A soft signal: the audience screen glows amber for a moment and the system bell rings."""
        QApplication.beep()
        self.flashing = True
        self.audience.view.flash = True
        self.audience.view.update()
        QTimer.singleShot(1500, self._flash_off)
        self.phase_ended.emit(event.title)

    def _flash_off(self) -> None:
        self.flashing = False
        self.audience.view.flash = False
        self.audience.view.update()

    # --- keys -----------------------------------------------------------------------------------
    def key(self, key: int, modifiers=Qt.KeyboardModifier.NoModifier) -> bool:  # noqa: ANN001
        """Handle a key from either window; True when it was used."""
        K = Qt.Key
        k = K(key) if not isinstance(key, K) else key
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if K.Key_0 <= k <= K.Key_9:
            self.typed += chr(k.value)
            return True
        if k in (K.Key_Return, K.Key_Enter) and self.typed:
            number, self.typed = int(self.typed), ""
            self.go(number - 1)
            return True
        self.typed = ""
        if k in (K.Key_PageDown, K.Key_Right, K.Key_Down, K.Key_Space, K.Key_N, K.Key_Return, K.Key_Enter):
            self.step(1)
        elif k in (K.Key_PageUp, K.Key_Left, K.Key_Up, K.Key_Backspace, K.Key_P):
            self.step(-1)
        elif k == K.Key_Home:
            self.go(0)
        elif k == K.Key_End:
            self.go(len(self.slides) - 1)
        elif k in (K.Key_B, K.Key_Period):
            self.set_blank("black")
        elif k in (K.Key_W, K.Key_Comma):
            self.set_blank("white")
        elif k == K.Key_F5:
            self.go(self.index if shift else 0)
            self.show_audience()
        elif k == K.Key_Escape:
            if self.blank:
                self.set_blank(self.blank)
            else:
                self.end()
        elif k == K.Key_S:
            self.swap_screens()
        elif k == K.Key_C:
            self.toggle_console()
        elif k == K.Key_O:
            self.console.open_overview()
        elif k == K.Key_G:
            self.console.ask_slide_number()
        elif k == K.Key_T:
            self.toggle_timer()
        else:
            return False
        return True

    # --- windows and screens --------------------------------------------------------------------
    def reference_size(self) -> QSize:
        size = self.audience.size()
        return size if self.audience.isVisible() and size.width() > 200 else FALLBACK

    def start(self, home_screen=None) -> None:  # noqa: ANN001 - QScreen
        """Show the audience full screen on the projector and the console on the laptop."""
        self.home = home_screen or QGuiApplication.primaryScreen()
        self.place_windows()
        self.changed.emit()

    def place_windows(self) -> None:
        screens = QGuiApplication.screens()
        home = getattr(self, "home", None) or QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not home]
        self.single_screen = not others
        audience_screen, console_screen = (others[0], home) if others else (home, home)
        if self.swapped and others:
            audience_screen, console_screen = console_screen, audience_screen
        self.audience.show_on(audience_screen)
        if self.single_screen:
            self.console.hide()
        else:
            self.console.show_on(console_screen)

    def show_audience(self) -> None:
        if not self.audience.isVisible():
            self.place_windows()

    def swap_screens(self) -> None:
        """Audience and console change screens; with one screen the console comes and goes."""
        if self.single_screen:
            self.toggle_console()
            return
        self.swapped = not self.swapped
        self.place_windows()

    def toggle_console(self) -> None:
        if self.console.isVisible():
            self.console.hide()
            self.audience.activateWindow()
        else:
            screen = self.audience.screen() or QGuiApplication.primaryScreen()
            self.console.show_on(screen, windowed=self.single_screen)

    def end(self) -> None:
        """Close both windows (Esc, or closing either window)."""
        if self._ended:
            return
        self._ended = True
        self.timer.stop()
        self.console.close()
        self.audience.close()
        self.ended.emit()

