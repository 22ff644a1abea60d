-- Issue 16 (ADR 0040, addendum): the PVT (R-7) and the MAP (R-8) as followed modules. Hours the gemeente runs itself
-- ("eigen module": a PVT meeting, the MAP's competentiescan, orientation or practical part) are recorded here and count
-- in the hours ledger next to a provider's attendance; the module ends with its afronding (the signing of the
-- participatieverklaring, the MAP's eindgesprek with its outcome), from which the DUO melding is made. A withdrawn
-- afronding stays with the date it was withdrawn: the record keeps what was reported.
create table module_activiteit (
    id               uuid primary key,
    inburgeraar_id   uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode     char(4) not null,
    module           text not null check (module in ('PVT', 'MAP')),
    soort            text not null,
    datum            date not null,
    uren             numeric(4, 2) not null check (uren > 0 and uren <= 24),
    omschrijving     text,
    vastgelegd_door  text not null,
    vastgelegd_op    timestamptz not null
);
create index module_activiteit_inburgeraar on module_activiteit (inburgeraar_id, module, datum);

create table module_afronding (
    id               uuid primary key,
    inburgeraar_id   uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode     char(4) not null,
    module           text not null check (module in ('PVT', 'MAP')),
    datum            date not null,
    verslag          text,
    verwijtbaar      text check (verwijtbaar in ('Ja', 'Nee')),
    vastgelegd_door  text not null,
    vastgelegd_op    timestamptz not null,
    ingetrokken_door text,
    ingetrokken_op   timestamptz
);
-- One afronding in force per module: a second click or a second tab cannot report twice.
create unique index module_afronding_een_geldig on module_afronding (inburgeraar_id, module) where ingetrokken_op is null;

alter table module_activiteit enable row level security;
alter table module_activiteit force row level security;
create policy gemeente_scheiding on module_activiteit
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));

alter table module_afronding enable row level security;
alter table module_afronding force row level security;
create policy gemeente_scheiding on module_afronding
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
