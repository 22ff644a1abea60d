/**
 * The desk pre-screen of the inburgeringsplicht (PL-2): from age, nationality, residence purpose, schooling
 * in the Netherlands and diplomas, an indication "waarschijnlijk plichtig / niet / onbekend" with the
 * reasons and rule ids, always labelled as an indication because DUO decides (PL-1). Nothing is stored:
 * the question carries no name or BSN.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plichtindicatie")
package nl.inburgeringsregie.plichtindicatie;
