-- Floor of the budgetcoach's worklist (issue 17): the statements one GET /ontzorging sends to PostgreSQL for its first
-- page of 50, as the application sends them (ontzorgen.Werklijst: the counts of its parts, then the page, here all of
-- it from the part "no ontzorging yet", read from the open windows ONTZORGING_REGELEN; AuditLog), as budgetcoach b<:g>
-- of gemeente <:g> (b5000 of the national dataset: 135 open windows). Run with run-floor.sh; the line marked "pick"
-- only collects the audit rows' people and is not part of the floor.
\set g 5000
select set_config('inburgeringsregie.gemeenten', '' || :g, false), set_config('inburgeringsregie.gebruiker', 'b' || :g, false);
begin;
select (select count(*) from (select 1 from termijn t
        where t.soort = 'ONTZORGING_REGELEN' and t.afsluiting is null
          and t.gemeentecode = any(array['' || :g]::char(4)[]) and t.uiterlijke_datum >= current_date limit 500) z) as zonder,
       least(400, (select count(*) from (select 1 from ontzorging o
        where o.gemeentecode = any(array['' || :g]::char(4)[]) and o.beeindigd_op is null and o.einddatum <= current_date + 28
        limit 400) e)
        + (select count(*) from (select 1 from ontzorging o
        where o.gemeentecode = any(array['' || :g]::char(4)[]) and o.beeindigd_op is null
          and o.datum_machtiging is null and o.einddatum > current_date + 28 limit 400) m)) as lopend,
       (select count(*) from (select 1 from betaling p
        where p.gemeentecode = any(array['' || :g]::char(4)[]) and p.status = 'GEWEIGERD' limit 500) g) as geweigerd;
select t.inburgeraar_id as id, t.gemeentecode, i.geslachtsnaam, i.voornamen, t.startdatum as datum_start_bijstand
from (select t.inburgeraar_id, t.gemeentecode, t.startdatum, t.uiterlijke_datum from termijn t
      where t.soort = 'ONTZORGING_REGELEN' and t.afsluiting is null
        and t.gemeentecode = any(array['' || :g]::char(4)[]) and t.uiterlijke_datum >= current_date
      order by t.uiterlijke_datum desc, t.inburgeraar_id limit 50 offset 0) t
cross join lateral (select x.geslachtsnaam, x.voornamen from inburgeraar x
                    where x.id = t.inburgeraar_id offset 0) i
order by t.uiterlijke_datum desc, t.inburgeraar_id;
-- pick:
select array_agg(t.inburgeraar_id)::text as ids, array_agg(t.gemeentecode)::text as codes from (select t.inburgeraar_id, t.gemeentecode from termijn t where t.soort = 'ONTZORGING_REGELEN' and t.afsluiting is null and t.gemeentecode = '' || :g and t.uiterlijke_datum >= current_date order by t.uiterlijke_datum desc, t.inburgeraar_id limit 50) t \gset
insert into audit_log (occurred_at, username, roles, inburgeraar_id, gemeentecode, action, detail, purpose, client_address)
select now(), 'b' || :g, 'BUDGETCOACH', c1::uuid, c2, 'IN_ZOEKRESULTAAT', 'ontzorging-werklijst', 'ontzorgen', '127.0.0.1'
from unnest(:ids::text[], :codes::text[]) as t(c1, c2);
commit;
