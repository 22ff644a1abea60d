package nl.inburgeringsregie.inburgeraar;

/**
 * Where the dossier stands on the route. Nobody types a phase (T-15, docs/adr/0015-legal-integrity-of-deadlines.md):
 * the API refuses another value than the dossier's (400, rule T-15) and the form has no field for it. It moves only
 * with the step that justifies it, through {@link InburgeraarService}, each move journaled ({@code FASE}), audited
 * and announced ({@link InburgeraarGewijzigd}):
 * <ul>
 * <li>{@link #AANMELDING}: every dossier starts here, at the desk or from DUO's notice
 * ({@link InburgeraarService#registreer}).</li>
 * <li>{@link #BREDE_INTAKE}: no step sets it today (starting an intake does not); only the bulk loader of the demo
 * data, and dossiers whose phase was typed before phases became derived, carry it.</li>
 * <li>{@link #PIP}: the brede intake was finished (module intake, {@link InburgeraarService#bredeIntakeAfgerond}),
 * from an earlier phase.</li>
 * <li>{@link #INBURGERING}: a PIP was vastgesteld (module pip, {@link InburgeraarService#pipVastgesteld}), from an
 * earlier phase.</li>
 * <li>{@link #AFGEROND}: DUO reported the duty met: diploma (SS106), full vrijstelling (SS107) or ontheffing (SS108)
 * (module duo, {@link InburgeraarService#duoJournaal}; PL-5).</li>
 * <li>{@link #UITGESCHREVEN}: uitschrijven with a reason ({@link InburgeraarService#schrijfUit}; a second time is
 * 409), or DUO reported the duty withdrawn (SS110) or the person deceased (SS111).</li>
 * </ul>
 * Only intake and PIP move a dossier forward and never back; DUO's events and uitschrijven set their phase from any
 * other.
 */
public enum Fase {
    AANMELDING,
    BREDE_INTAKE,
    PIP,
    INBURGERING,
    AFGEROND,
    UITGESCHREVEN
}
