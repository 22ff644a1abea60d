package nl.inburgeringsregie.privacy;

/** The purpose for which personal data is processed (AVG art. 5 lid 1 b); recorded with every access. */
public enum Doelbinding {
    UITVOERING_WET_INBURGERING("uitvoering Wet inburgering"),
    /** The exchange with DUO over its M2M APIs. */
    GEGEVENSUITWISSELING_DUO("gegevensuitwisseling DUO"),
    /** Securing the system itself (failed sign-ins). */
    BEVEILIGING("beveiliging van het systeem");

    private final String omschrijving;

    Doelbinding(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
