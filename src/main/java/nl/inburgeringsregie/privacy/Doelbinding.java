package nl.inburgeringsregie.privacy;

/**
 * The purpose for which personal data is processed (AVG art. 5 lid 1 b); recorded with every access. The description
 * is the value stored in {@code audit_log.purpose}, not a text rendered for a reader: the audit log is evidence whose
 * rows are never rewritten, so these words stay fixed in code (and out of the message bundles, which may be reworded or
 * translated); {@code NederlandseTekstInJavaTest} lists them as an exemption (ADR 0030).
 */
public enum Doelbinding {
    UITVOERING_WET_INBURGERING("uitvoering Wet inburgering"),
    /** The exchange with DUO over its M2M APIs. */
    GEGEVENSUITWISSELING_DUO("gegevensuitwisseling DUO"),
    /** Securing the system itself (failed sign-ins). */
    BEVEILIGING("beveiliging van het systeem"),
    // h8 (issue 14 points 15 and 16)
    /** Handling a data subject's request (AVG art. 15 inzage, art. 16 correction) and the privacy officer's review. */
    RECHTEN_BETROKKENE("afhandeling verzoek betrokkene (AVG)"),
    /** Keeping and destroying data after the duty ends (Archiefwet, AVG art. 5 lid 1 e). */
    BEWAREN_EN_VERNIETIGEN("bewaren en vernietigen (Archiefwet)"),
    /** Issue 17 (ADR 0032): financieel ontzorgen under the Participatiewet art. 56a (O-1, O-2), by the budgetcoach. */
    ONTZORGEN("ontzorgen"),
    /** Issue 17 (ADR 0036): maatschappelijke begeleiding by a partner organisation and nazorg (T-9, T-11). */
    BEGELEIDING("maatschappelijke begeleiding");

    private final String omschrijving;

    Doelbinding(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
