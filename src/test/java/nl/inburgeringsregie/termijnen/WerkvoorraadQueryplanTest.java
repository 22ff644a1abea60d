package nl.inburgeringsregie.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.Queryplan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The consultant's worklist and the team overview read their indexes (issue 7: regressions caught by query plans, not
 * by timing; docs/performance.md). Every statement is built by Werkvoorraad's own code and planned under row-level
 * security for a user of the dataset's large gemeente ({@link Queryplan#metDataset}).
 */
class WerkvoorraadQueryplanTest extends IntegrationTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 25);

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PlatformTransactionManager transacties;

    private Queryplan plan(Werkvoorraad.Sql sql) {
        return Queryplan.van(jdbc, sql.sql(), sql.params());
    }

    /**
     * Two indexes bound the worklist by consultant: termijn_consulent_idx (V4, made for it: running deadlines by
     * consultant and due date) and termijn_team_idx (V5, gemeente and consultant, for the team counts). The planner
     * picks between them on the statistics and the table's size (even dead rows left by earlier rolled-back datasets
     * tip it), and either reads only the consultant's deadlines. What must not happen is reading the gemeente's or the
     * whole table's deadlines: so the consultant must be in the index condition.
     */
    @Test
    void deWerkvoorraadVanEenConsulentLeestAlleenDieVanDieConsulentViaEenIndex() {
        List<String> gemeenten = List.of(Queryplan.GEMEENTE);
        Werkvoorraad.Filter mijn =
                new Werkvoorraad.Filter(gemeenten, Queryplan.CONSULENT, null, null, null, null, null);
        Werkvoorraad.Filter verlopen =
                new Werkvoorraad.Filter(gemeenten, Queryplan.CONSULENT, null, null, TermijnStatus.VERLOPEN, null, null);
        Queryplan.metDataset(transacties, jdbc, () -> {
            for (Werkvoorraad.Sql sql : List.of(
                    // "Mijn werkvoorraad" (web), the API's first page, its next page, and the API's status filter.
                    Werkvoorraad.sql(mijn, VANDAAG, null, TermijnenWebController.WERKVOORRAAD_PAGINA),
                    Werkvoorraad.sql(mijn, VANDAAG, null, 50),
                    Werkvoorraad.sql(
                            mijn, VANDAAG, "2026-12-01~00000000-0000-0000-0000-000000000000~PIP_VASTSTELLEN", 50),
                    Werkvoorraad.sql(verlopen, VANDAAG, null, 50))) {
                Queryplan plan = plan(sql);
                assertThat(plan.indexen()).as("%s", plan).containsAnyOf("termijn_consulent_idx", "termijn_team_idx");
                assertThat(plan.indexcondities()).as("%s", plan).anyMatch(c -> c.contains("consulent = "));
                assertThat(plan.seqScans()).as("%s", plan).isEmpty();
            }
            // The page's counts per urgency group read the same rows the same way.
            Queryplan groepen = Queryplan.van(
                    jdbc,
                    Werkvoorraad.GROEPEN,
                    Map.of(
                            "gemeenten",
                            new String[] {Queryplan.GEMEENTE},
                            "consulent",
                            Queryplan.CONSULENT,
                            "vandaag",
                            VANDAAG,
                            "eindeWeek",
                            VANDAAG.plusDays(3),
                            "eindeVierWeken",
                            VANDAAG.plusWeeks(4)));
            assertThat(groepen.indexen()).as("%s", groepen).containsAnyOf("termijn_consulent_idx", "termijn_team_idx");
            assertThat(groepen.indexcondities()).as("%s", groepen).anyMatch(c -> c.contains("consulent = "));
            assertThat(groepen.seqScans()).as("%s", groepen).isEmpty();
        });
    }

    @Test
    void hetTeamoverzichtTeltUitTermijnTeamIdxEnToontUitTermijnGemeenteIdx() {
        Queryplan.metDataset(transacties, jdbc, () -> {
            Queryplan tellingen = Queryplan.van(
                    jdbc,
                    Werkvoorraad.TELLINGEN,
                    Map.of("gemeenten", new String[] {Queryplan.GEMEENTE}, "vandaag", VANDAAG));
            assertThat(tellingen.indexen()).as("%s", tellingen).contains("termijn_team_idx");
            assertThat(tellingen.seqScans()).as("%s", tellingen).isEmpty();

            Queryplan lijst = plan(Werkvoorraad.sql(
                    new Werkvoorraad.Filter(List.of(Queryplan.GEMEENTE), null, null, null, null, null, null),
                    VANDAAG,
                    null,
                    TermijnenWebController.TEAM_PAGINA));
            assertThat(lijst.indexen()).as("%s", lijst).contains("termijn_gemeente_idx");
            assertThat(lijst.seqScans()).as("%s", lijst).isEmpty();
            // In page order straight from the index, stopping after the page: no sort of all the gemeente's deadlines
            // (V14; with "gemeentecode = any(...)" PostgreSQL read and sorted them all, 60 ms for a large gemeente).
            assertThat(lijst.knooptypen()).as("%s", lijst).doesNotContain("Sort", "Incremental Sort");
        });
    }

    /**
     * Issue 21 point 11: the team list with one row per person still comes in page order from termijn_gemeente_idx and
     * stops after the page (each row's "no earlier deadline of this person" is a primary-key lookup), and the other
     * deadlines of the page's persons are read by primary key.
     */
    @Test
    void deTeamlijstPerPersoonLeestTermijnGemeenteIdxZonderSorteren() {
        Queryplan.metDataset(transacties, jdbc, () -> {
            for (Werkvoorraad.Filter filter : List.of(
                    new Werkvoorraad.Filter(List.of(Queryplan.GEMEENTE), null, null, null, null, null, null, true),
                    new Werkvoorraad.Filter(
                            List.of(Queryplan.GEMEENTE),
                            null,
                            null,
                            null,
                            null,
                            VANDAAG,
                            VANDAAG.plusYears(1),
                            true))) {
                Queryplan lijst = plan(Werkvoorraad.sql(filter, VANDAAG, null, TermijnenWebController.TEAM_PAGINA));
                assertThat(lijst.indexen()).as("%s", lijst).contains("termijn_gemeente_idx", "termijn_pkey");
                assertThat(lijst.seqScans()).as("%s", lijst).isEmpty();
                assertThat(lijst.knooptypen()).as("%s", lijst).doesNotContain("Sort", "Incremental Sort");
            }
            List<UUID> personen = jdbc.sql("select id from inburgeraar where gemeentecode = ? limit 100")
                    .param(Queryplan.GEMEENTE)
                    .query(UUID.class)
                    .list();
            Queryplan ook = plan(Werkvoorraad.ookLopend(
                    new Werkvoorraad.Filter(List.of(Queryplan.GEMEENTE), null, null, null, null, null, null, true),
                    VANDAAG,
                    personen));
            assertThat(ook.indexen()).as("%s", ook).contains("termijn_pkey");
            assertThat(ook.seqScans()).as("%s", ook).isEmpty();
        });
    }
}
