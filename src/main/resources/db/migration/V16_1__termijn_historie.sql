-- Issue 12, part 1 (rule T-15, PL-6): a deadline's history cannot be erased.
-- Numbered 16.1 so that it merges beside other parts' V16 migrations.

-- A duty deadline that passed without the act: recorded when the read model is rewritten (facts changed, or the
-- daily job) and never removed. The derivation takes it as a fact: the deadline stays missed whatever later input
-- says, and an act that comes later is "voldaan, N dagen te laat".
create table termijn_gemist (
    inburgeraar_id  uuid not null references inburgeraar (id) on delete cascade,
    soort           text not null,
    gemeentecode    char(4) not null,
    laatste_dag     date not null,          -- the last day that passed unmet
    vastgelegd_op   date not null,          -- the day the system recorded it
    primary key (inburgeraar_id, soort)
);

alter table termijn_gemist enable row level security;
alter table termijn_gemist force row level security;
create policy gemeente_scheiding on termijn_gemist
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));

-- The read model shows the missed day too (worklists, "te laat").
alter table termijn add column gemist_op date;

-- The doelgroep over time (PL-6): written at registration, on every change by a consultant (valid from that day)
-- and from DUO's doelgroep and doelgroep history (SS124, SS125). Rows are only added.
create table doelgroep_historie (
    id                       bigserial primary key,
    inburgeraar_id           uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode             char(4) not null,
    doelgroep                text not null,
    gedetailleerde_doelgroep text,
    geldig_vanaf             date not null,
    bron                     text not null,  -- MIGRATIE, REGISTRATIE, CONSULENT or DUO
    vastgelegd_op            timestamptz not null default now()
);
create index doelgroep_historie_dossier_idx on doelgroep_historie (inburgeraar_id, geldig_vanaf, id);

alter table doelgroep_historie enable row level security;
alter table doelgroep_historie force row level security;
create policy gemeente_scheiding on doelgroep_historie
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));

-- Existing dossiers: their current doelgroep, from DUO's notice (or their registration) on.
insert into doelgroep_historie (inburgeraar_id, gemeentecode, doelgroep, gedetailleerde_doelgroep, geldig_vanaf, bron,
                                vastgelegd_op)
select id, gemeentecode, doelgroep, gedetailleerde_doelgroep,
       coalesce(datum_kennisgeving, (created_at at time zone 'Europe/Amsterdam')::date), 'MIGRATIE', created_at
from inburgeraar;
