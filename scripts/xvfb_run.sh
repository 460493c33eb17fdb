#!/usr/bin/env bash
# Run a command against a real X server (Xvfb) with a window manager (openbox), as a user's desktop:
#   scripts/xvfb_run.sh WIDTHxHEIGHT command [args...]
# Used by `make screenshots`, so the README's pictures are real windows with their frames.
# Needs Debian/Ubuntu's xvfb and openbox (apt install xvfb openbox).
set -euo pipefail
size=${1:?WIDTHxHEIGHT}; shift
for tool in Xvfb openbox; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: sudo apt install xvfb openbox" >&2; exit 2; }
done
for n in $(seq 90 130); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break; done
display=:$n
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill ${wm:-} $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
DISPLAY=$display openbox >/dev/null 2>&1 & wm=$!
sleep 0.5
DISPLAY=$display QT_QPA_PLATFORM=xcb "$@"
