package nl.inburgeringsregie.termijnen;

import java.time.LocalDate;

/**
 * One deadline of a dossier, as derived from its facts: the kind, the day it started counting from, the last
 * day (inclusive), from when it counts as "binnenkort", whether it is closed ({@code afsluiting}: VOLDAAN or
 * NIET_VAN_TOEPASSING), the rule id and a one-sentence Dutch explanation. {@code verwacht}: computed by us
 * while the authority (DUO) has not registered its own value yet. The status follows from these and today,
 * in {@link #status(LocalDate)} only. {@code gemistOp}: the last day that passed without the act (T-15): once a
 * deadline is missed it stays missed, also when the act comes late (then VOLDAAN with this date kept), and no later
 * input takes it away; null when the deadline was never missed. {@code opgeschortVan}/{@code opgeschortTot}: the
 * period (inclusive; no end when null) in which a running deadline is suspended by DUO's tijdelijke vrijstelling (PL-5).
 */
public record Termijn(
        TermijnSoort soort,
        LocalDate startdatum,
        LocalDate uiterlijkeDatum,
        LocalDate binnenkortVanaf,
        TermijnStatus afsluiting,
        String regel,
        String toelichting,
        boolean verwacht,
        LocalDate gemistOp,
        LocalDate opgeschortVan,
        LocalDate opgeschortTot) {

    /** A deadline that was never missed and is not suspended ({@link #alsGemistOp}, {@link #opgeschort}). */
    public Termijn(
            TermijnSoort soort,
            LocalDate startdatum,
            LocalDate uiterlijkeDatum,
            LocalDate binnenkortVanaf,
            TermijnStatus afsluiting,
            String regel,
            String toelichting,
            boolean verwacht) {
        this(
                soort,
                startdatum,
                uiterlijkeDatum,
                binnenkortVanaf,
                afsluiting,
                regel,
                toelichting,
                verwacht,
                null,
                null,
                null);
    }

    /** A deadline closed as VOLDAAN or NIET_VAN_TOEPASSING, without dates. */
    public static Termijn gesloten(TermijnSoort soort, String regel, TermijnStatus afsluiting, String toelichting) {
        return new Termijn(soort, null, null, null, afsluiting, regel, toelichting, false);
    }

    /** This deadline, missed on {@code dag} (T-15; null: never missed). */
    public Termijn alsGemistOp(LocalDate dag) {
        return new Termijn(
                soort,
                startdatum,
                uiterlijkeDatum,
                binnenkortVanaf,
                afsluiting,
                regel,
                toelichting,
                verwacht,
                dag,
                opgeschortVan,
                opgeschortTot);
    }

    /** This deadline with a sentence added to its explanation. */
    public Termijn aangevuld(String extra) {
        return new Termijn(
                soort,
                startdatum,
                uiterlijkeDatum,
                binnenkortVanaf,
                afsluiting,
                regel,
                toelichting == null ? extra : toelichting + " " + extra,
                verwacht,
                gemistOp,
                opgeschortVan,
                opgeschortTot);
    }

    /** Whether the deadline was missed (T-15: "te laat"), met late or not met at all. */
    public boolean teLaat() {
        return gemistOp != null;
    }

    /**
     * This deadline, suspended in the period (PL-5), with the explanation extended. A deadline whose last day passed
     * before the suspension began was missed, and stays so (T-15): it is not suspended.
     */
    public Termijn opgeschort(LocalDate van, LocalDate tot, String uitleg) {
        if (gemistOp != null && gemistOp.isBefore(van) || uiterlijkeDatum != null && uiterlijkeDatum.isBefore(van)) {
            return this;
        }
        return new Termijn(
                soort,
                startdatum,
                uiterlijkeDatum,
                binnenkortVanaf,
                afsluiting,
                regel,
                toelichting == null ? uitleg : toelichting + " " + uitleg,
                verwacht,
                gemistOp,
                van,
                tot);
    }

    /** Whether the deadline is suspended on this day. */
    public boolean opgeschortOp(LocalDate dag) {
        return opgeschortVan != null
                && !dag.isBefore(opgeschortVan)
                && (opgeschortTot == null || !dag.isAfter(opgeschortTot));
    }

    public Termijn {
        if (afsluiting != null
                && afsluiting != TermijnStatus.VOLDAAN
                && afsluiting != TermijnStatus.NIET_VAN_TOEPASSING) {
            throw new IllegalArgumentException("A deadline closes as VOLDAAN or NIET_VAN_TOEPASSING");
        }
    }

    /**
     * The status on a day: closed as closed; suspended on that day OPGESCHORT (PL-5); without a last day (a fact is missing, or paused) OPEN; after the
     * last day VERLOPEN, or for a window NIET_VAN_TOEPASSING (it closed); from {@code binnenkortVanaf}
     * BINNENKORT; otherwise OPEN. The worklist's SQL applies the same rule (Werkvoorraad).
     */
    public TermijnStatus status(LocalDate vandaag) {
        if (afsluiting != null) {
            return afsluiting;
        }
        if (opgeschortOp(vandaag)) {
            return TermijnStatus.OPGESCHORT;
        }
        if (uiterlijkeDatum == null) {
            return TermijnStatus.OPEN;
        }
        if (vandaag.isAfter(uiterlijkeDatum)) {
            return soort.venster() ? TermijnStatus.NIET_VAN_TOEPASSING : TermijnStatus.VERLOPEN;
        }
        if (binnenkortVanaf != null && !vandaag.isBefore(binnenkortVanaf)) {
            return TermijnStatus.BINNENKORT;
        }
        return TermijnStatus.OPEN;
    }
}
