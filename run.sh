#!/usr/bin/env bash
# Builds, migrates, seeds the demo consortium on first start and serves on http://127.0.0.1:${PORT:-8080}.
# Data lives under ${TSUNAGI_DATA:-./data} (SQLite, WAL mode). TSUNAGI_DB=postgres selects PostgreSQL (see README).
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
export TSUNAGI_DATA=${TSUNAGI_DATA:-$root/data}
port=${PORT:-8080}
scripts/ensure-deps.sh run
./tsunagi migrate
./tsunagi seed-demo
echo
echo "つなぎ を起動します: http://127.0.0.1:${port}/account/login （上のデモ用ログイン情報でログインできます）"
echo "Tsunagi is starting: http://127.0.0.1:${port}/account/login (sign in with the demo-only credentials above)"
exec dotnet src/Tsunagi.Web/bin/Release/net10.0/Tsunagi.Web.dll --urls "http://127.0.0.1:${port}"
