/**
 * The route after the PIP, followed (issue 16; ADR 0040). First part: voortgangsgesprekken (T-10). From the PIP's
 * dagtekening a plan of conversations (configuration per gemeente; by default after 1, 2, 3, 6, 9, 12, 18 and 24 months),
 * whose next conversation is a deadline on the consultant's worklist; a conversation recorded with its form, the
 * interpreter, per leefgebied what changed (the health leefgebieden and an illness or childbirth are special-category
 * data, I-5, only for the dossier's consultant), whether the PIP needs a new version, and the follow-up actions with
 * owner and date, which appear on the owner's list "Mijn acties". The route page's timeline and the signal "examen
 * gemist" (deadline kind EXAMEN_GEMIST, scenario 10, R-12) are ADR 0042's.
 */
@ApplicationModule(displayName = "Voortgang")
package nl.inburgeringsregie.voortgang;

import org.springframework.modulith.ApplicationModule;
