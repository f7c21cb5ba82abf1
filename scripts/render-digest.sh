#!/usr/bin/env bash
# Renders a digest's HTML to PNG in headless Chromium at a phone width (390 px) and a desktop width (1280 px),
# in light mode, plus the phone width in dark mode, so a change to the digest's layout can be looked at.
#
#   scripts/render-digest.sh <digest.html> [output-folder]
#
# Writes digest-390.png, digest-1280.png and digest-390-dark.png to the output folder (default: the digest's folder).
# Installs nothing: it needs Debian's chromium (apt-get install chromium) or Google Chrome on the PATH, and exits 3
# with a message when neither is there, so callers can skip rather than fail.
set -euo pipefail

if [ $# -lt 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 <digest.html> [output-folder]" >&2
  exit 2
fi

digest=$(realpath "$1")
out=$(realpath "${2:-$(dirname "$digest")}")
mkdir -p "$out"

browser=""
for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$candidate" >/dev/null 2>&1; then
    browser=$candidate
    break
  fi
done
if [ -z "$browser" ]; then
  echo "render-digest: no Chromium found (install Debian's chromium package to render the digest)" >&2
  exit 3
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# One shot per picture. The heights are generous: the page background fills what the digest does not.
shoot() {
  local width=$1 height=$2 file=$3
  shift 3
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions \
    --user-data-dir="$profile" --force-device-scale-factor=1 --window-size="$width,$height" \
    --screenshot="$out/$file" "$@" "file://$digest" >/dev/null 2>&1
  if [ ! -s "$out/$file" ]; then
    echo "render-digest: $browser wrote no $file" >&2
    exit 1
  fi
  echo "$out/$file"
}

shoot 390 2600 digest-390.png
shoot 1280 1800 digest-1280.png
shoot 390 2600 digest-390-dark.png --force-dark-mode --blink-settings=preferredColorScheme=0
