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

# Trainers' material in and out, frozen: a bank exported as GIFT and imported into a copy of the course
# (expat, YAML writing), a content pack built from that copy's module and installed (zipfile, SHA-256
# from the cryptography package).
status=0
output=$(exec 2>&1
    set -e
    cp -r "$PWD/content" "$home/course"
    frozen gift export identifikace-obeti -o "$home/bank.gift"
    frozen moodlexml export identifikace-obeti -o "$home/bank.xml"
    rm "$home/course/thb/03-identifikace-obeti/quiz.yaml"
    frozen gift import "$home/bank.gift" --into identifikace-obeti --content "$home/course"
    mkdir -p "$home/pack"
    cp -r "$home/course/thb/03-identifikace-obeti" "$home/pack/01-ci"
    sed -i.bak -e 's/^id: identifikace-obeti/id: ci-pack-module/' "$home/pack/01-ci/module.md"
    sed -i.bak -e 's/^module: identifikace-obeti/module: ci-pack-module/' "$home/pack/01-ci/quiz.yaml"
    rm -f "$home/pack/01-ci/"*.bak
    printf 'id: ci\ntitle: CI\n' > "$home/pack/course.yaml"
    printf 'id: ci-pack\nversion: 1\nlanguage: cs\ntitle: CI pack\n' > "$home/pack/pack.yaml"
    frozen pack build "$home/pack" -o "$home/ci.coursepack"
    frozen pack import "$home/ci.coursepack"
    test -f "$COURSEBOOK_HOME/packs/ci-pack/01-ci/module.md"
) || status=$?
if [ "$status" -ne 0 ]; then
    echo "$output" >&2
    echo "ci_bundle: FAILED: frozen gift/pack commands (exit $status)" >&2
    exit 1
fi

echo "ci_bundle: OK in $(( $(date +%s) - started )) s"
