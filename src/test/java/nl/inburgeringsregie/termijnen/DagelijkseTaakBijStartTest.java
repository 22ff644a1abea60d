package nl.inburgeringsregie.termijnen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import nl.inburgeringsregie.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21 point 12: new signals appear the day they arise. The daily job runs at 05:30; an application that starts on a
 * day it has not run yet (a new installation, the first start of the day after the machine was off at 05:30) runs it
 * at once, one time, whichever instance picks it. The start-up itself is shown by MeerdereInstantiesTest (instance B);
 * the shared test context leaves it off (inburgeringsregie.termijnen.dagelijks.bij-start=false in the test profile).
 */
class DagelijkseTaakBijStartTest extends IntegrationTest {

    @Autowired
    private DagelijkseTermijnen dagelijks;

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    @Test
    void eenStartOpEenDagZonderRunDraaitDeTaakEenmaalEnDaarnaNietMeer() {
        LocalDate vandaag = LocalDate.now(clock);
        jdbc.sql("""
                insert into dagelijkse_taak (taak, laatste_dag) values (?, ?)
                on conflict (taak) do update set laatste_dag = excluded.laatste_dag""").params(DagelijkseTermijnen.TAAK, vandaag.minusDays(1)).update();
        long voor = uitvoeringen();

        assertThat(dagelijks.inhalen()).as("not run today: scheduled").isTrue();
        assertThat(dagelijks.inhalen())
                .as("a second start meanwhile: the same execution, not another")
                .isFalse();
        await().atMost(Duration.ofSeconds(90))
                .until(() -> dagelijks.laatsteDag().filter(vandaag::equals).isPresent());
        assertThat(uitvoeringen()).isEqualTo(voor + 1);

        assertThat(dagelijks.inhalen()).as("a later start the same day").isFalse();
        assertThat(uitvoeringen()).isEqualTo(voor + 1);
    }

    @Test
    void deGewoneDagelijkseRunTeltAlsRunVanVandaag() {
        clock.zet(LocalDate.of(2031, 3, 3));
        dagelijks.voerUit();
        assertThat(dagelijks.laatsteDag()).contains(LocalDate.of(2031, 3, 3));
        assertThat(dagelijks.inhalen()).as("already ran on 03-03-2031").isFalse();
        clock.zet(LocalDate.of(2031, 3, 4));
        assertThat(dagelijks.laatsteDag()).contains(LocalDate.of(2031, 3, 3));
    }

    private long uitvoeringen() {
        return jdbc.sql("select coalesce(max(uitvoeringen), 0) from dagelijkse_taak where taak = ?")
                .param(DagelijkseTermijnen.TAAK)
                .query(Long.class)
                .single();
    }
}
