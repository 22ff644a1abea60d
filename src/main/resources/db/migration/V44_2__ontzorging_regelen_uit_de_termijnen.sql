-- Issue 17 at national scale (docs/performance.md, ADR 0032 amendment): the budgetcoach's part "no ontzorging yet"
-- (O-1) reads the open windows ONTZORGING_REGELEN that the ontzorgen module's deadline source keeps, by this index in
-- the list's order, newest bijstand first. Before, it read every asielstatushouder whose bijstand started in the last
-- six months (2,331 in the largest gemeente) and looked up each one's ontzorging, twice per page: no index can hold the
-- absence of a row. Windows that closed without an ontzorging stay in the index but lie before today's day.
create index termijn_ontzorging_regelen_idx on termijn (gemeentecode, uiterlijke_datum desc, inburgeraar_id)
    where soort = 'ONTZORGING_REGELEN' and afsluiting is null;

-- The list no longer reads the persons on bijstand (V43_1's index for it has no other reader).
drop index inburgeraar_bijstand_idx;
