package nl.inburgeringsregie.termijnen;

/** Where a deadline stands today. */
public enum TermijnStatus {
    OPEN,
    BINNENKORT,
    VERLOPEN,
    VOLDAAN,
    NIET_VAN_TOEPASSING,
    /** A running deadline while the duty is suspended by DUO's tijdelijke vrijstelling (PL-5). */
    OPGESCHORT
}
