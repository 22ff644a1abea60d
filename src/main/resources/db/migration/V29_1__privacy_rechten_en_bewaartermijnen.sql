-- Issue 14, points 6, 15 and 16 (module privacy): break-the-glass assignments, data-subject requests (AVG art. 15 and
-- 16), legal holds, the record of what retention destroyed, and the audit log's retention by dropping whole months.

-- Point 6: an assignment by someone other than a team lead that opens special-category data (I-5) needs a reason;
-- the privacy officer sees every such assignment and marks it reviewed.
create table doorbraak (
    id              bigserial primary key,
    inburgeraar_id  uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode    char(4) not null,
    occurred_at     timestamptz not null,
    username        text not null,
    toegewezen_aan  text not null,
    reden           text not null,
    beoordeeld_door text,
    beoordeeld_op   timestamptz
);
create index doorbraak_gemeente_idx on doorbraak (gemeentecode, occurred_at desc);

-- Point 15: a request of a data subject, registered by the privacy officer: inzage (art. 15) or correction (art. 16),
-- answered within one month of receipt, extendable once by two months with a reason (art. 12(3)).
create table privacyverzoek (
    id                  uuid primary key,
    gemeentecode        char(4) not null references gemeente (code),
    soort               text not null check (soort in ('INZAGE', 'CORRECTIE')),
    bsn                 char(9) not null,
    inburgeraar_id      uuid references inburgeraar (id) on delete set null,
    verzoeker           text not null,
    omschrijving        text,
    ontvangen_op        date not null,
    uiterste_datum      date not null,
    verlenging_reden    text,
    geregistreerd_door  text not null,
    geregistreerd_op    timestamptz not null,
    afgehandeld_door    text,
    afgehandeld_op      timestamptz,
    uitkomst            text,
    toelichting         text,
    version             integer not null
);
create index privacyverzoek_open_idx on privacyverzoek (gemeentecode, uiterste_datum) where afgehandeld_op is null;

-- Point 16: a legal hold keeps a dossier from retention (bezwaar, beroep, a claim); set and lifted by the privacy
-- officer with a reason. At most one active hold per dossier.
create table bewaarblokkade (
    id               bigserial primary key,
    inburgeraar_id   uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode     char(4) not null,
    reden            text not null,
    gezet_door       text not null,
    gezet_op         timestamptz not null,
    opgeheven_door   text,
    opgeheven_op     timestamptz,
    opheffing_reden  text
);
create unique index bewaarblokkade_actief_idx on bewaarblokkade (inburgeraar_id) where opgeheven_op is null;

-- Point 16: the record of destruction (Archiefwet: verklaring van vernietiging): which dossier (its id only, no
-- personal data), which category, when its duty ended, when it was destroyed or anonymised.
create table vernietiging (
    id              bigserial primary key,
    gemeentecode    char(4) not null,
    inburgeraar_id  uuid not null,
    categorie       text not null,
    einde_plicht    date,
    uitgevoerd_op   timestamptz not null
);
create index vernietiging_gemeente_idx on vernietiging (gemeentecode, uitgevoerd_op desc);

-- Row-level security per gemeente, in V14's form (the setting read once per query).
alter table doorbraak enable row level security;
alter table doorbraak force row level security;
create policy gemeente_scheiding on doorbraak
    using ((select inburgeringsregie_alle_gemeenten()) or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten()) or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
alter table privacyverzoek enable row level security;
alter table privacyverzoek force row level security;
create policy gemeente_scheiding on privacyverzoek
    using ((select inburgeringsregie_alle_gemeenten()) or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten()) or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
alter table bewaarblokkade enable row level security;
alter table bewaarblokkade force row level security;
create policy gemeente_scheiding on bewaarblokkade
    using ((select inburgeringsregie_alle_gemeenten()) or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten()) or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
alter table vernietiging enable row level security;
alter table vernietiging force row level security;
create policy gemeente_scheiding on vernietiging
    using ((select inburgeringsregie_alle_gemeenten()) or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten()) or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));

-- Point 16: the audit log's own retention drops whole months through audit_log_maand_verwijderen (V28_1).
