-- DUO's notifications as received on POST /duo/v1/notificaties (module duo). The berichtId is the key: the same
-- message twice is stored, and later processed, once. Unknown gebeurtenisIds are kept and shown, never dropped.
create table duo_notificatie (
    bericht_id              uuid primary key,
    gemeentecode            char(4) not null,
    bron                    text not null,
    doel                    text not null,
    gebeurtenis_id          text not null,
    bsn                     char(9),
    v_nummer                bigint,
    registratie_datum_tijd  timestamptz not null,
    bericht                 text not null,
    status                  text not null,
    ontvangen_op            timestamptz not null
);
create index duo_notificatie_gemeente_idx on duo_notificatie (gemeentecode, ontvangen_op desc);

alter table duo_notificatie enable row level security;
alter table duo_notificatie force row level security;
create policy gemeente_scheiding on duo_notificatie
    using (inburgeringsregie_mag_gemeente(gemeentecode)) with check (inburgeringsregie_mag_gemeente(gemeentecode));
