/**
 * Maatschappelijke begeleiding and nazorg (issue 17, begeleiding part; ADR 0036). At housing the consultant assigns a
 * partner organisation; its begeleiders reach only the persons assigned to their organisation (the relationship
 * PARTNER, contributed here to the access decision and mirrored by row-level security) and see only what begeleiding
 * needs. They record contacts (date, interpreter, leefgebieden, time spent; participation hours feed the hours ledger as
 * an {@code UrenBron}) and signal to the consultant; twelve months after housing (T-9, configuration) they hand the
 * person over to the sociaal wijkteam with a handover document (PDF, module documenten). Six months after the duty is
 * met the consultant holds a nazorg contact (T-11). The handover, the open signal and the nazorg contact are this
 * module's deadlines ({@code TermijnBron}), so they stand on the consultant's worklist with their rule.
 */
@ApplicationModule(displayName = "Begeleiding")
package nl.inburgeringsregie.begeleiding;

import org.springframework.modulith.ApplicationModule;
