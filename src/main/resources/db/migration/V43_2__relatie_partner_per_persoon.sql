-- Issue 17 at national scale: V38_1's policy PARTNER on inburgeraar, the same rows, read per person. As
-- "id in (select ... from begeleiding where partner_id = ...)" PostgreSQL built a hash of all begeleidingen of the
-- user's organisation (a region's: tens of thousands) for every statement that read a dossier row, even one row by
-- its key. Now a begeleider's read looks up that one person's begeleiding by its unique key, and for every other user
-- (no partner organisation) the first condition, evaluated once per statement, ends it.
drop policy relatie_partner on inburgeraar;
create policy relatie_partner on inburgeraar for select
    using ((select inburgeringsregie_partner()) is not null
           and exists (select 1 from begeleiding b
                       where b.inburgeraar_id = inburgeraar.id and b.partner_id = (select inburgeringsregie_partner())));
