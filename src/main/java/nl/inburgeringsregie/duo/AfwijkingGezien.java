package nl.inburgeringsregie.duo;

import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Dossiermelding;

/** A team lead marked a difference with DUO as seen, with the reason (issue 21 point 8): a journal line (ADR 0027). */
record AfwijkingGezien(UUID inburgeraarId, String omschrijving) implements Dossiermelding.Journaalregel {

    @Override
    public Dossiermelding.Herkomst herkomst() {
        return Dossiermelding.Herkomst.AFSTEMMING;
    }
}
