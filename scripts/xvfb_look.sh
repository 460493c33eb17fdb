#!/usr/bin/env bash
# Run Coursebook in a real window under Xvfb with a window manager and save a screenshot.
#   scripts/xvfb_look.sh OUT.png [WIDTHxHEIGHT] [SECONDS] -- [coursebook arguments...]
# Needs Debian's xvfb, openbox and imagemagick. Used to look at the app as a user would.
set -euo pipefail
out=${1:?OUT.png}; size=${2:-1366x768}; wait_s=${3:-4}; shift $(( $# >= 3 ? 3 : $# ))
[ "${1:-}" = "--" ] && shift
display=:$(( 90 + RANDOM % 9 ))
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $app $wm $xvfb 2>/dev/null || true' EXIT
sleep 0.7
DISPLAY=$display openbox >/dev/null 2>&1 & wm=$!
sleep 0.5
DISPLAY=$display QT_QPA_PLATFORM=xcb "$(dirname "$0")/../.venv/bin/coursebook" "$@" >/tmp/xvfb_look.log 2>&1 & app=$!
sleep "$wait_s"
DISPLAY=$display import -window root "$out"
echo "saved $out"
