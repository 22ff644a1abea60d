package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The common ground of the DUO scenario tests: the simulator, the outbox job, our client and the database at hand, on a
 * fixed day (25-11-2026), with the simulator and the clock put back after each test.
 */
abstract class DuoScenarioTest extends IntegrationTest {

    @Autowired
    DuoSimulator duo;

    @Autowired
    MeldingenVersturen versturen;

    @Autowired
    DuoClient client;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void vandaag() {
        clock.zet(LocalDate.of(2026, 11, 25));
    }

    @AfterEach
    void herstel() {
        duo.herstel();
        clock.reset();
    }
}
