package nl.inburgeringsregie.termijnen;

import java.time.LocalDate;

/**
 * One deadline of a dossier, as derived from its facts: the kind, the day it started counting from, the last
 * day (inclusive), from when it counts as "binnenkort", whether it is closed ({@code afsluiting}: VOLDAAN or
 * NIET_VAN_TOEPASSING), the rule id and a one-sentence Dutch explanation. {@code verwacht}: computed by us
 * while the authority (DUO) has not registered its own value yet. The status follows from these and today,
 * in {@link #status(LocalDate)} only. {@code gemistOp}: the last day that passed without the act (T-15): once a
 * deadline is missed it stays missed, also when the act comes late (then VOLDAAN with this date kept), and no later
 * input takes it away; null when the deadline was never missed.
 */
public record Termijn(TermijnSoort soort, LocalDate startdatum, LocalDate uiterlijkeDatum, LocalDate binnenkortVanaf,
                      TermijnStatus afsluiting, String regel, String toelichting, boolean verwacht, LocalDate gemistOp) {

    /** A deadline that was never missed. */
    public Termijn(TermijnSoort soort, LocalDate startdatum, LocalDate uiterlijkeDatum, LocalDate binnenkortVanaf,
                   TermijnStatus afsluiting, String regel, String toelichting, boolean verwacht) {
        this(soort, startdatum, uiterlijkeDatum, binnenkortVanaf, afsluiting, regel, toelichting, verwacht, null);
    }

    /** Whether the deadline was missed (T-15: "te laat"), met late or not met at all. */
    public boolean teLaat() {
        return gemistOp != null;
    }

    public Termijn {
        if (afsluiting != null && afsluiting != TermijnStatus.VOLDAAN && afsluiting != TermijnStatus.NIET_VAN_TOEPASSING) {
            throw new IllegalArgumentException("A deadline closes as VOLDAAN or NIET_VAN_TOEPASSING");
        }
    }

    /**
     * The status on a day: closed as closed; without a last day (a fact is missing, or paused) OPEN; after the
     * last day VERLOPEN, or for a window NIET_VAN_TOEPASSING (it closed); from {@code binnenkortVanaf}
     * BINNENKORT; otherwise OPEN. The worklist's SQL applies the same rule (Werkvoorraad).
     */
    public TermijnStatus status(LocalDate vandaag) {
        if (afsluiting != null) {
            return afsluiting;
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
