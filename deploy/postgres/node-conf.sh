#!/usr/bin/env bash
# Sourced: write_node_conf NODE — the settings of a node, rewritten on every run (idempotent).
write_node_conf() {
  local node=$1 dir mode sync_names
  dir=$(node_dir "$node")
  mode=$(cat "$base/replication-mode" 2>/dev/null || echo sync)
  if [ "$mode" = async ] || [ -e "$base/standalone-$node" ]; then sync_names=''; else sync_names="FIRST 1 ($(other_node "$node"))"; fi
  cat > "$dir/tsunagi-node.conf" <<CONF
# Written by deploy/postgres (node $node); edits are overwritten.
listen_addresses = '127.0.0.1'
port = $(node_port "$node")
unix_socket_directories = '$base/sockets'
cluster_name = '$node'
wal_level = replica
wal_log_hints = on
max_wal_senders = 10
max_replication_slots = 10
wal_keep_size = '256MB'
hot_standby = on
hot_standby_feedback = on
max_connections = 200
synchronous_commit = on
synchronous_standby_names = '$sync_names'
archive_mode = on
archive_timeout = 60
lc_messages = 'C'
log_line_prefix = '%m [%p] %q%a '
CONF
  # Each node archives as itself (pgBackRest checks that pg1-path is the server's data directory).
  if [ -s "$pgbackrest_conf" ]; then
    cat >> "$dir/tsunagi-node.conf" <<CONF
archive_command = 'pgbackrest --config=$pgbackrest_conf --stanza=$stanza --pg1-path=$dir archive-push %p'
restore_command = 'pgbackrest --config=$pgbackrest_conf --stanza=$stanza --pg1-path=$dir archive-get %f "%p"'
CONF
  fi
  grep -q "^include_if_exists = 'tsunagi-node.conf'" "$dir/postgresql.conf" ||
    printf "\ninclude_if_exists = 'tsunagi-node.conf'\n" >> "$dir/postgresql.conf"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/tsunagi-node.conf"
  return 0
}
