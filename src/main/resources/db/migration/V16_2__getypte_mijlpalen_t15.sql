-- Issue 12, part 2 (rule T-15): the milestones that drive deadlines come only from the records that prove them, never
-- from a typed value. Until now consultants could type them on the dossier form and in the API. This migration puts
-- each dossier's milestones back on their proof:
--   dagtekening_pip                 <- the dagtekening of the dossier's first vastgestelde PIP (pip, lowest versienummer
--                                      with a dagtekening; a vervangen or ingetrokken version was vastgesteld too)
--   datum_brede_intake_afgerond     <- afgerond_op of the dossier's finished intake (intake.status = 'AFGEROND')
--   einddatum_inburgeringstermijn   <- DUO's einddatum as last fetched from DUO (duo_gegeven 'inburgeringstermijn',
--                                      written by a raadpleging or the processing of a DUO notification)
-- and nulls the value where no proof exists. Every changed value gets a journal line (soort CORRECTIE) with the typed
-- value as the old value and, as the new, a text saying the typed value no longer counts (T-15) and what replaced it;
-- the earlier journal lines that recorded the typing stay. The dossier's version goes up so a form opened before the
-- migration cannot write the typed value back. The deadline read model (termijn) is rebuilt from the facts by the
-- daily job (DagelijkseTermijnen).
--
-- The work is a function, called once here, so that a test can run the same logic on a dossier it puts in directly
-- (GetypteMijlpalenMigratieTest), limited to the given dossiers (null: every dossier, as here). It returns the number of
-- values changed. It sees the rows the connection may see
-- (row-level security, V2): the migration runs as system ('*').

create function inburgeringsregie_getypte_mijlpalen_t15(alleen uuid[] default null) returns integer
    language plpgsql as $$
declare
    d        record;
    bewezen  date;
    aantal   integer := 0;
    nu       timestamptz := now();
begin
    for d in select i.id, i.gemeentecode, i.dagtekening_pip, i.datum_brede_intake_afgerond, i.einddatum_inburgeringstermijn
             from inburgeraar i
             where (i.dagtekening_pip is not null or i.datum_brede_intake_afgerond is not null
                    or i.einddatum_inburgeringstermijn is not null)
               and (alleen is null or i.id = any (alleen))
             for update
    loop
        if d.dagtekening_pip is not null then
            select p.dagtekening_pip into bewezen from pip p
            where p.inburgeraar_id = d.id and p.dagtekening_pip is not null
            order by p.versienummer limit 1;
            if bewezen is distinct from d.dagtekening_pip then
                update inburgeraar set dagtekening_pip = bewezen, version = version + 1 where id = d.id;
                insert into journaal (inburgeraar_id, gemeentecode, occurred_at, username, soort, veld, oude_waarde, nieuwe_waarde)
                values (d.id, d.gemeentecode, nu, 'systeem', 'CORRECTIE', 'dagtekeningPip', d.dagtekening_pip::text,
                        case when bewezen is null
                             then 'Getypte waarde telt niet meer (regel T-15): er is geen vastgesteld PIP'
                             else 'Getypte waarde telt niet meer (regel T-15): dagtekening van het eerste vastgestelde PIP is '
                                  || bewezen::text end);
                aantal := aantal + 1;
            end if;
        end if;

        if d.datum_brede_intake_afgerond is not null then
            bewezen := null;
            select it.afgerond_op into bewezen from intake it
            where it.inburgeraar_id = d.id and it.status = 'AFGEROND' and it.afgerond_op is not null;
            if bewezen is distinct from d.datum_brede_intake_afgerond then
                update inburgeraar set datum_brede_intake_afgerond = bewezen, version = version + 1 where id = d.id;
                insert into journaal (inburgeraar_id, gemeentecode, occurred_at, username, soort, veld, oude_waarde, nieuwe_waarde)
                values (d.id, d.gemeentecode, nu, 'systeem', 'CORRECTIE', 'datumBredeIntakeAfgerond',
                        d.datum_brede_intake_afgerond::text,
                        case when bewezen is null
                             then 'Getypte waarde telt niet meer (regel T-15): er is geen afgeronde brede intake'
                             else 'Getypte waarde telt niet meer (regel T-15): de brede intake is afgerond op '
                                  || bewezen::text end);
                aantal := aantal + 1;
            end if;
        end if;

        if d.einddatum_inburgeringstermijn is not null then
            bewezen := null;
            select (g.inhoud::jsonb ->> 'einddatum')::date into bewezen from duo_gegeven g
            where g.inburgeraar_id = d.id and g.onderwerp = 'inburgeringstermijn' and g.inhoud is not null
              and jsonb_typeof(g.inhoud::jsonb) = 'object';
            if bewezen is distinct from d.einddatum_inburgeringstermijn then
                update inburgeraar set einddatum_inburgeringstermijn = bewezen, version = version + 1 where id = d.id;
                insert into journaal (inburgeraar_id, gemeentecode, occurred_at, username, soort, veld, oude_waarde, nieuwe_waarde)
                values (d.id, d.gemeentecode, nu, 'systeem', 'CORRECTIE', 'einddatumInburgeringstermijn',
                        d.einddatum_inburgeringstermijn::text,
                        case when bewezen is null
                             then 'Getypte waarde telt niet meer (regel T-15): DUO heeft geen inburgeringstermijn doorgegeven'
                             else 'Getypte waarde telt niet meer (regel T-15): einddatum volgens DUO is ' || bewezen::text end);
                aantal := aantal + 1;
            end if;
        end if;
    end loop;
    return aantal;
end;
$$;

select set_config('inburgeringsregie.gemeenten', '*', true);
select inburgeringsregie_getypte_mijlpalen_t15(null);
