-- Issue 16, first part (ADR 0040): voortgangsgesprekken (T-10). The consultant keeps regie over the route "aan de hand
-- van periodieke gesprekken" (seed 003): each conversation held (or the person did not come) is recorded with its form,
-- the interpreter, per leefgebied what changed, whether the PIP needs a new version, and the agreed follow-up actions
-- with their owner and date. The plan of conversations is derived from the PIP's dagtekening and configuration; it is
-- not stored.

-- datum: the day of the conversation (one per person per day: a second click records nothing twice). aanwezig: false
-- records a no-show (for handhaving later). leefgebieden: per leefgebied (intake's vocabulary) a short note;
-- leefgebieden_bijzonder: the same for the health leefgebieden (special category, I-5), apart so that only those working
-- on the case read it; omstandigheid: illness or childbirth (an extension ground of T-5), special category as well.
create table voortgangsgesprek (
    id                      uuid primary key,
    inburgeraar_id          uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode            char(4) not null,
    datum                   date not null,
    aanwezig                boolean not null,
    vorm                    text check (vorm in ('FYSIEK', 'TELEFONISCH', 'VIDEO')),
    tolk_taal               text,
    tolk_geboekt            boolean not null default false,
    samenvatting            text,
    leefgebieden            jsonb not null default '{}',
    leefgebieden_bijzonder  jsonb not null default '{}',
    omstandigheid           text check (omstandigheid in ('ZIEKTE', 'BEVALLING')),
    pip_aanpassen           boolean not null default false,
    pip_aanpassen_reden     text,
    vastgelegd_door         text not null,
    vastgelegd_op           timestamptz not null,
    constraint voortgangsgesprek_een_per_dag unique (inburgeraar_id, datum),
    constraint voortgangsgesprek_vorm check (not aanwezig or vorm is not null),
    constraint voortgangsgesprek_tolk check (not tolk_geboekt or tolk_taal is not null),
    constraint voortgangsgesprek_pip check (not pip_aanpassen or pip_aanpassen_reden is not null)
);

-- An action agreed in a conversation: what, who (a user name of the gemeente's staff, or INBURGERAAR for the person),
-- by when; done when afgerond_op is set (by whom, when: the signed-in user and the clock).
create table voortgangsactie (
    id              uuid primary key,
    gesprek_id      uuid not null references voortgangsgesprek (id) on delete cascade,
    inburgeraar_id  uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode    char(4) not null,
    omschrijving    text not null,
    eigenaar        text not null,
    uiterlijk       date not null,
    afgerond_door   text,
    afgerond_op     timestamptz,
    constraint voortgangsactie_afgerond check ((afgerond_op is null) = (afgerond_door is null))
);
create index voortgangsactie_gesprek_idx on voortgangsactie (gesprek_id);
create index voortgangsactie_dossier_idx on voortgangsactie (inburgeraar_id);
-- "Mijn acties": a user's open actions, soonest first.
create index voortgangsactie_open_idx on voortgangsactie (eigenaar, uiterlijk, id) where afgerond_op is null;

-- GEMEENTE (ADR 0028): as every table with personal data.
alter table voortgangsgesprek enable row level security;
alter table voortgangsgesprek force row level security;
create policy gemeente_scheiding on voortgangsgesprek
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
alter table voortgangsactie enable row level security;
alter table voortgangsactie force row level security;
create policy gemeente_scheiding on voortgangsactie
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
