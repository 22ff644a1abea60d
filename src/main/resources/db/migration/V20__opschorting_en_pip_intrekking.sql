-- Issue 12 part 4 (P-3, PL-5, T-3). The dossier keeps two facts that interrupt its deadlines:
-- the withdrawal of its vastgesteld PIP (until a new PIP is vastgesteld, T-1 shows that no valid PIP exists;
-- the start of the inburgeringstermijn stays the first PIP's dagtekening) and DUO's tijdelijke vrijstelling
-- (SS109, DUO's period from the Vrijstelling API; SS129/SS130 withdraw it and the deadlines run again).
alter table inburgeraar
    add column pip_ingetrokken_op                    date,
    add column tijdelijke_vrijstelling_van           date,
    add column tijdelijke_vrijstelling_tot           date,
    add column tijdelijke_vrijstelling_ingetrokken_op date;

-- The read model carries the suspension, so worklists show "opgeschort" and do not count it as verlopen/binnenkort.
alter table termijn
    add column opgeschort_van date,
    add column opgeschort_tot date;
