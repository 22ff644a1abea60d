package nl.inburgeringsregie.duo;

import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Dossiermelding;
import nl.inburgeringsregie.inburgeraar.Fase;

/**
 * A DUO notification about a person with a dossier was processed: a journal line in words, and the phase DUO's event
 * moves the dossier to (null: none; PL-5) (ADR 0027).
 */
record DuoGebeurtenisVerwerkt(UUID inburgeraarId, String omschrijving, Fase fase)
        implements Dossiermelding.DuoGebeurtenis {

    @Override
    public Dossiermelding.Herkomst herkomst() {
        return Dossiermelding.Herkomst.DUO;
    }
}
