#!/usr/bin/env bash
# Resident register benchmarks (not part of ./test.sh). Results and how to read them: docs/benchmarks/residents.md
#   bench/run.sh sqlite   [RESIDENTS=1000000]                       name search on a fresh SQLite database
#   bench/run.sh postgres [RESIDENTS=1000000] [SECONDS=60] [WORKERS=4]  name search, sustained 転入, pgbench ratio
# PostgreSQL runs in a throwaway cluster (scripts/with-test-postgres.sh). Each run generates RESIDENTS people in
# 大槌町 (034614) with `generate-population` first, so allow some minutes for 1,000,000 (≈ 17 min under load).
#   bench/run.sh certificates [DOCUMENTS=400]                       4-person 住民票の写し rendered in memory, 1 and 2 threads
#                                                                    (docs/benchmarks/certificates.md)
#   bench/run.sh migration [ROWS=1000000]                           legacy migration of ROWS generated people on PostgreSQL:
#                                                                    whole real run (validate, stage, import) vs a raw binary
#                                                                    COPY of the same rows (docs/benchmarks/migration.md);
#                                                                    TSUNAGI_BENCH_PROFILE=MS prints every statement slower
#                                                                    than MS ms with its EXPLAIN ANALYZE (auto_explain)
# SQLite only: TSUNAGI_BENCH_DATA=DIR keeps the database in DIR and reuses it on the next run (the server migrates it
# first, so index changes are applied); without it a temporary directory is used and removed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-sqlite}
residents=${2:-1000000}
seconds=${3:-60}
workers=${4:-4}
if [ "$mode" = certificates ]; then
  dotnet build "$root/bench/Tsunagi.Certificates.Bench/Tsunagi.Certificates.Bench.csproj" -c Release -nologo -v q -clp:NoSummary >&2
  exec dotnet "$root/bench/Tsunagi.Certificates.Bench/bin/Release/net10.0/Tsunagi.Certificates.Bench.dll" "${2:-400}"
fi
if [ "$mode" = migration ]; then
  [ -n "${TSUNAGI_BENCH_NO_BUILD:-}" ] || dotnet build "$root/bench/Tsunagi.Migration.Bench/Tsunagi.Migration.Bench.csproj" -c Release -nologo -v q -clp:NoSummary >&2
  exec "$root/scripts/with-test-postgres.sh" "$0" inside-migration "$residents"
fi
if [ "$mode" = inside-migration ]; then
  export TSUNAGI_DB=postgres TSUNAGI_DATA TSUNAGI_DEMO_POPULATION=0 DOTNET_gcServer=0
  TSUNAGI_DATA=$(mktemp -d)
  trap 'rm -rf "$TSUNAGI_DATA"' EXIT
  export TSUNAGI_CONNECTION="$TSUNAGI_TEST_PG_APP;Database=tsunagi_test"
  export TSUNAGI_OWNER_CONNECTION="$TSUNAGI_TEST_PG_OWNER;Database=tsunagi_test"
  export TSUNAGI_BENCH_ADMIN_CONNECTION="$TSUNAGI_TEST_PG_ADMIN;Database=tsunagi_test"
  TSUNAGI_MASTER_KEY=$(openssl rand -base64 32); export TSUNAGI_MASTER_KEY
  web="dotnet $root/src/Tsunagi.Web/bin/Release/net10.0/Tsunagi.Web.dll"
  mbench="dotnet $root/bench/Tsunagi.Migration.Bench/bin/Release/net10.0/Tsunagi.Migration.Bench.dll"
  $web migrate >/dev/null
  $web seed-demo >/dev/null
  /usr/bin/time -f "generate: %e s wall, %U s user, peak RSS %M KB" $mbench generate 034614 "$residents" "$TSUNAGI_DATA/legacy.csv"
  # PostgreSQL's CPU time: the postmaster's own and its finished children's (cutime, cstime) plus its live children's.
  host=$(sed -E 's/.*Host=([^;]+).*/\1/' <<<"$TSUNAGI_TEST_PG_ADMIN"); port=$(sed -E 's/.*Port=([^;]+).*/\1/' <<<"$TSUNAGI_TEST_PG_ADMIN")
  export PGPASSWORD; PGPASSWORD=$(sed -E 's/.*Password=([^;]+).*/\1/' <<<"$TSUNAGI_TEST_PG_ADMIN")
  # The postmaster's pid is the first line of postmaster.pid (a psql backend's parent cannot be read: it exits with psql).
  postmaster=$(head -n 1 "$(psql -q -h "$host" -p "$port" -U postgres -d postgres -At -c "SHOW data_directory")/postmaster.pid" 2>/dev/null || true)
  server_cpu() {
    [ -n "$postmaster" ] || { echo 0; return; }
    local total s
    read -r -a s < "/proc/$postmaster/stat"; total=$(( s[13] + s[14] + s[15] + s[16] ))
    for child in $(ps -o pid= --ppid "$postmaster"); do
      read -r -a s < "/proc/$child/stat" 2>/dev/null && total=$(( total + s[13] + s[14] ))
    done
    echo "$total"
  }
  if [ -n "${TSUNAGI_BENCH_PROFILE:-}" ]; then
    # Profiling: every statement of the run slower than TSUNAGI_BENCH_PROFILE ms, with its EXPLAIN ANALYZE (auto_explain).
    psql -q -h "$host" -p "$port" -U postgres -d postgres -c "LOAD 'auto_explain'" -c "ALTER SYSTEM SET session_preload_libraries = 'auto_explain'" \
      -c "ALTER SYSTEM SET auto_explain.log_min_duration = '${TSUNAGI_BENCH_PROFILE}ms'" -c "ALTER SYSTEM SET auto_explain.log_analyze = on" \
      -c "ALTER SYSTEM SET auto_explain.log_nested_statements = on" -c "ALTER SYSTEM SET log_min_duration_statement = '${TSUNAGI_BENCH_PROFILE}ms'" \
      -c "SELECT pg_reload_conf()" >/dev/null
    pglog="$(dirname "$(psql -q -h "$host" -p "$port" -U postgres -d postgres -At -c "SHOW data_directory")")/postgres.log"
    profile_from=$(wc -l < "$pglog" 2>/dev/null || echo 0)
  fi
  echo "load average: $(cat /proc/loadavg)"
  before=$(server_cpu)
  /usr/bin/time -f "migration process: %e s wall, %U s user, %S s system, peak RSS %M KB" $mbench run 034614 "$TSUNAGI_DATA/legacy.csv"
  after=$(server_cpu)
  python3 -c "print(f'PostgreSQL CPU during the migration process (incl. the reference COPYs): {($after - $before) / $(getconf CLK_TCK):.1f} s')"
  echo "load average: $(cat /proc/loadavg)"
  if [ -n "${TSUNAGI_BENCH_PROFILE:-}" ]; then
    echo "--- statements slower than ${TSUNAGI_BENCH_PROFILE} ms (server log) ---"
    tail -n +"$((profile_from + 1))" "$pglog" 2>/dev/null || echo "(server log not readable: $pglog)"
  fi
  exit 0
fi

# Built once by the outer call (inside-postgres is this script run again inside the throwaway cluster);
# TSUNAGI_BENCH_NO_BUILD=1 uses the binaries as they are (e.g. right after a solution build).
if [ "$mode" != inside-postgres ] && [ -z "${TSUNAGI_BENCH_NO_BUILD:-}" ]; then
  dotnet build "$root/bench/Tsunagi.Residents.Bench/Tsunagi.Residents.Bench.csproj" -c Release -nologo -v q -clp:NoSummary >&2
fi
web="dotnet $root/src/Tsunagi.Web/bin/Release/net10.0/Tsunagi.Web.dll"
bench="dotnet $root/bench/Tsunagi.Residents.Bench/bin/Release/net10.0/Tsunagi.Residents.Bench.dll"
export TSUNAGI_DEMO_POPULATION=0 DOTNET_gcServer=0

if [ "$mode" = sqlite ]; then
  export TSUNAGI_DB=sqlite TSUNAGI_DATA
  if [ -n "${TSUNAGI_BENCH_DATA:-}" ]; then
    TSUNAGI_DATA=$TSUNAGI_BENCH_DATA; mkdir -p "$TSUNAGI_DATA"
  else
    TSUNAGI_DATA=$(mktemp -d)
    trap 'rm -rf "$TSUNAGI_DATA"' EXIT
  fi
  if [ -f "$TSUNAGI_DATA/.generated-$residents" ]; then
    echo "reusing $TSUNAGI_DATA ($residents residents)"; $web migrate >/dev/null
  else
    $web seed-demo >/dev/null
    /usr/bin/time -f "generate-population: %e s wall, %U s user" $web generate-population --municipality 034614 --residents "$residents"
    touch "$TSUNAGI_DATA/.generated-$residents"
  fi
  echo "load average: $(cat /proc/loadavg)"
  $bench search 034614 500
  exit 0
fi

if [ "$mode" = inside-postgres ]; then
  export TSUNAGI_DB=postgres TSUNAGI_DATA
  TSUNAGI_DATA=$(mktemp -d)
  export TSUNAGI_CONNECTION="$TSUNAGI_TEST_PG_APP;Database=tsunagi_test"
  export TSUNAGI_OWNER_CONNECTION="$TSUNAGI_TEST_PG_OWNER;Database=tsunagi_test"
  TSUNAGI_MASTER_KEY=$(openssl rand -base64 32); export TSUNAGI_MASTER_KEY
  $web migrate >/dev/null
  $web seed-demo >/dev/null
  /usr/bin/time -f "generate-population: %e s wall, %U s user" $web generate-population --municipality 034614 --residents "$residents"
  host=$(sed -E 's/.*Host=([^;]+).*/\1/' <<<"$TSUNAGI_TEST_PG_ADMIN"); port=$(sed -E 's/.*Port=([^;]+).*/\1/' <<<"$TSUNAGI_TEST_PG_ADMIN")
  export PGPASSWORD; PGPASSWORD=$(sed -E 's/.*Password=([^;]+).*/\1/' <<<"$TSUNAGI_TEST_PG_ADMIN")
  # What a DBA does after a bulk load: statistics for the planner and a visibility map, so the covering search
  # indexes are read as index-only scans (autovacuum would get there later, in the middle of the measurement).
  psql -q -h "$host" -p "$port" -U postgres -d tsunagi_test -c "VACUUM (ANALYZE) residents" >/dev/null
  echo "load average: $(cat /proc/loadavg)"
  $bench search 034614 500
  # Same server settings for the app and pgbench: the cluster's own (no per-role or per-database overrides).
  psql -q -h "$host" -p "$port" -U postgres -d postgres -At -c "select name || '=' || setting from pg_settings where name in ('fsync','synchronous_commit','shared_buffers','max_connections','wal_level') order by 1" | paste -sd' ' | sed 's/^/server settings: /'
  psql -q -h "$host" -p "$port" -U postgres -d postgres -At -c "select count(*) from pg_db_role_setting" | sed 's/^/per-role or per-database overrides: /'
  # One worker first: with nothing to wait for, the gap to the 4-worker rate is what the audit chain-head lock costs.
  echo "load average: $(cat /proc/loadavg)"
  out=$($bench move-in 034614 "$(( (seconds + 2) / 3 ))" 1) || { echo "$out"; echo "転入 phase failed" >&2; exit 1; }; echo "$out"
  echo "load average: $(cat /proc/loadavg)"
  out=$($bench move-in 034614 "$seconds" "$workers") || { echo "$out"; echo "転入 phase failed" >&2; exit 1; }; echo "$out"
  ops=$(sed -nE 's/.*= ([0-9.]+) ops\/s.*/\1/p' <<<"$out" | head -1)
  psql -q -h "$host" -p "$port" -U postgres -d postgres -c "create database pgbench" >/dev/null
  pgbench -q -i -s 10 -h "$host" -p "$port" -U postgres pgbench >/dev/null 2>&1
  tps=$(pgbench -b tpcb-like -c "$workers" -j 2 -T "$seconds" -h "$host" -p "$port" -U postgres pgbench 2>/dev/null | sed -nE 's/^tps = ([0-9.]+).*/\1/p' | head -1)
  echo "pgbench tpcb-like: $tps tps with $workers clients (load average: $(cat /proc/loadavg))"
  python3 -c "print(f'ratio move-in ops/s / pgbench tps = {float($ops)/float($tps):.3f}')"
  rm -rf "$TSUNAGI_DATA"
  exit 0
fi

exec "$root/scripts/with-test-postgres.sh" "$0" inside-postgres "$residents" "$seconds" "$workers"
