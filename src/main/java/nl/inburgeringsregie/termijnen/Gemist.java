package nl.inburgeringsregie.termijnen;

import java.time.LocalDate;

/**
 * A duty deadline that was missed (T-15), as recorded in {@code termijn_gemist}: its kind, the last day that passed
 * without the act, and the day the system recorded it. A fact for the derivation: it keeps the deadline missed
 * whatever later input says.
 */
public record Gemist(TermijnSoort soort, LocalDate laatsteDag, LocalDate vastgelegdOp) {}
