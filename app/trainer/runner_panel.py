"""The activity runner on the console: the timing check, the minutes of each phase, the countdown
with pause/resume/extend, injects pushed to the class (and when), the groups, the questions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coursebook.trainer.runner import FINISHED, PAUSED, READY, RUNNING, clock_text

from app.qt import (
    QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSpinBox, QVBoxLayout, QWidget, Qt,
)

if TYPE_CHECKING:
    from app.trainer.presenter import Presenter


class RunnerPanel(QWidget):
    def __init__(self, presenter: "Presenter"):
        super().__init__()
        self.presenter = presenter
        runner = presenter.runner
        assert runner is not None
        self.runner = runner
        activity = runner.activity
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        title = QLabel(f"<b>{activity.name}</b>")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.check = QLabel()
        self.check.setObjectName("timingCheck")
        self.check.setWordWrap(True)
        layout.addWidget(self.check)

        plan = QGroupBox(self.tr("Phases (minutes)"))
        form = QFormLayout(plan)
        self.spins: dict[tuple[int, int | None], QSpinBox] = {}
        for i, step in enumerate(runner.steps):
            form.addRow(step.title, self._minutes_field(i, None, step))
            for j, sub in enumerate(step.subs):
                form.addRow("    " + sub.title, self._minutes_field(i, j, sub))
        layout.addWidget(plan)

        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        font = self.countdown.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.countdown.setFont(font)
        self.countdown.setWordWrap(True)
        layout.addWidget(self.countdown)

        controls = QGridLayout()
        self.start_button = self._button("startPause", self.tr("Start"), self.start_pause)
        self.next_button = self._button("nextPhase", self.tr("Next phase"), self.next_phase)
        self.timer_button = self._button("timerOnScreen", self.tr("Timer on screen (T)"), presenter.toggle_timer)
        controls.addWidget(self.start_button, 0, 0)
        controls.addWidget(self.next_button, 0, 1)
        controls.addWidget(self.timer_button, 0, 2)
        controls.addWidget(self._button("minusOne", self.tr("−1 min"), lambda: self.extend(-1)), 1, 0)
        controls.addWidget(self._button("plusOne", self.tr("+1 min"), lambda: self.extend(1)), 1, 1)
        controls.addWidget(self._button("plusFive", self.tr("+5 min"), lambda: self.extend(5)), 1, 2)
        layout.addLayout(controls)

        self.inject_labels: list[QLabel] = []
        self.inject_buttons: list[QPushButton] = []
        if activity.injects and presenter.session.is_trainer:  # injects are trainer material
            box = QGroupBox(self.tr("Injects"))
            grid = QGridLayout(box)
            for i, inject in enumerate(activity.injects):
                button = self._button(f"inject{i}", self.tr("Show: %1").replace("%1", inject.title),
                                      lambda _=False, i=i: self.show_inject(i))
                button.setToolTip(inject.text)
                shown = QLabel(self.tr("not shown yet"))
                shown.setObjectName(f"injectShown{i}")
                grid.addWidget(button, i, 0)
                grid.addWidget(shown, i, 1)
                self.inject_buttons.append(button)
                self.inject_labels.append(shown)
            layout.addWidget(box)

        if activity.groups:
            box = QGroupBox(self.tr("Groups"))
            row = QHBoxLayout(box)
            self.group_choice = QComboBox()
            self.group_choice.setObjectName("groupChoice")
            self.group_choice.addItem(self.tr("All groups"))
            for group in activity.groups:
                self.group_choice.addItem(group.name)
            self.group_choice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            # long group names must not widen the console beyond a 1024-pixel screen
            self.group_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.group_choice.setMinimumContentsLength(16)
            row.addWidget(self.group_choice, 1)
            row.addWidget(self._button("showGroups", self.tr("Show"), self.show_groups))
            layout.addWidget(box)

        if activity.discussion:
            box = QGroupBox(self.tr("Discussion"))
            row = QHBoxLayout(box)
            row.addWidget(self._button("previousQuestion", self.tr("Previous question"),
                                       lambda: presenter.show_question(-1)))
            row.addWidget(self._button("nextQuestion", self.tr("Next question"), lambda: presenter.show_question(1)))
            layout.addWidget(box)

        layout.addWidget(self._button("backToSlides", self.tr("Back to the slides"), lambda: presenter.show_board()))
        layout.addStretch(1)
        self.refresh_check()
        self.refresh()

    def _button(self, name: str, text: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrow keys stay with the slides
        button.clicked.connect(slot)
        return button

    def _minutes_field(self, index: int, sub: int | None, step) -> QWidget:  # noqa: ANN001
        if not step.minutes.is_range:
            return QLabel(f"{step.minutes} {self.tr('min')}")
        spin = QSpinBox()
        spin.setRange(step.minutes.low, step.minutes.high)
        spin.setValue(step.chosen)
        spin.setSuffix(" " + self.tr("min"))
        spin.setObjectName(f"minutes{index}" + ("" if sub is None else f"_{sub}"))
        spin.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its arrows are clicked; the keys stay with the slides
        spin.valueChanged.connect(lambda value: self._set_minutes(index, sub, value))
        self.spins[(index, sub)] = spin
        return spin

    def _set_minutes(self, index: int, sub: int | None, value: int) -> None:
        self.runner.set_minutes(index, value, sub)
        self.refresh_check()
        self.refresh()

    def refresh_check(self) -> None:
        from app.appearance import current_theme, theme_colour

        check = self.runner.timing()
        if check.ok:
            self.check.setText(self.tr("Timing: the phases take %1 min, as the activity states.")
                               .replace("%1", str(check.chosen)))
            self.check.setStyleSheet(f"color: {theme_colour('#2a7f62', current_theme())};")
        else:
            from app.i18n import tr_core

            self.check.setText("\n".join(tr_core(p) for p in check.problems))
            self.check.setStyleSheet(f"color: {theme_colour('#b23a2a', current_theme())}; font-weight: 600;")

    # --- actions --------------------------------------------------------------------------------
    def start_pause(self) -> None:
        self.runner.toggle()
        if self.runner.state == RUNNING and self.presenter.board is None:
            self.presenter.show_board("timer")
        self.presenter.changed.emit()

    def next_phase(self) -> None:
        self.runner.next_phase()
        self.presenter.changed.emit()

    def extend(self, minutes: int) -> None:
        self.runner.extend(minutes)
        self.presenter.changed.emit()

    def show_inject(self, index: int) -> None:
        self.presenter.show_inject(index)

    def show_groups(self) -> None:
        row = self.group_choice.currentIndex()
        self.presenter.show_board("groups", None if row <= 0 else row - 1)

    # --- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        runner = self.runner
        state = runner.state
        self.start_button.setText({READY: self.tr("Start"), RUNNING: self.tr("Pause"),
                                   PAUSED: self.tr("Resume")}.get(state, self.tr("Finished")))
        self.start_button.setEnabled(state != FINISHED)
        self.next_button.setEnabled(state in (RUNNING, PAUSED))
        for spin in self.spins.values():
            spin.setEnabled(state != FINISHED)
        if state == FINISHED:
            text = self.tr("The activity is over.")
        else:
            remaining = runner.remaining()
            text = self.tr("%1: %2 left").replace("%1", runner.current.title).replace("%2", clock_text(remaining, True))
            if remaining < 0:
                text = self.tr("%1: %2 over time").replace("%1", runner.current.title).replace(
                    "%2", clock_text(-remaining))
            sub = runner.sub_phase()
            if sub is not None:
                text += "\n" + self.tr("%1: %2 left").replace("%1", runner.current.subs[sub[0]].title).replace(
                    "%2", clock_text(sub[1], True))
            if state == PAUSED:
                text += "\n" + self.tr("Paused")
        self.countdown.setText(text)
        for i, label in enumerate(self.inject_labels):
            shown = runner.shown(i)
            label.setText(self.tr("shown at %1").replace("%1", ", ".join(r.shown_at.strftime("%H:%M:%S") for r in shown))
                          if shown else self.tr("not shown yet"))
