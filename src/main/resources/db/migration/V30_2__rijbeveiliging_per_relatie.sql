-- Issue 13 point 3 (ADR 0028): row-level security follows the access model, one permissive policy per relationship a
-- user has to a person. PostgreSQL lets a row through when any one of a table's permissive policies does, just as the
-- access decision (gebruikers/Toegang) lets a user through when any one relationship does.
--
--   GEMEENTE   the policies named gemeente_scheiding (V2, V14 and the tables since): the user works for the row's
--              gemeente, or '*' for system work. Unchanged.
--   CONSULENT  below: the assigned consultant reads and changes the person's dossier row.
--   TEAM       today the team of a gemeente: covered by GEMEENTE.
--   AANBIEDER, PARTNER, ZELF
--              no policy yet: their modules bring the tables that record a placement, a begeleiding or the person's own
--              account, and with them a policy in this form (fail closed until then: these users see no rows):
--                create policy relatie_aanbieder on inburgeraar for select
--                    using (exists (select 1 from plaatsing p where p.inburgeraar_id = id
--                                   and p.organisatie = (select inburgeringsregie_organisatie())));
--
-- The application sets inburgeringsregie.gebruiker on every connection (GemeenteDataSourceWrapper), next to
-- inburgeringsregie.gemeenten: the signed-in user's username, empty for system work. Unset or empty matches no row.

create function inburgeringsregie_gebruiker() returns text
    language sql stable parallel safe as $$
    select nullif(current_setting('inburgeringsregie.gebruiker', true), '')
$$;

-- Read and update only: a dossier is registered, and removed, by the gemeente (GEMEENTE), never by this relationship.
-- Read once per statement (an InitPlan), as V14's functions.
create policy relatie_consulent on inburgeraar for select
    using (consulent = (select inburgeringsregie_gebruiker()));
create policy relatie_consulent_wijzigen on inburgeraar for update
    using (consulent = (select inburgeringsregie_gebruiker()))
    with check (consulent = (select inburgeringsregie_gebruiker()));
