#!/usr/bin/env bash
# 主系（site_a）を作成・起動します。何度実行しても同じ状態になります。
# Creates and starts the primary (site_a); safe to run again.
#   deploy/postgres/primary.sh [--async]     --async: negative control only (no synchronous standby)
# Then: deploy/postgres/standby.sh, deploy/pgbackrest/setup.sh. Base dir: TSUNAGI_CLUSTER_DIR (.tmp/cluster).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/node-conf.sh"
mode=sync
[ "${1:-}" = --async ] && mode=async
prepare_base
echo "$mode" > "$base/replication-mode"
node=site_a
dir=$(node_dir "$node")
bin=$(pg_bin)
if [ ! -s "$dir/PG_VERSION" ]; then
  say "主系 site_a を作成します / Creating primary site_a in $dir"
  as_pg "$bin/initdb" -D "$dir" -U postgres --pwfile="$secrets/superuser.password" --auth-host=scram-sha-256 \
    --auth-local=peer --encoding=UTF8 --locale=C.UTF-8 --data-checksums >"$base/logs/initdb.log" 2>&1 ||
    { tail -n 20 "$base/logs/initdb.log" >&2; fail "initdb に失敗しました / initdb failed"; }
fi
write_node_conf "$node"
if is_running "$node"; then
  as_pg "$bin/pg_ctl" -D "$dir" reload >/dev/null
else
  start_node "$node"
fi
psql_node "$node" -c "do \$\$ begin
  if not exists (select from pg_roles where rolname = 'replicator') then
    create role replicator login replication;
  end if; end \$\$;" -c "alter role replicator password '$(cat "$secrets/replicator.password")'"
say "主系 site_a 起動中（127.0.0.1:$port_site_a、レプリケーション: $mode） / Primary site_a running on 127.0.0.1:$port_site_a ($mode replication)"
