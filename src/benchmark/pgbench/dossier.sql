-- Floor of the dossier page (issue 7): the statements one GET /inburgeraars/{id} sends to PostgreSQL, as the
-- application sends them (the dossier by its key after Dossierrelaties.VAN, the children, AuditLog, the consultant's name,
-- Journaal.VAN_DOSSIER in one transaction; the gemeente's name; the consultants to assign to), for a random dossier of gemeente 5000 of the national dataset. Run
-- with run-floor.sh; the line marked "pick" only chooses the dossier and is not part of the floor.
\set n random(0, 25000)
-- Each connection the application takes from its pool first gets the user's gemeenten (row-level security).
select set_config('inburgeringsregie.gemeenten', '5000', false);
-- pick:
select id as dossier from inburgeraar where gemeentecode = '5000' order by id offset :n limit 1 \gset
begin;
select * from inburgeraar where id = :dossier and gemeentecode = any('{5000}');
select voornaam, geboortedatum, inburgeraar_key from kind where inburgeraar = :dossier order by inburgeraar_key;
insert into audit_log (occurred_at, username, roles, inburgeraar_id, gemeentecode, action, detail, purpose, client_address)
select now(), 'c5000-1', 'CONSULENT', :dossier, '5000', 'DOSSIER_BEKEKEN', null, 'uitvoering Wet inburgering', '127.0.0.1';
insert into audit_log (occurred_at, username, roles, inburgeraar_id, gemeentecode, action, detail, purpose, client_address)
select now(), 'c5000-1', 'CONSULENT', :dossier, '5000', 'JOURNAAL_BEKEKEN', null, 'uitvoering Wet inburgering', '127.0.0.1';
select * from app_user where username = 'c5000-1';
select * from journaal where inburgeraar_id = :dossier order by occurred_at desc, id desc;
commit;
select set_config('inburgeringsregie.gemeenten', '5000', false);
select code, naam from gemeente where code = '5000';
select set_config('inburgeringsregie.gemeenten', '5000', false);
select * from app_user where active and 'CONSULENT' = any(roles) and '5000' = any(gemeenten) order by display_name;
select set_config('inburgeringsregie.gemeenten', '5000', false);
select * from app_user where active and 'TEAMLEIDER' = any(roles) and '5000' = any(gemeenten) order by display_name;
