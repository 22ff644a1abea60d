package nl.inburgeringsregie.inburgeraar;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the dossier stands on the route, as a state machine (issue 13 point 1): {@link #magNaar} is the one table of
 * allowed transitions; the aggregate ({@link Inburgeraar#gaNaar}) refuses any other, and services and templates ask it
 * ({@link #naBredeIntake}, {@link #naPipVastgesteld}, {@link #magUitschrijven}) instead of comparing names. Nobody
 * types a phase (T-15, docs/adr/0015-legal-integrity-of-deadlines.md): the API refuses another value than the
 * dossier's (400, rule T-15) and the form has no field for it. It moves only with the step that justifies it, through
 * {@link InburgeraarService}, each move journaled ({@code FASE}), audited and announced ({@link InburgeraarGewijzigd}):
 * <ul>
 * <li>{@link #AANMELDING}: every dossier starts here, at the desk or from DUO's notice
 * ({@link InburgeraarService#registreer}).</li>
 * <li>{@link #BREDE_INTAKE}: no step sets it (starting an intake does not); only the bulk loader of the demo data, and
 * dossiers whose phase was typed before phases became derived, carry it. It moves on like AANMELDING.</li>
 * <li>{@link #PIP}: the brede intake was finished (module intake publishes
 * {@link Dossiermelding.IntakeAfgerond}), from an earlier phase.</li>
 * <li>{@link #INBURGERING}: a PIP was vastgesteld (module pip publishes {@link Dossiermelding.PipDagtekening}), from
 * an earlier phase.</li>
 * <li>{@link #AFGEROND}: DUO reported the duty met: diploma (SS106), full vrijstelling (SS107) or ontheffing (SS108)
 * (module duo publishes {@link Dossiermelding.DuoGebeurtenis}; PL-5), from any other phase.</li>
 * <li>{@link #UITGESCHREVEN}: uitschrijven with a reason ({@link InburgeraarService#schrijfUit}; a second time is
 * 409), or DUO reported the duty withdrawn (SS110) or the person deceased (SS111), from any other phase.</li>
 * </ul>
 * Intake and PIP move a dossier forward only, never back: after a later phase their step leaves the phase as it is.
 */
public enum Fase {
    AANMELDING,
    BREDE_INTAKE,
    PIP,
    INBURGERING,
    AFGEROND,
    UITGESCHREVEN;

    /** The phases this one may move to; DUO's outcomes (AFGEROND, UITGESCHREVEN) are reachable from any other. */
    public Set<Fase> volgende() {
        Set<Fase> volgende = switch (this) {
            case AANMELDING, BREDE_INTAKE -> EnumSet.of(PIP, INBURGERING);
            case PIP -> EnumSet.of(INBURGERING);
            case INBURGERING, AFGEROND, UITGESCHREVEN -> EnumSet.noneOf(Fase.class);
        };
        volgende.addAll(EnumSet.of(AFGEROND, UITGESCHREVEN));
        volgende.remove(this);
        return volgende;
    }

    /** Whether a dossier in this phase may move to {@code doel}. */
    public boolean magNaar(Fase doel) {
        return volgende().contains(doel);
    }

    /** The phase after the brede intake was finished (T-2): PIP from an earlier phase, else this one. */
    public Fase naBredeIntake() {
        return magNaar(PIP) ? PIP : this;
    }

    /** The phase after a PIP was vastgesteld (P-4): INBURGERING from an earlier phase, else this one. */
    public Fase naPipVastgesteld() {
        return magNaar(INBURGERING) ? INBURGERING : this;
    }

    /** Whether the dossier can be uitgeschreven (not when it already is). */
    public boolean magUitschrijven() {
        return magNaar(UITGESCHREVEN);
    }
}
