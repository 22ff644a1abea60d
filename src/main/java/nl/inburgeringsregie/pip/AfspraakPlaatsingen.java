package nl.inburgeringsregie.pip;

import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.pip.PipKeuzes.Onderdeel;

/**
 * Extension point (issue 15, ADR 0031): who carries out an agreement of the PIP. A module that places persons with
 * providers (aanbieders) answers, per onderdeel of the PIP's agreements, the person's current placement: its provider
 * and status. The PIP page shows it beside the agreement, and vaststellen writes the provider into the agreements of a
 * new version, so that version's beschikking names it. The PIP does not depend on the placing module: that module
 * implements this interface.
 */
public interface AfspraakPlaatsingen {

    /**
     * The placement carrying out an onderdeel: the provider's name, the status's name (the constant of the placing
     * module's status, shown as {@code enum.Plaatsing.Status.<status>}) and whether it ended early.
     */
    record AfspraakPlaatsing(Onderdeel onderdeel, String aanbieder, String status, boolean afgebroken) {}

    /**
     * Per onderdeel the person's current placement: the running one, else the last one that ended. Read for the user's
     * access (row-level security); the caller has decided access to the person.
     */
    Map<Onderdeel, AfspraakPlaatsing> van(UUID inburgeraarId);
}
