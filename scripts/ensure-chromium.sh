#!/usr/bin/env bash
# Makes sure a Chromium for the browser tests exists: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium,
# installed from apt when missing (Playwright's own browser download does not work on these machines).
set -euo pipefail

chromium="${CHROMIUM_PATH:-}"
if [[ -n "$chromium" && -x "$chromium" ]]; then
  :
elif [[ -x /usr/bin/chromium ]]; then
  if [[ -n "$chromium" ]]; then
    echo "ensure-chromium: warning: CHROMIUM_PATH=$chromium is not executable; Playwright will try to launch it (unset it to use /usr/bin/chromium)" >&2
  fi
  chromium=/usr/bin/chromium
else
  echo "Chromium not found${CHROMIUM_PATH:+ at \$CHROMIUM_PATH=$CHROMIUM_PATH or} at /usr/bin/chromium; installing it with apt-get" >&2
  if [[ "$(id -u)" -eq 0 ]]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "ensure-chromium: not root and no sudo; install Debian's chromium package or set CHROMIUM_PATH" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium
  chromium=/usr/bin/chromium
  if [[ ! -x "$chromium" ]]; then
    echo "ensure-chromium: apt-get finished but $chromium is not executable" >&2
    exit 1
  fi
fi

# Debian's wrapper prints a harmless "[: ... unexpected operator" line on some shells; keep only the version.
version="$("$chromium" --version 2>/dev/null | grep -i chrom | tail -n 1 || true)"
if [[ -z "$version" ]]; then
  echo "ensure-chromium: $chromium --version printed nothing" >&2
  exit 1
fi
echo "Chromium: $version ($chromium)"
