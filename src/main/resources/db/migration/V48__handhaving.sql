-- Issue 18, first (backend) slice (ADR 0043): handhaving under the Wet inburgering 2021 (H-1 to H-6). A handhavingszaak
-- records one gedraging (a no-show at or not cooperating with the brede intake, not cooperating with the PIP, not
-- complying with an inburgering onderdeel of the PIP) with its evidence, and follows a guarded lifecycle: signaal,
-- waarschuwing, voornemen (with the zienswijze period), zienswijze, besluit (boete after a team lead's approval, or
-- afzien), bezwaar and the beslissing op bezwaar. Each step is a row of handhavingsstap: dated, by whom; one per step,
-- so a second click cannot record it twice.
create table handhavingszaak (
    id                        uuid primary key,
    inburgeraar_id            uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode              char(4) not null,
    gedraging                 text not null check (gedraging in ('BREDE_INTAKE_NIET_VERSCHENEN',
                                  'BREDE_INTAKE_NIET_MEEWERKEN', 'PIP_NIET_MEEWERKEN', 'ONDERDEEL_NIET_NAGEKOMEN')),
    onderdeel                 text check (onderdeel in ('LEERROUTE', 'KNM', 'PVT', 'MAP')),
    datum_gedraging           date not null,
    omschrijving              text not null,
    status                    text not null,
    -- Filled by the verwijtbaarheid step (H-1, Awb 5:41).
    verwijtbaar               boolean,
    verwijtbaarheid_reden     text,
    verwijtbaarheid_toelichting text,
    -- Filled by the voornemen (H-2, H-3, H-6).
    herhaling                 int,
    bedrag                    numeric(7, 2) check (bedrag > 0 and bedrag <= 800),
    bedrag_reden              text,
    zienswijze_tot            date,
    boetelast                 numeric(9, 2),
    boven_drempel             boolean,
    -- Four eyes: the team lead's approval before a boete (and the reason when above the burden threshold, H-6).
    goedgekeurd_door          text,
    goedkeuring_reden         text,
    besluit                   text check (besluit in ('BOETE', 'AFGEZIEN')),
    besluit_datum             date,
    bezwaar_tot               date,
    bezwaar_gegrond           boolean,
    -- H-4: a Participatiewet maatregel for this gedraging blocks a Wi2021 boete.
    pw_maatregel_datum        date,
    pw_maatregel_percentage   int check (pw_maatregel_percentage between 1 and 100),
    pw_maatregel_maanden      int check (pw_maatregel_maanden between 1 and 36),
    pw_maatregel_toelichting  text,
    aangemaakt_door           text not null,
    aangemaakt_op             timestamptz not null,
    constraint handhavingszaak_onderdeel check ((gedraging = 'ONDERDEEL_NIET_NAGEKOMEN') = (onderdeel is not null))
);
-- One case per gedraging (the same kind, onderdeel and day): a gedraging is sanctioned once (H-4).
create unique index handhavingszaak_een_per_gedraging
    on handhavingszaak (inburgeraar_id, gedraging, coalesce(onderdeel, ''), datum_gedraging);
-- The team lead's list of cases awaiting approval.
create index handhavingszaak_wacht_op_goedkeuring on handhavingszaak (gemeentecode, aangemaakt_op)
    where status in ('VOORNEMEN', 'ZIENSWIJZE') and goedgekeurd_door is null;

create table handhavingsbewijs (
    zaak_id          uuid not null references handhavingszaak (id) on delete cascade,
    volgnummer       int not null,
    gemeentecode     char(4) not null,
    soort            text not null,
    referentie       text,
    omschrijving     text,
    primary key (zaak_id, volgnummer)
);

create table handhavingsstap (
    zaak_id          uuid not null references handhavingszaak (id) on delete cascade,
    stap             text not null,
    gemeentecode     char(4) not null,
    datum            date not null,
    toelichting      text,
    vastgelegd_door  text not null,
    vastgelegd_op    timestamptz not null,
    primary key (zaak_id, stap)
);

-- H-5, H-6: what the person owes besides the gemeente's fines, recorded by hand (DUO's API for fines is not live).
create table schuld (
    id               uuid primary key,
    inburgeraar_id   uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode     char(4) not null,
    soort            text not null check (soort in ('DUO_BOETE', 'DUO_LENING', 'OVERIG')),
    bedrag           numeric(9, 2) not null check (bedrag > 0),
    datum            date not null,
    omschrijving     text,
    vastgelegd_door  text not null,
    vastgelegd_op    timestamptz not null
);
create index schuld_inburgeraar on schuld (inburgeraar_id, datum);

alter table handhavingszaak enable row level security;
alter table handhavingszaak force row level security;
create policy gemeente_scheiding on handhavingszaak
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));

alter table handhavingsbewijs enable row level security;
alter table handhavingsbewijs force row level security;
create policy gemeente_scheiding on handhavingsbewijs
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));

alter table handhavingsstap enable row level security;
alter table handhavingsstap force row level security;
create policy gemeente_scheiding on handhavingsstap
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));

alter table schuld enable row level security;
alter table schuld force row level security;
create policy gemeente_scheiding on schuld
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
