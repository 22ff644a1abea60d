package nl.inburgeringsregie.pip;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.Mijlpalen;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.termijnen.AlgemeneTermijnenwet;
import nl.inburgeringsregie.termijnen.Gemist;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import nl.inburgeringsregie.termijnen.Termijn;
import nl.inburgeringsregie.termijnen.TermijnBron;
import nl.inburgeringsregie.termijnen.TermijnSoort;
import nl.inburgeringsregie.termijnen.TermijnStatus;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * T-1, the PIP within 10 weeks of the start moment: this module's deadline, contributed to module termijnen
 * ({@link TermijnBron}). Met by the first dagtekening (P-4, from the dossier's milestones); waiting for third-party
 * information moves the last day to at most 2 weeks after it arrives, when the wait began by the last day (T-1, T-15);
 * both periods run to the next working day (Atw, T-14); a withdrawn PIP leaves T-1 unmet until a new one (P-3). The
 * start moment and the rules of history (PL-4, PL-5, PL-6, T-15) are {@link InburgeringTermijnen}'s.
 */
@Beslist("T-1")
@Component
@Order(2)
public class PipTermijnen implements TermijnBron {

    /** T-1: the PIP within 10 weeks of the start moment (statutory). */
    static final int PIP_WEKEN = 10;
    /** T-1: after third-party information arrives, at most 2 more weeks (statutory). */
    static final int NA_INFORMATIE_DERDEN_DAGEN = 14;

    private final InburgeringTermijnen regels;
    private final AlgemeneTermijnenwet atw;
    private final MessageSourceAccessor berichten;

    public PipTermijnen(InburgeringTermijnen regels, AlgemeneTermijnenwet atw, MessageSourceAccessor berichten) {
        this.regels = regels;
        this.atw = atw;
        this.berichten = berichten;
    }

    @Override
    public List<TermijnSoort> soorten() {
        return List.of(TermijnSoort.PIP_VASTSTELLEN);
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d) {
        return termijnen(d, Map.of());
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d, Map<TermijnSoort, Gemist> gemist) {
        Gemist pipGemist = gemist.get(TermijnSoort.PIP_VASTSTELLEN);
        return List.of(regels.buitenDeRoute(d, TermijnSoort.PIP_VASTSTELLEN, "T-1", pipGemist)
                .orElseGet(() -> regels.opgeschort(
                        d,
                        zonderGeldigPip(
                                d,
                                regels.perDoelgroep(
                                        d,
                                        pipGemist,
                                        d.mijlpalen().dagtekeningPip(),
                                        grondslag -> pip(d, grondslag))))));
    }

    /**
     * P-3, T-3 (issue 12 part 4): after the vastgesteld PIP was withdrawn and until a new one is vastgesteld, T-1 is
     * not met: the deadline runs again with its statutory last day, and says since when no valid PIP exists. The start
     * of the inburgeringstermijn stays the first PIP's dagtekening (Wi2021 art. 11(3)).
     */
    private Termijn zonderGeldigPip(Dossierfeiten d, Termijn pip) {
        LocalDate ingetrokken = d.onderbreking().pipIngetrokkenOp();
        if (ingetrokken == null || pip.afsluiting() != TermijnStatus.VOLDAAN) {
            return pip;
        }
        String eerste = d.mijlpalen().dagtekeningPip() == null
                ? "–"
                : datum(d.mijlpalen().dagtekeningPip());
        return new Termijn(
                        pip.soort(),
                        pip.startdatum(),
                        pip.uiterlijkeDatum(),
                        pip.uiterlijkeDatum(),
                        null,
                        "T-1",
                        bericht("termijn.pip.ingetrokken", datum(ingetrokken), eerste),
                        false)
                .alsGemistOp(pip.gemistOp());
    }

    private Termijn pip(Dossierfeiten d, InburgeringTermijnen.Grondslag grondslag) {
        InburgeringTermijnen.Start start = grondslag.start();
        Mijlpalen v = d.mijlpalen();
        LocalDate dagtekening = v.dagtekeningPip();
        if (start.datum() == null) {
            return dagtekening != null
                    ? Termijn.gesloten(
                            TermijnSoort.PIP_VASTSTELLEN,
                            "T-1",
                            TermijnStatus.VOLDAAN,
                            bericht("termijn.pip.voldaan", datum(dagtekening)))
                    : new Termijn(
                            TermijnSoort.PIP_VASTSTELLEN,
                            null,
                            null,
                            null,
                            null,
                            "T-1",
                            bericht("termijn.ontbreekt", String.join(" en ", start.ontbreekt()), "T-1"),
                            false);
        }
        // T-14: the 10 weeks run to the next working day when they end on a weekend day or feestdag (Atw).
        AlgemeneTermijnenwet.Einde gewoon = atw.einde(
                AlgemeneTermijnenwet.Periode.PIP_VASTSTELLEN, start.datum().plusWeeks(PIP_WEKEN));
        LocalDate uiterlijk = gewoon.datum();
        String uitleg = bericht("termijn.pip", datum(uiterlijk), PIP_WEKEN, start.uitleg()) + regels.atwUitleg(gewoon);
        // T-15: the third-party exception counts only when the wait began by the last day; a later wait stays in the
        // journal but moves nothing.
        LocalDate wachtSinds = v.wachtOpDerdenSinds();
        boolean wachtTelt = wachtSinds != null && !wachtSinds.isAfter(uiterlijk);
        String wachtTeLaat = wachtSinds != null && !wachtTelt
                ? " " + bericht("termijn.pip.wachtTeLaat", datum(wachtSinds), v.wachtOpDerdenReden(), datum(uiterlijk))
                : "";
        if (wachtTelt && v.wachtOpDerdenOntvangen() != null) {
            AlgemeneTermijnenwet.Einde naInformatie = atw.einde(
                    AlgemeneTermijnenwet.Periode.PIP_NA_INFORMATIE_DERDEN,
                    v.wachtOpDerdenOntvangen().plusDays(NA_INFORMATIE_DERDEN_DAGEN));
            if (naInformatie.datum().isAfter(uiterlijk)) {
                uitleg = bericht(
                                "termijn.pip.naInformatie",
                                datum(naInformatie.datum()),
                                datum(v.wachtOpDerdenOntvangen()),
                                v.wachtOpDerdenReden(),
                                datum(uiterlijk))
                        + regels.atwUitleg(naInformatie);
                uiterlijk = naInformatie.datum();
            }
        }
        if (dagtekening != null) {
            long teLaat = ChronoUnit.DAYS.between(uiterlijk, dagtekening);
            return new Termijn(
                            TermijnSoort.PIP_VASTSTELLEN,
                            start.datum(),
                            uiterlijk,
                            null,
                            TermijnStatus.VOLDAAN,
                            "T-1",
                            (teLaat > 0
                                            ? bericht(
                                                    "termijn.pip.voldaanTeLaat",
                                                    datum(dagtekening),
                                                    datum(uiterlijk),
                                                    teLaat)
                                            : bericht(
                                                    "termijn.pip.voldaanOpTijd", datum(dagtekening), datum(uiterlijk)))
                                    + wachtTeLaat,
                            false)
                    .alsGemistOp(teLaat > 0 ? uiterlijk : null);
        }
        if (wachtTelt && v.wachtOpDerdenOntvangen() == null) {
            // May be exceeded while waiting: no last day until the information arrives (T-1).
            return new Termijn(
                    TermijnSoort.PIP_VASTSTELLEN,
                    start.datum(),
                    null,
                    null,
                    null,
                    "T-1",
                    bericht(
                            "termijn.pip.wacht",
                            datum(uiterlijk),
                            datum(wachtSinds),
                            v.wachtOpDerdenReden(),
                            NA_INFORMATIE_DERDEN_DAGEN / 7),
                    false);
        }
        return new Termijn(
                TermijnSoort.PIP_VASTSTELLEN,
                start.datum(),
                uiterlijk,
                uiterlijk.minusDays(grondslag.pipWaarschuwingDagen()),
                null,
                "T-1",
                uitleg + wachtTeLaat,
                false);
    }

    private String bericht(String sleutel, Object... argumenten) {
        return berichten.getMessage(sleutel, argumenten);
    }

    private static String datum(LocalDate datum) {
        return InburgeringTermijnen.datum(datum);
    }
}
