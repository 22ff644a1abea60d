-- The audit log partitioned by month of occurred_at (docs/adr/0013-audit-partitioning.md). It grows fastest of all
-- tables (one row per person on every caseload page); per-month partitions keep each table and its indexes small,
-- and let old months be archived or dropped whole once a retention period is decided, without DELETE.
--
-- Same columns, same ids (the sequence is kept), same indexes (now partitioned indexes), same append-only triggers.
-- The primary key includes the partition key, as PostgreSQL requires: (id, occurred_at). Months are calendar months
-- in UTC. The application's job AuditLogPartities creates the coming months ahead; the default partition only
-- catches rows of a month without a partition (should the job not have run), so that no access ever goes unlogged.
-- audit_log had no row-level security (ADR 0005), so there are no policies to carry over.

alter sequence audit_log_id_seq owned by none;
alter table audit_log rename to audit_log_v1;

create table audit_log (
    id             bigint not null default nextval('audit_log_id_seq'),
    occurred_at    timestamptz not null,
    username       text not null,
    roles          text not null,
    inburgeraar_id uuid,
    gemeentecode   char(4),
    action         text not null,
    detail         text,
    purpose        text not null,
    client_address text
) partition by range (occurred_at);

create table audit_log_default partition of audit_log default;

-- Creates the partition audit_log_yyyy_mm for the (UTC) month containing maand, with the append-only TRUNCATE
-- trigger (statement triggers are not inherited: TRUNCATE of one partition would otherwise pass); row triggers and
-- indexes of audit_log are inherited. Returns its name, or null when it already exists. A month whose rows already
-- sit in the default partition is skipped with a warning: PostgreSQL would refuse the partition, and the rows cannot
-- be moved out (append-only); they stay where they are, still logged and found.
create function audit_log_partitie(maand date) returns text language plpgsql as $$
declare
    begin_maand timestamp := date_trunc('month', maand::timestamp);
    naam        text := 'audit_log_' || to_char(begin_maand, 'YYYY_MM');
    van         timestamptz := begin_maand at time zone 'UTC';
    tot         timestamptz := (begin_maand + interval '1 month') at time zone 'UTC';
begin
    if to_regclass(naam) is not null then
        return null;
    end if;
    if exists (select 1 from audit_log_default where occurred_at >= van and occurred_at < tot) then
        raise warning 'audit_log: rows of % are in audit_log_default; partition % not created', begin_maand, naam;
        return null;
    end if;
    execute format('create table %I partition of audit_log for values from (%L) to (%L)', naam, van, tot);
    execute format('create trigger audit_log_no_truncate before truncate on %I '
                   'for each statement execute function audit_log_is_append_only()', naam);
    return naam;
end;
$$;

-- A partition for every month from the oldest row up to next month, then the rows, then the indexes.
select audit_log_partitie(maand::date)
from generate_series(date_trunc('month', coalesce((select min(occurred_at) from audit_log_v1), now()) at time zone 'UTC'),
                     date_trunc('month', now() at time zone 'UTC') + interval '1 month',
                     interval '1 month') maand;

insert into audit_log select * from audit_log_v1;
drop table audit_log_v1;
alter sequence audit_log_id_seq owned by audit_log.id;

alter table audit_log add primary key (id, occurred_at);
create index audit_log_inburgeraar_idx on audit_log (inburgeraar_id, occurred_at desc);
create index audit_log_user_idx on audit_log (username, occurred_at desc);

-- Append-only (as in V1): row triggers on a partitioned table are cloned onto every partition, present and future.
create trigger audit_log_no_update_or_delete before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log_default
    for each statement execute function audit_log_is_append_only();
