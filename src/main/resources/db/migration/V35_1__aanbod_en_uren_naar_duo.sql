-- Issue 15 (ADR 0034): DUO's Inburgeringsaanbod follows the placement and GevolgdeUren the hours ledger.

-- The order of the meldingen of one person, kind and path: the newest valid one is what DUO has (or will have) from
-- us, the total a new one is compared with. aangemaakt_op cannot tell: two meldingen may share a moment.
alter table duo_melding add column volgnummer bigint generated always as identity;
create index duo_melding_laatste_idx on duo_melding (inburgeraar_id, soort, pad, volgnummer desc);

-- Hours of NT2, KNM and participation followed during the brede intake at the gemeente (R-11; DUO's
-- bredeintake/taallesknm, and participatieactiviteiten: "De uren uit Brede Intake tellen mee", Besluit art. 3.14).
-- One row per day and kind; a second report of the same day and kind replaces it (a correction).
create table intake_uren (
    inburgeraar_id      uuid not null references intake (inburgeraar_id) on delete cascade,
    gemeentecode        char(4) not null,
    datum               date not null,
    soort               text not null check (soort in ('NT2', 'KNM', 'PARTICIPATIE')),
    uren                numeric(4, 2) not null check (uren >= 0 and uren <= 24),
    omschrijving        text check (length(omschrijving) <= 200),
    geregistreerd_door  text not null,
    geregistreerd_op    timestamptz not null,
    primary key (inburgeraar_id, datum, soort)
);

alter table intake_uren enable row level security;
alter table intake_uren force row level security;
create policy gemeente_scheiding on intake_uren
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
