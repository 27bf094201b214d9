#!/usr/bin/env bash
# リポジトリ内のバックアップと WAL のチェックサムを検証します。 / Verifies checksums of every backup and WAL file in the repository.
source "$(dirname "$0")/../postgres/lib.sh"
[ -s "$pgbackrest_conf" ] || fail "先に deploy/pgbackrest/setup.sh を実行してください / run deploy/pgbackrest/setup.sh first"
if as_pg pgbackrest --config="$pgbackrest_conf" --stanza="$stanza" --log-level-console=info verify; then
  say "検証成功：リポジトリは正常です / Verify passed: the repository is intact"
else
  fail "検証失敗：リポジトリに破損があります（$base/pgbackrest/log） / verify FAILED: the repository has damaged files"
fi
