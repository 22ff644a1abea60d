-- Floor of the begeleider's worklist (issue 17): the statements one GET /begeleiding sends to PostgreSQL, as the
-- application sends them (begeleiding.Begeleidingswerklijst, AuditLog), as begeleider bg<:r>-1 of region <:r>'s partner
-- organisation (bg1-1 of the national dataset: the region of the largest gemeenten; captured with
-- log_min_duration_statement = 0 on a generated dataset). Run with run-floor.sh; the line marked "pick" only collects
-- the audit rows' people and is not part of the floor.
\set r 1
-- A begeleider has no gemeente: row-level security lets it see its organisation's persons through PARTNER only.
select set_config('inburgeringsregie.gemeenten', '', false), set_config('inburgeringsregie.gebruiker', 'bg' || :r || '-1', false);
begin;
select count(*) from (select 1 from begeleiding b
    where b.partner_id = (select g.partner_id from partner_gebruiker g where g.gebruikersnaam = 'bg' || :r || '-1')
      and b.overdracht_datum is null limit 1051) t;
select b.inburgeraar_id, b.gemeentecode, i.geslachtsnaam, i.voornamen, b.startdatum,
       b.einddatum, b.signaal_sinds,
       (select max(c.datum) from begeleidingscontact c where c.begeleiding = b.id) as laatste
from (select b.id, b.inburgeraar_id, b.gemeentecode, b.startdatum, b.einddatum, b.signaal_sinds
      from begeleiding b
      where b.partner_id = (select g.partner_id from partner_gebruiker g where g.gebruikersnaam = 'bg' || :r || '-1')
        and b.overdracht_datum is null
      order by b.einddatum, b.inburgeraar_id limit 50 offset 0) b
cross join lateral (select x.geslachtsnaam, x.voornamen from inburgeraar x
                    where x.id = b.inburgeraar_id offset 0) i
order by b.einddatum, b.inburgeraar_id;
-- pick:
select array_agg(b.inburgeraar_id)::text as ids, array_agg(b.gemeentecode)::text as codes from (select b.inburgeraar_id, b.gemeentecode from begeleiding b where b.partner_id = (select g.partner_id from partner_gebruiker g where g.gebruikersnaam = 'bg' || :r || '-1') and b.overdracht_datum is null order by b.einddatum, b.inburgeraar_id limit 50) b \gset
insert into audit_log (occurred_at, username, roles, inburgeraar_id, gemeentecode, action, detail, purpose, client_address)
select now(), 'bg' || :r || '-1', 'BEGELEIDER', c1::uuid, c2, 'IN_ZOEKRESULTAAT', 'begeleiding-werklijst',
       'maatschappelijke begeleiding', '127.0.0.1'
from unnest(:ids::text[], :codes::text[]) as t(c1, c2);
commit;
