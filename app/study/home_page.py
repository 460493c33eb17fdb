"""The home page: continue where you stopped, overall progress, the next section to read,
flashcards due today, the last practice results and the objectives still open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.qt import (
    QGridLayout, QGroupBox, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget, Signal, USER_ROLE,
)
from app.session import CourseLoad, Session

if TYPE_CHECKING:
    from app.background import Background
    from app.qt import QListWidget, QListWidgetItem


class HomePage(QWidget):
    """Asks :func:`coursebook.study.home.home_data` and shows it; every line leads somewhere."""

    open_place = Signal(str, str, float)  # module, section, scroll
    review_cards = Signal()
    show_library = Signal()
    #: the figures of the last refresh are on the page
    figures_shown = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.data = None
        self._figures: "Background | None" = None  # made at the first refresh, after the first frame
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        title = QLabel(self.tr("Home"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        grid = QGridLayout()
        layout.addLayout(grid)

        study = QGroupBox(self.tr("Your study"))
        box = QVBoxLayout(study)
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("homeContinue")
        self.continue_button.clicked.connect(self._continue)
        box.addWidget(self.continue_button)
        self.next_button = QPushButton()
        self.next_button.setObjectName("homeNext")
        self.next_button.clicked.connect(self._next)
        box.addWidget(self.next_button)
        self.overall = QProgressBar()
        self.overall.setObjectName("homeProgress")
        self.overall.setFormat(self.tr("%v of %m sections read (%p %)"))
        self.overall.setAccessibleName(self.tr("Course progress"))
        box.addWidget(self.overall)
        for waiting in (self.continue_button, self.next_button, self.overall):
            waiting.hide()  # until the figures are in
        library = QPushButton(self.tr("All modules (Ctrl+L)"))
        library.clicked.connect(self.show_library.emit)
        box.addWidget(library)
        box.addStretch(1)
        grid.addWidget(study, 0, 0)

        cards = QGroupBox(self.tr("Flashcards and practice"))
        box = QVBoxLayout(cards)
        self.cards_label = QLabel()
        self.cards_label.setObjectName("homeCardsDue")
        box.addWidget(self.cards_label)
        self.review_button = QPushButton(self.tr("Review flashcards (F8)"))
        self.review_button.setObjectName("homeReview")
        self.review_button.clicked.connect(self.review_cards.emit)
        box.addWidget(self.review_button)
        self.practice_label = QLabel()
        self.practice_label.setObjectName("homePractice")
        self.practice_label.setWordWrap(True)
        box.addWidget(self.practice_label)
        box.addStretch(1)
        grid.addWidget(cards, 0, 1)

        objectives = QGroupBox(self.tr("Learning objectives still open"))
        box = QVBoxLayout(objectives)
        self.objectives_label = QLabel()
        box.addWidget(self.objectives_label)
        # the list is made when the figures are in (:attr:`objectives`); until then an empty place
        # keeps the box's layout, so nothing moves when it comes
        self._objectives: QListWidget | None = None
        self._objectives_box = box
        self._objectives_place = QWidget()
        box.addWidget(self._objectives_place, 1)
        hint = QLabel(self.tr("An objective is met when its sections are read and its practice questions "
                              "answered right. Enter opens the first section still to read."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        box.addWidget(hint)
        layout.addWidget(objectives, 1)

    @property
    def objectives(self) -> "QListWidget":
        """The list of objectives still open, made the first time it is filled (not on the first frame:
        PySide6 builds the list classes' enums when one is first made)."""
        if self._objectives is None:
            from app.qt import QListWidget

            found = QListWidget()
            found.setObjectName("homeObjectives")
            found.setWordWrap(True)
            # laid out a hundred rows at a time between events: thousands of objectives never freeze the window
            found.setLayoutMode(found.LayoutMode.Batched)
            found.setBatchSize(100)
            found.setAlternatingRowColors(True)
            found.setAccessibleName(self.tr("Learning objectives still open"))
            found.itemActivated.connect(self._objective)
            place, box = self._objectives_place, self._objectives_box
            index = box.indexOf(place)
            box.removeWidget(place)
            place.deleteLater()
            box.insertWidget(index, found, 1)
            self._objectives = found
        return self._objectives

    @property
    def figures(self) -> "Background":
        """The worker that reads the figures off the window's thread."""
        if self._figures is None:
            from app.background import Background

            self._figures = Background(self)
            self._figures.ready.connect(self._show)
            self._figures.failed.connect(self._failed)
        return self._figures

    def refresh(self) -> None:
        """Read the figures anew (progress changes while reading) on a worker thread: the page shows
        "Counting…" or the last figures until :attr:`figures_shown` is emitted."""
        from coursebook.study.home_figures import bank_questions, home_figures

        from app.study.home_task import now

        session = self.session
        db_path, profile_id = session.store.path, session.profile.id
        source = session.library_source()
        content, cache = session.content, session.cache
        last_place = session.store.last_place(profile_id)
        if self.data is None:
            self.cards_label.setText(self.tr("Counting…"))
        self._source = source
        self.figures.start(lambda: home_figures(db_path, profile_id, source,
                                                lambda module: bank_questions(module, content, cache),
                                                last_place, now()),
                           loads_course=isinstance(source, CourseLoad))

    def wait(self) -> None:
        """Block until figures being read are in (before the store closes)."""
        if self._figures is not None:
            self._figures.wait()

    def _failed(self, ticket: int, error: BaseException) -> None:
        if ticket == self.figures.ticket:
            from app.i18n import tr_core

            self.cards_label.setText(self.tr("The figures could not be read: %1").replace("%1", tr_core(error)))

    def _show(self, ticket: int, library, data) -> None:  # noqa: ANN001
        """Fill the page with the figures of the latest refresh (an older answer is dropped)."""
        if ticket != self.figures.ticket:
            return
        self.session.adopt(self._source)
        self.data = data
        titles = {m.id: m.meta.title for m in library.modules}
        if data.resume and data.resume[0] in titles:
            module = library.module(data.resume[0])
            section = module.section(data.resume[1]) if module else None
            self.continue_button.setText(self.tr("Continue: %1 — %2").replace("%1", titles[data.resume[0]])
                                         .replace("%2", section.title if section else data.resume[1]))
            self.continue_button.show()
        else:
            self.continue_button.hide()
        if data.next_section:
            module = library.module(data.next_section[0])
            section = module.section(data.next_section[1])
            self.next_button.setText(self.tr("Next to read: %1 — %2").replace("%1", module.meta.title)
                                     .replace("%2", section.title))
            self.next_button.show()
        else:
            self.next_button.hide()
        self.overall.show()
        self.overall.setRange(0, max(1, data.sections_total))
        self.overall.setValue(data.sections_read)
        self.cards_label.setText(self.tr("Flashcards due today: %1").replace("%1", str(data.cards_due)))
        self.review_button.setEnabled(data.cards_due > 0)
        if data.practice:
            lines = [self.tr("Last practice:")] + [
                self.tr("%1: %2 of %3 right").replace("%1", r.title or titles.get(r.module_id, r.module_id))
                .replace("%2", str(r.right)).replace("%3", str(r.answered)) for r in data.practice]
            self.practice_label.setText("\n".join(lines))
        else:
            self.practice_label.setText(self.tr("No practice yet: Quiz › Practise this module (F7)."))
        self.objectives_label.setText(self.tr("%1 of %2 objectives met").replace(
            "%1", str(data.objectives_total - len(data.open_objectives))).replace("%2", str(data.objectives_total)))
        from app.qt import QListWidgetItem

        self.objectives.clear()
        for status in data.open_objectives:
            item = QListWidgetItem(self.tr("%1 — %2 (sections read %3 of %4, questions right %5 of %6)")
                                   .replace("%1", titles.get(status.module_id, status.module_id))
                                   .replace("%2", status.text)
                                   .replace("%3", str(status.sections_read)).replace("%4", str(len(status.sections)))
                                   .replace("%5", str(status.questions_right)).replace("%6", str(len(status.questions))))
            item.setData(USER_ROLE, (status.module_id, status.sections))
            self.objectives.addItem(item)
        self.figures_shown.emit()

    def _continue(self) -> None:
        if self.data and self.data.resume:
            self.open_place.emit(*self.data.resume)

    def _next(self) -> None:
        if self.data and self.data.next_section:
            self.open_place.emit(self.data.next_section[0], self.data.next_section[1], 0.0)

    def _objective(self, item: QListWidgetItem) -> None:
        from coursebook.study.progress import read_sections

        module_id, sections = item.data(USER_ROLE)
        read = read_sections(self.session.store.conn, self.session.profile.id).get(module_id, set())
        target = next((s for s in sections if s not in read), sections[0] if sections else None)
        if target:
            self.open_place.emit(module_id, target, 0.0)
