#!/usr/bin/env bash
# 災害訓練：主系＋同期スタンバイを起動し、書き込み中に主系を kill -9、スタンバイを昇格、確定済みの書き込みが
# 失われていないことを検証します。損失があれば終了コード 1。続けて対照実験（非同期＋WAL 送信停止）で損失が
# 検出されることを確かめます（--no-control で省略）。
# Disaster drill: sync drill (must lose nothing), then the async negative control (must detect loss).
#   deploy/drill.sh [--writers N] [--seconds S] [--no-control]
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
control=1 args=()
for a in "$@"; do [ "$a" = --no-control ] && control=0 || args+=("$a"); done
"$root/tsunagi" drill --cluster-dir "$root/.tmp/drill" "${args[@]}"
sync=$?
if [ "$control" = 1 ]; then
  echo
  "$root/tsunagi" drill --async --cluster-dir "$root/.tmp/drill-control" --port-a 54333 --port-b 54334 "${args[@]}"
  if [ $? -eq 0 ]; then
    echo "対照実験で損失が検出されませんでした：検証が機能していません / the negative control detected no loss: the check is broken" >&2
    exit 1
  fi
  echo "対照実験：損失を検出（期待どおり） / negative control: loss detected, as expected"
fi
exit $sync
