package nl.inburgeringsregie.termijnen;

/** Where a deadline stands today. */
public enum TermijnStatus {
    OPEN,
    BINNENKORT,
    VERLOPEN,
    VOLDAAN,
    NIET_VAN_TOEPASSING
}
