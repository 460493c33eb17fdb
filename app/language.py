"""The interface language, and the language of the labels the reader puts around content.

Rules:
- Four interface languages (sl, en, cs, sk), chosen at first start from the system locale (English
  when the system speaks none of them) and changed in Settings without a restart.
- Qt's own dialogs speak the same language (qtbase_<lang>.qm: Qt's for cs and sk, the app's own for sl,
  which Qt does not ship; qtextra_<lang>.qm adds what Qt's older Slovak file lacks).
- Labels around content (activity fields, question types, feedback words, "written for this course")
  follow the module's language, not the interface's: a Czech module reads Czech under any interface.
"""

from __future__ import annotations

from functools import lru_cache

from coursebook.i18n import QT_TRANSLATE_NOOP
from coursebook.resources import asset

LANGUAGES: dict[str, str] = {"sl": "Slovenščina", "en": "English", "cs": "Čeština", "sk": "Slovenčina"}
DEFAULT = "en"
SETTING = "language"
_installed: list = []


def system_language() -> str:
    from app.qt import QLocale

    for name in QLocale.system().uiLanguages() or [QLocale.system().name()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT


def _translator(name: str, code: str):  # noqa: ANN202 - QTranslator or None
    from app.qt import QLibraryInfo, QTranslator

    translator = QTranslator()
    folders = [str(asset("translations"))]
    if name == "qtbase":
        folders.append(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for folder in folders:
        if translator.load(f"{name}_{code}", folder):
            return translator
    return None


def install(app, code: str) -> str:  # noqa: ANN001 - QApplication
    """Make ``code`` the interface language (no restart needed for windows made afterwards)."""
    from app.qt import QLocale

    code = code if code in LANGUAGES else DEFAULT
    if _installed and app.property("coursebookLanguage") == code:
        return code  # already installed: at start the profile's language is mostly the system's
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for name in ("qtbase", "qtextra", "coursebook"):  # the last installed is asked first
        translator = _translator(name, code)
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale({"en": "en_GB", "sl": "sl_SI", "cs": "cs_CZ", "sk": "sk_SK"}[code]))
    app.setProperty("coursebookLanguage", code)
    return code


def current() -> str:
    from app.qt import QCoreApplication

    app = QCoreApplication.instance()
    code = app.property("coursebookLanguage") if app is not None else None
    return code if code in LANGUAGES else DEFAULT


@lru_cache(maxsize=None)
def _content_translator(code: str):  # noqa: ANN202
    return _translator("coursebook", code)


def content_tr(language: str, context: str, text: str) -> str:
    """``text`` in the module's ``language`` (whatever the interface speaks)."""
    if language == "en":
        return text
    translator = _content_translator(language)
    if translator is None:
        return text
    return translator.translate(context, text) or text


#: The labels the reader puts around a module's content, translated into the module's language.
CONTENT_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ContentLabels", "Activity"),
    "type": QT_TRANSLATE_NOOP("ContentLabels", "Type"),
    "duration": QT_TRANSLATE_NOOP("ContentLabels", "Duration"),
    "minutes": QT_TRANSLATE_NOOP("ContentLabels", "min"),
    "objectives": QT_TRANSLATE_NOOP("ContentLabels", "Learning objectives"),
    "materials": QT_TRANSLATE_NOOP("ContentLabels", "Materials"),
    "groups": QT_TRANSLATE_NOOP("ContentLabels", "Groups and roles"),
    "phases": QT_TRANSLATE_NOOP("ContentLabels", "Trainer instructions"),
    "discussion": QT_TRANSLATE_NOOP("ContentLabels", "Discussion"),
    "tips": QT_TRANSLATE_NOOP("ContentLabels", "Trainer tips"),
    "injects": QT_TRANSLATE_NOOP("ContentLabels", "Injects"),
    "variants": QT_TRANSLATE_NOOP("ContentLabels", "Variants"),
    "online_variant": QT_TRANSLATE_NOOP("ContentLabels", "Online variant"),
    "handouts": QT_TRANSLATE_NOOP("ContentLabels", "Handouts"),
    "source": QT_TRANSLATE_NOOP("ContentLabels", "Source"),
    "written_for_course": QT_TRANSLATE_NOOP("ContentLabels", "This part was written for this course from the source."),
    "objective_hint": QT_TRANSLATE_NOOP("ContentLabels", "Tick an objective when you can do it."),
    "introduction": QT_TRANSLATE_NOOP("ContentLabels", "Introduction"),
    "definitions": QT_TRANSLATE_NOOP("ContentLabels", "Definitions"),
    "theory": QT_TRANSLATE_NOOP("ContentLabels", "Theory"),
    "activity": QT_TRANSLATE_NOOP("ContentLabels", "Activity"),
    "editor_note": QT_TRANSLATE_NOOP("ContentLabels", "Editor's note"),
    "trainer_note": QT_TRANSLATE_NOOP("ContentLabels", "For the trainer"),
    "scenario": QT_TRANSLATE_NOOP("ContentLabels", "Scenario"),
    "answer_key": QT_TRANSLATE_NOOP("ContentLabels", "Answer key (trainers only)"),
    "role": QT_TRANSLATE_NOOP("ContentLabels", "Role"),
    "tasks": QT_TRANSLATE_NOOP("ContentLabels", "Tasks"),
    "receives": QT_TRANSLATE_NOOP("ContentLabels", "Information the group receives"),
    "plan": QT_TRANSLATE_NOOP("ContentLabels", "Timed phases"),
    "activity_sheet": QT_TRANSLATE_NOOP("ContentLabels", "Activity sheet"),
    "role_card": QT_TRANSLATE_NOOP("ContentLabels", "Role card"),
    "time": QT_TRANSLATE_NOOP("ContentLabels", "Time"),
    "phase": QT_TRANSLATE_NOOP("ContentLabels", "Phase"),
    "shown_at": QT_TRANSLATE_NOOP("ContentLabels", "Shown at"),
    "timing": QT_TRANSLATE_NOOP("ContentLabels", "Timing check"),
    "trainer_only": QT_TRANSLATE_NOOP("ContentLabels", "For the trainer only"),
    "start": QT_TRANSLATE_NOOP("ContentLabels", "Start"),
    "unformatted": QT_TRANSLATE_NOOP("ContentLabels", "Part of this text could not be formatted; it is shown as written."),
    "correct": QT_TRANSLATE_NOOP("ContentLabels", "Correct."),
    "partly_correct": QT_TRANSLATE_NOOP("ContentLabels", "Partly correct."),
    "not_correct": QT_TRANSLATE_NOOP("ContentLabels", "Not correct."),
    "right_answer": QT_TRANSLATE_NOOP("ContentLabels", "The right answer"),
    "why": QT_TRANSLATE_NOOP("ContentLabels", "Why:"),
    "tests_section": QT_TRANSLATE_NOOP("ContentLabels", "This question tests the section %1."),
    "true": QT_TRANSLATE_NOOP("ContentLabels", "True"),
    "false": QT_TRANSLATE_NOOP("ContentLabels", "False"),
    "type_single": QT_TRANSLATE_NOOP("ContentLabels", "Single choice"),
    "type_multiple": QT_TRANSLATE_NOOP("ContentLabels", "Multiple choice"),
    "type_truefalse": QT_TRANSLATE_NOOP("ContentLabels", "True or false"),
    "type_short": QT_TRANSLATE_NOOP("ContentLabels", "Short answer"),
    "type_matching": QT_TRANSLATE_NOOP("ContentLabels", "Matching"),
    "type_ordering": QT_TRANSLATE_NOOP("ContentLabels", "Ordering"),
    "type_numerical": QT_TRANSLATE_NOOP("ContentLabels", "Number"),
    "type_essay": QT_TRANSLATE_NOOP("ContentLabels", "Essay"),
}


def truth_words(question) -> tuple[str, str]:  # noqa: ANN001 - coursebook.quiz.model.Question
    """"True" and "false" for a learner's answer to ``question``, in the module's language, as the
    question itself offered them."""
    labels = content_labels(getattr(question, "language", DEFAULT))
    return labels["true"], labels["false"]


def content_labels(language: str) -> dict[str, str]:
    """Every content label in ``language`` (the module's)."""
    return {key: content_tr(language, "ContentLabels", text) for key, text in CONTENT_LABELS.items()}
