package nl.inburgeringsregie.voortgang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.Queryplan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** ADR 0042: the timeline's own query reads the conversations and eindgesprekken by their dossier index. */
class TijdlijnQueryplanTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PlatformTransactionManager transacties;

    @Test
    void deGesprekkenVanDeTijdlijnKomenUitDeIndexPerDossier() {
        Queryplan.metDataset(transacties, jdbc, () -> {
            Queryplan plan = Queryplan.van(jdbc, Tijdlijnen.GESPREKKEN, Map.of("id", UUID.randomUUID()));
            assertThat(plan.indexen())
                    .as("%s", plan)
                    .contains("voortgangsgesprek_een_per_dag", "zroute_eindgesprek_een_per_dag");
            assertThat(plan.seqScans()).as("%s", plan).isEmpty();
        });
    }
}
