#!/usr/bin/env bash
# 各ノードの役割と同期状態を表示します。 / Shows each node's role and the replication state.
source "$(dirname "$0")/lib.sh"
export PGPASSFILE="$secrets/pgpass"
for node in site_a site_b; do
  if [ ! -s "$(node_dir "$node")/PG_VERSION" ]; then say "$node: 未作成 / not created"; continue; fi
  if ! is_running "$node"; then say "$node: 停止中 / stopped"; continue; fi
  if is_in_recovery "$node"; then
    say "$node: スタンバイ / standby (127.0.0.1:$(node_port "$node")) $(psql_node "$node" -At -c "select 'receiver: ' || coalesce(status, 'none') from pg_stat_wal_receiver union all select 'receiver: none' where not exists (select from pg_stat_wal_receiver)" | head -1)"
  else
    say "$node: 主系 / primary (127.0.0.1:$(node_port "$node"))"
    psql_node "$node" -At -F ' ' -c "select '  ' || application_name, state, sync_state from pg_stat_replication"
  fi
done
