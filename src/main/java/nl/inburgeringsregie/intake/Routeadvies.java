package nl.inburgeringsregie.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.intake.Keuzes.Alfabetisering;
import nl.inburgeringsregie.intake.Keuzes.LbtResultaat;
import nl.inburgeringsregie.intake.Keuzes.Vooropleiding;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import org.springframework.context.MessageSourceResolvable;

/**
 * The route advice as a pure function of the intake and the LBT: "B1-route haalbaar" → B1-route, or the
 * onderwijsroute for someone under the policy age who wants and can study; "niet haalbaar" → Z-route; without a
 * result no advice. Literacy sets the alfabetisering indicator and never forces the Z-route. The level
 * is B1 for the B1- and onderwijsroute; the estimated hours apply only to the B1-route of an
 * asielstatushouder. Each step gives a reason with its rule id.
 */
@Beslist("R-3")
public final class Routeadvies {

    /**
     * One step of the advice: its rule id and its explanation as a message key with arguments, resolved where it is
     * shown (the intake page with {@code #messages}, the API in the user's language), never a text built here.
     */
    public record Reden(String regel, String sleutel, Object... argumenten) implements MessageSourceResolvable {

        @Override
        public String[] getCodes() {
            return new String[] {sleutel};
        }

        @Override
        public Object[] getArguments() {
            return argumenten;
        }
    }

    public record Advies(
            Leerroute leerroute,
            Niveau niveau,
            Alfabetiseringsindicator indicatorAlfabetiseringsonderwijs,
            Integer geschatteIntensiteitB1Route,
            List<Reden> redenen) {}

    /** What the advice looks at. */
    public record Gegevens(
            Doelgroep doelgroep,
            LocalDate geboortedatum,
            Intake.Leerbaarheidstoets lbt,
            Boolean wilStuderen,
            Vooropleiding vooropleiding,
            Alfabetisering alfabetisering) {}

    private final IntakeInstellingen instellingen;

    Routeadvies(IntakeInstellingen instellingen) {
        this.instellingen = instellingen;
    }

    Advies adviseer(Gegevens g, LocalDate vandaag) {
        List<Reden> redenen = new ArrayList<>();
        Alfabetiseringsindicator indicator = indicator(g.alfabetisering(), redenen);
        Intake.Leerbaarheidstoets lbt = g.lbt();
        Leerroute route;
        if (lbt != null && lbt.vrijstelling() != null) {
            route = studie(g, vandaag) ? Leerroute.O : Leerroute.B;
            redenen.add(0, reden("I-3", "advies.lbtVrijgesteld"));
        } else if (lbt == null || lbt.resultaat() == null || lbt.resultaat() == LbtResultaat.ONBEKEND) {
            redenen.add(0, reden("R-3", "advies.geenLbt"));
            return new Advies(null, null, indicator, null, List.copyOf(redenen));
        } else if (lbt.resultaat() == LbtResultaat.B1_ROUTE_NIET_HAALBAAR) {
            redenen.add(0, reden("R-3", "advies.nietHaalbaar"));
            route = Leerroute.Z;
        } else {
            redenen.add(0, reden("R-3", "advies.haalbaar"));
            route = studie(g, vandaag) ? Leerroute.O : Leerroute.B;
        }
        if (route == Leerroute.O) {
            redenen.add(reden("R-3", "advies.onderwijsroute", instellingen.onderwijsrouteTotLeeftijd()));
        } else if (route == Leerroute.B && Boolean.TRUE.equals(g.wilStuderen())) {
            redenen.add(reden("R-3", "advies.onderwijsrouteOverwegen", instellingen.onderwijsrouteTotLeeftijd()));
        }
        Niveau niveau = route == Leerroute.Z ? null : Niveau.B1;
        if (niveau != null) {
            redenen.add(reden("R-1", "advies.niveau"));
        }
        Integer uren = null;
        if (route == Leerroute.B && g.doelgroep() == Doelgroep.ASIELSTATUSHOUDER) {
            uren = uren(indicator, lbt);
            redenen.add(reden("R-2", "advies.uren", uren));
        }
        return new Advies(route, niveau, indicator, uren, List.copyOf(redenen));
    }

    private boolean studie(Gegevens g, LocalDate vandaag) {
        boolean jong = g.geboortedatum() != null
                && Period.between(g.geboortedatum(), vandaag).getYears() < instellingen.onderwijsrouteTotLeeftijd();
        boolean kan = g.vooropleiding() != null && g.vooropleiding().compareTo(Vooropleiding.VOORTGEZET_ONDERWIJS) >= 0;
        return jong && kan && Boolean.TRUE.equals(g.wilStuderen());
    }

    private Alfabetiseringsindicator indicator(Alfabetisering alfabetisering, List<Reden> redenen) {
        if (alfabetisering == null) {
            redenen.add(reden("R-1", "advies.alfabetiseringOnbekend"));
            return Alfabetiseringsindicator.NVT;
        }
        return switch (alfabetisering) {
            case NIET_GEALFABETISEERD -> {
                redenen.add(reden("R-3", "advies.alfabetiseringA"));
                yield Alfabetiseringsindicator.A;
            }
            case ANDERS_GEALFABETISEERD -> {
                redenen.add(reden("R-3", "advies.alfabetiseringAA"));
                yield Alfabetiseringsindicator.AA;
            }
            case LATIJNS_GEALFABETISEERD -> Alfabetiseringsindicator.NVT;
        };
    }

    private int uren(Alfabetiseringsindicator indicator, Intake.Leerbaarheidstoets lbt) {
        int uren = instellingen.urenB1Basis();
        uren += indicator == Alfabetiseringsindicator.A
                ? instellingen.urenExtraAlfabetisering()
                : indicator == Alfabetiseringsindicator.AA ? instellingen.urenExtraAndersGealfabetiseerd() : 0;
        BigDecimal behaald = Intake.Leerbaarheidstoets.score(lbt == null ? null : lbt.behaaldeScore());
        BigDecimal benodigd = Intake.Leerbaarheidstoets.score(lbt == null ? null : lbt.benodigdeScore());
        if (behaald != null
                && benodigd != null
                && behaald.subtract(benodigd).compareTo(BigDecimal.valueOf(instellingen.krappeLbtMarge())) < 0) {
            uren += instellingen.urenExtraKrappeLbt();
        }
        return Math.min(9999, Math.max(1, uren));
    }

    private static Reden reden(String regel, String sleutel, Object... argumenten) {
        return new Reden(regel, sleutel, argumenten);
    }
}
