#!/usr/bin/env bash
# Shared by deploy/postgres/*.sh and deploy/pgbackrest/*.sh (sourced, not run).
# Two PostgreSQL nodes on loopback: site_a (the town's data centre) and site_b (the remote data centre).
# Everything lives under TSUNAGI_CLUSTER_DIR (default .tmp/cluster, outside git):
#   site_a/ site_b/     data directories        secrets/      passwords and the backup passphrase (0600)
#   logs/               server logs             backup-repo/  pgBackRest repository (encrypted)
set -euo pipefail
deploy_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
repo_root=$(cd "$deploy_root/.." && pwd)
base=${TSUNAGI_CLUSTER_DIR:-$repo_root/.tmp/cluster}
mkdir -p "$base"
base=$(cd "$base" && pwd)
port_site_a=${TSUNAGI_PORT_SITE_A:-54321}
port_site_b=${TSUNAGI_PORT_SITE_B:-54322}
stanza=${TSUNAGI_STANZA:-tsunagi}
secrets="$base/secrets"
pgbackrest_conf="$base/pgbackrest/pgbackrest.conf"

say() { printf '%s\n' "$*"; }
fail() { printf 'エラー / Error: %s\n' "$*" >&2; exit 1; }

ensure_packages() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return
  [ "$(id -u)" -eq 0 ] || fail "パッケージ ${missing[*]} が必要です（sudo apt-get install ${missing[*]}）。 / Packages ${missing[*]} are required."
  say "パッケージを導入します / Installing: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
}

pg_bin() {
  if [ -n "${TSUNAGI_PG_BIN:-}" ]; then echo "$TSUNAGI_PG_BIN"; return; fi
  if [ -x /usr/lib/postgresql/15/bin/initdb ]; then echo /usr/lib/postgresql/15/bin; return; fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

# initdb and the servers refuse root: run them as the postgres system user, which must own $base.
if [ "$(id -u)" -eq 0 ]; then
  run_user=postgres
  as_pg() { (cd / && runuser -u postgres -- "$@"); }
else
  run_user=$(id -un)
  as_pg() { (cd / && "$@"); }
fi

prepare_base() {
  ensure_packages postgresql
  mkdir -p "$base/logs" "$secrets" "$base/sockets"
  chmod 700 "$base" "$secrets"
  if [ "$(id -u)" -eq 0 ]; then
    # postgres must reach $base: every parent needs search (x) permission.
    local d=$base
    while [ "$d" != / ]; do d=$(dirname "$d"); chmod o+x "$d" 2>/dev/null || true; done
    chown -R postgres: "$base"
  fi
  for s in superuser replicator; do
    if [ ! -s "$secrets/$s.password" ]; then
      head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$secrets/$s.password"
    fi
  done
  local pgpass="$secrets/pgpass"
  {
    for p in "$port_site_a" "$port_site_b"; do
      echo "127.0.0.1:$p:*:postgres:$(cat "$secrets/superuser.password")"
      echo "127.0.0.1:$p:*:replicator:$(cat "$secrets/replicator.password")"
    done
  } > "$pgpass"
  chmod 600 "$secrets"/*
  [ "$(id -u)" -eq 0 ] && chown -R postgres: "$secrets"
  export PGPASSFILE=$pgpass
}

node_dir() { echo "$base/$1"; }
node_port() { case $1 in site_a) echo "$port_site_a" ;; site_b) echo "$port_site_b" ;; *) fail "ノード名は site_a か site_b です / node must be site_a or site_b" ;; esac; }
other_node() { case $1 in site_a) echo site_b ;; site_b) echo site_a ;; esac; }
is_running() { as_pg "$(pg_bin)/pg_ctl" -D "$(node_dir "$1")" status >/dev/null 2>&1; }
psql_node() {
  local node=$1; shift
  # Administrative statements commit locally: they must not wait for a standby that is not there yet.
  as_pg env PGPASSFILE="$secrets/pgpass" PGOPTIONS="-c synchronous_commit=local" "$(pg_bin)/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(node_port "$node")" -U postgres -d postgres "$@"
}
is_in_recovery() { [ "$(psql_node "$1" -At -c 'select pg_is_in_recovery()')" = t ]; }
start_node() {
  local node=$1
  is_running "$node" && return
  as_pg "$(pg_bin)/pg_ctl" -D "$(node_dir "$node")" -l "$base/logs/$node.log" -w -t 120 start >/dev/null ||
    { tail -n 20 "$base/logs/$node.log" >&2; fail "$node を起動できませんでした / $node did not start"; }
}
stop_node() {
  local node=$1 mode=${2:-fast}
  is_running "$node" || return 0
  as_pg "$(pg_bin)/pg_ctl" -D "$(node_dir "$node")" -m "$mode" -w -t 120 stop >/dev/null
}
# The application's connection strings for whichever node is primary.
connection_for() {
  local node=$1 user=$2
  echo "Host=127.0.0.1;Port=$(node_port "$node");Database=tsunagi;Username=$user;Password=$(cat "$secrets/$user.password")"
}
