package nl.inburgeringsregie.termijnen;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.context.support.MessageSourceAccessor;

import nl.inburgeringsregie.benchmark.Berichten;
import nl.inburgeringsregie.demo.DemoDossierfeiten;
import nl.inburgeringsregie.intake.IntakeTermijnen;
import nl.inburgeringsregie.pip.PipTermijnen;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.Mijlpalen;
import nl.inburgeringsregie.inburgeraar.Wet;

/**
 * The deadline computation of one dossier (issue 7): {@link Termijnen#bereken} over the application's
 * {@link TermijnBron}s (today {@link InburgeringTermijnen}), the pure part of every dossier page, timeline, facts
 * change and the recomputation of the read model — without the database. With the application's message bundles
 * (every explanation is a Dutch sentence) and settings like application.yml's plus one gemeente with its own.
 *
 * <ul>
 *   <li>{@code perDossier}: one dossier of each shape (see {@link Vorm}).</li>
 *   <li>{@code demoCaseload}: 1,000 dossiers of the demo generator's mix, reported per dossier.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TermijnenBenchmark {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 25);
    static final int CASELOAD = 1000;

    /** The shapes of a dossier that take different paths through the rules. */
    public enum Vorm {
        /** Statushouder still in the azc: notice and COA link, no housing yet, so T-1/T-2 say what is missing. */
        AZC,
        /** Statushouder housed, brede intake running: T-2 and T-1 count, T-3/T-5/T-6 expected. */
        INTAKE,
        /** Intake done, PIP paused for third-party information that arrived late (T-1 moved). */
        WACHT_OP_DERDEN,
        /** Gezinsmigrant with a vastgesteld PIP and no DUO end date yet, in a gemeente with its own settings. */
        PIP_VASTGESTELD,
        /** In the route with DUO's end date (T-3 from DUO, T-5 window, T-6). */
        DUO_EINDDATUM,
        /** A Wi2013 case: no PIP (PL-4), DUO's termijn only. */
        WI2013,
        /** Route finished. */
        AFGEROND
    }

    /** The five kinds of the route: T-1, T-2, T-3, T-5, T-6. */
    static final int SOORTEN = 5;

    static Termijnen termijnen() {
        MessageSourceAccessor berichten = Berichten.vanDeApplicatie();
        TermijnInstellingen instellingen = new TermijnInstellingen(null, Map.of("0453",
                new TermijnInstellingen.Waarden(null, 4, TermijnInstellingen.SchakelStart.START_TERMIJN, null, null, null, null)));
        Clock clock = Clock.fixed(VANDAAG.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant(), ZoneId.of("Europe/Amsterdam"));
        // Only the sources (T-2 from intake, T-1 from pip, the rest from termijnen), the texts and the clock matter to
        // bereken(); the database side stays unused.
        AlgemeneTermijnenwet atw = new AlgemeneTermijnenwet(new AlgemeneTermijnenwet.Instellingen(null));
        InburgeringTermijnen regels = new InburgeringTermijnen(instellingen, berichten, atw);
        List<TermijnBron> bronnen = List.of(new IntakeTermijnen(regels, berichten), new PipTermijnen(regels, atw, berichten),
                regels);
        return new Termijnen(bronnen, new TermijnSoorten(bronnen), null, null, null, null, null, berichten, clock, null,
                new DataSourceTransactionManager());
    }

    static Dossierfeiten dossier(Vorm vorm) {
        LocalDate kennisgeving = VANDAAG.minusWeeks(5);
        return switch (vorm) {
            case AZC -> feiten("0392", Doelgroep.ASIELSTATUSHOUDER, Wet.WI2021, Fase.AANMELDING, kennisgeving,
                    kennisgeving.plusDays(10), null, null, Mijlpalen.LEEG);
            case INTAKE -> feiten("0392", Doelgroep.ASIELSTATUSHOUDER, Wet.WI2021, Fase.BREDE_INTAKE, kennisgeving,
                    kennisgeving.minusMonths(4), kennisgeving.plusDays(12), kennisgeving.plusDays(14), Mijlpalen.LEEG);
            case WACHT_OP_DERDEN -> feiten("0392", Doelgroep.ASIELSTATUSHOUDER, Wet.WI2021, Fase.PIP,
                    VANDAAG.minusWeeks(12), VANDAAG.minusMonths(7), VANDAAG.minusWeeks(11), VANDAAG.minusWeeks(11),
                    new Mijlpalen(VANDAAG.minusWeeks(6), null, null, VANDAAG.minusWeeks(5), "Medisch advies GGD",
                            VANDAAG.minusDays(3)));
            case PIP_VASTGESTELD -> feiten("0453", Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, Wet.WI2021, Fase.INBURGERING,
                    VANDAAG.minusMonths(8), null, null, VANDAAG.minusMonths(9),
                    new Mijlpalen(VANDAAG.minusMonths(7), VANDAAG.minusMonths(6), null, null, null, null));
            case DUO_EINDDATUM -> feiten("0392", Doelgroep.ASIELSTATUSHOUDER, Wet.WI2021, Fase.INBURGERING,
                    VANDAAG.minusMonths(30), VANDAAG.minusMonths(36), VANDAAG.minusMonths(29), VANDAAG.minusMonths(29),
                    new Mijlpalen(VANDAAG.minusMonths(28), VANDAAG.minusMonths(27), VANDAAG.plusMonths(9), null, null, null));
            case WI2013 -> feiten("0392", Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, Wet.WI2013, Fase.INBURGERING,
                    LocalDate.of(2021, 6, 1), null, null, LocalDate.of(2021, 5, 20),
                    new Mijlpalen(null, null, LocalDate.of(2026, 12, 1), null, null, null));
            case AFGEROND -> feiten("0392", Doelgroep.ASIELSTATUSHOUDER, Wet.WI2021, Fase.AFGEROND,
                    VANDAAG.minusMonths(40), VANDAAG.minusMonths(44), VANDAAG.minusMonths(39), VANDAAG.minusMonths(39),
                    new Mijlpalen(VANDAAG.minusMonths(38), VANDAAG.minusMonths(37), VANDAAG.minusMonths(1), null, null, null));
        };
    }

    private static Dossierfeiten feiten(String gemeente, Doelgroep doelgroep, Wet wet, Fase fase, LocalDate kennisgeving,
                                        LocalDate koppeling, LocalDate huisvesting, LocalDate brp, Mijlpalen voortgang) {
        return new Dossierfeiten(UUID.nameUUIDFromBytes(gemeente.getBytes()), gemeente, "consulent",
                LocalDate.of(1990, 4, 12), doelgroep, wet, fase, kennisgeving, koppeling, huisvesting, brp, voortgang,
                List.of(), null, null);
    }

    /** One dossier of a shape. */
    @State(Scope.Benchmark)
    public static class EenDossier {

        @Param
        public Vorm vorm;

        Termijnen termijnen;
        Dossierfeiten dossier;

        @Setup
        public void zetOp() {
            termijnen = termijnen();
            dossier = dossier(vorm);
            if (termijnen.bereken(dossier).size() != SOORTEN) {
                throw new IllegalStateException("Expected one deadline of each kind for " + vorm);
            }
        }
    }

    /** The demo generator's mix. */
    @State(Scope.Benchmark)
    public static class DemoCaseload {

        Termijnen termijnen;
        List<Dossierfeiten> dossiers;

        @Setup
        public void zetOp() {
            termijnen = termijnen();
            dossiers = DemoDossierfeiten.haarlem(CASELOAD, VANDAAG);
        }
    }

    @Benchmark
    public List<Termijn> perDossier(EenDossier s) {
        return s.termijnen.bereken(s.dossier);
    }

    @Benchmark
    @OperationsPerInvocation(CASELOAD)
    public void demoCaseload(DemoCaseload s, Blackhole bh) {
        for (Dossierfeiten dossier : s.dossiers) {
            bh.consume(s.termijnen.bereken(dossier));
        }
    }
}
