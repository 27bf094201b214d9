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
label=$(as_pg pgbackrest --config="$pgbackrest_conf" --stanza="$stanza" info | sed -nE 's/^ *(full|incr|diff) backup: ([^ ]+).*/\2/p' | tail -n 1)
# Row counts for verify-backup, on whichever node is primary, then `check` (switches WAL and waits until it is archived).
database=${TSUNAGI_DATABASE:-tsunagi}
primary=site_a
{ is_running site_a && ! is_in_recovery site_a; } || primary=site_b
psql_db() { as_pg env PGPASSFILE="$secrets/pgpass" PGOPTIONS="-c synchronous_commit=local" "$(pg_bin)/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(node_port "$primary")" -U postgres -d "$database" "$@"; }
if [ "$(psql_db -At -c "select to_regclass('backup_count_snapshots') is not null" 2>/dev/null)" = t ]; then
  psql_db -v label="$label" < "$deploy_root/pgbackrest/count-snapshot.sql" || fail "件数の記録に失敗しました / recording the row counts failed"
  as_pg pgbackrest --config="$pgbackrest_conf" --stanza="$stanza" check >/dev/null || fail "WAL のアーカイブを確認できません / WAL archiving check failed"
else
  say "注意：データベース $database に backup_count_snapshots がないため件数を記録しません（verify-backup はこのバックアップを検証できません） / note: no count snapshot (database $database not migrated)"
fi
say "バックアップ完了（$type、$(echo "$(date +%s.%N) - $started" | bc) 秒） / Backup done ($type)"
as_pg pgbackrest --config="$pgbackrest_conf" --stanza="$stanza" info | tail -n 8
