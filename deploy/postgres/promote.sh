#!/usr/bin/env bash
# スタンバイを主系に昇格します（フェイルオーバー）。 / Promotes a standby to primary (failover).
#   deploy/postgres/promote.sh [NODE] [--standalone]
# 既定では昇格後も同期スタンバイを待ちます（未複製のコミットを確定させない）。旧主系が失われ、単独で書き込みを
# 再開すると運用責任者が判断したときだけ --standalone を付けます（新しいスタンバイができるまで損失の窓が開きます）。
# By default the new primary still waits for a synchronous standby (never acknowledges an unreplicated commit).
# --standalone: the operator decided to accept writes without a standby until rejoin.sh runs (a loss window).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/node-conf.sh"
node=site_b standalone=0
for a in "$@"; do case $a in --standalone) standalone=1 ;; site_a|site_b) node=$a ;; *) fail "不明な引数 / unknown argument: $a" ;; esac; done
prepare_base
is_running "$node" || start_node "$node"
if is_in_recovery "$node"; then
  as_pg "$(pg_bin)/pg_ctl" -D "$(node_dir "$node")" -w -t 60 promote >/dev/null || fail "昇格に失敗しました / promotion failed"
  say "$node を主系に昇格しました / $node promoted to primary"
else
  say "$node はすでに主系です / $node is already primary"
fi
if [ "$standalone" = 1 ]; then
  touch "$base/standalone-$node"
  say "警告 / WARNING: $node は同期スタンバイなしで書き込みを受け付けます。rejoin.sh で冗長化を回復してください。 / $node accepts writes without a synchronous standby; restore redundancy with rejoin.sh."
else
  rm -f "$base/standalone-$node"
fi
write_node_conf "$node"
as_pg "$(pg_bin)/pg_ctl" -D "$(node_dir "$node")" reload >/dev/null
# A timeline switch: archive the history file and new segments under the new primary.
psql_node "$node" -c "select pg_create_physical_replication_slot('$(other_node "$node")') where not exists (select from pg_replication_slots where slot_name = '$(other_node "$node")')" >/dev/null
