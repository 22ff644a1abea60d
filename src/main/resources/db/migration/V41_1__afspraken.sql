-- Issue 17, interpreters part (ADR 0038): planned appointments with a person (intake, voortgangsgesprek,
-- COA-overdrachtsgesprek, nazorg, begeleiding, other) and for each whether an interpreter is needed, in which language,
-- and whether, with whom and by whom the interpreter was booked (rule book I-1: a conversation with an interpreter
-- where needed).

-- aanvang: the moment the appointment starts (planned in Europe/Amsterdam). tolk_bij: the interpreter's bureau or
-- name; tolk_geboekt_door/-op: the signed-in user who recorded the booking and when. status_door/-op: who marked it
-- held or cancelled.
create table afspraak (
    id                 uuid primary key,
    inburgeraar_id     uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode       char(4) not null,
    soort              text not null check (soort in ('INTAKEGESPREK', 'VOORTGANGSGESPREK', 'COA_OVERDRACHTSGESPREK',
                                                      'NAZORG', 'BEGELEIDING', 'OVERIG')),
    aanvang            timestamptz not null,
    plaats             text,
    gepland_door       text not null,
    gepland_op         timestamptz not null,
    tolk_nodig         boolean not null,
    tolk_taal          text,
    tolk_geboekt       boolean not null default false,
    tolk_bij           text,
    tolk_geboekt_door  text,
    tolk_geboekt_op    timestamptz,
    status             text not null default 'GEPLAND' check (status in ('GEPLAND', 'GEHOUDEN', 'GEANNULEERD')),
    status_door        text,
    status_op          timestamptz,
    constraint afspraak_tolktaal check (not tolk_nodig or tolk_taal is not null),
    constraint afspraak_geboekt check (not tolk_geboekt
                                       or (tolk_nodig and tolk_bij is not null and tolk_geboekt_door is not null
                                           and tolk_geboekt_op is not null))
);
-- A person's appointments in time order (the dossier page, GET /api/v1/inburgeraars/{id}/afspraken).
create index afspraak_dossier_idx on afspraak (inburgeraar_id, aanvang, id);
-- "Tolk nog te boeken" per gemeente, soonest first: one partial index serves the list's filter and order, so the read
-- stays a short range scan at national scale (only open, unbooked appointments with an interpreter are in it).
create index afspraak_tolk_te_boeken_idx on afspraak (gemeentecode, aanvang, id)
    where tolk_nodig and not tolk_geboekt and status = 'GEPLAND';
-- The same list for a partner organisation: its begeleiding appointments, soonest first.
create index afspraak_tolk_te_boeken_begeleiding_idx on afspraak (aanvang, id)
    where tolk_nodig and not tolk_geboekt and status = 'GEPLAND' and soort = 'BEGELEIDING';

-- GEMEENTE (ADR 0028): as every table with personal data.
alter table afspraak enable row level security;
alter table afspraak force row level security;
create policy gemeente_scheiding on afspraak
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));

-- PARTNER (ADR 0036, 0038): a partner organisation's user reads, plans and updates only begeleiding appointments of the
-- persons assigned to their organisation; never the consultant's intake or other conversations, never a delete.
create policy relatie_partner on afspraak for select
    using (soort = 'BEGELEIDING'
           and inburgeraar_id in (select b.inburgeraar_id from begeleiding b
                                  where b.partner_id = (select inburgeringsregie_partner())));
create policy relatie_partner_plannen on afspraak for insert
    with check (soort = 'BEGELEIDING'
                and inburgeraar_id in (select b.inburgeraar_id from begeleiding b
                                       where b.partner_id = (select inburgeringsregie_partner())));
create policy relatie_partner_wijzigen on afspraak for update
    using (soort = 'BEGELEIDING'
           and inburgeraar_id in (select b.inburgeraar_id from begeleiding b
                                  where b.partner_id = (select inburgeringsregie_partner())))
    with check (soort = 'BEGELEIDING'
                and inburgeraar_id in (select b.inburgeraar_id from begeleiding b
                                       where b.partner_id = (select inburgeringsregie_partner())));
