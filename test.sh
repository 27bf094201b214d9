#!/usr/bin/env bash
# Runs every test lane and ends with one line: "N passed, M failed, K skipped".
#   unit          tests/Tsunagi.Platform.Tests
#   architecture  tests/Tsunagi.Architecture.Tests
#   integration   tests/Tsunagi.Web.Tests through the real host on SQLite
#   residents     tests/Tsunagi.Residents.Tests (domain, and every use case through the real host on SQLite)
#   certificates  tests/Tsunagi.Certificates.Tests (rules, rendering, issuance, fees, verification through the real host on SQLite)
#   consortium    tests/Tsunagi.Consortium.Tests (settings admin, onboarding, legacy migration, metering, cost sharing through the real host on SQLite)
#   continuity    tests/Tsunagi.Continuity.Tests (backups, restore, degraded mode, export; drills on PostgreSQL)
#   postgres      the tests marked Lane=postgres of Web, Residents, Certificates, Consortium and Continuity, each on a throwaway PostgreSQL cluster
#   e2e           tests/Tsunagi.EndToEnd in Debian's Chromium (Playwright) with axe
# Select lanes with TSUNAGI_LANES="unit integration" (default: all).
set -uo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="$root/.tmp/test-results"
rm -rf "$results"
mkdir -p "$results"
lanes=${TSUNAGI_LANES:-"unit architecture integration residents certificates consortium counter continuity postgres e2e"}
started=$(date +%s)
passed=0 failed=0 skipped=0

scripts/ensure-deps.sh test || { echo "0 passed, 1 failed"; exit 1; }
echo "== build (Release, warnings as errors)"
if ! dotnet build Tsunagi.slnx -c Release -nologo -v q -clp:NoSummary; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== code style (dotnet format --verify-no-changes)"
if ! dotnet format Tsunagi.slnx --verify-no-changes --no-restore -v q; then
  echo "   code is not formatted: run 'dotnet format Tsunagi.slnx'"
  failed=$((failed + 1))
fi

# Runs one xUnit v3 test executable (through a wrapper such as env or with-test-postgres.sh)
# and adds its counts from the XML report.
run_lane() {
  local name=$1 project=$2 wrapper=$3
  shift 3
  local exe="tests/$project/bin/Release/net10.0/$project"
  local lane_started
  lane_started=$(date +%s)
  echo "== lane $name ($project)"
  $wrapper "$exe" -noColor -xml "$results/$name.xml" "$@" > "$results/$name.log" 2>&1
  local code=$?
  if [ ! -s "$results/$name.xml" ]; then
    echo "   lane $name did not report (exit $code); last lines of its log:"
    tail -n 30 "$results/$name.log" | sed 's/^/   /'
    failed=$((failed + 1))
    return
  fi
  local t p f s
  t=$(grep -o '<assembly [^>]*' "$results/$name.xml" | grep -o ' total="[0-9]*"' | grep -o '[0-9]*' | head -1)
  p=$(grep -o '<assembly [^>]*' "$results/$name.xml" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*' | head -1)
  f=$(grep -o '<assembly [^>]*' "$results/$name.xml" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*' | head -1)
  s=$(grep -o '<assembly [^>]*' "$results/$name.xml" | grep -o ' skipped="[0-9]*"' | grep -o '[0-9]*' | head -1)
  local e
  e=$(grep -o '<assembly [^>]*' "$results/$name.xml" | grep -o ' errors="[0-9]*"' | grep -o '[0-9]*' | head -1)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
  skipped=$((skipped + ${s:-0}))
  echo "   $name: ${t:-0} tests, ${p:-0} passed, ${f:-0} failed, ${s:-0} skipped ($(( $(date +%s) - lane_started ))s)"
  if [ "${f:-0}" != 0 ] || [ "${e:-0}" != 0 ] || [ $code -ne 0 ]; then
    grep -E '\[FAIL\]|Assert|Exception|at Tsunagi' "$results/$name.log" | head -n 60 | sed 's/^/   /'
    [ "${f:-0}" = 0 ] && [ "${e:-0}" = 0 ] && failed=$((failed + 1))
  fi
}

for lane in $lanes; do
  case $lane in
    unit) run_lane unit Tsunagi.Platform.Tests env ;;
    architecture) run_lane architecture Tsunagi.Architecture.Tests env ;;
    integration) run_lane integration Tsunagi.Web.Tests env -trait- Lane=postgres ;;
    residents) run_lane residents Tsunagi.Residents.Tests env -trait- Lane=postgres ;;
    certificates) run_lane certificates Tsunagi.Certificates.Tests env -trait- Lane=postgres ;;
    consortium) run_lane consortium Tsunagi.Consortium.Tests env -trait- Lane=postgres ;;
    counter) run_lane counter Tsunagi.Counter.Tests env -trait- Lane=postgres ;;
    continuity) run_lane continuity Tsunagi.Continuity.Tests env -trait- Lane=postgres ;;
    postgres)
      run_lane postgres-web Tsunagi.Web.Tests scripts/with-test-postgres.sh -trait Lane=postgres
      run_lane postgres-residents Tsunagi.Residents.Tests scripts/with-test-postgres.sh -trait Lane=postgres
      run_lane postgres-certificates Tsunagi.Certificates.Tests scripts/with-test-postgres.sh -trait Lane=postgres
      run_lane postgres-consortium Tsunagi.Consortium.Tests scripts/with-test-postgres.sh -trait Lane=postgres
      run_lane postgres-counter Tsunagi.Counter.Tests scripts/with-test-postgres.sh -trait Lane=postgres
      run_lane postgres-continuity Tsunagi.Continuity.Tests scripts/with-test-postgres.sh -trait Lane=postgres
      ;;
    e2e) run_lane e2e Tsunagi.EndToEnd env ;;
    *) echo "unknown lane $lane"; failed=$((failed + 1)) ;;
  esac
done

echo "== all lanes took $(( $(date +%s) - started ))s; reports in .tmp/test-results/"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
