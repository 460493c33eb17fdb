"""The ``coursebook`` command: the GUI, ``validate`` and ``--self-check``.

``validate`` imports no Qt, so it runs on a machine without a screen or Qt's system libraries.
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coursebook",
        description="Offline training course on combating trafficking in human beings. "
                    "'coursebook validate [PATH] [--json]' checks content.")
    parser.add_argument("--data-dir", metavar="DIR", help="keep learner data in DIR (also: COURSEBOOK_HOME)")
    parser.add_argument("--portable", action="store_true", help="keep data in a data/ folder beside the program")
    parser.add_argument("--self-check", action="store_true",
                        help="load all content, render every section offscreen, test the store, and exit")
    parser.add_argument("--bench-startup", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "validate":
        return _validate(argv[1:])
    args = build_parser().parse_args(argv)
    if args.self_check:
        from app.selfcheck import run_self_check

        return run_self_check()
    from app.main import run_gui

    return run_gui(args)


if __name__ == "__main__":
    raise SystemExit(main())
