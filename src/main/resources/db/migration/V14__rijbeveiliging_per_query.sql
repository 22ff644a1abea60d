-- Issue 7 (docs/performance.md, "Team overview"): the row-level security policies of V2 and later called
-- inburgeringsregie_mag_gemeente(gemeentecode) for every row, and that function read the setting twice and split it
-- into an array for every row again: 40 % of the team counts' time over a large gemeente's 129,000 deadlines. The
-- policies now read the setting once per statement: each scalar subquery below is an InitPlan, so what remains per
-- row is a boolean and a comparison with an array. Same rule as before (V2): '*' is system work and sees every
-- gemeente, otherwise only the listed gemeenten; unset or empty sees nothing (fail closed).

-- True only for system work ('*').
create function inburgeringsregie_alle_gemeenten() returns boolean
    language sql stable as $$
    select coalesce(current_setting('inburgeringsregie.gemeenten', true) = '*', false)
$$;

-- The gemeenten the current user may see; null when unset (and then the comparison below is not true).
create function inburgeringsregie_gemeenten() returns char(4)[]
    language sql stable as $$
    select string_to_array(current_setting('inburgeringsregie.gemeenten', true), ',')::char(4)[]
$$;

do $$
declare
    tabel text;
    regel text := '(select inburgeringsregie_alle_gemeenten()) '
        || 'or gemeentecode = any ((select inburgeringsregie_gemeenten())::char(4)[])';
begin
    for tabel in
        select tablename from pg_policies
        where schemaname = current_schema() and policyname = 'gemeente_scheiding'
          and qual = 'inburgeringsregie_mag_gemeente(gemeentecode)'
    loop
        execute format('alter policy gemeente_scheiding on %I using (%s) with check (%s)', tabel, regel, regel);
    end loop;
end
$$;

drop function inburgeringsregie_mag_gemeente(char);

-- Worklists by due date: the indexes of V4 now hold the whole sort key (due date, dossier, kind), so a page of a
-- gemeente's or a consultant's running deadlines is read in order and stops after the page, instead of reading and
-- sorting all of them (the team list of a large gemeente: 60 ms, now 3 ms).
drop index termijn_consulent_idx;
create index termijn_consulent_idx on termijn (consulent, uiterlijke_datum, inburgeraar_id, soort)
    where afsluiting is null and uiterlijke_datum is not null;
drop index termijn_gemeente_idx;
create index termijn_gemeente_idx on termijn (gemeentecode, uiterlijke_datum, inburgeraar_id, soort)
    where afsluiting is null and uiterlijke_datum is not null;
