"""The gradebook report as an A4 PDF (landscape: seven columns read without breaking a word), for the window and for ``coursebook gradebook --pdf``.

The core writes the report (``coursebook.classroom.report``); it is printed with the handouts' writer
(``app.trainer.printing``: Qt lays it out, repeats each table's header on every page and numbers the
pages) into a temporary file, then put in place with ``write_atomic``. Needs a QGuiApplication
(offscreen is enough)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from coursebook.atomic import write_atomic
from coursebook.classroom.report import gradebook_report
from coursebook.trainer.handouts import Handout

from app.qt import QCoreApplication


def core_tr(text: str) -> str:
    return QCoreApplication.translate("core", text)


def report(store, actor, question, date: str, language: str, course: str = "",  # noqa: ANN001
           first_only: bool = False) -> Handout:
    """The report in the interface language now installed."""
    from app.language import truth_words

    return gradebook_report(store, actor, question, date, language, core_tr, course, first_only, truth_words)


def write_report(handout: Handout, path: str | Path) -> None:
    """Write ``handout`` as an A4 PDF at ``path`` (whole or not at all)."""
    from app.trainer.printing import write_pdf

    target = Path(path)
    with tempfile.TemporaryDirectory(prefix="coursebook-report-") as folder:
        scratch = Path(folder) / "report.pdf"
        write_pdf(handout, str(scratch), "A4", landscape=True)
        data = scratch.read_bytes() if scratch.exists() else b""
    if not data.startswith(b"%PDF"):
        raise OSError(f"the PDF for {target.name} could not be written")
    write_atomic(target, data)
