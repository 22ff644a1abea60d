package nl.inburgeringsregie.intake;

import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Dossiermelding;

/**
 * T-12 (ADR 0037): the consultant recorded COA's profile received outside the import, or the joint handover
 * conversation held; the dossier journals {@code omschrijving} (ADR 0027). Names no person.
 */
record CoaVastgelegd(UUID inburgeraarId, String omschrijving) implements Dossiermelding.Journaalregel {

    @Override
    public Dossiermelding.Herkomst herkomst() {
        return Dossiermelding.Herkomst.COA;
    }
}
