-- Issue 17, T-12 (ADR 0037): what the consultant records of COA's warme overdracht outside the import (I-4): the
-- profile received another way (on paper, by mail; with the source) and the joint handover conversation held (its
-- date as stated, the participants). One of each kind per dossier; the act counts on the day it was recorded
-- (geregistreerd_op, the server's clock), never on the stated date (T-15).
create table coa_registratie (
    inburgeraar_id      uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode        char(4) not null,
    soort               text not null check (soort in ('PROFIEL', 'GESPREK')),
    opgegeven_datum     date,
    toelichting         text,
    geregistreerd_op    timestamptz not null,
    geregistreerd_door  text not null,
    primary key (inburgeraar_id, soort)
);

alter table coa_registratie enable row level security;
alter table coa_registratie force row level security;
create policy gemeente_scheiding on coa_registratie
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
