package nl.inburgeringsregie.aanbieders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.Queryplan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** ADR 0042: the placements of the route's timeline and their attendance are read by the dossier's indexes. */
class PlaatsingsverloopQueryplanTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PlatformTransactionManager transacties;

    @Test
    void dePlaatsingenEnHunAanwezigheidKomenUitDeIndexPerDossier() {
        Queryplan.metDataset(transacties, jdbc, () -> {
            Queryplan plan = Queryplan.van(jdbc, Plaatsingsverloop.VAN, Map.of("id", UUID.randomUUID()));
            assertThat(plan.indexen()).as("%s", plan).contains("plaatsing_dossier_idx", "presentie_dossier_idx");
            assertThat(plan.seqScans()).as("%s", plan).isEmpty();
        });
    }
}
