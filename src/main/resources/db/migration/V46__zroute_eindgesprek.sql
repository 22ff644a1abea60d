-- Issue 16 (ADR 0040): the Z-route's eindgesprek (R-5): "in een eindgesprek met de consulent bepaald of de inburgeraar
-- zich voldoende heeft ingezet" (seed 002). Held once the hours are met; with "voldoende ingezet" the completion goes to
-- DUO (datumAfrondingZroute). One per person per day; a later one may follow an "onvoldoende" outcome.
create table zroute_eindgesprek (
    id                 uuid primary key,
    inburgeraar_id     uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode       char(4) not null,
    datum              date not null,
    voldoende_ingezet  boolean not null,
    motivering         text not null,
    vastgelegd_door    text not null,
    vastgelegd_op      timestamptz not null,
    constraint zroute_eindgesprek_een_per_dag unique (inburgeraar_id, datum)
);

alter table zroute_eindgesprek enable row level security;
alter table zroute_eindgesprek force row level security;
create policy gemeente_scheiding on zroute_eindgesprek
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
