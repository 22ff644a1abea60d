package nl.inburgeringsregie.intake;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.intake.Keuzes.Alfabetisering;
import nl.inburgeringsregie.intake.Keuzes.LbtResultaat;
import nl.inburgeringsregie.intake.Keuzes.LbtVrijstelling;
import nl.inburgeringsregie.intake.Keuzes.Vooropleiding;

/**
 * The route advice (R-1, R-2, R-3, I-3; issue 7): {@link Routeadvies#adviseer} as the intake page and every intake
 * save compute it, with the application's message bundles and the defaults of {@link IntakeInstellingen}
 * (application.yml sets none), for each path through the rules.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class RouteadviesBenchmark {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 25);

    /** The paths through the advice. */
    public enum Situatie {
        /** Statushouder, B1-route haalbaar with a score close to the threshold, anders gealfabetiseerd: hours estimated. */
        B1_STATUSHOUDER,
        /** Gezinsmigrant, B1-route haalbaar, would like to study but is past the policy age. */
        B1_GEZINSMIGRANT,
        /** Young, wants and can study: onderwijsroute. */
        ONDERWIJSROUTE,
        /** B1-route niet haalbaar, not literate: Z-route with the A indicator. */
        Z_ROUTE,
        /** The municipality exempted the LBT (I-3). */
        LBT_VRIJGESTELD,
        /** No LBT result yet: no advice. */
        GEEN_LBT
    }

    @Param
    public Situatie situatie;

    Routeadvies advies;
    Routeadvies.Gegevens gegevens;

    @Setup
    public void zetOp() {
        advies = new Routeadvies(new IntakeInstellingen(28, 600, 400, 200, 200, 5));
        gegevens = switch (situatie) {
            case B1_STATUSHOUDER -> new Routeadvies.Gegevens(Doelgroep.ASIELSTATUSHOUDER, VANDAAG.minusYears(34),
                    lbt(LbtResultaat.B1_ROUTE_HAALBAAR, "52,50"), false, Vooropleiding.BASISONDERWIJS,
                    Alfabetisering.ANDERS_GEALFABETISEERD);
            case B1_GEZINSMIGRANT -> new Routeadvies.Gegevens(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT,
                    VANDAAG.minusYears(41), lbt(LbtResultaat.B1_ROUTE_HAALBAAR, "71,00"), true, Vooropleiding.HBO_WO,
                    Alfabetisering.LATIJNS_GEALFABETISEERD);
            case ONDERWIJSROUTE -> new Routeadvies.Gegevens(Doelgroep.ASIELSTATUSHOUDER, VANDAAG.minusYears(21),
                    lbt(LbtResultaat.B1_ROUTE_HAALBAAR, "80,00"), true, Vooropleiding.VOORTGEZET_ONDERWIJS,
                    Alfabetisering.LATIJNS_GEALFABETISEERD);
            case Z_ROUTE -> new Routeadvies.Gegevens(Doelgroep.ASIELSTATUSHOUDER, VANDAAG.minusYears(55),
                    lbt(LbtResultaat.B1_ROUTE_NIET_HAALBAAR, "31,00"), false, Vooropleiding.GEEN,
                    Alfabetisering.NIET_GEALFABETISEERD);
            case LBT_VRIJGESTELD -> new Routeadvies.Gegevens(Doelgroep.ASIELSTATUSHOUDER, VANDAAG.minusYears(30),
                    Intake.Leerbaarheidstoets.LEEG.withVrijstelling(LbtVrijstelling.VISUELE_BEPERKING)
                            .withVrijstellingBesluit("Besluit 2026-114"), false, Vooropleiding.MBO, Alfabetisering.LATIJNS_GEALFABETISEERD);
            case GEEN_LBT -> new Routeadvies.Gegevens(Doelgroep.ASIELSTATUSHOUDER, VANDAAG.minusYears(30),
                    null, null, null, null);
        };
        if (situatie != Situatie.GEEN_LBT && advies.adviseer(gegevens, VANDAAG).leerroute() == null) {
            throw new IllegalStateException("Expected an advice for " + situatie);
        }
    }

    private static Intake.Leerbaarheidstoets lbt(LbtResultaat resultaat, String behaald) {
        return Intake.Leerbaarheidstoets.LEEG.withGepland(VANDAAG.minusWeeks(3)).withResultaat(resultaat)
                .withBehaaldeScore(behaald).withBenodigdeScore("50,00").withDatumAfname(VANDAAG.minusWeeks(2));
    }

    @Benchmark
    public Routeadvies.Advies adviseer() {
        return advies.adviseer(gegevens, VANDAAG);
    }
}
