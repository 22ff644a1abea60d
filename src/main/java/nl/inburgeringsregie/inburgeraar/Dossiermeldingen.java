package nl.inburgeringsregie.inburgeraar;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Listens to what other modules report about a dossier ({@link Dossiermelding}) and lets {@link InburgeraarService}
 * record it: synchronously, in the publisher's transaction, under the right each kind needs (issue 13 point 4, ADR
 * 0027). A report is handled as its most specific kind, once, and before other modules' listeners to the same event
 * (the DUO melding of a vastgestelde PIP comes after the dossier's journal line, as it did when this was a callback).
 */
@Component
class Dossiermeldingen {

    private final InburgeraarService dossiers;
    private final Onderbrekingen onderbrekingen;

    Dossiermeldingen(InburgeraarService dossiers, Onderbrekingen onderbrekingen) {
        this.dossiers = dossiers;
        this.onderbrekingen = onderbrekingen;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void bij(Dossiermelding melding) {
        switch (melding) {
            case Dossiermelding.IntakeAfgerond m -> dossiers.bredeIntakeAfgerond(m);
            case Dossiermelding.PipDagtekening m -> {
                dossiers.pipVastgesteld(m);
                onderbrekingen.pipVastgesteld(m.inburgeraarId());
            }
            case Dossiermelding.PipIngetrokken m -> onderbrekingen.pipIngetrokken(m.inburgeraarId(), m.ingetrokkenOp());
            case Dossiermelding.DuoVrijstelling m ->
                onderbrekingen.duoTijdelijkeVrijstelling(m.inburgeraarId(), m.van(), m.tot());
            case Dossiermelding.DuoVrijstellingIngetrokken m ->
                onderbrekingen.duoTijdelijkeVrijstellingIngetrokken(m.inburgeraarId(), m.ingetrokkenOp());
            case Dossiermelding.DuoGebeurtenis m -> dossiers.duoJournaal(m);
            case Dossiermelding.DuoPlicht m -> dossiers.duoInburgeringsplicht(m);
            case Dossiermelding.DuoDoelgroepHistorie m -> dossiers.duoDoelgroepHistorie(m);
            case Dossiermelding.DuoTermijn m -> dossiers.duoInburgeringstermijn(m);
            case Dossiermelding.Journaalregel m
            when m.herkomst() == Dossiermelding.Herkomst.AFSTEMMING -> dossiers.afstemmingJournaal(m);
            case Dossiermelding.Journaalregel m -> dossiers.pipJournaal(m);
            default -> throw new IllegalArgumentException("Unknown kind of dossier report: " + melding.getClass());
        }
    }
}
