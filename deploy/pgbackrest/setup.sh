#!/usr/bin/env bash
# pgBackRest を設定します：暗号化リポジトリ（遠隔バックアップサイト）、非同期の継続的 WAL アーカイブ、stanza 作成。
# Configures pgBackRest: an encrypted repository (the remote backup site), asynchronous continuous WAL archiving,
# and the stanza. Idempotent. The passphrase is generated once into $TSUNAGI_CLUSTER_DIR/secrets (outside git);
# lose it and every backup is unreadable: keep a copy in the data centre's safe.
# archive-push-queue-max is deliberately NOT set: past it pgBackRest reports WAL as archived and drops it.
source "$(dirname "$0")/../postgres/lib.sh"
source "$(dirname "$0")/../postgres/node-conf.sh"
prepare_base
ensure_packages pgbackrest
passphrase="$secrets/pgbackrest-cipher.pass"
if [ ! -s "$passphrase" ]; then
  head -c 48 /dev/urandom | base64 -w0 > "$passphrase"
  say "バックアップ暗号鍵を生成しました / Generated the backup passphrase: $passphrase"
fi
chmod 600 "$passphrase"
mkdir -p "$base/pgbackrest" "$base/backup-repo" "$base/pgbackrest/spool" "$base/pgbackrest/log" "$base/pgbackrest/lock"
# The file holds the passphrase: 0600 and outside git, like the passphrase file itself.
umask 077
cat > "$pgbackrest_conf" <<CONF
# Written by deploy/pgbackrest/setup.sh; edits are overwritten.
[global]
repo1-path=$base/backup-repo
repo1-cipher-type=aes-256-cbc
repo1-cipher-pass=$(cat "$passphrase")
repo1-retention-full=2
compress-type=zst
archive-async=y
spool-path=$base/pgbackrest/spool
log-path=$base/pgbackrest/log
lock-path=$base/pgbackrest/lock
log-level-console=warn
log-level-file=info
start-fast=y
process-max=2

[$stanza]
pg1-path=$base/site_a
pg1-port=$port_site_a
pg1-socket-path=$base/sockets
pg2-path=$base/site_b
pg2-port=$port_site_b
pg2-socket-path=$base/sockets
CONF
umask 022
[ "$(id -u)" -eq 0 ] && chown -R postgres: "$base/pgbackrest" "$base/backup-repo" "$passphrase"
for node in site_a site_b; do
  [ -s "$(node_dir "$node")/PG_VERSION" ] && write_node_conf "$node"
  is_running "$node" && as_pg "$(pg_bin)/pg_ctl" -D "$(node_dir "$node")" reload >/dev/null
done
as_pg pgbackrest --config="$pgbackrest_conf" --stanza="$stanza" stanza-create >/dev/null ||
  fail "stanza-create に失敗しました（$base/pgbackrest/log） / stanza-create failed"
as_pg pgbackrest --config="$pgbackrest_conf" --stanza="$stanza" check ||
  fail "check に失敗しました：WAL がアーカイブされていません / check failed: WAL is not being archived"
say "pgBackRest 設定済み（stanza $stanza、リポジトリ $base/backup-repo、aes-256-cbc） / pgBackRest ready"
