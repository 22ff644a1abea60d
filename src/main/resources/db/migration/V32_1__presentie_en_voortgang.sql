-- Issue 15, second part (ADR 0031): the provider's reports on a started placement. Personal data, so gemeentecode and
-- row-level security like the placement; the provider's organisation is kept on each row so its policy needs no join.

-- Attendance per lesson day (LES: datum is that day) or per week (WEEK: datum is the week's Monday), AB-6. A report
-- again for the same day or week replaces the earlier one (a correction); two reports for different days never meet.
create table presentie (
    id                  uuid primary key,
    plaatsing_id        uuid not null references plaatsing (id) on delete cascade,
    inburgeraar_id      uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode        char(4) not null,
    aanbieder_id        uuid not null references aanbieder (id),
    periode             text not null check (periode in ('LES', 'WEEK')),
    datum               date not null,
    uren_aanwezig       numeric(5, 2) not null check (uren_aanwezig >= 0),
    uren_afwezig        numeric(5, 2) not null check (uren_afwezig >= 0),
    afwezig_geoorloofd  boolean,
    gemeld_door         text not null,
    gemeld_op           timestamptz not null,
    constraint presentie_eenmaal unique (plaatsing_id, periode, datum),
    constraint presentie_reden check ((uren_afwezig = 0) = (afwezig_geoorloofd is null))
);
create index presentie_dossier_idx on presentie (inburgeraar_id, datum);

-- Progress at a peildatum: a level per skill (A0-C2) and remarks, AB-7. One report per placement and day.
create table leervordering (
    id              uuid primary key,
    plaatsing_id    uuid not null references plaatsing (id) on delete cascade,
    inburgeraar_id  uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode    char(4) not null,
    aanbieder_id    uuid not null references aanbieder (id),
    peildatum       date not null,
    lezen           text check (lezen in ('A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    luisteren       text check (luisteren in ('A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    spreken         text check (spreken in ('A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    schrijven       text check (schrijven in ('A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    opmerking       text,
    gemeld_door     text not null,
    gemeld_op       timestamptz not null,
    constraint leervordering_eenmaal unique (plaatsing_id, peildatum)
);
create index leervordering_dossier_idx on leervordering (inburgeraar_id, peildatum);

-- GEMEENTE (ADR 0028) as every table with personal data; AANBIEDER: the provider's users read and write the rows of
-- their own organisation's placements (the service checks the placement is theirs and started before it writes).
alter table presentie enable row level security;
alter table presentie force row level security;
create policy gemeente_scheiding on presentie
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
create policy relatie_aanbieder on presentie
    using (aanbieder_id = (select inburgeringsregie_aanbieder()))
    with check (aanbieder_id = (select inburgeringsregie_aanbieder()));

alter table leervordering enable row level security;
alter table leervordering force row level security;
create policy gemeente_scheiding on leervordering
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
create policy relatie_aanbieder on leervordering
    using (aanbieder_id = (select inburgeringsregie_aanbieder()))
    with check (aanbieder_id = (select inburgeringsregie_aanbieder()));
