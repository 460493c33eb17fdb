"""Print or save as PDF the open section or the whole module, through Qt's printing (File menu)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.module_view import ModuleView


def printable(view: "ModuleView", whole_module: bool):  # noqa: ANN201 - QTextDocument
    """A document of the open section, or of every section of the module, as the reader shows them."""
    from coursebook.render import section_html

    from app.qt import QTextDocument

    assert view.module is not None and view.section is not None
    done = view.session.store.objectives_done(view.session.profile.id, view.module.id)
    sections = view.module.sections if whole_module else [view.section]
    html = "".join(section_html(view.module, s, view.labels, done, view.glossary) for s in sections)
    document = QTextDocument()
    document.setDefaultStyleSheet(view.reader.document().defaultStyleSheet())
    document.setHtml(f"<h1>{view.module.meta.title}</h1>{html}" if whole_module else html)
    return document


def write_pdf(view: "ModuleView", path: str, whole_module: bool) -> None:
    from app.qt import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    printable(view, whole_module).print_(printer)


def print_dialog(view: "ModuleView", whole_module: bool) -> None:
    from app.qt import QDialog, QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, view)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        printable(view, whole_module).print_(printer)
