-- Issue 15, first part (ADR 0031): providers (aanbieders), their contracts per perceel, and the placements of persons
-- with a contract; the provider's users and the relationship AANBIEDER of the access model (ADR 0028).

-- A provider organisation. Not personal data: no gemeentecode, no row-level security (as gemeente and app_user).
-- R-10: the Blik op Werk keurmerk and, for the onderwijsroute, the TST recognition, each with the last day it is valid
-- (null: the provider does not hold it).
create table aanbieder (
    id                  uuid primary key,
    version             integer not null,
    naam                text not null,
    instellingsnummer   varchar(10) not null unique check (instellingsnummer ~ '^[0-9A-Za-z]{1,10}$'),
    bow_geldig_tot      date,
    tst_geldig_tot      date,
    contactpersoon      text,
    email               text,
    telefoon            text,
    gewijzigd_op        timestamptz not null
);

-- A contract for one perceel (lot) of a regional procurement: one onderdeel, several gemeenten of this installation,
-- a period (both days inclusive), a capacity in places, start moments and a price.
create table contract (
    id              uuid primary key,
    version         integer not null,
    aanbieder_id    uuid not null references aanbieder (id),
    contractnummer  text not null unique,
    perceel         text not null,
    onderdeel       text not null check (onderdeel in
                        ('B1_ROUTE', 'ONDERWIJSROUTE', 'Z_ROUTE', 'KNM', 'PVT', 'MAP', 'BRUGKLAS')),
    begindatum      date not null,
    einddatum       date not null,
    capaciteit      integer not null check (capaciteit between 0 and 100000),
    prijsmodel      text not null check (prijsmodel in ('PER_UUR', 'PER_TRAJECT')),
    prijs           numeric(10, 2) not null check (prijs >= 0),
    gewijzigd_op    timestamptz not null,
    constraint contract_periode check (einddatum >= begindatum)
);
create index contract_aanbieder_idx on contract (aanbieder_id);

create table contract_gemeente (
    contract_id   uuid not null references contract (id) on delete cascade,
    gemeentecode  char(4) not null references gemeente (code),
    primary key (contract_id, gemeentecode)
);
create index contract_gemeente_idx on contract_gemeente (gemeentecode);

create table contract_startmoment (
    contract_id  uuid not null references contract (id) on delete cascade,
    datum        date not null,
    primary key (contract_id, datum)
);

-- Which provider organisation a user account works for (one each), managed on the beheer page.
create table aanbieder_gebruiker (
    gebruikersnaam  text primary key references app_user (username) on delete cascade,
    aanbieder_id    uuid not null references aanbieder (id) on delete cascade
);
create index aanbieder_gebruiker_aanbieder_idx on aanbieder_gebruiker (aanbieder_id);

-- A person's placement with a contract: personal data, so gemeentecode and row-level security like the dossier.
-- leerroute and niveau are the vastgesteld PIP's when the person was placed (what the provider needs to know).
create table plaatsing (
    id               uuid primary key,
    version          integer not null,
    inburgeraar_id   uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode     char(4) not null,
    contract_id      uuid not null references contract (id),
    aanbieder_id     uuid not null references aanbieder (id),
    onderdeel        text not null,
    pip_id           uuid,
    leerroute        text,
    niveau           text,
    status           text not null check (status in
                         ('AANGEMELD', 'WACHTLIJST', 'GEPLAATST', 'GESTART', 'AFGEROND', 'AFGEBROKEN')),
    aanmelddatum     date not null,
    verwachte_start  date,
    verwachte_einde  date,
    startdatum       date,
    einddatum        date,
    reden_afbreken   text,
    gewijzigd_op     timestamptz not null
);
create index plaatsing_dossier_idx on plaatsing (inburgeraar_id);
create index plaatsing_aanbieder_idx on plaatsing (aanbieder_id, verwachte_start);
create index plaatsing_contract_idx on plaatsing (contract_id);

-- The capacity ledger of a contract: which placements hold a place or wait for one, in which order. It holds no
-- person's data (an id, a status, an order number, a date) and no gemeentecode on purpose: a contract serves several
-- gemeenten, and a consultant of one must count the places taken by another's placements (row-level security on
-- plaatsing would hide those). Written only under a lock on the contract row (select ... for update), so two
-- consultants cannot both take the last place. A row leaves the ledger when its placement ends.
create sequence contractbezetting_wachtnummer;
create table contractbezetting (
    plaatsing_id     uuid primary key references plaatsing (id) on delete cascade,
    contract_id      uuid not null references contract (id),
    status           text not null check (status in ('WACHTLIJST', 'GEPLAATST', 'GESTART')),
    wachtnummer      bigint,
    verwachte_start  date,
    constraint contractbezetting_wacht check ((status = 'WACHTLIJST') = (wachtnummer is not null))
);
create index contractbezetting_contract_idx on contractbezetting (contract_id, status, wachtnummer);

-- The provider organisation of the signed-in user (null for anyone else): read once per statement, as V14's functions.
create function inburgeringsregie_aanbieder() returns uuid
    language sql stable parallel safe as $$
    select aanbieder_id from aanbieder_gebruiker where gebruikersnaam = inburgeringsregie_gebruiker()
$$;

-- GEMEENTE (ADR 0028): as every table with personal data.
alter table plaatsing enable row level security;
alter table plaatsing force row level security;
create policy gemeente_scheiding on plaatsing
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));

-- AANBIEDER (ADR 0028, V30_2's form): a provider's user reads the placements with their organisation and the dossier
-- rows of the persons placed there; read only, never an insert, update or delete through this relationship.
create policy relatie_aanbieder on plaatsing for select
    using (aanbieder_id = (select inburgeringsregie_aanbieder()));
-- A hashed subplan, evaluated once per statement: empty (and cheap) for every user who is no provider's.
create policy relatie_aanbieder on inburgeraar for select
    using (id in (select p.inburgeraar_id from plaatsing p
                  where p.aanbieder_id = (select inburgeringsregie_aanbieder())));
