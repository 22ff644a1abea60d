-- Issue 17 at national scale: a payment batch of 5,000 persons (20,000 payments) within 5 s. Inserting the batch is
-- one statement, but PostgreSQL checks every foreign key of every inserted row apart: on a generated national dataset
-- (EXPLAIN ANALYZE of the batch's insert, 11,912 payments) the three checks of betaling (batch, person, ontzorging) took
-- as long as the insert itself. The person and the ontzorging are now one key: the payment's person is the
-- ontzorging's person (which nothing checked before), one check instead of two, and deleting a person still deletes its
-- payments (through the ontzorging, as before).
alter table ontzorging add constraint ontzorging_id_inburgeraar_key unique (id, inburgeraar_id);
alter table betaling drop constraint betaling_inburgeraar_id_fkey;
alter table betaling drop constraint betaling_ontzorging_id_fkey;
alter table betaling add constraint betaling_ontzorging_fkey foreign key (ontzorging_id, inburgeraar_id)
    references ontzorging (id, inburgeraar_id) on delete cascade;
