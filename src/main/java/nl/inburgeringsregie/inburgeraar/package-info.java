/**
 * The inburgeraar and their dossier: person, household, doelgroep, the law that applies, the dates that
 * drive the law's deadlines, phase, assigned consultant and the journal of every change. Also the desk
 * pre-screen of the inburgeringsplicht (PL-1, PL-2).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inburgeraar")
package nl.inburgeringsregie.inburgeraar;
