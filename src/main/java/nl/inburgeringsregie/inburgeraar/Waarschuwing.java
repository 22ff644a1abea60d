package nl.inburgeringsregie.inburgeraar;

/**
 * A fact of the dossier that is accepted but that a person should look at, naming the field, the rule and why (e.g.
 * PL-4: a Wi2013 dossier whose notice dates from after Wi2021 took effect). Computed each time the dossier is read.
 */
record Waarschuwing(String veld, String regel, String bericht) {}
