-- 件数の記録（backup.sh がバックアップ直後に実行）。 / Row counts per tenant table, recorded right after a backup.
-- One transaction with SHARE locks on every table that has a tenant_id column: writers wait while it counts, so the counts are exactly
-- the state at this transaction's commit. verify-backup restores up to this transaction (restore.sh --xid) and compares (ADR 0011).
-- Run as the superuser (row-level security does not hide rows from it) in the application's database: psql -v label=LABEL -f ...
\set ON_ERROR_STOP on
begin;
set local lock_timeout = '60s';
select set_config('tsunagi.backup_label', :'label', true) \g /dev/null
do $$
declare
  t record;
  c record;
  counts jsonb := '[]'::jsonb;
begin
  for t in select cl.relname from pg_class cl
             join pg_namespace n on n.oid = cl.relnamespace
             join pg_attribute a on a.attrelid = cl.oid
           where n.nspname = current_schema() and cl.relkind in ('r', 'p') and a.attname = 'tenant_id' and not a.attisdropped
           order by cl.relname loop
    execute format('lock table %I in share mode', t.relname);
  end loop;
  for t in select cl.relname from pg_class cl
             join pg_namespace n on n.oid = cl.relnamespace
             join pg_attribute a on a.attrelid = cl.oid
           where n.nspname = current_schema() and cl.relkind in ('r', 'p') and a.attname = 'tenant_id' and not a.attisdropped
           order by cl.relname loop
    for c in execute format('select tenant_id::text as tenant, count(*) as n from %I group by tenant_id order by 1', t.relname) loop
      counts := counts || jsonb_build_array(jsonb_build_object('table', t.relname::text, 'tenant', c.tenant, 'rows', c.n));
    end loop;
  end loop;
  insert into backup_count_snapshots (id, backup_label, taken_at, transaction_id, counts)
  values (gen_random_uuid(), current_setting('tsunagi.backup_label'), clock_timestamp(),
          (pg_current_xact_id()::text::bigint % 4294967296), counts::text);
end $$;
commit;
