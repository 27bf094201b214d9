#!/usr/bin/env bash
# Runs CMD ARGS... against a throwaway PostgreSQL cluster and exits with CMD's exit code.
#   scripts/with-test-postgres.sh tests/Tsunagi.Web.Tests/bin/Release/net10.0/Tsunagi.Web.Tests -noColor -trait Lane=postgres
# Installs nothing (scripts/ensure-deps.sh test installs Debian's postgresql). Starts initdb/pg_ctl as a
# non-root user (the postgres system user when run as root) in a fresh temp directory, listening only on
# 127.0.0.1 on a free port; creates tsunagi_owner and tsunagi_app with `./tsunagi init-postgres`; exports
#   TSUNAGI_TEST_PG_ADMIN  superuser, database postgres
#   TSUNAGI_TEST_PG_OWNER  tsunagi_owner (no database: each test fixture creates its own)
#   TSUNAGI_TEST_PG_APP    tsunagi_app   (no database)
# and always stops the cluster and deletes the directory, whatever happens.
set -euo pipefail
if [ $# -eq 0 ]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)

find_bin() {
  if [ -n "${TSUNAGI_PG_BIN:-}" ]; then
    echo "$TSUNAGI_PG_BIN"
    return
  fi
  if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
    echo /usr/lib/postgresql/15/bin
    return
  fi
  # Another Debian major version (16, 17, ...) when 15 is not there.
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
    echo "$newest"
  fi
}
bin=$(find_bin)
if [ -z "$bin" ]; then
  echo "PostgreSQL のサーバーが見つかりません（/usr/lib/postgresql/15/bin）。scripts/ensure-deps.sh test で入れてください。 / PostgreSQL server binaries not found; run scripts/ensure-deps.sh test." >&2
  exit 1
fi

# initdb refuses to run as root: use the postgres system user the package creates.
if [ "$(id -u)" -eq 0 ]; then
  run_user=postgres
  if ! id "$run_user" >/dev/null 2>&1; then
    echo "ユーザー postgres がありません。 / The postgres system user is missing (apt-get install postgresql creates it)." >&2
    exit 1
  fi
  as_pg() { (cd / && runuser -u "$run_user" -- "$@"); }
else
  run_user=$(id -un)
  as_pg() { (cd / && "$@"); }
fi

# As root the cluster runs as postgres, which must reach the directory: /tmp, not a TMPDIR under /root.
if [ "$(id -u)" -eq 0 ]; then tmp_parent=/tmp; else tmp_parent=${TMPDIR:-/tmp}; fi
dir=$(mktemp -d "$tmp_parent/tsunagi-pg.XXXXXX")
chmod 700 "$dir"
[ "$(id -u)" -eq 0 ] && chown "$run_user": "$dir"
data="$dir/data"
log="$dir/postgres.log"
started=0

cleanup() {
  local code=$?
  if [ "$started" = 1 ]; then
    as_pg "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  exit "$code"
}
child=
# Stop the command too, then clean up (bash runs traps only between commands: see the wait below).
on_signal() {
  [ -n "$child" ] && kill -TERM "$child" 2>/dev/null
  exit "$1"
}
trap cleanup EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

random_secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
admin_password=$(random_secret)
owner_password=$(random_secret)
app_password=$(random_secret)

printf '%s\n' "$admin_password" > "$dir/pwfile"
[ "$(id -u)" -eq 0 ] && chown "$run_user": "$dir/pwfile"
chmod 600 "$dir/pwfile"
as_pg "$bin/initdb" -D "$data" -U postgres --pwfile="$dir/pwfile" --auth-host=scram-sha-256 --auth-local=peer \
  --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
  echo "initdb に失敗しました / initdb failed:" >&2
  tail -n 20 "$dir/initdb.log" >&2
  exit 1
}
rm -f "$dir/pwfile"

# A throwaway cluster: durability is not needed, speed is.
cat >>"$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for attempt in 1 2 3 4 5 6 7 8; do
  port=$((20000 + RANDOM % 40000))
  port_in_use "$port" && continue
  if as_pg "$bin/pg_ctl" -D "$data" -l "$log" -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
    started=1
    break
  fi
  # pg_ctl can fail after the server started (timeout): stop whatever is there before trying another port.
  as_pg "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
done
if [ "$started" != 1 ]; then
  echo "PostgreSQL を起動できませんでした / PostgreSQL did not start:" >&2
  tail -n 20 "$log" >&2 2>/dev/null || true
  exit 1
fi
echo "with-test-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)" >&2

base="Host=127.0.0.1;Port=$port"
export TSUNAGI_TEST_PG_ADMIN="$base;Database=postgres;Username=postgres;Password=$admin_password"
export TSUNAGI_TEST_PG_OWNER="$base;Username=tsunagi_owner;Password=$owner_password"
export TSUNAGI_TEST_PG_APP="$base;Username=tsunagi_app;Password=$app_password"

if ! TSUNAGI_ADMIN_CONNECTION="$TSUNAGI_TEST_PG_ADMIN" TSUNAGI_OWNER_PASSWORD="$owner_password" TSUNAGI_APP_PASSWORD="$app_password" \
  "$root/tsunagi" init-postgres --database tsunagi_test >&2; then
  echo "init-postgres に失敗しました / init-postgres failed" >&2
  exit 1
fi

# In the background with wait, so a signal reaches the traps at once instead of after the command ends.
set +e
"$@" <&0 &
child=$!
wait "$child"
code=$?
child=
set -e
exit "$code"
