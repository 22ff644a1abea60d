-- Floor of "Mijn deelnemers" (issue 15): the statements one GET /mijn-deelnemers sends to PostgreSQL for its first
-- page of 50 (Deelnemers.mijnDeelnemers(vanaf, grootte) with the organisation's name, AuditLog), as provider user
-- a<:a> (a5 of the national dataset: 600 participants, the largest). Run with run-floor.sh; the line marked "pick"
-- only collects the audit rows' people and is not part of the floor.
\set a 5
-- A provider's user has no gemeente: row-level security lets it see its placements through the relationship only.
select set_config('inburgeringsregie.gemeenten', '', false), set_config('inburgeringsregie.gebruiker', 'a' || :a, false);
begin;
select a.naam, (select count(*) from plaatsing p where p.aanbieder_id = g.aanbieder_id) as totaal
from aanbieder_gebruiker g join aanbieder a on a.id = g.aanbieder_id
where g.gebruikersnaam = 'a' || :a;
select p.id, p.inburgeraar_id, p.gemeentecode, p.onderdeel, p.leerroute, p.niveau, p.status, p.aanmelddatum,
       p.verwachte_start, p.startdatum, i.geslachtsnaam, i.voornamen, i.geboortedatum, i.telefoon, i.email, i.tolk_taal
from plaatsing p
cross join lateral (select x.geslachtsnaam, x.voornamen, x.geboortedatum, x.telefoon, x.email,
                           case when x.tolk_nodig then x.tolk_taal end as tolk_taal
                    from inburgeraar x where x.id = p.inburgeraar_id offset 0) i
where p.aanbieder_id = (select g.aanbieder_id from aanbieder_gebruiker g where g.gebruikersnaam = 'a' || :a)
order by coalesce(p.startdatum, p.verwachte_start, p.aanmelddatum), i.geslachtsnaam, p.id limit 50 offset 0;
-- pick:
select array_agg(p.inburgeraar_id)::text as ids, array_agg(p.gemeentecode)::text as codes from (select p.inburgeraar_id, p.gemeentecode from plaatsing p join inburgeraar i on i.id = p.inburgeraar_id join aanbieder_gebruiker g on g.aanbieder_id = p.aanbieder_id and g.gebruikersnaam = 'a' || :a order by coalesce(p.startdatum, p.verwachte_start, p.aanmelddatum), i.geslachtsnaam, p.id limit 50) p \gset
insert into audit_log (occurred_at, username, roles, inburgeraar_id, gemeentecode, action, detail, purpose, client_address)
select now(), 'a' || :a, 'AANBIEDER', c1::uuid, c2, 'IN_ZOEKRESULTAAT', 'mijn deelnemers (aanbieder)',
       'uitvoering Wet inburgering', '127.0.0.1'
from unnest(:ids::text[], :codes::text[]) as t(c1, c2);
commit;
