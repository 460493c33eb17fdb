"""No English sentence from the core on a Slovenian, Czech or Slovak screen.

The core raises errors that carry a translatable :class:`coursebook.i18n.Message`
(``coursebook.i18n.MessageError`` and every class derived from it); the GUI shows them through
``app.i18n.tr_core(exc)``. Two parser-based scans hold the code to it, and real windows in Czech show it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "coursebook"
GUI = ROOT / "app"

#: The errors users read that must carry a Message (each derives from MessageError).
MUST_CARRY = {"ClassroomError", "QuizError", "AttemptClosed", "NoAttemptsLeft", "AssessmentError", "BankError",
              "BankWriteError", "HandoutError", "DataDirError", "PackError", "StoreError", "StoreUnavailable"}

#: app/ files not scanned: the command line speaks English; the self-check prints for the log.
GUI_NOT_SCANNED = {"app/cli.py", "app/selfcheck.py"}


# --- the core: every error of the family is made from message(...) --------------------------------

def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _trees(folder: Path) -> dict[str, ast.Module]:
    return {str(path.relative_to(ROOT)): ast.parse(path.read_text(encoding="utf-8"))
            for path in sorted(folder.rglob("*.py"))}


def message_errors(trees: dict[str, ast.Module]) -> set[str]:
    """Every class that derives from MessageError, followed through the files by name."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(_name(b) for b in node.bases)
    family = {"MessageError"}
    grew = True
    while grew:
        grew = False
        for name, parents in bases.items():
            if name not in family and parents & family:
                family.add(name)
                grew = True
    return family


def message_makers(trees: dict[str, ast.Module]) -> set[str]:
    """Functions of the core declared to return a Message (``message``, ``literal``, ``describe``, …)."""
    return {node.name for tree in trees.values() for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns is not None
            and ast.unparse(node.returns).strip("'\"") == "Message"}


def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str)) \
        or (isinstance(node, ast.BinOp) and (_is_text(node.left) or _is_text(node.right))) \
        or (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format")


def core_problems(trees: dict[str, ast.Module]) -> tuple[list[str], int]:
    """``file:line: why`` for every error of the family made from anything but a Message, and how many
    constructions were checked.

    Accepted as the error's text: ``message(QT_TRANSLATE_NOOP("core", "…"), …)`` (or ``message(variable)``
    where marked text is passed on, as in a helper; never ``message("plain text")``), a call of a function returning Message, or a
    variable or attribute (a Message passed on). ``literal(...)`` — someone else's words, e.g. the
    operating system's — may not wrap text written in the core."""
    family = message_errors(trees)
    makers = message_makers(trees)
    found: list[str] = []
    checked = 0
    for name, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            called = _name(node.func)
            if called == "message" and node.args and _is_text(node.args[0]):
                found.append(f"{name}:{node.lineno}: message() of text not marked with QT_TRANSLATE_NOOP")
            if called == "literal" and node.args and _is_text(node.args[0]):
                found.append(f"{name}:{node.lineno}: literal() of the core's own text: mark it for translation")
            if called not in family:
                continue
            checked += 1
            text = node.args[0] if node.args else next(
                (k.value for k in node.keywords if k.arg in ("text", "msg")), None)
            ok = text is not None and (
                isinstance(text, (ast.Name, ast.Attribute))
                or (isinstance(text, ast.Call) and _name(text.func) in makers))
            if not ok:
                shown = ast.unparse(text)[:60] if text is not None else "nothing"
                found.append(f"{name}:{node.lineno}: {called}({shown}) is not made from message(...)")
    return sorted(found, key=lambda p: (p.split(":")[0], int(p.split(":")[1]))), checked


def test_every_error_users_read_derives_from_the_shared_base():
    trees = _trees(CORE)
    family = message_errors(trees)
    assert MUST_CARRY <= family, sorted(MUST_CARRY - family)


def test_every_error_of_the_family_in_the_core_is_made_from_a_translatable_message():
    problems, checked = core_problems(_trees(CORE))
    assert checked > 80  # the scan itself finds the raises
    assert not problems, "\n".join(problems)


def test_the_core_scan_catches_plain_english():
    code = """
class MessageError(Exception): pass
class QuizError(MessageError): pass
class Late(QuizError): pass
def message(text, **args) -> Message: ...
def literal(text) -> Message: ...
def make(text) -> Message: ...
raise QuizError(f"attempt {n} does not exist")  # bad
raise Late("the time is up")  # bad
raise QuizError(message("not marked"))  # bad
raise QuizError(literal("core words"))  # bad
raise QuizError()  # bad
raise QuizError(message(QT_TRANSLATE_NOOP("core", "Fine.")))
raise Late(make(QT_TRANSLATE_NOOP("core", "Fine too.")))
raise QuizError(exc.message)
raise QuizError(literal(exc.strerror or str(exc)))
"""
    problems, checked = core_problems({"x.py": ast.parse(code)})
    bad = [str(number) for number, line in enumerate(code.splitlines(), 1) if line.endswith("# bad")]
    assert checked == 9
    assert [p.split(":")[1] for p in problems] == bad


# --- the GUI: an exception's text reaches a window only through tr_core -----------------------------

def gui_problems(name: str, tree: ast.Module) -> list[str]:
    """``str(exc)`` or ``{exc}`` in an f-string of a name bound by ``except … as exc``."""
    found = []
    for handler in ast.walk(tree):
        if not isinstance(handler, ast.ExceptHandler) or not handler.name:
            continue
        for statement in handler.body:
            for node in ast.walk(statement):
                if isinstance(node, ast.Call) and _name(node.func) == "str" and len(node.args) == 1 \
                        and isinstance(node.args[0], ast.Name) and node.args[0].id == handler.name:
                    found.append(f"{name}:{node.lineno}: str({handler.name}) — show tr_core({handler.name})")
                if isinstance(node, ast.FormattedValue) and isinstance(node.value, ast.Name) \
                        and node.value.id == handler.name:
                    found.append(f"{name}:{node.lineno}: {{{handler.name}}} in an f-string — use tr_core")
    return found


def test_the_gui_shows_exceptions_only_through_tr_core():
    problems = []
    scanned = 0
    for name, tree in _trees(GUI).items():
        if name in GUI_NOT_SCANNED:
            continue
        scanned += 1
        problems += gui_problems(name, tree)
    assert scanned > 40
    assert not problems, "\n".join(problems)


def test_the_gui_scan_catches_a_raw_exception_text():
    code = '''
try:
    go()
except QuizError as exc:
    box.setText(str(exc))
    label.setText(f"Not saved: {exc}")
    fine.setText(tr_core(exc))
'''
    assert [p.split(":")[1] for p in gui_problems("x.py", ast.parse(code))] == ["5", "6"]


# --- the sentences themselves ----------------------------------------------------------------------

def test_str_of_an_error_stays_the_english_sentence_with_its_place():
    from coursebook.quiz.assessment import parse_definition, AssessmentError

    with pytest.raises(AssessmentError) as caught:
        parse_definition(b'{"id": "x",\n "pass_percent": "60"}', "assessments/x.json")
    assert str(caught.value) == "assessments/x.json:2: 'pass_percent' must be a number from 0 to 100."
    assert caught.value.where == "assessments/x.json:2" and caught.value.line == 2
    assert caught.value.message.text == "'{key}' must be a number from {low} to {high}."


def test_an_exam_file_from_a_wrong_definition_keeps_the_sentence_translatable(tmp_path):
    from coursebook.classroom import examfile

    definition = tmp_path / "final.json"
    definition.write_text('{"id": "final", "title": ""}', encoding="utf-8")
    with pytest.raises(examfile.ExamFileError) as caught:
        examfile.pack(definition, "ABCD-2345", tmp_path / "final.cbexam", {})
    assert caught.value.message.text == "The assessment needs a title." and caught.value.where == str(definition)
    assert str(caught.value) == f"{definition}: The assessment needs a title."


def test_tr_core_translates_the_sentence_and_keeps_the_place(qapp):
    from app import language
    from app.i18n import tr_core
    from coursebook.quiz.assessment import parse_definition, AssessmentError

    with pytest.raises(AssessmentError) as caught:
        parse_definition(b'{"id": "x",\n "pass_percent": "60"}', "assessments/x.json")
    language.install(qapp, "cs")
    try:
        shown = tr_core(caught.value)
    finally:
        language.install(qapp, "en")
    assert shown.startswith("assessments/x.json:2: ") and "'pass_percent'" in shown and "0" in shown
    assert "must be a number" not in shown
    assert tr_core(caught.value) == str(caught.value)  # English again


# --- real windows in Czech -------------------------------------------------------------------------

def _czech(qapp, source: str) -> str:
    from app.qt import QCoreApplication

    translated = QCoreApplication.translate("core", source)
    assert translated and translated != source, f"no Czech for {source!r}"
    return translated


def test_a_czech_learner_reads_in_czech_why_an_answer_was_not_saved(qtbot, qapp, session, trainer):
    """Practice open in a window; the attempt is submitted elsewhere (another window, the time); the next
    Check says so in Czech."""
    from app import language
    from app.quiz.window import QuizWindow
    from coursebook.quiz.model import correct_response
    from coursebook.quiz.service import QuizService

    language.install(qapp, "cs")
    try:
        service = QuizService(session.store, session.library, actor=trainer)
        attempt = service.start_practice(session.profile.id, "medagencijsko-sodelovanje")
        window = QuizWindow(service, attempt)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        number = next(s.number for s in attempt.slots if service.question(s.key).type == "single")
        window.go(number)
        qtbot.waitUntil(lambda: window.pages[number].width() > 0)
        page = window.pages[number]
        page.answer.buttons[correct_response(page.question)].setChecked(True)
        service.submit(service.attempt(attempt.id))  # finished behind the window's back
        window.check_button.click()
        shown = window.saved_label.text()
        sentence = _czech(qapp, "This attempt has been submitted; the answer was not saved.")
        assert sentence in shown
        assert "submitted" not in shown and "not saved" not in shown  # neither the sentence nor "Not saved: %1"
    finally:
        language.install(qapp, "en")


def test_a_czech_trainer_reads_in_czech_why_an_assessment_cannot_be_saved(qtbot, qapp, session, trainer):
    from app import language
    from app.quiz.assessment_dialog import AssessmentDialog
    from coursebook.quiz.service import QuizService

    language.install(qapp, "cs")
    try:
        dialog = AssessmentDialog(QuizService(session.store, session.library, actor=trainer))
        qtbot.addWidget(dialog)
        dialog.bank_rows["medagencijsko-sodelovanje"][0].setChecked(True)
        dialog.title_edit.clear()
        dialog.save_button.click()
        shown = dialog.error.text()
        assert _czech(qapp, "The assessment needs a title.") in shown
        assert "title" not in shown and dialog.definition is None
    finally:
        language.install(qapp, "en")


def test_an_operating_system_error_is_said_in_the_interface_language(qapp):
    import errno as _errno

    from app import language
    from app.i18n import tr_core

    full = OSError(_errno.ENOSPC, "No space left on device", "/media/usb/results.cbresults")
    odd = OSError(_errno.EBADF, "Bad file descriptor")
    language.install(qapp, "sl")
    try:
        said = tr_core(full)
        assert "/media/usb/results.cbresults" in said and "No space" not in said and said != str(full)
        assert tr_core(odd) == str(odd)  # no sentence of our own: the system's words
    finally:
        language.install(qapp, "en")
    assert tr_core(full) == "There is no space left on the disk: /media/usb/results.cbresults"
