package nl.inburgeringsregie.ontzorgen;

import java.util.List;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import nl.inburgeringsregie.termijnen.Termijn;
import nl.inburgeringsregie.termijnen.TermijnBron;
import nl.inburgeringsregie.termijnen.TermijnSoort;
import nl.inburgeringsregie.termijnen.TermijnStatus;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * T-8 with O-2: before the end of the ontzorging the budgetcoach decides to end it or to extend it (maatwerk). A duty
 * whose last day is the period's end, "binnenkort" the configured weeks before; met when ended; an extension moves it
 * to the new end. Only a dossier with an ontzorging has it (one lookup by the dossier's id, asked only for
 * asielstatushouders, the only persons ontzorgd).
 */
@Beslist("T-8")
@Component
@Order(20)
class OntzorgingTermijnen implements TermijnBron {

    /** T-8, O-2: the budgetcoach's decision at the end of the ontzorging. */
    static final TermijnSoort ONTZORGING_EINDE = new TermijnSoort("ONTZORGING_EINDE", false, "ontzorging");

    private final OntzorgingRepository ontzorgingen;
    private final OntzorgenInstellingen instellingen;
    private final MessageSourceAccessor berichten;

    OntzorgingTermijnen(
            OntzorgingRepository ontzorgingen, OntzorgenInstellingen instellingen, MessageSourceAccessor berichten) {
        this.ontzorgingen = ontzorgingen;
        this.instellingen = instellingen;
        this.berichten = berichten;
    }

    @Override
    public List<TermijnSoort> soorten() {
        return List.of(ONTZORGING_EINDE);
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d) {
        if (d.doelgroep() != Doelgroep.ASIELSTATUSHOUDER) {
            return List.of();
        }
        return ontzorgingen.vanDossier(d.id()).map(this::termijn).stream().toList();
    }

    Termijn termijn(Ontzorging o) {
        if (o.beeindigd()) {
            return Termijn.gesloten(
                    ONTZORGING_EINDE,
                    "T-8",
                    TermijnStatus.VOLDAAN,
                    berichten.getMessage(
                            "termijn.ontzorging.beeindigd",
                            new Object[] {InburgeringTermijnen.datum(o.beeindigdOp())}));
        }
        String sleutel = o.verlengingReden() == null ? "termijn.ontzorging" : "termijn.ontzorging.verlengd";
        return new Termijn(
                ONTZORGING_EINDE,
                o.begindatum(),
                o.einddatum(),
                o.einddatum().minusWeeks(instellingen.signaalWeken()),
                null,
                "T-8",
                berichten.getMessage(sleutel, new Object[] {
                    InburgeringTermijnen.datum(o.einddatum()), InburgeringTermijnen.datum(o.begindatum())
                }),
                false);
    }
}
