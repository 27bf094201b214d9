#!/usr/bin/env bash
# 旧主系を pg_rewind で巻き戻し、新主系のスタンバイとして復帰させます。
# Rewinds the old primary with pg_rewind and rejoins it as a standby of the new primary.
#   deploy/postgres/rejoin.sh [OLD_PRIMARY]     defaults to site_a
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/node-conf.sh"
prepare_base
node=${1:-site_a}
primary=$(other_node "$node")
dir=$(node_dir "$node")
bin=$(pg_bin)
is_running "$primary" || fail "新主系 $primary が動いていません / new primary $primary is not running"
is_in_recovery "$primary" && fail "$primary はまだスタンバイです。先に promote.sh を実行してください / $primary is still a standby; run promote.sh first"
if is_running "$node" && ! is_in_recovery "$node"; then
  say "旧主系 $node を停止します / Stopping old primary $node"
  stop_node "$node" fast
fi
if ! is_running "$node"; then
  # pg_rewind needs a cleanly shut down target: a crashed one is started in single-user recovery first.
  if ! as_pg "$bin/pg_controldata" "$dir" | grep -qE 'Database cluster state: +(shut down|shut down in recovery)$'; then
    say "クラッシュ後の回復を完了させます / Finishing crash recovery of $node"
    rm -f "$dir/standby.signal" "$dir/recovery.signal"
    as_pg "$bin/postgres" --single -D "$dir" -c archive_mode=off postgres </dev/null >>"$base/logs/$node.log" 2>&1 || true
  fi
  psql_node "$primary" -c checkpoint >/dev/null
  say "pg_rewind で $node を $primary に合わせます / Rewinding $node to $primary"
  as_pg env PGPASSFILE="$secrets/pgpass" "$bin/pg_rewind" --target-pgdata="$dir" --progress \
    --source-server="host=127.0.0.1 port=$(node_port "$primary") user=postgres dbname=postgres passfile=$secrets/pgpass" \
    >>"$base/logs/$node.log" 2>&1 || fail "pg_rewind に失敗しました（ログ: $base/logs/$node.log） / pg_rewind failed"
  as_pg touch "$dir/standby.signal"
  as_pg bash -c "cat > '$dir/postgresql.auto.conf'" <<CONF
primary_conninfo = 'host=127.0.0.1 port=$(node_port "$primary") user=replicator application_name=$node passfile=$secrets/pgpass'
primary_slot_name = '$node'
CONF
fi
psql_node "$primary" -c "select pg_create_physical_replication_slot('$node') where not exists (select from pg_replication_slots where slot_name = '$node')" >/dev/null
write_node_conf "$node"
start_node "$node"
# The new primary waits for this standby again (unless replication is async for the negative control).
rm -f "$base/standalone-$primary"
write_node_conf "$primary"
as_pg "$bin/pg_ctl" -D "$(node_dir "$primary")" reload >/dev/null
say "$node は $primary のスタンバイとして復帰しました / $node rejoined as standby of $primary"
"$(dirname "$0")/status.sh"
