#!/usr/bin/env bash
# 両ノードを停止します。--destroy でデータも削除します（確認あり、--yes で省略）。
# Stops both nodes; --destroy also deletes the base directory (asks first unless --yes).
source "$(dirname "$0")/lib.sh"
for node in site_a site_b; do [ -s "$(node_dir "$node")/PG_VERSION" ] && { stop_node "$node" fast || stop_node "$node" immediate || true; }; done
say "停止しました / Stopped"
if [ "${1:-}" = --destroy ]; then
  if [ "${2:-}" != --yes ]; then
    read -r -p "$base を削除します。よろしいですか？ / Delete $base? [y/N] " answer
    [ "$answer" = y ] || { say "中止しました / Cancelled"; exit 0; }
  fi
  rm -rf "$base"
  say "削除しました / Deleted $base"
fi
