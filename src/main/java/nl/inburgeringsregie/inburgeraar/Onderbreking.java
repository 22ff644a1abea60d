package nl.inburgeringsregie.inburgeraar;

import java.time.LocalDate;

/**
 * What interrupts a dossier's deadlines (issue 12 part 4): the withdrawal of its vastgesteld PIP (P-3; until a new
 * PIP is vastgesteld there is no valid PIP, the termijn's start stays the first PIP's, T-3) and DUO's tijdelijke
 * vrijstelling (PL-5, SS109: DUO's period, both days inclusive, {@code vrijstellingTot} null when DUO gives no end),
 * withdrawn by DUO on {@code vrijstellingIngetrokkenOp} (SS129/SS130). Every field optional.
 */
public record Onderbreking(
        LocalDate pipIngetrokkenOp,
        LocalDate vrijstellingVan,
        LocalDate vrijstellingTot,
        LocalDate vrijstellingIngetrokkenOp) {

    public static final Onderbreking GEEN = new Onderbreking(null, null, null, null);

    /** Whether DUO granted a tijdelijke vrijstelling (running, future or ended). */
    public boolean vrijstelling() {
        return vrijstellingVan != null;
    }

    /**
     * The last day the duty is suspended: DUO's einddatum, or the day before DUO withdrew the vrijstelling when that
     * is earlier; null while the suspension has no end.
     */
    public LocalDate opgeschortTot() {
        if (vrijstellingIngetrokkenOp == null) {
            return vrijstellingTot;
        }
        LocalDate dagVoor = vrijstellingIngetrokkenOp.minusDays(1);
        return vrijstellingTot == null || dagVoor.isBefore(vrijstellingTot) ? dagVoor : vrijstellingTot;
    }
}
