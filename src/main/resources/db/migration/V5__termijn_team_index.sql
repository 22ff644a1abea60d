-- The team view counts a gemeente's deadlines per consultant (running, verlopen, binnenkort, caseload size): an
-- index-only scan over this covering index instead of a scan of the whole read model (docs/performance.md).
create index termijn_team_idx on termijn (gemeentecode, consulent)
    include (soort, afsluiting, uiterlijke_datum, binnenkort_vanaf, venster);
