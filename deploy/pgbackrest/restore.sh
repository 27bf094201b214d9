#!/usr/bin/env bash
# 最新のバックアップを別のクラスタに復元します（ポイントインタイムリカバリ対応）。本番ノードは変更しません。
# Restores the latest backup into a separate scratch cluster (point-in-time recovery); never touches site_a/site_b.
#   deploy/pgbackrest/restore.sh --to DIR --port PORT [--time 'YYYY-MM-DD HH:MM:SS+09' | --name RESTORE_POINT | --xid XID] [--set LABEL]
# --xid: up to and including that transaction's commit (verify-backup uses the count snapshot's); --set: that backup, not the latest.
# Without --time/--name: up to the end of the archived WAL. The scratch cluster is promoted and left running;
# stop it with: pg_ctl -D DIR stop.
source "$(dirname "$0")/../postgres/lib.sh"
to='' port='' target=() set=()
while [ $# -gt 0 ]; do
  case $1 in
    --to) to=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --time) target=(--type=time "--target=$2" --target-action=promote); shift 2 ;;
    --name) target=(--type=name "--target=$2" --target-action=promote); shift 2 ;;
    --xid) target=(--type=xid "--target=$2" --target-action=promote); shift 2 ;;
    --set) set=("--set=$2"); shift 2 ;;
    *) fail "不明な引数 / unknown argument: $1" ;;
  esac
done
[ -n "$to" ] && [ -n "$port" ] || fail "--to と --port が必要です / --to and --port are required"
[ -s "$pgbackrest_conf" ] || fail "先に deploy/pgbackrest/setup.sh を実行してください / run deploy/pgbackrest/setup.sh first"
case $(cd "$(dirname "$to")" 2>/dev/null && pwd)/$(basename "$to") in "$base/site_a"|"$base/site_b") fail "本番ノードには復元できません / refusing to restore over a live node" ;; esac
[ -e "$to/PG_VERSION" ] && fail "$to にはすでにクラスタがあります / $to already holds a cluster"
mkdir -p "$to"; chmod 700 "$to"
[ "$(id -u)" -eq 0 ] && chown postgres: "$to"
started=$(date +%s.%N)
as_pg pgbackrest --config="$pgbackrest_conf" --stanza="$stanza" --pg1-path="$to" "${target[@]}" "${set[@]}" \
  --archive-mode=off restore || fail "復元に失敗しました / restore failed"
# Read after postgresql.conf and the node's settings it copied, so these win. The copy must not archive into the production repository nor look like a node of the pair.
as_pg bash -c "cat >> '$to/postgresql.auto.conf'" <<CONF
port = $port
cluster_name = 'restore_check'
synchronous_standby_names = ''
archive_mode = off
archive_command = ''
primary_conninfo = ''
primary_slot_name = ''
CONF
as_pg "$(pg_bin)/pg_ctl" -D "$to" -l "$to/restore.log" -w -t 600 start >/dev/null ||
  { tail -n 20 "$to/restore.log" >&2; fail "復元したクラスタが起動しません / the restored cluster did not start"; }
# Wait for recovery to reach its target and promote.
for _ in $(seq 1 600); do
  [ "$(as_pg env PGOPTIONS= "$(pg_bin)/psql" -X -At -h "$base/sockets" -p "$port" -U postgres -d postgres -c 'select pg_is_in_recovery()' 2>/dev/null)" = f ] && break
  sleep 0.2
done
[ "$(as_pg env PGOPTIONS= "$(pg_bin)/psql" -X -At -h "$base/sockets" -p "$port" -U postgres -d postgres -c 'select pg_is_in_recovery()' 2>/dev/null)" = f ] ||
  { tail -n 20 "$to/restore.log" >&2; fail "復元したクラスタが目標に到達していません / the restored cluster did not reach its target"; }
say "復元完了（127.0.0.1:$port、$(echo "$(date +%s.%N) - $started" | bc) 秒） / Restored into $to, listening on 127.0.0.1:$port"
