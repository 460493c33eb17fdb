"""Flashcard review, keyboard only: Space shows the answer, 1–4 grade it (Again, Hard, Good, Easy)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from app import screen
from app.qt import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, Qt
from app.session import Session


class ReviewWindow(QDialog):
    """Today's queue from :mod:`coursebook.study.flashcards`; every grade is stored at once."""

    def __init__(self, session: Session, parent: QWidget | None = None,
                 now: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.session = session
        self.now = now or (lambda: datetime.now(timezone.utc))
        self.setObjectName("reviewWindow")
        self.setWindowTitle(self.tr("Flashcards"))
        screen.fit(self, 720, 480)  # never larger than the screen
        layout = QVBoxLayout(self)
        self.counter = QLabel()
        self.counter.setObjectName("hint")
        layout.addWidget(self.counter)
        self.front = QLabel()
        self.front.setObjectName("cardFront")
        self.front.setWordWrap(True)
        self.front.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.front.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.front.setFont(font)
        layout.addWidget(self.front, 1)
        from app.qt import QFrame

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self.back = QLabel()
        self.back.setObjectName("cardBack")
        self.back.setWordWrap(True)
        self.back.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.back.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.back.setFont(font)
        layout.addWidget(self.back, 2)
        row = QHBoxLayout()
        self.show_button = QPushButton(self.tr("Show answer (Space)"))
        self.show_button.clicked.connect(self.reveal)
        row.addWidget(self.show_button)
        self.grade_buttons = []
        for rating, text in ((1, self.tr("1 Again")), (2, self.tr("2 Hard")), (3, self.tr("3 Good")), (4, self.tr("4 Easy"))):
            button = QPushButton(text)
            button.setObjectName(f"grade{rating}")
            button.clicked.connect(lambda _=False, r=rating: self.grade(r))
            row.addWidget(button)
            self.grade_buttons.append(button)
        for button in [self.show_button, *self.grade_buttons]:
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the window: Space and 1–4
        layout.addLayout(row)
        hint = QLabel(self.tr("Space shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy. Esc closes."))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.reviewed = 0
        self.load()

    def load(self) -> None:
        """Add cards for new glossary entries and newly wrong questions, then take today's queue."""
        from coursebook.study import flashcards
        from coursebook.study.objectives import latest_practice

        session, conn = self.session, self.session.store.conn
        library = session.library
        questions = {}
        for module in library.modules:
            if module.quiz_path.exists():
                from coursebook.loader import shown_path
                from coursebook.quiz.bank_cache import load_bank_cached

                bank = load_bank_cached(module, shown_path(module.quiz_path, session.content), session.cache)
                questions.update({q.key: q for q in bank.questions})
        wrong = flashcards.wrong_question_cards(questions, latest_practice(conn, session.profile.id))
        flashcards.sync(conn, session.profile.id, library, wrong, self.now())
        self.queue = flashcards.queue(conn, session.profile.id, self.now())
        self._show_card()

    def _show_card(self) -> None:
        self.revealed = False
        self.back.setText("")
        if not self.queue:
            self.counter.setText(self.tr("Reviewed today: %1").replace("%1", str(self.reviewed)))
            self.front.setText(self.tr("No more cards for today."))
            self.show_button.setEnabled(False)
            for button in self.grade_buttons:
                button.setEnabled(False)
            return
        card = self.queue[0]
        self.counter.setText(self.tr("Cards left today: %1").replace("%1", str(len(self.queue))))
        self.front.setText(card.front)
        self.show_button.setEnabled(True)
        for button in self.grade_buttons:
            button.setEnabled(False)

    def reveal(self) -> None:
        if not self.queue or self.revealed:
            return
        self.revealed = True
        self.back.setText(self.queue[0].back)
        self.show_button.setEnabled(False)
        for button in self.grade_buttons:
            button.setEnabled(True)

    def grade(self, rating: int) -> None:
        """Store the grade; a card due again today (Again, a learning step) goes back in the queue."""
        if not self.queue or not self.revealed:
            return
        from coursebook.study import flashcards

        card = self.queue.pop(0)
        due = flashcards.review(self.session.store.conn, self.session.profile.id, card.key, rating, self.now())
        self.reviewed += 1
        if due.astimezone().date() <= self.now().astimezone().date():
            self.queue.append(card)
        self._show_card()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        grades = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.reveal()
        elif key in grades:
            self.grade(grades[key])
        else:
            super().keyPressEvent(event)
