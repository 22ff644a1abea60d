-- Foundation schema: gemeenten, users, the inburgeraar dossier, its journal, the audit log and the
-- Spring Modulith event publication registry. Snake_case; domain nouns in Dutch as the law names them,
-- technical nouns in English (docs/adr/0001-naming-language.md).

create table gemeente (
    code  char(4) primary key check (code ~ '^[0-9]{4}$'),
    naam  text not null
);

create table app_user (
    username      text primary key,
    display_name  text not null,
    password_hash text not null,
    roles         text[] not null,
    gemeenten     char(4)[] not null,
    active        boolean not null default true
);

create table inburgeraar (
    id                        uuid primary key,
    gemeentecode              char(4) not null references gemeente (code),
    bsn                       char(9) not null,
    geslachtsnaam             text not null,
    voornamen                 text,
    geboortedatum             date not null,
    geslacht                  text not null,
    nationaliteiten           text[] not null default '{}',
    land_van_herkomst         char(2),
    talen                     text[] not null default '{}',
    tolk_nodig                boolean not null default false,
    tolk_taal                 text,
    telefoon                  text,
    email                     text,
    straat                    text,
    huisnummer                text,
    postcode                  text,
    woonplaats                text,
    partner_naam              text,
    partner_geboortedatum     date,
    doelgroep                 text not null,
    gedetailleerde_doelgroep  text,
    wet                       text not null,
    fase                      text not null,
    consulent                 text references app_user (username),
    registratiebron           text not null,
    datum_kennisgeving        date,
    datum_koppeling           date,
    datum_huisvesting         date,
    datum_inschrijving_brp    date,
    datum_start_bijstand      date,
    created_at                timestamptz not null default now(),
    version                   integer not null,
    constraint inburgeraar_bsn_per_gemeente unique (gemeentecode, bsn)
);

-- The caseload: filtered by gemeente (and consultant), sorted by name, paged by keyset.
create index inburgeraar_caseload_idx on inburgeraar (gemeentecode, lower(geslachtsnaam), id);
create index inburgeraar_consulent_idx on inburgeraar (gemeentecode, consulent, lower(geslachtsnaam), id);
-- Search by name prefix.
create index inburgeraar_naam_prefix_idx on inburgeraar (gemeentecode, lower(geslachtsnaam) text_pattern_ops);
create index inburgeraar_bsn_idx on inburgeraar (bsn);

create table kind (
    inburgeraar      uuid not null references inburgeraar (id) on delete cascade,
    inburgeraar_key  integer not null,
    voornaam         text not null,
    geboortedatum    date not null,
    primary key (inburgeraar, inburgeraar_key)
);

-- The dossier journal: every change with who, when and what (old -> new).
create table journaal (
    id             bigserial primary key,
    inburgeraar_id uuid not null references inburgeraar (id),
    gemeentecode   char(4) not null,
    occurred_at    timestamptz not null,
    username       text not null,
    soort          text not null,
    veld           text,
    oude_waarde    text,
    nieuwe_waarde  text
);
create index journaal_dossier_idx on journaal (inburgeraar_id, occurred_at desc, id desc);

-- Append-only log of every read and write of personal data (privacy module).
create table audit_log (
    id             bigserial primary key,
    occurred_at    timestamptz not null,
    username       text not null,
    roles          text not null,
    inburgeraar_id uuid,
    gemeentecode   char(4),
    action         text not null,
    detail         text,
    purpose        text not null,
    client_address text
);
create index audit_log_inburgeraar_idx on audit_log (inburgeraar_id, occurred_at desc);
create index audit_log_user_idx on audit_log (username, occurred_at desc);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_log_no_update_or_delete before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();

-- Spring Modulith's event publication registry (the transactional outbox), schema v2 for PostgreSQL.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
