/**
 * Appointments with a person and their interpreters (issue 17, interpreters part; ADR 0038). Every appointment (the
 * brede intake, voortgangsgesprekken, the COA handover conversation, nazorg, begeleiding, others) records whether an
 * interpreter is needed (by default as the dossier records it), the language, and whether, with whom and by whom the
 * interpreter was booked (rule book I-1: a conversation with an interpreter where needed); it is held or cancelled.
 * Staff plan for the persons of their gemeente; a partner organisation's begeleider only begeleiding appointments of the
 * persons assigned to their organisation (relationship PARTNER, ADR 0036, mirrored by row-level security). The list
 * "Tolk nog te boeken" shows the future appointments whose interpreter is not yet booked, soonest first, read on one
 * partial index at national scale.
 */
@ApplicationModule(displayName = "Afspraken")
package nl.inburgeringsregie.afspraken;

import org.springframework.modulith.ApplicationModule;
