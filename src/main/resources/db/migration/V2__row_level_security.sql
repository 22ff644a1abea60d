-- Row-level security: the second wall of tenant separation (docs/adr/0004). Queries already filter on
-- the user's gemeenten in SQL; these policies make PostgreSQL refuse rows of other gemeenten even when a
-- query forgets to. The application sets inburgeringsregie.gemeenten on every connection it hands out:
-- the signed-in user's gemeente codes, comma separated, or '*' for system work without a user (start-up,
-- migrations, background jobs). Unset means no rows: fail closed.
-- FORCE makes the policies apply to the table owner too, which is the role the application logs in as.
-- The application must not log in as a superuser (superusers bypass row-level security).

create function inburgeringsregie_mag_gemeente(gemeente char(4)) returns boolean
    language sql stable as $$
    select coalesce(current_setting('inburgeringsregie.gemeenten', true) = '*'
                    or gemeente = any (string_to_array(current_setting('inburgeringsregie.gemeenten', true), ',')),
                    false)
$$;

alter table inburgeraar enable row level security;
alter table inburgeraar force row level security;
create policy gemeente_scheiding on inburgeraar
    using (inburgeringsregie_mag_gemeente(gemeentecode))
    with check (inburgeringsregie_mag_gemeente(gemeentecode));

alter table journaal enable row level security;
alter table journaal force row level security;
create policy gemeente_scheiding on journaal
    using (inburgeringsregie_mag_gemeente(gemeentecode))
    with check (inburgeringsregie_mag_gemeente(gemeentecode));

alter table kind enable row level security;
alter table kind force row level security;
create policy gemeente_scheiding on kind
    using (exists (select 1 from inburgeraar i where i.id = kind.inburgeraar))
    with check (exists (select 1 from inburgeraar i where i.id = kind.inburgeraar));
