-- The milestones that drive deadlines (inburgeraar.Voortgang): brede intake done (T-2), the PIP's dagtekening
-- (T-1, T-3, T-6), DUO's exclusive end date of the inburgeringstermijn (T-3), and the T-1 pause while waiting for
-- third-party information.
alter table inburgeraar
    add column datum_brede_intake_afgerond    date,
    add column dagtekening_pip                date,
    add column einddatum_inburgeringstermijn  date,
    add column wacht_op_derden_sinds          date,
    add column wacht_op_derden_reden          text,
    add column wacht_op_derden_ontvangen      date;
