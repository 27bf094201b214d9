#!/usr/bin/env bash
# Regenerates src/Modules/Tsunagi.Residents/Population/names.tsv from IPADIC's person names (Debian mecab-ipadic,
# installed with apt-get when missing). Run from anywhere: tools/names/update.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dic=/usr/share/mecab/dic/ipadic
if [ ! -f "$dic/Noun.name.csv" ]; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq mecab-ipadic >/dev/null; else sudo apt-get install -y -qq mecab-ipadic >/dev/null; fi
fi
python3 "$root/tools/names/extract.py" "$dic/Noun.name.csv" "$root/src/Modules/Tsunagi.Residents/Population/names.tsv"
