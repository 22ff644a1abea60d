/**
 * Handhaving under the Wet inburgering 2021 (issue 18, first slice; ADR 0043; H-1 to H-6). A handhavingszaak records
 * one gedraging with its evidence and follows a guarded lifecycle ({@link nl.inburgeringsregie.handhaving.Handhavingszaak}):
 * signaal, waarschuwing, the assessment of verwijtbaarheid, voornemen with a zienswijze period, zienswijze, besluit
 * (boete after a team lead's approval, or afzien), bezwaar and the beslissing op bezwaar. The amounts come from the
 * gemeente's verordening (configuration), stepped per repeat and never above the legal maximum; a Participatiewet
 * maatregel for the gedraging blocks the boete; the person's debts (DUO's fines and loan, recorded by hand, and other
 * known debts) guard against financial hardship. Letters and screens are later slices.
 */
@ApplicationModule(displayName = "Handhaving")
package nl.inburgeringsregie.handhaving;

import org.springframework.modulith.ApplicationModule;
