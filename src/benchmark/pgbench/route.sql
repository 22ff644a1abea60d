-- Floor of issue 16's two reads, as consultant c5000-<c> of gemeente 5000 (run with run-floor.sh; the lines marked
-- "pick" only choose the consultant and the dossier and are not part of the floor):
-- 1. "Termijn eindigt binnen 6 maanden" (GET /voortgang/termijn-eindigt): the worklist's page of kind ROUTE_AFRONDEN
--    (Werkvoorraad.sql with consultant, kind and last day), the names of its persons and their audit rows.
-- 2. The route status of one of the consultant's dossiers in the inburgering phase (GET .../routestatus): the
--    dossier, its audit row, the vastgesteld PIP (VastgesteldPip) and what the exchange with DUO shows
--    (DuoRoutegegevens); the ledger is read for the Z-route and the onderwijsroute only (uren.sql is its floor).
-- The access decision's relationship queries (Toegang) are not in it.
\set c random(1, 86)
\set n random(0, 200)
select set_config('inburgeringsregie.gemeenten', '5000', false), set_config('inburgeringsregie.gebruiker', 'c5000-' || :c, false);
-- pick:
select id as dossier from inburgeraar where gemeentecode = '5000' and consulent = 'c5000-' || :c and fase = 'INBURGERING' order by id offset :n % 100 limit 1 \gset
begin;
select * from termijn where gemeentecode = cast('5000' as char(4)) and afsluiting is null and uiterlijke_datum is not null
  and (not venster or uiterlijke_datum >= current_date) and consulent = 'c5000-' || :c and soort = 'ROUTE_AFRONDEN'
  and uiterlijke_datum <= current_date + interval '6 months'
order by uiterlijke_datum, inburgeraar_id, soort limit 51;
select id, geslachtsnaam, voornamen from inburgeraar where id in (select inburgeraar_id from termijn
  where gemeentecode = '5000' and afsluiting is null and consulent = 'c5000-' || :c and soort = 'ROUTE_AFRONDEN'
    and uiterlijke_datum <= current_date + interval '6 months' limit 51);
insert into audit_log (occurred_at, username, roles, inburgeraar_id, gemeentecode, action, detail, purpose, client_address)
select now(), 'c5000-' || :c, 'CONSULENT', inburgeraar_id, '5000', 'IN_ZOEKRESULTAAT', 'werkvoorraad', 'uitvoering Wet inburgering', '127.0.0.1'
from termijn where gemeentecode = '5000' and afsluiting is null and consulent = 'c5000-' || :c and soort = 'ROUTE_AFRONDEN'
  and uiterlijke_datum <= current_date + interval '6 months' limit 51;
commit;
begin;
select * from inburgeraar where id = any(array[:dossier::uuid]);
insert into audit_log (occurred_at, username, roles, inburgeraar_id, gemeentecode, action, detail, purpose, client_address)
select now(), 'c5000-' || :c, 'CONSULENT', :dossier, '5000', 'DOSSIER_BEKEKEN', 'routestatus', 'uitvoering Wet inburgering', '127.0.0.1';
select id, versienummer, dagtekening_pip, leerroute, niveau, afschalen_onderdelen from pip
where inburgeraar_id = :dossier and status = 'VASTGESTELD' and leerroute is not null order by versienummer desc limit 1;
select 'DUO' as bron, onderwerp as sleutel, inhoud from duo_gegeven
where inburgeraar_id = :dossier and inhoud is not null
  and onderwerp in ('examens/resultaten', 'examens/gratispogingen', 'pvt', 'map')
union all
select * from (select distinct on (soort) 'MELDING', soort, bericht from duo_melding
               where inburgeraar_id = :dossier and soort in ('PVT', 'MAP', 'ZROUTE') and status <> 'GEWEIGERD'
               order by soort, aangemaakt_op desc) m;
commit;
