-- Meldingen to DUO (module duo): the transactional outbox. A row is written in the transaction of the change (e.g. a
-- vastgesteld PIP) and delivered by a cluster-safe job with retries and backoff while DUO is unreachable; DUO's
-- refusal (400 with fouttekst) is kept and shown; a team lead can send again.
create table duo_melding (
    id                uuid primary key,
    soort             text not null,
    inburgeraar_id    uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode      char(4) not null,
    pad               text not null,
    bericht           text not null,
    status            text not null,
    pogingen          integer not null default 0,
    volgende_poging   timestamptz not null,
    fouttekst         text,
    aangemaakt_op     timestamptz not null,
    verzonden_op      timestamptz
);
create index duo_melding_te_verzenden_idx on duo_melding (volgende_poging) where status in ('WACHT', 'MISLUKT');
create index duo_melding_dossier_idx on duo_melding (inburgeraar_id, aangemaakt_op desc);

alter table duo_melding enable row level security;
alter table duo_melding force row level security;
create policy gemeente_scheiding on duo_melding
    using (inburgeringsregie_mag_gemeente(gemeentecode)) with check (inburgeringsregie_mag_gemeente(gemeentecode));
