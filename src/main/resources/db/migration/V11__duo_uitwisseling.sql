-- The rest of the DUO exchange (module duo).
-- Meldingen of every API: which API and HTTP method (PIP: POST; MAP, PVT, Z-route, hours: PUT; aanbod, contactpersoon: POST).
-- The bericht is null for a melding without a body (linking a contactpersoon).
alter table duo_melding add column api text not null default 'PIP';
alter table duo_melding add column methode text not null default 'POST';
alter table duo_melding alter column api drop default;
alter table duo_melding alter column methode drop default;
alter table duo_melding alter column bericht drop not null;

-- DUO's picture of a dossier: the last answer of each query (onderwerp = the path after /personen/{bsn}/), with the
-- date it was fetched, so the dossier shows DUO's values with their source and date.
create table duo_gegeven (
    inburgeraar_id  uuid not null references inburgeraar (id) on delete cascade,
    onderwerp       text not null,
    gemeentecode    char(4) not null,
    inhoud          text,
    opgehaald_op    timestamptz not null,
    primary key (inburgeraar_id, onderwerp)
);
alter table duo_gegeven enable row level security;
alter table duo_gegeven force row level security;
create policy gemeente_scheiding on duo_gegeven
    using (inburgeringsregie_mag_gemeente(gemeentecode)) with check (inburgeringsregie_mag_gemeente(gemeentecode));

-- Our staff registered with DUO as contactpersoon (Contactpersoon API), per gemeente: DUO's id for linking dossiers.
create table duo_contactpersoon (
    gemeentecode    char(4) not null,
    gebruiker       text not null,
    duo_id          integer not null,
    naam            text not null,
    email           text not null,
    telefoonnummer  text not null,
    primary key (gemeentecode, gebruiker)
);
alter table duo_contactpersoon enable row level security;
alter table duo_contactpersoon force row level security;
create policy gemeente_scheiding on duo_contactpersoon
    using (inburgeringsregie_mag_gemeente(gemeentecode)) with check (inburgeringsregie_mag_gemeente(gemeentecode));

-- Reconciliation: differences found when comparing DUO's picture with ours, per gemeente; replaced on each run.
create table duo_afwijking (
    id              uuid primary key,
    gemeentecode    char(4) not null,
    inburgeraar_id  uuid references inburgeraar (id) on delete cascade,
    soort           text not null,
    ons             text,
    duo             text,
    gevonden_op     timestamptz not null
);
create index duo_afwijking_gemeente_idx on duo_afwijking (gemeentecode, soort);
alter table duo_afwijking enable row level security;
alter table duo_afwijking force row level security;
create policy gemeente_scheiding on duo_afwijking
    using (inburgeringsregie_mag_gemeente(gemeentecode)) with check (inburgeringsregie_mag_gemeente(gemeentecode));

-- For a person DUO notified about without a dossier here: DUO's date of the notice and doelgroep, fetched when the
-- notification was processed, so the registration from reconciliation starts prefilled (and T-1 runs from DUO's date).
alter table duo_notificatie add column datum_kennisgeving date;
alter table duo_notificatie add column doelgroep text;
