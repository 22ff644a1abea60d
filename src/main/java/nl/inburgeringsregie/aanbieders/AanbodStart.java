package nl.inburgeringsregie.aanbieders;

import static nl.inburgeringsregie.infrastructure.web.Weergave.sleutel;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.leerroute.Leerroute;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * T-5, the late-offer ground, as read by other modules (issue 16, ADR 0041): whether an asielstatushouder's course
 * started within 3 months of the PIP's dagtekening (6 for the onderwijsroute), with the facts behind it — the same
 * derivation as the worklist's deadline {@code AANBOD_START} ({@link PlaatsingTermijnen}, ADR 0033), from the same one
 * query. Checks no rights: the caller decided access (the route status, the gemeente's statement).
 */
@Component
public class AanbodStart {

    /** One route placement (B1-route, onderwijsroute, Z-route) as the statement shows it; {@code status} in words. */
    public record Routeplaatsing(
            String aanbieder, Leerroute leerroute, String status, LocalDate aanmelddatum, LocalDate startdatum) {}

    /**
     * The test of T-5 for a dossier: the PIP's dagtekening and the vastgesteld PIP's leerroute, the months that apply,
     * the last day the course should have started ({@code uiterlijk}: {@code plusMonths}, so 30 November + 3 months is
     * 28 February, 29 in a leap year), the first start of a route placement ({@code gestartOp}, null when none started)
     * with its provider, and the route placements in the order of registration.
     */
    public record Toets(
            LocalDate dagtekeningPip,
            Leerroute leerroute,
            int maanden,
            LocalDate uiterlijk,
            LocalDate gestartOp,
            String aanbieder,
            List<Routeplaatsing> plaatsingen) {

        /** Started after the last day, or not started and the last day has passed: the ground holds (T-5). */
        public boolean teLaat(LocalDate vandaag) {
            return gestartOp == null ? vandaag.isAfter(uiterlijk) : gestartOp.isAfter(uiterlijk);
        }
    }

    private final PlaatsingTermijnen termijnen;
    private final MessageSourceAccessor berichten;

    AanbodStart(PlaatsingTermijnen termijnen, MessageSourceAccessor berichten) {
        this.termijnen = termijnen;
        this.berichten = berichten;
    }

    /** The test of T-5 for the dossier; empty when T-5 does not apply (no asielstatushouder, no vastgesteld PIP). */
    public Optional<Toets> van(Dossierfeiten d) {
        if (d.doelgroep() != Doelgroep.ASIELSTATUSHOUDER || d.mijlpalen().dagtekeningPip() == null) {
            return Optional.empty();
        }
        PlaatsingTermijnen.Feiten f = termijnen.lees(d.id());
        return toets(d, f)
                .map(t -> new Toets(
                        t.dagtekeningPip(),
                        t.leerroute(),
                        t.maanden(),
                        t.uiterlijk(),
                        t.gestartOp(),
                        t.aanbieder(),
                        f.plaatsingen().stream()
                                .filter(p -> p.onderdeel().leerroute() != null)
                                .map(p -> new Routeplaatsing(
                                        p.aanbieder(),
                                        p.onderdeel().leerroute(),
                                        berichten.getMessage(sleutel(p.status())),
                                        p.aanmelddatum(),
                                        p.startdatum()))
                                .toList()));
    }

    /**
     * T-5 (ADR 0033): for an asielstatushouder with a vastgesteld PIP, the course of the route (a placement for the
     * B1-route, the onderwijsroute or the Z-route; KNM, PVT, MAP and the brugklas are not the course) starts by the
     * last day, 3 months after the PIP's dagtekening (6 for the onderwijsroute, by the vastgesteld PIP's leerroute); the
     * recorded start counts, not the registration. The one derivation of the worklist's deadline and of the ground;
     * the placements are left out here ({@link #van} adds them).
     */
    static Optional<Toets> toets(Dossierfeiten d, PlaatsingTermijnen.Feiten f) {
        if (d.doelgroep() != Doelgroep.ASIELSTATUSHOUDER
                || f.pipLeerroute() == null
                || d.mijlpalen().dagtekeningPip() == null) {
            return Optional.empty();
        }
        LocalDate dagtekening = d.mijlpalen().dagtekeningPip();
        int maanden = f.pipLeerroute() == Leerroute.O
                ? PlaatsingTermijnen.AANBOD_MAANDEN_ONDERWIJSROUTE
                : PlaatsingTermijnen.AANBOD_MAANDEN;
        Optional<PlaatsingTermijnen.Rij> eerste = f.plaatsingen().stream()
                .filter(p -> p.onderdeel().leerroute() != null && p.startdatum() != null)
                .min(Comparator.comparing(PlaatsingTermijnen.Rij::startdatum));
        return Optional.of(new Toets(
                dagtekening,
                f.pipLeerroute(),
                maanden,
                dagtekening.plusMonths(maanden),
                eerste.map(PlaatsingTermijnen.Rij::startdatum).orElse(null),
                eerste.map(PlaatsingTermijnen.Rij::aanbieder).orElse(null),
                List.of()));
    }
}
