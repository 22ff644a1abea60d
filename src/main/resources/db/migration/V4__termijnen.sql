-- Termijnen (docs/adr/0009-termijnen.md): the read model of every dossier's deadlines for fast worklists, the
-- signals a daily job records, and db-scheduler's table for that cluster-safe job. Deadlines are derived from
-- the dossier's facts by pure functions; this table is only a copy for querying, rebuilt from the facts.

create table termijn (
    inburgeraar_id    uuid not null references inburgeraar (id) on delete cascade,
    soort             text not null,
    gemeentecode      char(4) not null,
    consulent         text,
    doelgroep         text not null,
    naam              text not null,
    startdatum        date,
    uiterlijke_datum  date,
    binnenkort_vanaf  date,
    afsluiting        text,           -- VOLDAAN or NIET_VAN_TOEPASSING; null while the deadline runs
    venster           boolean not null, -- a window that simply closes (no duty), e.g. schakelen
    regel             text not null,
    toelichting       text not null,
    verwacht          boolean not null,
    primary key (inburgeraar_id, soort)
);
-- A consultant's worklist and a team's list: running deadlines by due date.
create index termijn_consulent_idx on termijn (consulent, uiterlijke_datum)
    where afsluiting is null and uiterlijke_datum is not null;
create index termijn_gemeente_idx on termijn (gemeentecode, uiterlijke_datum)
    where afsluiting is null and uiterlijke_datum is not null;

alter table termijn enable row level security;
alter table termijn force row level security;
create policy gemeente_scheiding on termijn
    using (inburgeringsregie_mag_gemeente(gemeentecode))
    with check (inburgeringsregie_mag_gemeente(gemeentecode));

-- A signal: a deadline of a consultant's dossier became "binnenkort" or "verlopen"; acknowledged once.
create table signaal (
    id                uuid primary key default gen_random_uuid(),
    inburgeraar_id    uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode      char(4) not null,
    consulent         text not null,
    soort             text not null,
    status            text not null,
    uiterlijke_datum  date not null,
    aangemaakt_op     timestamptz not null,
    gezien_op         timestamptz,
    constraint signaal_eenmaal unique (inburgeraar_id, soort, status, uiterlijke_datum)
);
create index signaal_open_idx on signaal (consulent, aangemaakt_op desc) where gezien_op is null;

alter table signaal enable row level security;
alter table signaal force row level security;
create policy gemeente_scheiding on signaal
    using (inburgeringsregie_mag_gemeente(gemeentecode))
    with check (inburgeringsregie_mag_gemeente(gemeentecode));

-- db-scheduler (com.github.kagkarlsson:db-scheduler): one row per scheduled task instance; an instance is
-- picked by exactly one application instance, which makes the daily job run once in a cluster.
create table scheduled_tasks (
    task_name             text not null,
    task_instance         text not null,
    task_data             bytea,
    execution_time        timestamp with time zone,
    picked                boolean not null,
    picked_by             text,
    last_success          timestamp with time zone,
    last_failure          timestamp with time zone,
    consecutive_failures  int,
    last_heartbeat        timestamp with time zone,
    version               bigint not null,
    priority              smallint,
    state                 text,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
