-- Search by name prefix (Caseload.zoek) must use an index under row-level security (docs/performance.md).
--
-- inburgeraar_naam_prefix_idx (V1) indexes lower(geslachtsnaam) text_pattern_ops, and without row-level security
-- PostgreSQL uses it for lower(geslachtsnaam) like 'abc%'. But the application's queries run under the FORCEd policy
-- of V2, and then PostgreSQL only turns a condition into an index condition when every function in it is leakproof
-- (otherwise it could leak rows of other gemeenten before the policy filters them). lower() and like are not
-- leakproof, so the search scanned every dossier of the gemeente (25,800 in the largest at national scale) and
-- filtered them one by one. Marking functions leakproof needs a superuser, which the application must not be.
--
-- So the lower-cased names are stored as generated columns and searched with starts_with(), which is leakproof and
-- which PostgreSQL turns into a range condition on a btree index. The columns are collated "C" so that the range
-- (byte order) is right whatever the database's collation; the search condition is
-- starts_with(zoek_geslachtsnaam, :prefix) or starts_with(zoek_voornamen, :prefix), a BitmapOr over the two indexes.
alter table inburgeraar
    add column zoek_geslachtsnaam text collate "C" generated always as (lower(geslachtsnaam)) stored,
    add column zoek_voornamen     text collate "C" generated always as (lower(voornamen)) stored;

create index inburgeraar_zoek_geslachtsnaam_idx on inburgeraar (gemeentecode, zoek_geslachtsnaam);
create index inburgeraar_zoek_voornamen_idx on inburgeraar (gemeentecode, zoek_voornamen);

-- Unusable under row-level security (see above), and nothing else searches with like.
drop index inburgeraar_naam_prefix_idx;
