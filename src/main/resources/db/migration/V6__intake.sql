-- The brede intake (module intake, rules I-1 to I-5, R-1 to R-3): one intake per dossier, its record per
-- leefgebied, its appointments, and the COA handovers imported for it.
create table intake (
    inburgeraar_id               uuid primary key references inburgeraar (id) on delete cascade,
    gemeentecode                 char(4) not null,
    status                       text not null,
    taal_lezen                   text,
    taal_luisteren               text,
    taal_schrijven               text,
    taal_spreken                 text,
    alfabetisering               text,
    vooropleiding                text,
    wil_studeren                 boolean,
    vve_informatie_gegeven       boolean,
    zonder_partner_aangeboden    boolean not null default false,
    tolk_aangeboden              boolean not null default false,
    lbt_gepland                  date,
    lbt_vrijstelling             text,
    lbt_vrijstelling_besluit     text,
    lbt_resultaat                text,
    lbt_behaalde_score           text,
    lbt_benodigde_score          text,
    lbt_datum_afname             date,
    besluit_advies_leerroute     text,
    besluit_advies_indicator     text,
    besluit_advies_uren          integer,
    besluit_leerroute            text,
    besluit_indicator            text,
    besluit_uren                 integer,
    besluit_reden                text,
    besluit_datum                date,
    afgerond_op                  date,
    coa_bron                     text,
    gewijzigd_op                 timestamptz not null,
    version                      integer not null
);

create table intake_leefgebied (
    inburgeraar_id  uuid not null references intake (inburgeraar_id) on delete cascade,
    leefgebied      text not null,
    situatie        text,
    score           integer check (score between 1 and 5),
    wensen          text,
    krachten        text,
    belemmeringen   text,
    bron            text,
    primary key (inburgeraar_id, leefgebied)
);

create table intake_afspraak (
    inburgeraar_id  uuid not null references intake (inburgeraar_id) on delete cascade,
    intake_key      integer not null,
    tijdstip        timestamp not null,
    plaats          text,
    tolk_taal       text,
    tolk_wijze      text not null,
    opkomst         text not null,
    primary key (inburgeraar_id, intake_key)
);

-- COA's warme overdracht as imported (I-4); the key makes a re-import of the same profile a no-op.
create table coa_overdracht (
    sleutel            text primary key,
    inburgeraar_id     uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode       char(4) not null,
    datum_overdracht   date not null,
    geimporteerd_op    timestamptz not null,
    geimporteerd_door  text not null
);

alter table intake enable row level security;
alter table intake force row level security;
create policy gemeente_scheiding on intake
    using (inburgeringsregie_mag_gemeente(gemeentecode)) with check (inburgeringsregie_mag_gemeente(gemeentecode));
alter table intake_leefgebied enable row level security;
alter table intake_leefgebied force row level security;
create policy gemeente_scheiding on intake_leefgebied
    using (exists (select 1 from intake i where i.inburgeraar_id = intake_leefgebied.inburgeraar_id))
    with check (exists (select 1 from intake i where i.inburgeraar_id = intake_leefgebied.inburgeraar_id));
alter table intake_afspraak enable row level security;
alter table intake_afspraak force row level security;
create policy gemeente_scheiding on intake_afspraak
    using (exists (select 1 from intake i where i.inburgeraar_id = intake_afspraak.inburgeraar_id))
    with check (exists (select 1 from intake i where i.inburgeraar_id = intake_afspraak.inburgeraar_id));
alter table coa_overdracht enable row level security;
alter table coa_overdracht force row level security;
create policy gemeente_scheiding on coa_overdracht
    using (inburgeringsregie_mag_gemeente(gemeentecode)) with check (inburgeringsregie_mag_gemeente(gemeentecode));
