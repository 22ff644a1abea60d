/**
 * The inburgeraar and their dossier: person, household, doelgroep, the law that applies, the dates that
 * drive the law's deadlines, phase, assigned consultant and the journal of every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inburgeraar")
package nl.inburgeringsregie.inburgeraar;
