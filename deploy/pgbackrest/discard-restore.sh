#!/usr/bin/env bash
# restore.sh で作った一時クラスタを停止して削除します。本番ノードは削除できません。
# Stops and deletes a scratch cluster made by restore.sh; refuses the nodes of the pair.
#   deploy/pgbackrest/discard-restore.sh --dir DIR
source "$(dirname "$0")/../postgres/lib.sh"
dir=''
while [ $# -gt 0 ]; do
  case $1 in
    --dir) dir=$2; shift 2 ;;
    *) fail "不明な引数 / unknown argument: $1" ;;
  esac
done
[ -n "$dir" ] || fail "--dir が必要です / --dir is required"
[ -e "$dir" ] || exit 0
full=$(cd "$dir" && pwd)
case $full in "$base/site_a"|"$base/site_b"|"$base"|/) fail "本番ノードは削除できません / refusing to delete a live node" ;; esac
[ -e "$full/PG_VERSION" ] || [ -z "$(ls -A "$full")" ] || fail "$full はクラスタではありません / $full is not a cluster"
if as_pg "$(pg_bin)/pg_ctl" -D "$full" status >/dev/null 2>&1; then
  as_pg "$(pg_bin)/pg_ctl" -D "$full" -m immediate -w -t 60 stop >/dev/null || fail "停止できません / could not stop $full"
fi
rm -rf "$full"
say "一時クラスタを削除しました / Deleted scratch cluster $full"
