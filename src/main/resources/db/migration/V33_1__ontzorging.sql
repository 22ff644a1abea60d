-- Issue 17, first part (ADR 0032): financieel ontzorgen (Participatiewet art. 56a; rule book O-1, O-2, T-8).
-- One ontzorging per person: the period from the start of the bijstand right, the signed authorisation (machtiging),
-- the budgetcoach's decision at its end, and the fixed costs withheld from the bijstand.

create table ontzorging (
    id                 uuid primary key,
    version            integer not null,
    inburgeraar_id     uuid not null unique references inburgeraar (id) on delete cascade,
    gemeentecode       char(4) not null,
    begindatum         date not null,
    einddatum          date not null,
    datum_machtiging   date,
    verlenging_reden   text,
    beeindigd_op       date,
    gewijzigd_op       timestamptz not null,
    constraint ontzorging_periode check (einddatum > begindatum),
    constraint ontzorging_machtiging check (datum_machtiging is null or datum_machtiging <= begindatum)
);
create index ontzorging_gemeente_idx on ontzorging (gemeentecode, einddatum);

create table vaste_last (
    ontzorging     uuid not null references ontzorging (id) on delete cascade,
    ontzorging_key integer not null,
    soort          text not null check (soort in ('HUUR', 'ENERGIE', 'WATER', 'ZORGVERZEKERING')),
    ontvanger      text not null,
    iban           varchar(34) not null,
    polisnummer    text,
    bedrag         numeric(9, 2) not null check (bedrag > 0),
    primary key (ontzorging, ontzorging_key)
);

alter table ontzorging enable row level security;
alter table ontzorging force row level security;
create policy gemeente_scheiding on ontzorging
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
