-- Issue 17 at national scale (docs/performance.md, "Issue 17 at national scale"): the budgetcoach's and the
-- begeleider's worklists read by indexes that serve their order, a page at a time, instead of a sequential scan of all
-- dossiers under row-level security (EXPLAIN ANALYZE on a generated national dataset of 20,000 persons: the
-- begeleider's list 128 ms -> 16 ms, the ontzorgingen of the budgetcoach 46 ms -> 1.5 ms, the persons without an
-- ontzorging 45 ms -> 8 ms).

-- The begeleider's worklist (Begeleidingswerklijst): the running begeleidingen of one partner organisation by the day
-- the handover is due; handed over ones (most of them, over the years) are not in the index.
create index begeleiding_partner_lopend_idx on begeleiding (partner_id, einddatum, inburgeraar_id)
    where overdracht_datum is null;
-- Its last contact per begeleiding: one index entry, not all contacts of the begeleiding.
create index begeleidingscontact_datum_idx on begeleidingscontact (begeleiding, datum);

-- The budgetcoach's worklist (ontzorgen.Werklijst): running ontzorgingen by end date, those ending soon and those
-- without a signed authorisation apart.
create index ontzorging_lopend_idx on ontzorging (gemeentecode, einddatum, inburgeraar_id) where beeindigd_op is null;
create index ontzorging_zonder_machtiging_idx on ontzorging (gemeentecode, einddatum, inburgeraar_id)
    where beeindigd_op is null and datum_machtiging is null;
-- Asielstatushouders on bijstand by its start, newest first (those without an ontzorging, O-1).
create index inburgeraar_bijstand_idx on inburgeraar (gemeentecode, datum_start_bijstand desc, id)
    where doelgroep = 'ASIELSTATUSHOUDER' and datum_start_bijstand is not null;
