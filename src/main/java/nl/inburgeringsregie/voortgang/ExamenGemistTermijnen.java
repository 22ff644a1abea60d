package nl.inburgeringsregie.voortgang;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.inburgeringsregie.duo.DuoRoutegegevens;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.Wet;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import nl.inburgeringsregie.termijnen.Termijn;
import nl.inburgeringsregie.termijnen.TermijnBron;
import nl.inburgeringsregie.termijnen.TermijnSoort;
import nl.inburgeringsregie.termijnen.TermijnStatus;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * route-na-pip.md §1(e) scenario 10: an exam DUO reports without result because the person did not show up
 * ({@code redenGeenResultaat} {@code Absent}, or {@code Verwijtbaar}: by DUO's spec fraud or not coming by one's own
 * fault) is a signal to the consultant, the deadline {@link #EXAMEN_GEMIST} (page {@code voortgang}): "binnenkort" from
 * the exam's date, to be discussed within the voortgang settings' margin ({@code margeDagen}, 14 days by default). A
 * missed exam is dealt with once DUO reports a later result for the same part (the person sat it again) or a
 * voortgangsgesprek the person attended was held after the exam's date. {@code Afgemeld} and {@code Nietverwijtbaar}
 * (cancelled in time, ill, DUO's own cancellation) give no signal. No fine follows automatically: DUO's exam conduct is
 * not a breach of the PIP unless the PIP says so (scenario 10). One deadline per dossier: the earliest missed exam not
 * yet dealt with, its explanation naming every open one. DUO's answers are re-read on every fetch of the exam results
 * (module duo publishes {@code TermijnfeitenGewijzigd}) and recording a conversation rewrites it too.
 */
@Component
@Order(42)
class ExamenGemistTermijnen implements TermijnBron {

    static final TermijnSoort EXAMEN_GEMIST = new TermijnSoort("EXAMEN_GEMIST", false, "voortgang");

    /** DUO's reasons without a result that mean the person did not sit the exam by their own doing. */
    static final Set<String> GEMIST = Set.of("Absent", "Verwijtbaar");

    private final DuoRoutegegevens duo;
    private final VoortgangTermijnen gesprekken;
    private final VoortgangInstellingen instellingen;
    private final InburgeringTermijnen route;
    private final MessageSourceAccessor berichten;

    ExamenGemistTermijnen(
            DuoRoutegegevens duo,
            VoortgangTermijnen gesprekken,
            VoortgangInstellingen instellingen,
            InburgeringTermijnen route,
            MessageSourceAccessor berichten) {
        this.duo = duo;
        this.gesprekken = gesprekken;
        this.instellingen = instellingen;
        this.route = route;
        this.berichten = berichten;
    }

    @Override
    public List<TermijnSoort> soorten() {
        return List.of(EXAMEN_GEMIST);
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d) {
        if (d.mijlpalen().dagtekeningPip() == null || d.wet() == Wet.WI2013 || d.fase() == Fase.UITGESCHREVEN) {
            return List.of();
        }
        List<DuoRoutegegevens.Examenresultaat> examens = duo.van(d.id()).examens();
        List<DuoRoutegegevens.Examenresultaat> gemist =
                examens.stream().filter(ExamenGemistTermijnen::gemist).toList();
        if (gemist.isEmpty()) {
            return List.of();
        }
        if (d.fase() == Fase.AFGEROND) {
            return List.of(Termijn.gesloten(
                    EXAMEN_GEMIST,
                    "R-12",
                    TermijnStatus.NIET_VAN_TOEPASSING,
                    berichten.getMessage("termijn.examenGemist.afgerond")));
        }
        List<LocalDate> gehouden = gesprekken.gehouden(d.id());
        List<DuoRoutegegevens.Examenresultaat> open = gemist.stream()
                .filter(g -> examens.stream()
                        .noneMatch(e -> e.onderdeel() != null
                                && e.onderdeel().equals(g.onderdeel())
                                && e.examendatum() != null
                                && e.examendatum().isAfter(g.examendatum())))
                .filter(g -> gehouden.stream().noneMatch(dag -> dag.isAfter(g.examendatum())))
                .sorted(Comparator.comparing(DuoRoutegegevens.Examenresultaat::examendatum))
                .toList();
        if (open.isEmpty()) {
            return List.of(Termijn.gesloten(
                    EXAMEN_GEMIST,
                    "R-12",
                    TermijnStatus.VOLDAAN,
                    berichten.getMessage("termijn.examenGemist.opgepakt")));
        }
        DuoRoutegegevens.Examenresultaat eerste = open.getFirst();
        LocalDate uiterlijk = eerste.examendatum().plusDays(instellingen.margeDagen());
        String welke = open.stream()
                .map(e -> berichten.getMessage("termijn.examenGemist.examen", new Object[] {
                    berichten.getMessage("routetijdlijn.examen.onderdeel." + e.onderdeel(), e.onderdeel()),
                    InburgeringTermijnen.datum(e.examendatum()),
                    berichten.getMessage("routetijdlijn.examen.reden." + e.redenGeenResultaat(), e.redenGeenResultaat())
                }))
                .collect(Collectors.joining("; "));
        return List.of(route.opgeschort(
                d,
                new Termijn(
                        EXAMEN_GEMIST,
                        eerste.examendatum(),
                        uiterlijk,
                        eerste.examendatum(),
                        null,
                        "R-12",
                        berichten.getMessage(
                                "termijn.examenGemist",
                                new Object[] {welke, InburgeringTermijnen.datum(uiterlijk), instellingen.margeDagen()}),
                        false)));
    }

    /** Scenario 10: no result because the person did not show up (Absent) or by their own fault (Verwijtbaar). */
    static boolean gemist(DuoRoutegegevens.Examenresultaat e) {
        return "Geen".equals(e.resultaat())
                && e.redenGeenResultaat() != null
                && GEMIST.contains(e.redenGeenResultaat())
                && e.examendatum() != null;
    }
}
