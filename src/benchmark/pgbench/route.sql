-- Floor of issue 16's two reads, as consultant c5000-<c> of gemeente 5000 (run with run-floor.sh; the lines marked
-- "pick" only choose the consultant and the dossier and are not part of the floor):
-- 1. "Termijn eindigt binnen 6 maanden" (GET /voortgang/termijn-eindigt): the worklist's page of kind ROUTE_AFRONDEN
--    (Werkvoorraad.sql with consultant, kind and last day), the names of its persons and their audit rows.
-- 2. The route status of one of the consultant's dossiers in the inburgering phase (GET .../routestatus): the
--    dossier, its audit row, the vastgesteld PIP (VastgesteldPip), what the exchange with DUO shows
--    (DuoRoutegegevens, with DUO's ontheffingen and vrijstellingen), the hours ledger's four sources (read for every
--    route since the PVT and the MAP are followed as modules) and the placements for the late-offer ground
--    (PlaatsingTermijnen's facts).
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
  and onderwerp in ('examens/resultaten', 'examens/gratispogingen', 'pvt', 'map', 'ontheffingen', 'vrijstellingen')
union all
select * from (select distinct on (soort) 'MELDING', soort, bericht from duo_melding
               where inburgeraar_id = :dossier and soort in ('PVT', 'MAP', 'ZROUTE') and status <> 'GEWEIGERD'
               order by soort, aangemaakt_op desc, volgnummer desc) m;
select pl.id, pl.onderdeel, a.naam,
       coalesce(pr.datum <= a.bow_geldig_tot, false) or coalesce(pr.datum <= a.tst_geldig_tot, false) as keurmerk,
       sum(pr.uren_aanwezig) as uren
from presentie pr
join plaatsing pl on pl.id = pr.plaatsing_id
join aanbieder a on a.id = pl.aanbieder_id
where pr.inburgeraar_id = :dossier and pl.onderdeel in ('B1_ROUTE', 'ONDERWIJSROUTE', 'Z_ROUTE', 'KNM', 'PVT', 'MAP')
group by pl.id, pl.onderdeel, a.naam, 4
order by a.naam, pl.id, 4 desc;
select b.id, p.naam, sum(c.minuten) as minuten
from begeleiding b
join begeleidingscontact c on c.begeleiding = b.id and c.participatie
join partnerorganisatie p on p.id = b.partner_id
where b.inburgeraar_id = :dossier
group by b.id, p.naam;
select soort, sum(uren) as uren from intake_uren where inburgeraar_id = :dossier group by soort order by soort;
select module, sum(uren) as uren from module_activiteit where inburgeraar_id = :dossier group by module order by module;
select (select pv.leerroute from pip pv where pv.inburgeraar_id = :dossier and pv.status = 'VASTGESTELD'
        order by pv.versienummer desc limit 1) as pip_leerroute,
       p.id, p.onderdeel, p.status, p.aanmelddatum, p.startdatum, p.einddatum, p.reden_afbreken,
       a.naam, r.datum, r.uren_aanwezig, r.uren_afwezig, r.afwezig_geoorloofd
from (select 1) als_geen_plaatsing
left join plaatsing p on p.inburgeraar_id = :dossier
left join aanbieder a on a.id = p.aanbieder_id
left join presentie r on r.plaatsing_id = p.id and p.status = 'GESTART'
order by p.aanmelddatum, p.id, r.datum;
commit;
