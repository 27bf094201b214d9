#!/usr/bin/env bash
# バックアップを取得します（主系から）。 / Takes a backup from the current primary.
#   deploy/pgbackrest/backup.sh [full|incr|diff]     default incr (the first one is always full)
source "$(dirname "$0")/../postgres/lib.sh"
type=${1:-incr}
case $type in full|incr|diff) ;; *) fail "種類は full / incr / diff です / type must be full, incr or diff" ;; esac
[ -s "$pgbackrest_conf" ] || fail "先に deploy/pgbackrest/setup.sh を実行してください / run deploy/pgbackrest/setup.sh first"
started=$(date +%s.%N)
as_pg pgbackrest --config="$pgbackrest_conf" --stanza="$stanza" --type="$type" backup ||
  fail "バックアップに失敗しました（$base/pgbackrest/log） / backup failed"
say "バックアップ完了（$type、$(echo "$(date +%s.%N) - $started" | bc) 秒） / Backup done ($type)"
as_pg pgbackrest --config="$pgbackrest_conf" --stanza="$stanza" info | tail -n 8
