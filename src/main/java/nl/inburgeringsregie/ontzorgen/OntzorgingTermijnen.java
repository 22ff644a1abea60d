package nl.inburgeringsregie.ontzorgen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 *
 * <p>O-1: an asielstatushouder on bijstand without an ontzorging is to be ontzorgd, from the bijstand's start for the
 * configured months: the window {@link #ONTZORGING_REGELEN}, open until the ontzorging exists (then met) or the period
 * has passed (a window simply closes). It is the budgetcoach's worklist's read model of "no ontzorging yet" (ADR 0032
 * amendment): no index can hold the absence of an ontzorging, so the list read every person on bijstand instead.
 */
@Beslist("T-8")
@Component
@Order(20)
class OntzorgingTermijnen implements TermijnBron {

    /** T-8, O-2: the budgetcoach's decision at the end of the ontzorging. */
    static final TermijnSoort ONTZORGING_EINDE = new TermijnSoort("ONTZORGING_EINDE", false, "ontzorging");

    /** O-1: the ontzorging still to be arranged, while the period from the bijstand's start runs. */
    static final TermijnSoort ONTZORGING_REGELEN = new TermijnSoort("ONTZORGING_REGELEN", true, "ontzorging");

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
        return List.of(ONTZORGING_REGELEN, ONTZORGING_EINDE);
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d) {
        if (d.doelgroep() != Doelgroep.ASIELSTATUSHOUDER) {
            return List.of();
        }
        Optional<Ontzorging> ontzorging = ontzorgingen.vanDossier(d.id());
        List<Termijn> termijnen = new ArrayList<>();
        if (d.datumStartBijstand() != null || ontzorging.isPresent()) {
            termijnen.add(regelen(d.datumStartBijstand(), ontzorging.isPresent()));
        }
        ontzorging.map(this::termijn).ifPresent(termijnen::add);
        return termijnen;
    }

    /** O-1: to be arranged from the bijstand's start, for the period; met once the ontzorging exists. */
    Termijn regelen(LocalDate startBijstand, boolean geregeld) {
        if (geregeld) {
            return Termijn.gesloten(
                    ONTZORGING_REGELEN,
                    "O-1",
                    TermijnStatus.VOLDAAN,
                    berichten.getMessage("termijn.ontzorgingRegelen.geregeld"));
        }
        // T-8 with T-14: the period's last day, as the ontzorging's own (Ontzorging.einde).
        LocalDate laatsteDag = Ontzorging.einde(startBijstand, instellingen.maanden());
        return new Termijn(
                ONTZORGING_REGELEN,
                startBijstand,
                laatsteDag,
                startBijstand,
                null,
                "O-1",
                berichten.getMessage("termijn.ontzorgingRegelen", new Object[] {
                    InburgeringTermijnen.datum(startBijstand), InburgeringTermijnen.datum(laatsteDag)
                }),
                false);
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
