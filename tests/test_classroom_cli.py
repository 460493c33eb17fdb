"""``coursebook profiles …`` and ``coursebook exam pack …``: no window, no Qt, secrets from standard input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cli(*args: str, stdin: str = "", data: Path | None = None, qt: bool = False) -> subprocess.CompletedProcess:
    check = "" if qt else "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'; "
    command = [sys.executable, "-c",
               "import sys, app.cli as c; code = c.main(sys.argv[1:]); " + check +
               "raise SystemExit(code)", *args]
    if data is not None:
        command += ["--data-dir", str(data)]
    return subprocess.run(command, cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=120)


def test_profiles_list_add_remove_with_secrets_from_standard_input(tmp_path):
    data = tmp_path / "data"
    added = cli("profiles", "add", "Ana Novák", data=data)
    assert added.returncode == 0 and added.stdout.strip() == "Added learner Ana Novák."
    assert cli("profiles", "add", "Bor", "--pin", stdin="2468\n", data=data).returncode == 0
    trainer = cli("profiles", "add", "Trener", "--trainer", stdin="correct horse battery\n", data=data)
    assert trainer.returncode == 0, trainer.stderr
    listed = cli("profiles", "list", data=data)
    assert listed.stdout.splitlines() == ["Ana Novák\tlearner", "Bor\tlearner (PIN)", "Trener\ttrainer"]
    # once there is a trainer, a learner cannot make themselves one
    forged = cli("profiles", "add", "Eve", "--trainer", stdin="guess\nmy own passphrase\n", data=data)
    assert forged.returncode == 1 and forged.stderr.strip() == "coursebook profiles: The passphrase is not right."
    assert "Eve" not in cli("profiles", "list", data=data).stdout
    refused = cli("profiles", "remove", "Ana Novák", stdin="guess\n", data=data)
    assert refused.returncode == 1
    removed = cli("profiles", "remove", "ana novák", stdin="correct horse battery\n", data=data)
    assert removed.returncode == 0 and "Removed Ana Novák" in removed.stdout
    assert cli("profiles", "list", data=data).stdout.splitlines() == ["Bor\tlearner (PIN)", "Trener\ttrainer"]


def test_profiles_fail_in_one_sentence(tmp_path):
    data = tmp_path / "data"
    short = cli("profiles", "add", "Cene", "--trainer", stdin="short\n", data=data)
    assert short.returncode == 1
    assert short.stderr.strip() == "coursebook profiles: The trainer passphrase needs at least 8 characters."
    missing = cli("profiles", "remove", "Nobody", data=data)
    assert missing.returncode == 1 and missing.stderr.strip() == "coursebook profiles: There is no profile named Nobody."
    no_input = cli("profiles", "add", "Cene", "--trainer", data=data)
    assert no_input.returncode == 1 and len(no_input.stderr.strip().splitlines()) == 1


def test_exam_pack_writes_a_file_that_needs_the_code(tmp_path):
    from coursebook.classroom import examfile

    definition = tmp_path / "final.json"
    definition.write_text(json.dumps({"id": "final", "title": "Final", "time_limit_minutes": 20, "draws": [
        {"module_id": "medagencijsko-sodelovanje", "count": 5}]}), encoding="utf-8")
    out = tmp_path / "final.cbexam"
    packed = cli("exam", "pack", str(definition), "--code", "K7P2-XQ4M", "-o", str(out))
    assert packed.returncode == 0, packed.stderr
    assert examfile.read_header(out).title == "Final"
    assert len(examfile.open_exam(out, "k7p2xq4m").banks["medagencijsko-sodelovanje"].questions) >= 20
    bad = cli("exam", "pack", str(tmp_path / "nope.json"), "--code", "K7P2-XQ4M", "-o", str(out))
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "nope.json" in bad.stderr


def test_results_by_usb_stick_from_the_command_line(tmp_path):
    """Two learner PCs filled by ``demo`` hand in; the trainer imports with the passphrase and prints
    and exports the gradebook."""
    stick = tmp_path / "stick"
    for pc in ("pc1", "pc2"):
        made = cli("demo", "--learners", "3", "--attempts", "2", "--seed", pc[-1], data=tmp_path / pc)
        assert made.returncode == 0 and made.stdout.strip() == "Learners: 3; attempts: 6; answers: 60.", made.stderr
        out = cli("results", "export", "--all", "-o", str(stick / pc), data=tmp_path / pc)
        assert out.returncode == 0 and len(out.stdout.splitlines()) == 3, out.stderr
    one = cli("results", "export", "--profile", "nobody", "-o", str(stick), data=tmp_path / "pc1")
    assert one.returncode == 1 and one.stderr.strip() == "coursebook results: there is no profile named nobody."
    trainer = tmp_path / "trainer"
    assert cli("profiles", "add", "Trener", "--trainer", stdin="correct horse battery\n", data=trainer).returncode == 0
    wrong = cli("results", "import", str(stick), stdin="guess\n", data=trainer)
    assert wrong.returncode == 1 and wrong.stderr.strip() == "coursebook results: The passphrase is not right."
    done = cli("results", "import", str(stick), "--json", stdin="correct horse battery\n", data=trainer)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) | {} == {"files": 6, "new_attempts": 12, "completed": 0, "unchanged_files": 0,
                                            "learners": 6, "refused": []}
    # a damaged file is named and makes the command fail, the good ones still count
    bad = stick / "pc1" / "broken.cbresults"
    bad.write_text("{", encoding="utf-8")
    again = cli("results", "import", str(stick), stdin="correct horse battery\n", data=trainer)
    assert again.returncode == 1 and again.stderr.strip() == (
        "broken.cbresults is truncated or damaged: it is not a whole results file.")
    assert "new attempts: 0" in again.stdout
    first = cli("gradebook", "--json", stdin="correct horse battery\n", data=trainer)
    second = cli("gradebook", "--json", stdin="correct horse battery\n", data=trainer)
    assert first.returncode == 0 and first.stdout == second.stdout
    cells = json.loads(first.stdout)["gradebook"]
    assert len(cells) == 6 and all(c["attempts"] == 2 and c["grade"] is not None for c in cells)
    csv_path = tmp_path / "gradebook.csv"
    exported = cli("gradebook", "--csv", str(csv_path), "--language", "sl", stdin="correct horse battery\n",
                   data=trainer)
    assert exported.returncode == 0 and exported.stdout == ""
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.decode("utf-8-sig").splitlines()[0].startswith("Learner;")
    stats = cli("gradebook", "--questions", "--json", stdin="correct horse battery\n", data=trainer)
    assert stats.returncode == 0, stats.stderr
    questions = json.loads(stats.stdout)["questions"]
    assert questions and all(0 <= q["facility"] <= 100 for q in questions)
    assert [q["facility"] for q in questions] == sorted(q["facility"] for q in questions)
    passed = [c for c in cells if c["passed"]]
    assert passed, cells
    pdf = tmp_path / "cert.pdf"
    issued = cli("certificate", "issue", "--learner", passed[0]["learner"], "-o", str(pdf),
                 stdin="correct horse battery\n", data=trainer, qt=True)
    assert issued.returncode == 0, issued.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    code = issued.stdout.strip().split("\t")[1]
    valid = cli("certificate", "verify", code, stdin="correct horse battery\n", data=trainer)
    assert valid.returncode == 0 and valid.stdout.startswith(f"Valid: {passed[0]['learner']} passed ")
    invalid = cli("certificate", "verify", "AAAAA-AAAAA", stdin="correct horse battery\n", data=trainer)
    assert invalid.returncode == 1 and "not valid" in invalid.stderr
    gain = cli("gradebook", "--gain", "assessment:demo-final", "assessment:demo-final", "--json",
               stdin="correct horse battery\n", data=trainer)
    assert gain.returncode == 0 and len(json.loads(gain.stdout)["learners"]) == 6, gain.stderr
    refused = cli("gradebook", "--json", stdin="", data=trainer)
    assert refused.returncode == 1 and refused.stderr.strip() == "coursebook gradebook: no passphrase given."
