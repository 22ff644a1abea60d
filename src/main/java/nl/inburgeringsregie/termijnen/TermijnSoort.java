package nl.inburgeringsregie.termijnen;

/**
 * The kinds of deadline, with the API's codes. A duty ({@code venster == false}) is missed when its last day
 * passes; a window ({@code venster == true}) simply closes. Later capabilities add their own kinds.
 */
public enum TermijnSoort {
    /** T-2: the internal target for the brede intake. */
    BREDE_INTAKE(false),
    /** T-1: the PIP within 10 weeks. */
    PIP_VASTSTELLEN(false),
    /** T-3 (with T-13's attention list): the three-year inburgeringstermijn. */
    INBURGERINGSTERMIJN(false),
    /** T-6: the window for switching leerroute. */
    SCHAKELEN(true),
    /** T-5: the window for asking DUO for an extension. */
    VERLENGING_AANVRAGEN(true);

    private final boolean venster;

    TermijnSoort(boolean venster) {
        this.venster = venster;
    }

    public boolean venster() {
        return venster;
    }
}
