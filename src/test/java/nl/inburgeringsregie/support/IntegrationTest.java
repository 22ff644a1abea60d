package nl.inburgeringsregie.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every test that needs the application: the real application on a random port over real HTTP,
 * on the embedded PostgreSQL. All subclasses share one Spring context (same configuration: never add
 * @MockitoBean or @DirtiesContext here) and therefore one database; tests create their own data with
 * unique BSNs ({@link TestData}) so that they do not depend on each other or on order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "duo-simulator"})
@Import(TestConfig.class)
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestClock clock;

    /** An HTTP client for the REST API as the given demo account (password demo). */
    protected Api api(String gebruiker) {
        return new Api("http://localhost:" + port, gebruiker, "demo");
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
