#!/usr/bin/env bash
# Continuity timings for docs/benchmarks/continuity.md (C2). Output: /tmp/c2-bench/results.txt
set -uo pipefail
W=/work/wt-c2
export TSUNAGI_CLUSTER_DIR=/tmp/c2-bench/cluster TSUNAGI_PORT_SITE_A=54371 TSUNAGI_PORT_SITE_B=54372
web="dotnet /tmp/c2-bin/Tsunagi.Web.dll"
R=/tmp/c2-bench/results.txt
log() { echo "$(date -u +%H:%M:%S) load=$(cut -d' ' -f1-3 /proc/loadavg) | $*" | tee -a $R; }
t() { local s e; s=$(date +%s.%N); "$@" > /tmp/c2-bench/last.log 2>&1; local rc=$?; e=$(date +%s.%N); echo "$(echo "$e - $s" | bc) rc=$rc"; }
cd $W
log "start"
$W/deploy/postgres/primary.sh --async >/dev/null
$W/deploy/pgbackrest/setup.sh >/dev/null
pw=$(cat $TSUNAGI_CLUSTER_DIR/secrets/superuser.password)
export TSUNAGI_ADMIN_CONNECTION="Host=127.0.0.1;Port=54371;Username=postgres;Password=$pw;Database=postgres"
export TSUNAGI_OWNER_PASSWORD=ownerpw-c2-bench TSUNAGI_APP_PASSWORD=apppw-c2-bench
$web init-postgres >/dev/null
export TSUNAGI_DB=postgres TSUNAGI_DATA=/tmp/c2-bench/pgdata
export TSUNAGI_CONNECTION="Host=127.0.0.1;Port=54371;Database=tsunagi;Username=tsunagi_app;Password=apppw-c2-bench"
export TSUNAGI_OWNER_CONNECTION="Host=127.0.0.1;Port=54371;Database=tsunagi;Username=tsunagi_owner;Password=ownerpw-c2-bench"
export TSUNAGI_MASTER_KEY=$(openssl rand -base64 32)
$web migrate >/dev/null
log "seed-demo $(t $web seed-demo)"
log "db size $(psql -At "postgresql://postgres:$pw@127.0.0.1:54371/tsunagi" -c "select pg_size_pretty(pg_database_size('tsunagi'))")"
log "pg demo full backup $(t $W/deploy/pgbackrest/backup.sh full)"
target=$(date '+%Y-%m-%d %H:%M:%S%z')
sleep 1; psql -q "postgresql://postgres:$pw@127.0.0.1:54371/postgres" -c "create table if not exists c2_marker(x int)" -c "insert into c2_marker values (1)" >/dev/null; TSUNAGI_CLUSTER_DIR=$TSUNAGI_CLUSTER_DIR runuser -u postgres -- pgbackrest --config=$TSUNAGI_CLUSTER_DIR/pgbackrest/pgbackrest.conf --stanza=tsunagi check >/dev/null 2>&1
log "pg demo PITR restore $(t $W/deploy/pgbackrest/restore.sh --to /tmp/c2-bench/r1 --port 54373 --time "$target")"
runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D /tmp/c2-bench/r1 -m fast stop >/dev/null; rm -rf /tmp/c2-bench/r1
log "pg generate-population 1M $(t $web generate-population --municipality 034614 --residents 1000000)"
tail -3 /tmp/c2-bench/last.log >> $R
log "db size $(psql -At "postgresql://postgres:$pw@127.0.0.1:54371/tsunagi" -c "select pg_size_pretty(pg_database_size('tsunagi'))")"
log "pg 1M full backup $(t $W/deploy/pgbackrest/backup.sh full)"
tail -8 /tmp/c2-bench/last.log >> $R
target=$(date '+%Y-%m-%d %H:%M:%S%z')
sleep 1; psql -q "postgresql://postgres:$pw@127.0.0.1:54371/postgres" -c "create table if not exists c2_marker(x int)" -c "insert into c2_marker values (1)" >/dev/null; TSUNAGI_CLUSTER_DIR=$TSUNAGI_CLUSTER_DIR runuser -u postgres -- pgbackrest --config=$TSUNAGI_CLUSTER_DIR/pgbackrest/pgbackrest.conf --stanza=tsunagi check >/dev/null 2>&1
log "pg 1M PITR restore $(t $W/deploy/pgbackrest/restore.sh --to /tmp/c2-bench/r1 --port 54373 --time "$target")"
runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D /tmp/c2-bench/r1 -m fast stop >/dev/null; rm -rf /tmp/c2-bench/r1
# SQLite
unset TSUNAGI_CONNECTION TSUNAGI_OWNER_CONNECTION
export TSUNAGI_DB=sqlite TSUNAGI_DATA=/tmp/c2-bench/sqlite TSUNAGI_BACKUP_DIR=/tmp/c2-bench/sqlite-backups
rm -rf $TSUNAGI_DATA $TSUNAGI_BACKUP_DIR
$web migrate >/dev/null
log "sqlite seed-demo $(t $web seed-demo)"
log "sqlite demo backup $(t $web backup)"; cat /tmp/c2-bench/last.log >> $R
log "sqlite demo restore $(t $web restore --yes)"
log "sqlite generate-population 1M $(t $web generate-population --municipality 034614 --residents 1000000)"
log "sqlite 1M backup $(t $web backup)"; cat /tmp/c2-bench/last.log >> $R
log "sqlite 1M restore $(t $web restore --yes)"
log "done"
