/**
 * Every deadline of a dossier, derived from its facts by pure functions (never a stored timer), with its rule
 * id and a Dutch explanation; a read model for fast worklists; the consultant's and the team's werkvoorraad;
 * daily signals; the dossier's timeline. Modules that own facts contribute their deadlines through
 * {@link nl.inburgeringsregie.termijnen.TermijnBron}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Termijnen")
package nl.inburgeringsregie.termijnen;
