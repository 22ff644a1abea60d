-- Reconciliation (issue 21 point 8): a difference with DUO a team lead has seen, with the reason why it may stay. A
-- comparison replaces the differences (duo_afwijking) on every run, so the mark is kept apart and matches a difference
-- by person, kind and both values: found again unchanged, it stays seen; changed, it is a new difference.
create table duo_afwijking_gezien (
    id              uuid primary key,
    gemeentecode    char(4) not null,
    inburgeraar_id  uuid not null references inburgeraar (id) on delete cascade,
    soort           text not null,
    ons             text not null default '',
    duo             text not null default '',
    reden           text not null,
    gezien_door     text not null,
    gezien_op       timestamptz not null,
    unique (inburgeraar_id, soort, ons, duo)
);
alter table duo_afwijking_gezien enable row level security;
alter table duo_afwijking_gezien force row level security;
-- Row-level security as every tenant table since V14 (one evaluation per query, not per row).
create policy gemeente_scheiding on duo_afwijking_gezien
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
