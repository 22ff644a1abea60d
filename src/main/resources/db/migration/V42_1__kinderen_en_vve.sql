-- Issue 17, children part (ADR 0039): for each child of VVE age a referral to voorschool or kinderopvang with its status
-- (rule I-2), and the two acts I-2 requires recorded as done with date and who. The children themselves stay in the
-- household record of the dossier (table kind: first name and birth date); a referral names its child by both.

-- A referral of one child of the household to one kind of provision; one row per child and kind, its current status.
create table vve_verwijzing (
    inburgeraar_id      uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode        char(4) not null,
    kind_voornaam       text not null,
    kind_geboortedatum  date not null,
    soort               text not null check (soort in ('VOORSCHOOL', 'KINDEROPVANG')),
    status              text not null
        check (status in ('TE_BESPREKEN', 'AANGEMELD', 'GEPLAATST', 'AFGEWEZEN', 'NIET_GEWENST')),
    datum               date not null,
    toelichting         text,
    vastgelegd_door     text not null,
    vastgelegd_op       timestamptz not null,
    primary key (inburgeraar_id, kind_voornaam, kind_geboortedatum, soort)
);

-- I-2's two acts, each recorded once as done: the parents informed about VVE, the person told they may talk without
-- the partner present. Who and when come from the signed-in user and the moment of recording.
create table vve_handeling (
    inburgeraar_id   uuid not null references inburgeraar (id) on delete cascade,
    gemeentecode     char(4) not null,
    handeling        text not null check (handeling in ('OUDERS_GEINFORMEERD', 'ZONDER_PARTNER')),
    gedaan_op        date not null,
    vastgelegd_door  text not null,
    vastgelegd_op    timestamptz not null,
    primary key (inburgeraar_id, handeling)
);

-- GEMEENTE (ADR 0028): as every table with personal data. No relationship policies: only staff of the gemeente with the
-- dossier's rights see children (ADR 0039).
alter table vve_verwijzing enable row level security;
alter table vve_verwijzing force row level security;
create policy gemeente_scheiding on vve_verwijzing
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
alter table vve_handeling enable row level security;
alter table vve_handeling force row level security;
create policy gemeente_scheiding on vve_handeling
    using ((select inburgeringsregie_alle_gemeenten())
           or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]))
    with check ((select inburgeringsregie_alle_gemeenten())
                or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[]));
