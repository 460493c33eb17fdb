"""The ``coursebook`` command: the GUI, ``validate``, ``search``, the question, pack and xAPI commands,
``handout``, ``profiles``, ``exam pack``, ``results export|import``, ``gradebook`` and ``--self-check``.

``validate``, ``search``, the question, pack and xAPI commands, ``profiles`` and ``exam`` import no Qt,
so they run on a machine without a screen or Qt's system libraries. ``handout`` needs Qt's printing but
no screen: it runs on Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _validate(argv: list[str]) -> int:
    from coursebook.resources import content_dir
    from coursebook.validate import validate

    parser = argparse.ArgumentParser(prog="coursebook validate",
                                     description="Check course content; print each error as file:line: message.")
    parser.add_argument("path", nargs="?", help="content folder (default: the bundled content)")
    parser.add_argument("--json", action="store_true", help="print per module what was found, as JSON")
    args = parser.parse_args(argv)
    root = Path(args.path) if args.path else content_dir()
    _library, errors, report = validate(root.resolve() if root.exists() else root)
    if args.json:
        print(json.dumps({"modules": report, "errors": [str(e) for e in errors]}, ensure_ascii=False, indent=2))
    else:
        for error in errors:
            print(error)
        modules = [m for m in report if "id" in m]
        for module in modules:
            quality = module.get("quality")
            if quality:
                print(f"{module['id']}: {quality['questions']} questions, {quality['scenarios']} scenarios "
                      f"({quality['scenario_share']:.0%}); right option longest in {quality['right_option_longest']} "
                      f"of {quality['single']} single-choice ({quality['longest_share']:.0%}, "
                      f"chance {quality['chance']:.0%})", file=sys.stderr)
            for warning in module.get("warnings", []):
                print(warning, file=sys.stderr)
        questions = sum(m["question_total"] for m in modules)
        terms = sum(len(m["glossary"]) for m in modules)
        print(f"{len(modules)} modules, {questions} questions, {terms} glossary terms, {len(errors)} errors",
              file=sys.stderr)
    return 1 if errors else 0


def _content_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", metavar="DIR", help="course content folder (default: the content the app ships)")


def _content(args: argparse.Namespace) -> Path:
    from coursebook.resources import content_dir

    return Path(args.content) if args.content else content_dir()


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _bank(fmt: str, argv: list[str]) -> int:
    """``gift|aiken|moodlexml import FILE --into MODULE`` and ``gift|moodlexml export MODULE``."""
    from coursebook.interop.banks import EXPORTERS, BankError, export_module, find_module, read_import, write_import

    parser = argparse.ArgumentParser(prog=f"coursebook {fmt}",
                                     description=f"Import questions from a {fmt} file into a module's bank"
                                                 + (", or export a bank." if fmt in EXPORTERS else "."))
    actions = parser.add_subparsers(dest="action", required=True)
    imp = actions.add_parser("import", help="add the questions of FILE to a module's quiz.yaml")
    imp.add_argument("file")
    imp.add_argument("--into", metavar="MODULE_ID", required=True)
    imp.add_argument("--json", action="store_true", help="print what was imported, by type, as JSON")
    imp.add_argument("--skip-bad", action="store_true", help="import the good questions of a file with errors")
    _content_arg(imp)
    if fmt in EXPORTERS:
        exp = actions.add_parser("export", help="write a module's questions for Moodle")
        exp.add_argument("module")
        exp.add_argument("-o", "--output", metavar="FILE", help="file to write (default: standard output)")
        _content_arg(exp)
    args = parser.parse_args(argv)
    try:
        if args.action == "export":
            text, warnings = export_module(find_module(_content(args), args.module), fmt)
            for warning in warnings:
                print(f"warning: {warning}", file=sys.stderr)
            if args.output:
                from coursebook.atomic import write_atomic

                write_atomic(args.output, text)
            else:
                sys.stdout.write(text)
            return 0
        module = find_module(_content(args), args.into)
        result = read_import(Path(args.file), module, fmt)
        written = write_import(result, module, args.skip_bad)
    except BankError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"Cannot write the file: {exc.strerror or exc}.")
    if args.json:
        print(json.dumps(result.as_json(written), ensure_ascii=False, indent=2))
    else:
        for problem in result.errors + result.warnings:
            print(problem)
        counts = ", ".join(f"{kind}: {n}" for kind, n in result.by_type().items()) or "none"
        if written:
            print(f"Imported {len(result.questions)} questions into {module.quiz_path} ({counts}).", file=sys.stderr)
        elif result.questions and result.errors and not args.skip_bad:
            print(f"Nothing imported (errors: {len(result.errors)}). Fix them, or import the other "
                  f"{len(result.questions)} questions with --skip-bad.", file=sys.stderr)
        else:
            print("Nothing imported: the file has no question Coursebook can use.", file=sys.stderr)
    return 0 if written else 1


def _data_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", help="learner data folder (also: COURSEBOOK_HOME)")
    parser.add_argument("--portable", action="store_true", help="use the data/ folder beside the program")


def _pack(argv: list[str]) -> int:
    """``pack build DIR -o FILE`` and ``pack import FILE``."""
    from coursebook.classroom.errors import ClassroomError
    from coursebook.interop.packs import PackError, build, install_as
    from coursebook.paths import DataDirError, data_dir, ensure_writable
    from coursebook.store import Store, StoreError

    parser = argparse.ArgumentParser(prog="coursebook pack", description="Build or install a content pack.")
    actions = parser.add_subparsers(dest="action", required=True)
    make = actions.add_parser("build", help="check a course folder with pack.yaml and write it as one pack file")
    make.add_argument("folder")
    make.add_argument("-o", "--output", metavar="FILE", required=True)
    add = actions.add_parser("import", help="check a pack file and install it into the learner data folder")
    add.add_argument("file")
    _data_arg(add)
    _content_arg(add)
    args = parser.parse_args(argv)
    try:
        if args.action == "build":
            info = build(Path(args.folder), Path(args.output))
            print(f"Built {info.path}: pack {info.id} version {info.version} ({info.language}).", file=sys.stderr)
            return 0
        folder = ensure_writable(data_dir(args.data_dir, args.portable))
        store = Store(folder)
        try:  # a trainer's passphrase where the PC has a trainer, as for every trainer-only command
            report = install_as(store, _trainer_actor(store, _ask), Path(args.file), _content(args))
        finally:
            store.close()
    except (PackError, DataDirError, ClassroomError, StoreError) as exc:
        return _fail(str(exc))
    except EOFError:
        return _fail("coursebook pack: no passphrase given.")
    except OSError as exc:
        return _fail(f"Cannot install the pack: {exc.strerror or exc} ({getattr(exc, 'filename', '') or args.file}).")
    info = report.info
    replaced = f", replacing version {report.previous}" if report.previous else ""
    print(f"Installed pack {info.id} version {info.version}{replaced} into {info.path}: "
          f"{len(report.modules)} modules ({', '.join(report.modules)}).", file=sys.stderr)
    for gone in report.removed:
        print(f"no longer in the pack (progress kept but not shown): {gone}")
    for name in report.changed:
        print(f"changed on this PC since the last version, now replaced: {name}")
    return 0


def _xapi(argv: list[str]) -> int:
    """``xapi export [-o FILE.jsonl]``: learners' activity as xAPI statements."""
    from coursebook.interop.xapi import DEFAULT_BASE, export, to_jsonl
    from coursebook.paths import data_dir
    from coursebook.roots import content_roots, load_library_roots
    from coursebook.store import DB_NAME, Store, StoreError

    parser = argparse.ArgumentParser(prog="coursebook xapi", description="Export learners' activity as xAPI 1.0.3.")
    actions = parser.add_subparsers(dest="action", required=True)
    exp = actions.add_parser("export", help="write xAPI statements, one JSON object per line")
    exp.add_argument("-o", "--output", metavar="FILE", help="file to write (default: standard output)")
    exp.add_argument("--base", default=DEFAULT_BASE, metavar="IRI",
                     help=f"base of the activity ids and the account home page (default: {DEFAULT_BASE})")
    _data_arg(exp)
    _content_arg(exp)
    args = parser.parse_args(argv)
    if not args.base.startswith(("http://", "https://")):
        return _fail(f"The base must be an http or https IRI, not '{args.base}'.")
    folder = data_dir(args.data_dir, args.portable)
    if not (folder / DB_NAME).exists():
        return _fail(f"No learner data in {folder}: choose the folder with --data-dir.")
    try:
        store = Store(folder)
    except (StoreError, OSError) as exc:
        return _fail(f"Cannot open the learner data in {folder}: {exc}.")
    try:
        library = load_library_roots(content_roots(_content(args), folder), None)
        text = to_jsonl(export(store, library, args.base))
    finally:
        store.close()
    if args.output:
        from coursebook.atomic import write_atomic

        try:
            write_atomic(args.output, text)
        except OSError as exc:
            return _fail(f"Cannot write {args.output}: {exc.strerror or exc}.")
    else:
        sys.stdout.write(text)
    print(f"{text.count(chr(10))} statements.", file=sys.stderr)


def _ask(prompt: str) -> str:
    """A secret from the terminal (not echoed), or one line of standard input when it is not a terminal."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise EOFError(prompt.strip())
    return line.rstrip("\r\n")


def _open_store(data: str | None):  # noqa: ANN202 - coursebook.store.Store
    from coursebook.paths import data_dir, ensure_writable
    from coursebook.store import Store

    return Store(ensure_writable(data_dir(data, False)))


def _profiles(argv: list[str]) -> int:
    """``coursebook profiles list|add NAME [--trainer] [--pin]|remove NAME [--data-dir DIR]``; no Qt."""
    from coursebook.classroom import commands
    from coursebook.classroom.errors import ClassroomError
    from coursebook.paths import DataDirError
    from coursebook.store import StoreError

    parser = argparse.ArgumentParser(prog="coursebook profiles", description=(
        "List, add or remove the profiles of this PC. Secrets (a trainer's passphrase, a PIN) are read from "
        "the terminal, or one per line from standard input when it is not a terminal."))
    parser.add_argument("action", choices=["list", "add", "remove"])
    parser.add_argument("name", nargs="?")
    parser.add_argument("--trainer", action="store_true", help="add a trainer (asks for a new passphrase)")
    parser.add_argument("--pin", action="store_true", help="protect the new learner with a PIN (asked)")
    parser.add_argument("--data-dir", metavar="DIR", help="the data folder (also: COURSEBOOK_HOME)")
    args = parser.parse_args(argv)
    if args.action != "list" and not args.name:
        parser.error(f"'{args.action}' needs a NAME")
    try:
        store = _open_store(args.data_dir)
    except (DataDirError, StoreError, OSError) as exc:
        print(f"coursebook profiles: {exc}", file=sys.stderr)
        return 3
    try:
        if args.action == "list":
            print("\n".join(commands.profile_lines(store)) or "(no profiles)")
        elif args.action == "add":
            print(commands.add(store, args.name, args.trainer, args.pin, _ask))
        else:
            print(commands.remove(store, args.name, _ask))
    except (ClassroomError, EOFError) as exc:
        print(f"coursebook profiles: {exc if not isinstance(exc, EOFError) else 'no input for ' + str(exc)}",
              file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0


def _trainer_actor(store, ask):  # noqa: ANN001, ANN202 - Actor | None
    """Where the data folder has a trainer, the passphrase (asked once); None where it has none."""
    from coursebook.classroom import auth, profiles

    if not profiles.trainers(store):
        return None
    return auth.trainer_login(store, None, ask("Passphrase of a trainer of this PC: "))


def _language(code: str | None) -> str:
    import os

    if code:
        return code
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX"):
            return value.split("_")[0].split(".")[0].lower()
    return "en"


def _results(argv: list[str]) -> int:
    """``results export (--profile NAME | --all) -o PATH`` and ``results import FILE|FOLDER... [--json]``; no Qt."""
    from coursebook.classroom import profiles, results_file
    from coursebook.classroom.errors import ClassroomError
    from coursebook.paths import DataDirError
    from coursebook.store import StoreError

    parser = argparse.ArgumentParser(prog="coursebook results", description=(
        "Hand in results on a USB stick: write one signed file per learner of this PC, or import such "
        "files into the trainer's gradebook."))
    actions = parser.add_subparsers(dest="action", required=True)
    exp = actions.add_parser("export", help="write the signed results file(s) of this PC")
    who = exp.add_mutually_exclusive_group(required=True)
    who.add_argument("--profile", metavar="NAME")
    who.add_argument("--all", action="store_true", help="every learner of this PC")
    exp.add_argument("-o", "--output", required=True, metavar="PATH", help="a folder (or a file for one profile)")
    exp.add_argument("--data-dir", metavar="DIR", help="the data folder (also: COURSEBOOK_HOME)")
    imp = actions.add_parser("import", help="verify and merge results files into the gradebook (trainer)")
    imp.add_argument("paths", nargs="+", metavar="FILE|FOLDER")
    imp.add_argument("--json", action="store_true", help="print what was imported and refused, as JSON")
    imp.add_argument("--data-dir", metavar="DIR", help="the data folder (also: COURSEBOOK_HOME)")
    _marks_parsers(actions)
    args = parser.parse_args(argv)
    try:
        store = _open_store(args.data_dir)
    except (DataDirError, StoreError, OSError) as exc:
        return _fail(f"coursebook results: {exc}")
    try:
        if args.action in ("return", "receive"):
            return _marks(store, args)
        if args.action == "export":
            if args.all:
                chosen = profiles.learners(store)
            else:
                one = profiles.find(store, args.profile)
                if one is None:
                    return _fail(f"coursebook results: there is no profile named {args.profile}.")
                chosen = [one]
            target = Path(args.output)
            if len(chosen) > 1 or args.all:
                target.mkdir(parents=True, exist_ok=True)
            for profile in chosen:
                print(results_file.export(store, profile, target))
            return 0
        actor = _trainer_actor(store, _ask)
        report = results_file.import_files(store, [Path(p) for p in args.paths], actor=actor)
        if args.json:
            print(json.dumps(report.to_json(), ensure_ascii=False, indent=1, sort_keys=True))
        else:
            for name, reason in report.refused:
                print(reason, file=sys.stderr)
            print(f"Imported files: {report.files}; new attempts: {report.new_attempts}; completed: "
                  f"{report.completed}; refused files: {len(report.refused)}.")
        return 1 if report.refused else 0
    except (ClassroomError, OSError, EOFError) as exc:
        return _fail(f"coursebook results: {exc if not isinstance(exc, EOFError) else 'no passphrase given.'}")
    finally:
        store.close()


def _marks_parsers(actions) -> None:  # noqa: ANN001 - argparse's subparsers
    back = actions.add_parser("return", help="write one signed marks file per learner for their PC (trainer)")
    who = back.add_mutually_exclusive_group(required=True)
    who.add_argument("--all", action="store_true", help="every learner in the gradebook")
    who.add_argument("--learner", metavar="NAME")
    back.add_argument("-o", "--output", required=True, metavar="FOLDER", help="the folder to write to (the stick)")
    back.add_argument("--data-dir", metavar="DIR", help="the data folder (also: COURSEBOOK_HOME)")
    _content_arg(back)
    take = actions.add_parser("receive", help="record the trainer's marks files on this PC (any user)")
    take.add_argument("paths", nargs="+", metavar="FILE|FOLDER")
    take.add_argument("--json", action="store_true", help="print what was received and refused, as JSON")
    take.add_argument("--data-dir", metavar="DIR", help="the data folder (also: COURSEBOOK_HOME)")


def _marks(store, args: argparse.Namespace) -> int:  # noqa: ANN001 - coursebook.store.Store
    """``results return`` (trainer's PC) and ``results receive`` (learner's PC); the store is closed by the caller."""
    from coursebook.classroom import marks_file

    if args.action == "return":
        from coursebook.loader import load_library
        from coursebook.quiz.service import QuizService

        actor = _trainer_actor(store, _ask)
        question = QuizService(store, lambda: load_library(_content(args))).question
        written = marks_file.write_returns(store, actor, question, Path(args.output), None if args.all else args.learner)
        if not written:
            return _fail("coursebook results: the gradebook has no imported learners; import their results first.")
        for path in written:
            print(path)
        print(f"Marks files written: {len(written)}.", file=sys.stderr)
        return 0
    report = marks_file.receive(store, [Path(p) for p in args.paths])
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=1, sort_keys=True))
    else:
        for _name, reason in report.refused:
            print(reason, file=sys.stderr)
        print(f"Received files: {report.files}; attempts with new marks: {report.applied}; unchanged: "
              f"{report.unchanged}; not on this PC: {report.not_here}; refused files: {len(report.refused)}.")
    return 1 if report.refused else 0


def _gradebook(argv: list[str]) -> int:
    """``gradebook [--csv F | --xlsx F] [--json] [--data-dir DIR] [--content DIR]``; no Qt."""
    from coursebook.classroom import gradebook
    from coursebook.classroom.errors import ClassroomError
    from coursebook.loader import load_library
    from coursebook.paths import DataDirError
    from coursebook.quiz.service import QuizService
    from coursebook.store import StoreError

    parser = argparse.ArgumentParser(prog="coursebook gradebook", description=(
        "The gradebook of imported results: the grade that counts per learner and assessment, graded "
        "again from the answers with this PC's questions."))
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--csv", metavar="FILE", help="write CSV for a spreadsheet in the interface language")
    out.add_argument("--xlsx", metavar="FILE", help="write an Excel workbook")
    out.add_argument("--pdf", metavar="FILE", nargs="?", const="",
                     help="write the printable A4 report (results, summary, question statistics); without FILE: "
                          "gradebook-YYYY-MM-DD.pdf in the documents folder")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="with --pdf: the date the report states (default: today)")
    parser.add_argument("--json", action="store_true", help="print the gradebook as JSON (same data, same bytes)")
    parser.add_argument("--language", metavar="CODE", help="sl, en, cs or sk (default: from the environment)")
    parser.add_argument("--questions", action="store_true",
                        help="print per question the facility and discrimination index and the commonest wrong "
                             "answers instead (hardest first)")
    parser.add_argument("--quiz", metavar="ID", help="with --questions: only this assessment")
    parser.add_argument("--first", action="store_true",
                        help="with --questions or --pdf: each learner's first attempt only")
    parser.add_argument("--gain", nargs=2, metavar=("PRE_ID", "POST_ID"),
                        help="print the knowledge gain between a pre-test and a post-test instead")
    parser.add_argument("--data-dir", metavar="DIR", help="the data folder (also: COURSEBOOK_HOME)")
    _content_arg(parser)
    args = parser.parse_args(argv)
    try:
        store = _open_store(args.data_dir)
    except (DataDirError, StoreError, OSError) as exc:
        return _fail(f"coursebook gradebook: {exc}")
    try:
        actor = _trainer_actor(store, _ask)
        service = QuizService(store, lambda: load_library(_content(args)))
        if args.gain:
            from dataclasses import asdict

            rows, mean = gradebook.knowledge_gain(store, actor, service.question, *args.gain)
            if args.json:
                sys.stdout.write(json.dumps({"learners": [asdict(g) for g in rows], "mean_gain": mean},
                                            ensure_ascii=False, sort_keys=True, indent=1) + "\n")
            else:
                for g in rows:
                    print(f"{g.learner}\t{g.pre:g}\t{g.post:g}\t{g.gain:g}\t"
                          f"{'' if g.normalised is None else g.normalised}")
                print(f"Mean gain: {'' if mean is None else f'{mean:g}'} points; learners: {len(rows)}.")
            return 0
        if args.questions:
            from dataclasses import asdict

            from coursebook.classroom.statistics import question_statistics

            stats = question_statistics(store, actor, service.question, args.quiz, args.first)
            if args.json:
                sys.stdout.write(json.dumps({"questions": [asdict(s) for s in stats]}, ensure_ascii=False,
                                            sort_keys=True, indent=1) + "\n")
            else:
                for s in stats:
                    print("\t".join([s.key, str(s.attempts), "" if s.facility is None else f"{s.facility:g}",
                                     "" if s.discrimination is None else f"{s.discrimination:g}", s.text]))
            return 0
        if args.pdf is not None:
            return _gradebook_pdf(args, store, actor, service)
        cells = gradebook.gradebook(store, actor, service.question)
        if args.csv:
            from coursebook.atomic import write_atomic

            write_atomic(args.csv, gradebook.to_csv(cells, _language(args.language)))
        elif args.xlsx:
            gradebook.to_xlsx(cells, args.xlsx)
        if args.json or not (args.csv or args.xlsx):
            sys.stdout.write(gradebook.to_json(cells))
        return 0
    except (ClassroomError, OSError, EOFError) as exc:
        return _fail(f"coursebook gradebook: {exc if not isinstance(exc, EOFError) else 'no passphrase given.'}")
    finally:
        store.close()


def _gradebook_pdf(args: argparse.Namespace, store, actor, service) -> int:  # noqa: ANN001
    """``gradebook --pdf [FILE]``: the report in ``--language`` on Qt's offscreen platform."""
    import os
    from datetime import date

    from coursebook.classroom.gradebook import default_export_path

    when = args.date or date.today().isoformat()
    try:
        date.fromisoformat(when)
    except ValueError:
        return _fail(f"coursebook gradebook: --date {when} is not a date written as YYYY-MM-DD.")
    target = Path(args.pdf) if args.pdf else default_export_path("pdf", when)
    if not target.parent.is_dir():
        return _fail(f"coursebook gradebook: the folder {target.parent} does not exist.")
    if not os.environ.get("QT_QPA_PLATFORM"):  # printing needs no screen
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.qt import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    from app import language
    from app.classroom.report_pdf import report, write_report

    code = language.install(_app, _language(args.language))
    course = ", ".join(c.title for c in service.library.courses)
    write_report(report(store, actor, service.question, when, code, course, args.first), target)
    print(target)
    return 0


def _demo(argv: list[str]) -> int:
    """``demo --learners N --attempts M --data-dir DIR [--content DIR]``; no Qt."""
    from coursebook.classroom import demo
    from coursebook.classroom.errors import ClassroomError
    from coursebook.loader import load_library
    from coursebook.paths import DataDirError
    from coursebook.quiz.attempts import QuizError
    from coursebook.store import StoreError

    parser = argparse.ArgumentParser(prog="coursebook demo", description=(
        "Fill a data folder with synthetic learners and submitted, sealed assessment attempts (for "
        "demonstrations, tests and benchmarks)."))
    parser.add_argument("--learners", type=int, default=10, metavar="N")
    parser.add_argument("--attempts", type=int, default=3, metavar="M", help="attempts per learner")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data-dir", metavar="DIR", required=True, help="the data folder to fill")
    _content_arg(parser)
    args = parser.parse_args(argv)
    if args.learners < 0 or args.attempts < 0:
        return _fail("coursebook demo: --learners and --attempts are whole numbers of 0 or more.")
    try:
        store = _open_store(args.data_dir)
    except (DataDirError, StoreError, OSError) as exc:
        return _fail(f"coursebook demo: {exc}")
    try:
        made = demo.fill(store, load_library(_content(args)), args.learners, args.attempts, seed=args.seed)
    except (ClassroomError, QuizError, IndexError) as exc:
        return _fail(f"coursebook demo: the course content has no questions to take ({exc}).")
    finally:
        store.close()
    print(f"Learners: {made.learners}; attempts: {made.attempts}; answers: {made.answers}.")
    return 0


def _certificate(argv: list[str]) -> int:
    """``certificate verify CODE`` (no Qt) and ``certificate issue --learner NAME --quiz ID -o F.pdf``
    (Qt's PDF writer, offscreen)."""
    import os

    from coursebook.classroom import certificate
    from coursebook.classroom.errors import ClassroomError
    from coursebook.loader import load_library
    from coursebook.paths import DataDirError
    from coursebook.quiz.service import QuizService
    from coursebook.store import StoreError

    parser = argparse.ArgumentParser(prog="coursebook certificate", description=(
        "Certificates for learners who passed an assessment in the gradebook, and checking a "
        "certificate's verification code."))
    actions = parser.add_subparsers(dest="action", required=True)
    ver = actions.add_parser("verify", help="check a verification code against the gradebook")
    ver.add_argument("code")
    iss = actions.add_parser("issue", help="write a learner's certificate as PDF")
    iss.add_argument("--learner", required=True, metavar="NAME")
    iss.add_argument("--quiz", metavar="ID", help="the assessment (default: the only one the learner passed)")
    iss.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    for sub in (ver, iss):
        sub.add_argument("--data-dir", metavar="DIR", help="the data folder (also: COURSEBOOK_HOME)")
        _content_arg(sub)
    args = parser.parse_args(argv)
    try:
        store = _open_store(args.data_dir)
    except (DataDirError, StoreError, OSError) as exc:
        return _fail(f"coursebook certificate: {exc}")
    try:
        actor = _trainer_actor(store, _ask)
        question = QuizService(store, lambda: load_library(_content(args))).question
        if args.action == "verify":
            found = certificate.verify(store, actor, question, args.code)
            print(f"Valid: {found.learner} passed {found.title} with {found.grade:g} % on {found.date}.")
            return 0
        trainer = actor.profile.name if actor is not None else ""
        chosen = [c for c in certificate.certificates(store, actor, question, trainer)
                  if c.learner.casefold() == args.learner.strip().casefold()
                  and (not args.quiz or c.quiz_id == args.quiz)]
        if len(chosen) != 1:
            return _fail(f"coursebook certificate: {args.learner} has "
                         f"{'no passed assessment' if not chosen else 'several passed assessments (name one with --quiz)'}"
                         " in the gradebook.")
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from app.qt import QGuiApplication

        _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        from app.classroom.certificate_pdf import write_certificate

        write_certificate(chosen[0], args.output)
        print(f"{args.output}\t{chosen[0].code}")
        return 0
    except (ClassroomError, OSError, EOFError) as exc:
        return _fail(f"coursebook certificate: {exc if not isinstance(exc, EOFError) else 'no passphrase given.'}")
    finally:
        store.close()


def _exam(argv: list[str]) -> int:
    """``coursebook exam pack ASSESSMENT.json --code CODE -o EXAM.cbexam [--content DIR] [--data-dir DIR]``; no Qt."""
    from coursebook.classroom import commands
    from coursebook.classroom.errors import ClassroomError
    from coursebook.resources import content_dir

    parser = argparse.ArgumentParser(prog="coursebook exam", description=(
        "Pack an assessment and its question banks into an encrypted exam file that opens only with "
        "the start code."))
    parser.add_argument("action", choices=["pack"])
    parser.add_argument("assessment", help="the assessment definition (JSON)")
    parser.add_argument("--code", required=True, help="the start code (at least 6 letters or digits)")
    parser.add_argument("-o", "--output", required=True, help="the exam file to write (.cbexam)")
    parser.add_argument("--content", metavar="DIR", help="course content (default: the bundled content)")
    parser.add_argument("--data-dir", metavar="DIR", help="the trainer's data folder, whose key the exam carries so "
                                                          "that returned marks verify (also: COURSEBOOK_HOME)")
    args = parser.parse_args(argv)
    content = Path(args.content) if args.content else content_dir()
    try:
        from coursebook.paths import DataDirError, data_dir, ensure_writable

        try:
            data = ensure_writable(data_dir(args.data_dir, False))
        except DataDirError as exc:
            return _fail(f"coursebook exam: {exc}")
        print(commands.pack(Path(args.assessment), args.code, Path(args.output), content, data))
    except (ClassroomError, OSError) as exc:
        print(f"coursebook exam: {exc}", file=sys.stderr)
        return 1
    return 0


def _handout(argv: list[str]) -> int:
    """Write a handout PDF; Qt lays it out, offscreen when there is no display."""
    import os

    from coursebook.loader import load_library
    from coursebook.resources import content_dir
    from coursebook.trainer.handouts import KINDS, HandoutError, build_handout

    parser = argparse.ArgumentParser(prog="coursebook handout",
                                     description="Write a printable handout of a module as PDF.")
    parser.add_argument("module_id")
    parser.add_argument("--what", choices=KINDS, default="module",
                        help="module: the whole module; activity: the trainer's activity sheet; "
                             "role-cards: one card per group per page; cards: the indicator cards")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    parser.add_argument("--page", choices=("A4", "Letter"), default="A4")
    parser.add_argument("--with-trainer-notes", action="store_true",
                        help="with --what module: include the trainer material")
    parser.add_argument("--content", metavar="DIR", help="course content folder (default: the bundled content)")
    args = parser.parse_args(argv)
    root = Path(args.content) if args.content else content_dir()
    library = load_library(root)
    output = Path(args.output)
    if not output.parent.is_dir():
        print(f"coursebook handout: the folder {output.parent} does not exist.", file=sys.stderr)
        return 1
    if not os.environ.get("QT_QPA_PLATFORM"):  # printing needs no screen
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.qt import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    from app.language import content_labels
    from app.trainer.printing import write_pdf

    module = library.module(args.module_id)
    labels = content_labels(module.meta.language) if module is not None else None
    try:
        handout = build_handout(library, args.module_id, args.what, labels,
                                audience="trainer" if args.with_trainer_notes else "learner")
    except HandoutError as exc:
        print(f"coursebook handout: {exc}", file=sys.stderr)
        return 1

    try:
        write_pdf(handout, str(output), args.page)
    except OSError as exc:
        print(f"coursebook handout: cannot write {output}: {exc.strerror or exc}.", file=sys.stderr)
        return 1
    if not output.exists() or output.stat().st_size == 0:
        print(f"coursebook handout: {output} could not be written.", file=sys.stderr)
        return 1
    del app
    print(f"{output}: {handout.title}")
    return 0


def _search(argv: list[str]) -> int:
    from coursebook.paths import DataDirError, data_dir, ensure_writable
    from coursebook.resources import content_dir
    from coursebook.search.command import run_search

    parser = argparse.ArgumentParser(prog="coursebook search",
                                     description="Search the course: module, section, rank and a snippet per hit.")
    parser.add_argument("query", help="words to find; each matches as a prefix, accents optional")
    parser.add_argument("--json", action="store_true", help="print the hits as JSON")
    parser.add_argument("--lang", choices=["sl", "sk", "cs", "en"], help="only modules in this language")
    parser.add_argument("--content", metavar="DIR", help="content folder (default: the bundled content)")
    parser.add_argument("--data-dir", metavar="DIR", help="learner data folder; the index lives in its cache")
    args = parser.parse_args(argv)
    content = Path(args.content).resolve() if args.content else content_dir()
    if not content.is_dir():
        print(f"Content folder not found: {content}", file=sys.stderr)
        return 2
    try:
        folder = ensure_writable(data_dir(args.data_dir))
    except DataDirError as exc:
        print(exc, file=sys.stderr)
        return 2
    output = run_search(args.query, content, folder / "cache", args.lang, args.json, data=folder)
    if output:
        print(output)
    elif not args.json:
        print(f"No hits for {args.query!r}.", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coursebook",
        description="Offline training course on combating trafficking in human beings. "
                    "'coursebook validate [PATH] [--json]' checks content; 'coursebook gift|aiken|moodlexml "
                    "import|export', 'coursebook pack build|import' and 'coursebook xapi export' move "
                    "questions, content packs and results in and out; 'coursebook handout MODULE_ID --what "
                    "module|activity|role-cards|cards -o FILE.pdf' writes a handout; 'coursebook search QUERY "
                    "[--json] [--lang sl|sk|cs]' searches the course; 'coursebook profiles list|add|remove' and "
                    "'coursebook exam pack' manage profiles and exam files (each has --help).")
    parser.add_argument("--data-dir", metavar="DIR", help="keep learner data in DIR (also: COURSEBOOK_HOME)")
    parser.add_argument("--portable", action="store_true", help="keep data in a data/ folder beside the program")
    parser.add_argument("--content", metavar="DIR", help="read the course from DIR (also: COURSEBOOK_CONTENT)")
    parser.add_argument("--self-check", action="store_true",
                        help="load all content, render every section offscreen, test the store, and exit")
    parser.add_argument("--bench-startup", action="store_true", help=argparse.SUPPRESS)
    return parser


_GUI_VALUES = {"--data-dir": "data_dir", "--content": "content"}
_GUI_FLAGS = {"--portable": "portable", "--bench-startup": "bench_startup"}


def _plain_gui_args(argv: list[str]) -> argparse.Namespace | None:
    """The options of a plain start (``--data-dir DIR``, ``--content DIR``, ``--portable``) read without
    building the argument parser (~2 ms of start-up); None for anything else (help, a typo, an
    abbreviation, ``--self-check``), which the parser then handles and explains."""
    args = argparse.Namespace(data_dir=None, content=None, portable=False, bench_startup=False, self_check=False)
    rest = iter(argv)
    for word in rest:
        name, equals, value = word.partition("=")
        if name in _GUI_VALUES:
            if not equals:
                value = next(rest, None)
                if value is None or value.startswith("-"):
                    return None
            setattr(args, _GUI_VALUES[name], value)
        elif word in _GUI_FLAGS:
            setattr(args, _GUI_FLAGS[word], True)
        else:
            return None
    return args


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "validate":
        return _validate(argv[1:])
    if argv and argv[0] in ("gift", "aiken", "moodlexml"):
        return _bank(argv[0], argv[1:])
    if argv and argv[0] == "pack":
        return _pack(argv[1:])
    if argv and argv[0] == "xapi":
        return _xapi(argv[1:])
    if argv and argv[0] == "handout":
        return _handout(argv[1:])
    if argv and argv[0] == "profiles":
        return _profiles(argv[1:])
    if argv and argv[0] == "exam":
        return _exam(argv[1:])
    if argv and argv[0] == "demo":
        return _demo(argv[1:])
    if argv and argv[0] == "certificate":
        return _certificate(argv[1:])
    if argv and argv[0] == "results":
        return _results(argv[1:])
    if argv and argv[0] == "gradebook":
        return _gradebook(argv[1:])
    if argv and argv[0] == "search":
        return _search(argv[1:])
    args = _plain_gui_args(argv) or build_parser().parse_args(argv)
    if args.content:
        import os

        os.environ["COURSEBOOK_CONTENT"] = str(Path(args.content).resolve())
    if args.self_check:
        from app.selfcheck import run_self_check

        return run_self_check()
    from app.main import run_gui

    return run_gui(args)


if __name__ == "__main__":
    raise SystemExit(main())
