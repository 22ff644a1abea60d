-- Issue 17, first part (ADR 0032): the monthly payment batch of ontzorgen per gemeente (ISO 20022 pain.001.001.03).
-- Every payment (one fixed cost of one person for one month) is in exactly one batch: unique per ontzorging, kind and
-- month. A batch once sent (VERSTUURD) is immutable; a refused payment is booked back (GEWEIGERD) with its reason.

create table betaalbatch (
    id             uuid primary key,
    gemeentecode   char(4) not null,
    maand          date not null check (extract(day from maand) = 1),
    status         text not null check (status in ('AANGEMAAKT', 'VERSTUURD')),
    aangemaakt_op  timestamptz not null,
    verstuurd_op   timestamptz,
    unique (gemeentecode, maand)
);

create table betaling (
    id               uuid primary key,
    batch_id         uuid not null references betaalbatch (id) on delete cascade,
    gemeentecode     char(4) not null,
    maand            date not null,
    inburgeraar_id   uuid not null references inburgeraar (id) on delete cascade,
    ontzorging_id    uuid not null references ontzorging (id) on delete cascade,
    soort            text not null,
    ontvanger        text not null,
    iban             varchar(34) not null,
    omschrijving     text not null,
    bedrag           numeric(9, 2) not null check (bedrag > 0),
    status           text not null check (status in ('OPGENOMEN', 'GEWEIGERD')),
    reden_weigering  text,
    geweigerd_op     date,
    unique (ontzorging_id, soort, maand)
);
create index betaling_batch_idx on betaling (batch_id);
create index betaling_geweigerd_idx on betaling (gemeentecode) where status = 'GEWEIGERD';

alter table betaalbatch enable row level security;
alter table betaalbatch force row level security;
create policy gemeente_scheiding on betaalbatch
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
alter table betaling enable row level security;
alter table betaling force row level security;
create policy gemeente_scheiding on betaling
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
