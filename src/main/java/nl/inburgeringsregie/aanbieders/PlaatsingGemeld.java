package nl.inburgeringsregie.aanbieders;

import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Dossiermelding;

/**
 * A placement was made or took a step of its lifecycle: the dossier journals {@code omschrijving} (ADR 0027; no method
 * of the dossier's service is added for it). Names the provider and the step, never the person.
 */
record PlaatsingGemeld(UUID inburgeraarId, String omschrijving) implements Dossiermelding.Journaalregel {

    @Override
    public Dossiermelding.Herkomst herkomst() {
        return Dossiermelding.Herkomst.PLAATSING;
    }
}
