-- Issue 17, begeleiding part (ADR 0036): maatschappelijke begeleiding by a partner organisation (T-9), its contacts and
-- signals, the warm handover to the sociaal wijkteam, and nazorg after the duty is met (T-11); the relationship PARTNER
-- of the access model (ADR 0028).

-- A partner organisation (e.g. a Vluchtelingenwerk-like organisation). Not personal data: no gemeentecode, no
-- row-level security (as aanbieder).
create table partnerorganisatie (
    id            uuid primary key,
    version       integer not null,
    naam          text not null unique,
    gewijzigd_op  timestamptz not null
);

-- Which partner organisation a user account works for (one each), managed by the functioneel beheerder.
create table partner_gebruiker (
    gebruikersnaam  text primary key references app_user (username) on delete cascade,
    partner_id      uuid not null references partnerorganisatie (id) on delete cascade
);
create index partner_gebruiker_partner_idx on partner_gebruiker (partner_id);

-- The partner organisation of the signed-in user (null for anyone else): read once per statement.
create function inburgeringsregie_partner() returns uuid
    language sql stable parallel safe as $$
    select partner_id from partner_gebruiker where gebruikersnaam = inburgeringsregie_gebruiker()
$$;

-- A person's begeleiding: assigned by the consultant at housing, standard twelve months (T-9), closed by the warm
-- handover (date, receiving team, summary). signaal_sinds: the oldest signal to the consultant not yet seen.
create table begeleiding (
    id                        uuid primary key,
    version                   integer not null,
    inburgeraar_id            uuid not null unique references inburgeraar (id) on delete cascade,
    gemeentecode              char(4) not null,
    partner_id                uuid not null references partnerorganisatie (id),
    startdatum                date not null,
    einddatum                 date not null,
    overdracht_datum          date,
    overdracht_team           text,
    overdracht_samenvatting   text,
    overdracht_gezamenlijk    boolean,
    signaal_sinds             date,
    gewijzigd_op              timestamptz not null,
    constraint begeleiding_periode check (einddatum >= startdatum)
);
create index begeleiding_partner_idx on begeleiding (partner_id, einddatum);
create index begeleiding_gemeente_idx on begeleiding (gemeentecode, einddatum);

-- A contact moment of the begeleider: date, interpreter, leefgebieden touched (comma separated codes), minutes spent,
-- whether those minutes are participation hours (Z-route, R-5/R-11), and an optional signal to the consultant.
create table begeleidingscontact (
    begeleiding      uuid not null references begeleiding (id) on delete cascade,
    begeleiding_key  integer not null,
    datum            date not null,
    tolk             boolean not null,
    tolktaal         text,
    leefgebieden     text not null,
    minuten          integer not null check (minuten between 1 and 720),
    participatie     boolean not null,
    signaal          text,
    vastgelegd_door  text not null,
    primary key (begeleiding, begeleiding_key)
);

-- Nazorg (T-11): the day the duty was met (DUO's notice, or the gemeente's own completion) and the contact six months
-- on, held on a date with an outcome.
create table nazorg (
    id              uuid primary key,
    version         integer not null,
    inburgeraar_id  uuid not null unique references inburgeraar (id) on delete cascade,
    gemeentecode    char(4) not null,
    voldaan_op      date not null,
    bron            text not null check (bron in ('DUO', 'GEMEENTE')),
    gepland_op      date,
    gehouden_op     date,
    uitkomst        text check (uitkomst in ('WERK', 'STUDIE', 'HULPVRAAG', 'GEEN_BEHOEFTE')),
    toelichting     text,
    gewijzigd_op    timestamptz not null
);

-- GEMEENTE (ADR 0028): as every table with personal data.
alter table begeleiding enable row level security;
alter table begeleiding force row level security;
create policy gemeente_scheiding on begeleiding
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
alter table nazorg enable row level security;
alter table nazorg force row level security;
create policy gemeente_scheiding on nazorg
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));

-- PARTNER (ADR 0028, V30_2's form): a partner organisation's user reads and updates the begeleidingen of their own
-- organisation (contacts, signals, the handover) and reads the dossier rows of those persons; never an insert or delete
-- of a begeleiding, never the nazorg.
create policy relatie_partner on begeleiding for select
    using (partner_id = (select inburgeringsregie_partner()));
create policy relatie_partner_wijzigen on begeleiding for update
    using (partner_id = (select inburgeringsregie_partner()))
    with check (partner_id = (select inburgeringsregie_partner()));
create policy relatie_partner on inburgeraar for select
    using (id in (select b.inburgeraar_id from begeleiding b
                  where b.partner_id = (select inburgeringsregie_partner())));
