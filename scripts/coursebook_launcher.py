"""Entry script of the PyInstaller bundle (see build.spec): the same ``coursebook`` command as from source."""

from app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
