package nl.inburgeringsregie.inburgeraar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.Queryplan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The dossier page and the search by name read their indexes (issue 7: regressions caught by query plans, not by
 * timing; docs/performance.md). The statements are the application's own (constants and Caseload.sql), planned under
 * row-level security for a user of the dataset's large gemeente ({@link Queryplan#metDataset}).
 */
class DossierQueryplanTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PlatformTransactionManager transacties;

    @Test
    void deDossierpaginaLeestDossierJournaalEnFeitenViaHunIndex() {
        Queryplan.metDataset(transacties, jdbc, () -> {
            UUID id = jdbc.sql("select id from inburgeraar where gemeentecode = ? order by id limit 1")
                    .param(Queryplan.GEMEENTE)
                    .query(UUID.class)
                    .single();

            // The access decision's relationships (Toegang through Dossierrelaties, before InburgeraarService.lees
            // loads the dossier by its key), its journal, and the facts its deadlines are computed from
            // (Termijnen.vanDossier through DossierfeitenLezer.van).
            Queryplan dossier = Queryplan.van(jdbc, Dossierrelaties.VAN, id);
            Queryplan journaal = Queryplan.van(jdbc, Journaal.VAN_DOSSIER, id);
            Queryplan feiten = Queryplan.van(jdbc, DossierfeitenLezer.VAN, (Object) new UUID[] {id});

            assertThat(dossier.indexen()).as("%s", dossier).contains("inburgeraar_pkey");
            assertThat(journaal.indexen()).as("%s", journaal).contains("journaal_dossier_idx");
            assertThat(feiten.indexen()).as("%s", feiten).contains("inburgeraar_pkey");
            for (Queryplan plan : List.of(dossier, journaal, feiten)) {
                assertThat(plan.seqScans()).as("%s", plan).isEmpty();
            }
        });
    }

    @Test
    void zoekenOpHetBeginVanEenNaamLeestDeZoekindexen() {
        Queryplan.metDataset(transacties, jdbc, () -> {
            for (String zoek : List.of("Hadd", "r")) {
                Caseload.Sql sql = Caseload.sql(
                        new Caseload.Filter(zoek, null, null, null, null, null),
                        List.of(Queryplan.GEMEENTE),
                        Queryplan.CONSULENT,
                        null,
                        InburgeraarWebController.PAGINA);
                for (String statement : List.of(sql.telling(), sql.pagina())) {
                    Queryplan plan = Queryplan.van(jdbc, statement, sql.params());
                    assertThat(plan.indexen())
                            .as("%s", plan)
                            .contains("inburgeraar_zoek_geslachtsnaam_idx", "inburgeraar_zoek_voornamen_idx");
                    assertThat(plan.seqScans()).as("%s", plan).isEmpty();
                }
            }
        });
    }

    /**
     * Issue 21 point 6: the accent-free search (V25_1) keeps reading the search indexes, with the typed prefix folded
     * to a constant at planning time ('kilic' for "Kılıç") in the index condition, not evaluated per row.
     */
    @Test
    void zoekenZonderAccentenLeestDeZoekindexenMetDeGevouwenZoekterm() {
        Queryplan.metDataset(transacties, jdbc, () -> {
            for (String zoek : List.of("Kılıç", "ŞAHİN")) {
                Caseload.Sql sql = Caseload.sql(
                        new Caseload.Filter(zoek, null, null, null, null, null),
                        List.of(Queryplan.GEMEENTE),
                        Queryplan.CONSULENT,
                        null,
                        InburgeraarWebController.PAGINA);
                String gevouwen = zoek.equals("Kılıç") ? "'kilic'" : "'sahin'";
                for (String statement : List.of(sql.telling(), sql.pagina())) {
                    Queryplan plan = Queryplan.van(jdbc, statement, sql.params());
                    assertThat(plan.indexen())
                            .as("%s", plan)
                            .contains("inburgeraar_zoek_geslachtsnaam_idx", "inburgeraar_zoek_voornamen_idx");
                    assertThat(plan.indexcondities())
                            .as("%s", plan)
                            .anyMatch(c -> c.contains("zoek_geslachtsnaam") && c.contains(gevouwen))
                            .anyMatch(c -> c.contains("zoek_voornamen") && c.contains(gevouwen));
                    assertThat(plan.seqScans()).as("%s", plan).isEmpty();
                }
            }
        });
    }
}
