package nl.inburgeringsregie.termijnen;

import java.time.LocalDate;
import java.util.Optional;
import nl.inburgeringsregie.inburgeraar.Mijlpalen;

/**
 * T-3, T-14: the three-year inburgeringstermijn that follows from the first PIP's dagtekening, the one place it is
 * computed. It starts the day after the dagtekening and its last day is the dagtekening's calendar date three years
 * on, or the month's last day where that date does not exist (29-02 → 28-02). Asked by this module's deadlines and by
 * whoever registers the termijn as DUO does (the DUO simulator).
 */
public record Inburgeringstermijn(LocalDate startdatum, LocalDate laatsteDag) {

    /** T-3: the inburgeringstermijn (statutory). */
    static final int JAREN = 3;

    /** The termijn a PIP with this dagtekening starts (T-3, T-14). */
    public static Inburgeringstermijn naDagtekening(LocalDate dagtekeningPip) {
        return new Inburgeringstermijn(dagtekeningPip.plusDays(1), dagtekeningPip.plusYears(JAREN));
    }

    /**
     * The termijn's last day as the dossier knows it: DUO's registered einddatum (exclusive) minus one day, else the one
     * the first PIP's dagtekening starts (T-3: DUO is the source of truth once known); empty without either.
     */
    public static Optional<LocalDate> laatsteDag(Mijlpalen mijlpalen) {
        if (mijlpalen.einddatumInburgeringstermijn() != null) {
            return Optional.of(mijlpalen.einddatumInburgeringstermijn().minusDays(1));
        }
        return Optional.ofNullable(mijlpalen.dagtekeningPip())
                .map(d -> naDagtekening(d).laatsteDag());
    }

    /** The einddatum as DUO registers it: exclusive, the day after the last day. */
    public LocalDate einddatumDuo() {
        return laatsteDag.plusDays(1);
    }
}
