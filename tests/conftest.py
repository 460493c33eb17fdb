"""Test set-up: offscreen Qt, every data folder in tmp_path, and no network at all."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SEEDS = ROOT.parent / "shared" / "seeds"


class NetworkUsed(AssertionError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to connect or resolve a name fails the test."""

    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003
        raise NetworkUsed(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every data folder at tmp_path so no test touches the user's real data."""
    home = tmp_path / "data"
    monkeypatch.setenv("COURSEBOOK_HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("COURSEBOOK_CONTENT", raising=False)
    return home


@pytest.fixture(autouse=True)
def english_interface(request):
    """GUI tests read the English interface (with its real plural forms) unless they switch."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from app import language

    app = request.getfixturevalue("qapp")
    language.install(app, "en")
    yield
    language.install(app, "en")


@pytest.fixture(autouse=True)
def exam_note(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The machine-wide "exam in progress" note lives in a folder of the test's own, not in the
    system's temporary folder (and not in tmp_path, whose listing some tests check)."""
    from coursebook.classroom import exam_marker

    path = tmp_path_factory.mktemp("system-tmp") / exam_marker.NAME
    monkeypatch.setattr(exam_marker, "marker_path", lambda: path)
    return path


@pytest.fixture
def library():
    from coursebook.loader import load_library

    return load_library(CONTENT)


@pytest.fixture
def store(data_home: Path):
    from coursebook.store import Store

    s = Store(data_home if data_home.mkdir(parents=True, exist_ok=True) is None else data_home)
    yield s
    s.close()


@pytest.fixture
def session(library, store):
    from app.session import Session

    return Session(store, store.default_profile(), CONTENT, None, library=library)


@pytest.fixture
def trainer(store):
    """A trainer who has given the passphrase (made after the default learner profile)."""
    from coursebook.classroom import auth, profiles

    store.default_profile()
    profile = profiles.add_trainer(store, "Trainer", "correct horse battery")
    return auth.trainer_login(store, profile, "correct horse battery")


@pytest.fixture
def own_content(tmp_path):
    """A copy of one real module whose bank also has an essay and two malformed questions."""
    root = tmp_path / "content"
    shutil.copytree(CONTENT / "thb" / "06-medagencijsko-sodelovanje", root / "thb" / "06-medagencijsko-sodelovanje")
    shutil.copy(CONTENT / "thb" / "course.yaml", root / "thb" / "course.yaml")
    bank = root / "thb" / "06-medagencijsko-sodelovanje" / "quiz.yaml"
    bank.write_text(bank.read_text(encoding="utf-8") + """
  - id: essay-1
    type: essay
    section: teorija
    difficulty: hard
    text: Describe how the agencies cooperate.
    guidance: Three agencies, one example each.
    feedback: See the theory section.
  - id: broken-1
    type: single
    section: teorija
    difficulty: easy
    text: No right option
    options: [{text: a}, {text: b}]
    feedback: x
  - id: broken-2
    type: riddle
    section: teorija
    difficulty: easy
    text: Unknown type
    feedback: x
""", encoding="utf-8")
    return root
