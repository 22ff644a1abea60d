-- The functions of V14's policies only read a setting, which PostgreSQL hands to parallel workers too: declared
-- parallel safe, so large aggregates under row-level security (the team counts of a large gemeente) may use parallel
-- workers. Undeclared, every statement on a table with a policy was planned without them.
alter function inburgeringsregie_alle_gemeenten() parallel safe;
alter function inburgeringsregie_gemeenten() parallel safe;
