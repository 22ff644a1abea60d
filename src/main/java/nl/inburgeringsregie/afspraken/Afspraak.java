package nl.inburgeringsregie.afspraken;

import java.time.Instant;
import java.util.UUID;

/**
 * A planned appointment with a person and its interpreter (rule book I-1: a conversation with an interpreter where
 * needed): the kind, the moment it starts, the place, who planned it; whether an interpreter is needed and in which
 * language, and whether, with whom ({@code tolkBij}: the bureau or the interpreter's name) and by whom and when the
 * interpreter was booked; and whether it was held or cancelled, by whom. A row of table {@code afspraak} (V41_1).
 */
record Afspraak(
        UUID id,
        UUID inburgeraarId,
        String gemeentecode,
        Soort soort,
        Instant aanvang,
        String plaats,
        String geplandDoor,
        Instant geplandOp,
        boolean tolkNodig,
        String tolkTaal,
        boolean tolkGeboekt,
        String tolkBij,
        String tolkGeboektDoor,
        Instant tolkGeboektOp,
        Status status,
        String statusDoor,
        Instant statusOp) {

    /**
     * The kinds of appointment, each with the rule that asks for it: the brede intake (I-1), a voortgangsgesprek
     * (T-10), the joint COA handover conversation (T-12), the nazorg contact (T-11), a begeleiding appointment (T-9),
     * and any other conversation (no rule of its own).
     */
    enum Soort {
        INTAKEGESPREK("I-1"),
        VOORTGANGSGESPREK("T-10"),
        COA_OVERDRACHTSGESPREK("T-12"),
        NAZORG("T-11"),
        BEGELEIDING("T-9"),
        OVERIG(null);

        private final String regel;

        Soort(String regel) {
            this.regel = regel;
        }

        /** The rule that asks for an appointment of this kind, or null. */
        String regel() {
            return regel;
        }
    }

    /** Planned, held or cancelled. */
    enum Status {
        GEPLAND,
        GEHOUDEN,
        GEANNULEERD
    }

    /** Whether this appointment still waits for its interpreter to be booked. */
    boolean tolkTeBoeken() {
        return tolkNodig && !tolkGeboekt && status == Status.GEPLAND;
    }
}
