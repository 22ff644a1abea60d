-- The PIP (module pip, rules P-1 to P-5, R-1, R-2, T-3, T-6, T-7): every version of the plan of a dossier, and its
-- agreements. A version is a concept until vastgesteld; a later version replaces it; nothing is ever deleted.
create table pip (
    id                                  uuid primary key,
    inburgeraar_id                      uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode                        char(4) not null,
    versienummer                        integer not null,
    status                              text not null,
    vorige_id                           uuid references pip (id),
    leerroute                           text,
    niveau                              text,
    indicator_alfabetiseringsonderwijs  text,
    geschatte_intensiteit_b1_route      integer,
    indicator_mag_opleiding_afmaken     boolean not null default false,
    zienswijze                          text,
    oneens                              boolean not null default false,
    standpunt_gemeente                  text,
    dagtekening_pip                     date,
    wijzigingsreden                     text,
    wijzigingstoelichting               text,
    afschalen_onderdelen                text,
    lesuren                             integer,
    lesuren_bron                        text,
    intrekkingsreden                    text,
    gewijzigd_op                        timestamptz not null,
    version                             integer not null,
    constraint pip_versie_per_dossier unique (inburgeraar_id, versienummer)
);
create index pip_dossier_idx on pip (inburgeraar_id, versienummer desc);

create table pip_afspraak (
    pip_id        uuid not null references pip (id) on delete cascade,
    pip_key       integer not null,
    onderdeel     text not null,
    eigenaar      text not null,
    omschrijving  text not null,
    uiterlijk     date,
    frequentie    text,
    uren          integer,
    aanbieder     text,
    handhaafbaar  boolean not null,
    primary key (pip_id, pip_key)
);

alter table pip enable row level security;
alter table pip force row level security;
create policy gemeente_scheiding on pip
    using (inburgeringsregie_mag_gemeente(gemeentecode)) with check (inburgeringsregie_mag_gemeente(gemeentecode));
alter table pip_afspraak enable row level security;
alter table pip_afspraak force row level security;
create policy gemeente_scheiding on pip_afspraak
    using (exists (select 1 from pip p where p.id = pip_afspraak.pip_id))
    with check (exists (select 1 from pip p where p.id = pip_afspraak.pip_id));
