#!/usr/bin/env bash
# 同期スタンバイ（遠隔地データセンター site_b）を作成・起動します。何度実行しても同じ状態になります。
# Creates and starts the synchronous standby site_b (the remote data centre) from the current primary.
#   deploy/postgres/standby.sh [NODE]     NODE defaults to site_b
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/node-conf.sh"
prepare_base
node=${1:-site_b}
primary=$(other_node "$node")
dir=$(node_dir "$node")
bin=$(pg_bin)
is_running "$primary" || fail "主系 $primary が動いていません / primary $primary is not running"
psql_node "$primary" -c "select pg_create_physical_replication_slot('$node') where not exists (select from pg_replication_slots where slot_name = '$node')" >/dev/null
if [ ! -s "$dir/PG_VERSION" ]; then
  say "スタンバイ $node をベースバックアップから作成します / Building standby $node with pg_basebackup"
  as_pg mkdir -p "$dir"
  chmod 700 "$dir"
  as_pg env PGPASSFILE="$secrets/pgpass" "$bin/pg_basebackup" -D "$dir" -X stream -S "$node" -R -c fast \
    -d "host=127.0.0.1 port=$(node_port "$primary") user=replicator application_name=$node passfile=$secrets/pgpass" ||
    fail "pg_basebackup に失敗しました / pg_basebackup failed"
fi
write_node_conf "$node"
start_node "$node"
say "スタンバイ $node 起動中（127.0.0.1:$(node_port "$node")） / Standby $node running on 127.0.0.1:$(node_port "$node")"
"$(dirname "$0")/status.sh"
