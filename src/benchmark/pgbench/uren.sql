-- Floor of a dossier's hours totals (issue 15): the statements of GET /api/v1/inburgeraars/{id}/uren that read the
-- dossier and the ledger (DossierfeitenLezer, AuditLog, Plaatsingsuren) for a random dossier of gemeente 5000 with
-- a started placement, as consultant c5000-1; the access decision's relationship queries (Toegang) are not in it.
-- Run with run-floor.sh; the line marked "pick" only chooses the dossier and is not part of the floor.
\set n random(0, 8000)
select set_config('inburgeringsregie.gemeenten', '5000', false), set_config('inburgeringsregie.gebruiker', 'c5000-1', false);
-- pick:
select inburgeraar_id as dossier from plaatsing where gemeentecode = '5000' and status = 'GESTART' order by id offset :n limit 1 \gset
begin;
select * from inburgeraar where id = any(array[:dossier::uuid]);
insert into audit_log (occurred_at, username, roles, inburgeraar_id, gemeentecode, action, detail, purpose, client_address)
select now(), 'c5000-1', 'CONSULENT', :dossier, '5000', 'DOSSIER_BEKEKEN', 'uren', 'uitvoering Wet inburgering', '127.0.0.1';
select pl.id, pl.onderdeel, a.naam,
       coalesce(pr.datum <= a.bow_geldig_tot, false) or coalesce(pr.datum <= a.tst_geldig_tot, false) as keurmerk,
       sum(pr.uren_aanwezig) as uren
from presentie pr
join plaatsing pl on pl.id = pr.plaatsing_id
join aanbieder a on a.id = pl.aanbieder_id
where pr.inburgeraar_id = :dossier and pl.onderdeel in ('B1_ROUTE', 'ONDERWIJSROUTE', 'Z_ROUTE', 'KNM')
group by pl.id, pl.onderdeel, a.naam, 4
order by a.naam, pl.id, 4 desc;
commit;
