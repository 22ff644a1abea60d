/**
 * The brede intake: appointments, the conversation per leefgebied (I-1), the checklist the law requires (I-2),
 * the leerbaarheidstoets (I-3), COA's warme overdracht (I-4), special-category data guarded (I-5), and the
 * route advice with the consultant's decision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package nl.inburgeringsregie.intake;
