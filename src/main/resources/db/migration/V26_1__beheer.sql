-- Issue 14 point 13 (h5): the functioneel beheerder's journal and the per-gemeente settings set in the UI.
-- No personal data of inburgeraars: no row-level security. The journal is append-only like the audit log.

create table beheer_journaal (
    id             bigserial primary key,
    occurred_at    timestamptz not null,
    username       text not null,
    onderwerp      text not null,
    veld           text not null,
    oude_waarde    text,
    nieuwe_waarde  text
);
create index beheer_journaal_tijd_idx on beheer_journaal (occurred_at desc, id desc);

create function beheer_journaal_alleen_toevoegen() returns trigger language plpgsql as $$
begin
    raise exception 'beheer_journaal is append-only';
end $$;
create trigger beheer_journaal_geen_wijziging before update or delete on beheer_journaal
    for each row execute function beheer_journaal_alleen_toevoegen();

-- A value set in the UI for one gemeente; without a row the configuration's value holds.
create table gemeente_instelling (
    gemeentecode  char(4) not null references gemeente (code),
    sleutel       text not null,
    waarde        text not null,
    gewijzigd_op  timestamptz not null,
    gewijzigd_door text not null,
    primary key (gemeentecode, sleutel)
);
