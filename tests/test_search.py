"""Search: FTS5 over the real course, diacritic-insensitive, prefix, ranked, rebuilt only on change."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coursebook.loader import load_library
from coursebook.search import SearchIndex, find_all, fold
from coursebook.search.documents import plain

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    ix = SearchIndex(tmp_path_factory.mktemp("search") / "search.db")
    assert ix.ensure(CONTENT, lambda: load_library(CONTENT))
    yield ix
    ix.close()


def test_zrtev_finds_slovenian_zrtev(index):
    hits = index.search("zrtev", language="sl")
    assert hits and all(h.language == "sl" for h in hits)
    assert "[žrtev]" in hits[0].snippet.lower() or "[žrtev" in " ".join(h.snippet for h in hits).lower()


def test_obet_finds_slovak_obeti_and_czech_obeti(index):
    slovak = " ".join(h.snippet for h in index.search("obet", language="sk", limit=200))
    czech = " ".join(h.snippet for h in index.search("obet", language="cs", limit=200))
    assert "[obetí]" in slovak
    assert "[obětí]" in czech
    mixed = {h.language for h in index.search("obet", limit=200)}
    assert {"sk", "cs"} <= mixed


def test_accented_query_finds_unaccented_forms_and_vice_versa(index):
    assert {h.anchor for h in index.search("obeť", language="sk")} == {h.anchor for h in index.search("obet", language="sk")}


def test_prefix_and_all_words_required(index):
    prefix = index.search("medresor")
    assert any("[Medresorsk" in h.snippet for h in prefix)
    both = index.search("krizna namestitev")
    assert both and all(h.module_id == "nacionalni-okvir" for h in both)
    assert index.search("krizna qqqqzz") == []


def test_ranked_by_bm25_title_first(index):
    hits = index.search("Europol")
    ranks = [h.rank for h in hits]
    assert ranks == sorted(ranks)
    assert hits[0].title.startswith("Europol") or "Europol" in hits[0].title


def test_glossary_and_question_feedback_are_indexed(index):
    kinds = {h.kind for h in index.search("GRETA", limit=100)}
    assert {"glossary", "text", "question"} <= kinds


def test_trainer_only_blocks_are_not_indexed():
    text = plain('Za vse.\n\n!!! trainer "Namig"\n    skrivnost trenerja\n\nSpet za vse.')
    assert "skrivnost" not in text and "Spet za vse." in text


def test_query_syntax_is_never_an_error(index):
    for query in ['"', "a AND (", "NEAR(", "*", "-", "žrtev:"]:
        index.search(query)  # must not raise


def test_rebuilt_only_when_content_changes(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    ix = SearchIndex(tmp_path / "search.db")
    loads = []

    def loader():
        loads.append(1)
        return load_library(content)

    assert ix.ensure(content, loader) is True
    assert ix.ensure(content, loader) is False
    assert len(loads) == 1
    module = next(content.glob("thb/06-*/module.md"))
    module.write_text(module.read_text(encoding="utf-8").replace("## 6.1 Uvod {#uvod .introduction}\n",
                      "## 6.1 Uvod {#uvod .introduction}\n\nZebrasta beseda kvazimodo.\n"), encoding="utf-8")
    assert ix.ensure(content, loader) is True
    assert [h.module_id for h in ix.search("kvazimodo")] == ["medagencijsko-sodelovanje"]
    ix.close()
    reopened = SearchIndex(tmp_path / "search.db")  # the key is kept in the file: no rebuild after a restart
    assert reopened.ensure(content, loader) is False
    reopened.close()


def test_find_all_keeps_positions_in_the_original_text():
    text = "Žrtev in ŽRTVE; obětí, obeť."
    spans = find_all(text, "zrt obet")
    assert [text[a:b] for a, b in spans] == ["Žrtev", "ŽRTVE", "obětí", "obeť"]
    assert len(fold(text)) == len(text)


def test_search_command_prints_hits_without_qt(tmp_path):
    env = dict(os.environ)
    code = ("import sys; from app.cli import main; rc = main(['search', 'obět', '--lang', 'cs', '--json', "
            f"'--data-dir', {str(tmp_path)!r}]); assert 'PySide6' not in sys.modules, 'Qt imported'; sys.exit(rc)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits and {h["language"] for h in hits} == {"cs"}
    assert {"module_id", "section_id", "snippet", "rank"} <= set(hits[0])
    text = subprocess.run([sys.executable, "-m", "app", "search", "zrtev", "--data-dir", str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    first = text.stdout.splitlines()[0].split("\t")
    assert text.returncode == 0 and len(first) == 4 and "[" in first[2] and float(first[3]) < 0
    bad = subprocess.run([sys.executable, "-m", "app", "search", "x", "--content", str(tmp_path / "none"),
                          "--data-dir", str(tmp_path)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert bad.returncode != 0 and "not found" in bad.stderr
