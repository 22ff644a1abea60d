package nl.inburgeringsregie.pip;

import java.time.LocalDate;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Dossiermelding;

/**
 * A PIP version was established (P-4): the dossier journals it in {@code omschrijving}, records the first dagtekening
 * and enters INBURGERING (module inburgeraar, T-1, T-3); the DUO capability turns it into a PIP melding (P-3).
 */
public record PipVastgesteld(
        UUID pipId,
        UUID inburgeraarId,
        String gemeentecode,
        int versienummer,
        LocalDate dagtekeningPip,
        String leerroute,
        String niveau,
        Integer geschatteIntensiteitB1Route,
        boolean indicatorMagOpleidingAfmaken,
        String indicatorAlfabetiseringsonderwijs,
        String omschrijving)
        implements Dossiermelding.PipDagtekening {

    @Override
    public Dossiermelding.Herkomst herkomst() {
        return Dossiermelding.Herkomst.PIP;
    }
}
