-- Floor of "Mijn werkvoorraad" (issue 7): the statements one GET /werkvoorraad sends to PostgreSQL, as the
-- application sends them (Werkvoorraad.sql, Werkvoorraad.GROEPEN, AuditLog), for a random consultant of gemeente
-- 5000 of the national dataset. Run with run-floor.sh; the line marked "pick" only chooses the audit rows' people and
-- is not part of the floor (pgbench -r reports each statement apart).
\set c random(1, 86)
select set_config('inburgeringsregie.gemeenten', '5000', false);
begin;
select * from termijn
where gemeentecode = cast('5000' as char(4)) and afsluiting is null and uiterlijke_datum is not null
  and (not venster or uiterlijke_datum >= current_date) and consulent = 'c5000-' || :c
order by uiterlijke_datum, inburgeraar_id, soort limit 101;
select count(*) filter (where uiterlijke_datum < current_date) as verlopen,
       count(*) filter (where uiterlijke_datum >= current_date and uiterlijke_datum <= current_date + 6) as deze_week,
       count(*) filter (where uiterlijke_datum > current_date + 6 and uiterlijke_datum <= current_date + 28) as vier_weken,
       count(*) filter (where uiterlijke_datum > current_date + 28) as later
from termijn
where gemeentecode = any('{5000}') and afsluiting is null and uiterlijke_datum is not null
  and (not venster or uiterlijke_datum >= current_date) and consulent = 'c5000-' || :c;
-- pick:
select array_agg(distinct inburgeraar_id)::text as ids from (select inburgeraar_id from termijn where gemeentecode = '5000' and afsluiting is null and uiterlijke_datum is not null and (not venster or uiterlijke_datum >= current_date) and consulent = 'c5000-' || :c order by uiterlijke_datum, inburgeraar_id, soort limit 100) t \gset
insert into audit_log (occurred_at, username, roles, inburgeraar_id, gemeentecode, action, detail, purpose, client_address)
select now(), 'c5000-' || :c, 'CONSULENT', c1, '5000', 'IN_ZOEKRESULTAAT', 'werkvoorraad',
       'uitvoering Wet inburgering', '127.0.0.1'
from unnest(cast(:ids as uuid[])) as t(c1);
commit;
