package nl.inburgeringsregie.pip;

import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Dossiermelding;

/**
 * Something happened to a dossier's PIP (a concept made, a new version, a withdrawal; P-3): a line for the dossier's
 * journal, in words, naming no person (issue 13 point 4, ADR 0027).
 */
public record PipJournaalregel(UUID inburgeraarId, String omschrijving) implements Dossiermelding.Journaalregel {

    @Override
    public Dossiermelding.Herkomst herkomst() {
        return Dossiermelding.Herkomst.PIP;
    }
}
