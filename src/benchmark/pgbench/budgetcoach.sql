-- Floor of the budgetcoach's worklist (issue 17): the statements one GET /ontzorging sends to PostgreSQL, as the
-- application sends them (ontzorgen.Werklijst: persons without an ontzorging, ontzorgingen without an authorisation or
-- ending, refused payments; AuditLog), as budgetcoach b<:g> of gemeente <:g> (b5000 of the national dataset; captured
-- with log_min_duration_statement = 0 on a generated dataset). Run with run-floor.sh; the line marked "pick" only
-- collects the audit rows' people and is not part of the floor.
\set g 5000
select set_config('inburgeringsregie.gemeenten', '' || :g, false), set_config('inburgeringsregie.gebruiker', 'b' || :g, false);
begin;
select i.id, i.gemeentecode, i.geslachtsnaam, i.voornamen, i.datum_start_bijstand
from inburgeraar i
where i.gemeentecode = any(array['' || :g]::char(4)[]) and i.doelgroep = 'ASIELSTATUSHOUDER'
  and i.datum_start_bijstand is not null and i.datum_start_bijstand > (current_date - interval '6 months')::date
  and (select o.id from ontzorging o where o.inburgeraar_id = i.id) is null
order by i.datum_start_bijstand desc, i.id limit 500;
select o.inburgeraar_id, o.gemeentecode, i.geslachtsnaam, i.voornamen, o.begindatum, o.einddatum,
       o.datum_machtiging is null as zonder_machtiging
from ((select o.* from ontzorging o
       where o.gemeentecode = any(array['' || :g]::char(4)[]) and o.beeindigd_op is null and o.einddatum <= current_date + 28
       order by o.einddatum, o.inburgeraar_id limit 400)
      union all
      (select o.* from ontzorging o
       where o.gemeentecode = any(array['' || :g]::char(4)[]) and o.beeindigd_op is null
         and o.datum_machtiging is null and o.einddatum > current_date + 28
       order by o.einddatum, o.inburgeraar_id limit 400)) o
cross join lateral (select x.geslachtsnaam, x.voornamen from inburgeraar x
                    where x.id = o.inburgeraar_id offset 0) i
order by o.einddatum, o.inburgeraar_id limit 400;
select p.inburgeraar_id, p.gemeentecode, i.geslachtsnaam, i.voornamen, o.begindatum, o.einddatum
from betaling p join ontzorging o on o.id = p.ontzorging_id
cross join lateral (select x.geslachtsnaam, x.voornamen from inburgeraar x
                    where x.id = p.inburgeraar_id offset 0) i
where p.gemeentecode = any(array['' || :g]::char(4)[]) and p.status = 'GEWEIGERD'
order by p.geweigerd_op desc, p.id limit 500;
-- pick:
select array_agg(id)::text as ids from (select o.inburgeraar_id as id from ontzorging o where o.gemeentecode = '' || :g and o.beeindigd_op is null and (o.datum_machtiging is null or o.einddatum <= current_date + 28) order by o.einddatum, o.inburgeraar_id limit 400) t \gset
insert into audit_log (occurred_at, username, roles, inburgeraar_id, gemeentecode, action, detail, purpose, client_address)
select now(), 'b' || :g, 'BUDGETCOACH', c1::uuid, '' || :g, 'IN_ZOEKRESULTAAT', 'ontzorging-werklijst', 'ontzorgen',
       '127.0.0.1'
from unnest(:ids::text[]) as t(c1);
commit;
