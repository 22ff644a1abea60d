package nl.inburgeringsregie.voortgang;

import java.time.LocalDate;
import java.util.List;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.Wet;
import nl.inburgeringsregie.pip.PipVastgesteld;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import nl.inburgeringsregie.termijnen.Termijn;
import nl.inburgeringsregie.termijnen.TermijnBron;
import nl.inburgeringsregie.termijnen.TermijnSoort;
import nl.inburgeringsregie.termijnen.TermijnStatus;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * T-13 with what is missing: the deadline {@link #ROUTE_AFRONDEN} runs to the inburgeringstermijn's last day (DUO's
 * when registered, T-3) and is "binnenkort" from {@value #ATTENTIE_MAANDEN} months before it, its explanation naming
 * every requirement of the route the gemeente cannot yet see done ({@link Routebepaling}); met once everything visible is
 * done, or when DUO reported the duty met. So the worklist "termijn eindigt binnen 6 maanden" is the worklist of this
 * kind, with per person what is still missing. The facts behind it change in other modules: a new PIP version, DUO's
 * answers (exam results, on a notification or a refresh), the hours, a PVT, MAP or Z-route melding; each rewrites the
 * deadline: a new PIP version here, DUO's answers and meldingen in module duo, the consultant's brede-intake hours in
 * module intake, a provider's attendance after its commit as system work (aanbieders, ADR 0033: the provider's user
 * may not write the gemeente's read model); the daily job catches the rest.
 */
@Component
@Order(41)
class RouteTermijnen implements TermijnBron {

    static final TermijnSoort ROUTE_AFRONDEN = new TermijnSoort("ROUTE_AFRONDEN", false, "voortgang");

    /** T-13: the cases whose termijn ends within six months, with what is still missing. */
    static final int ATTENTIE_MAANDEN = 6;

    private final Routestatussen routestatussen;
    private final InburgeringTermijnen route;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;

    RouteTermijnen(
            Routestatussen routestatussen,
            InburgeringTermijnen route,
            ApplicationEventPublisher events,
            MessageSourceAccessor berichten) {
        this.routestatussen = routestatussen;
        this.route = route;
        this.events = events;
        this.berichten = berichten;
    }

    @Override
    public List<TermijnSoort> soorten() {
        return List.of(ROUTE_AFRONDEN);
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d) {
        if (d.mijlpalen().dagtekeningPip() == null || d.wet() == Wet.WI2013 || d.fase() == Fase.UITGESCHREVEN) {
            return List.of();
        }
        if (d.fase() == Fase.AFGEROND) {
            return List.of(Termijn.gesloten(
                    ROUTE_AFRONDEN, "T-13", TermijnStatus.VOLDAAN, berichten.getMessage("termijn.routeAfronden.duo")));
        }
        Routestatussen.Routestatus status = routestatussen.bepaal(d, false);
        if (status.leerroute() == null || status.termijnLaatsteDag() == null) {
            return List.of();
        }
        if (status.volledig()) {
            return List.of(Termijn.gesloten(
                    ROUTE_AFRONDEN,
                    "T-13",
                    TermijnStatus.VOLDAAN,
                    berichten.getMessage("termijn.routeAfronden.volledig")));
        }
        LocalDate laatsteDag = status.termijnLaatsteDag();
        return List.of(route.opgeschort(
                d,
                new Termijn(
                        ROUTE_AFRONDEN,
                        d.mijlpalen().dagtekeningPip().plusDays(1),
                        laatsteDag,
                        laatsteDag.minusMonths(ATTENTIE_MAANDEN),
                        null,
                        "T-13",
                        berichten.getMessage("termijn.routeAfronden", new Object[] {
                            String.join(", ", status.ontbreekt()), InburgeringTermijnen.datum(laatsteDag)
                        }),
                        d.mijlpalen().einddatumInburgeringstermijn() == null)));
    }

    /** A new PIP version may change the route or lower exam parts (T-6, T-7). */
    @EventListener
    void bij(PipVastgesteld event) {
        events.publishEvent(new TermijnfeitenGewijzigd(List.of(event.inburgeraarId())));
    }
}
