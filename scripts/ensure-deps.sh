#!/usr/bin/env bash
# Installs what the product and its tests need on a fresh Debian 12 machine, with apt-get, only when missing.
#   scripts/ensure-deps.sh run    what ./run.sh needs: the fonts documents (PDF) are printed with
#   scripts/ensure-deps.sh test   + PostgreSQL 15 (throwaway test cluster) and Chromium (end-to-end tests)
set -euo pipefail
mode=${1:-run}
packages=()
need() { dpkg -s "$1" >/dev/null 2>&1 || packages+=("$1"); }

# IPAex明朝/ゴシック, and IPAmj明朝 for characters they lack (src/Tsunagi.Platform/Documents/DocumentFontPaths.cs)
need fonts-ipaexfont
need fonts-ipamj-mincho

if [ "$mode" = test ]; then
  need postgresql
  need postgresql-contrib
  need pgbackrest
  need chromium
  need fonts-noto-cjk
fi

if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "必要なパッケージがありません / missing packages: ${packages[*]} (run as root or: sudo apt-get install ${packages[*]})" >&2
    exit 1
  fi
  echo "installing ${packages[*]} ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi
