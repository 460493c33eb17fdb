#!/usr/bin/env bash
# CI: build the one-folder bundle (`make bundle`) and run the frozen program's self-check offscreen.
# Exits non-zero if the build or the bundle check fails, or if the frozen program fails its
# self-check, `validate`, or does not show its window (--bench-startup).
# Takes about 20 s here (PyInstaller ~12 s, check and zip ~5 s, self-check ~1 s).
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
make bundle
echo "ci_bundle: bundle built in $(( $(date +%s) - started )) s"

program="$PWD/dist/coursebook/coursebook"
[ -x "$program.exe" ] && program="$program.exe"
if [ ! -x "$program" ]; then
    echo "ci_bundle: FAILED: $program was not built" >&2
    exit 1
fi

home=$(mktemp -d "${TMPDIR:-/tmp}/coursebook-ci-bundle.XXXXXX")
trap 'rm -rf "$home"' EXIT
export QT_QPA_PLATFORM=offscreen COURSEBOOK_HOME="$home/data"
limit=()
command -v timeout >/dev/null && limit=(timeout 300)

# Run from an empty folder so the frozen program cannot pick anything up from the source tree.
frozen() { (cd "$home" && ${limit[@]+"${limit[@]}"} "$program" "$@"); }

status=0
output=$(frozen --self-check 2>&1) || status=$?
echo "$output"
if [ "$status" -ne 0 ] || ! grep -q "self-check OK" <<<"$output"; then
    echo "ci_bundle: FAILED: frozen self-check (exit $status)" >&2
    exit 1
fi

status=0
output=$(frozen validate 2>&1) || status=$?
if [ "$status" -ne 0 ]; then
    echo "$output" >&2
    echo "ci_bundle: FAILED: frozen 'coursebook validate' (exit $status)" >&2
    exit 1
fi

status=0
output=$(frozen --bench-startup 2>&1) || status=$?
if [ "$status" -ne 0 ] || ! grep -qx "shown" <<<"$output"; then
    echo "$output" >&2
    echo "ci_bundle: FAILED: the frozen program did not show its window (exit $status)" >&2
    exit 1
fi

echo "ci_bundle: OK in $(( $(date +%s) - started )) s"
