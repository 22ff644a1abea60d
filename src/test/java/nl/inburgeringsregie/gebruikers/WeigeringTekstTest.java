package nl.inburgeringsregie.gebruikers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 13 point 6: the API says in words from the bundle why a valid token is refused. Every refusal by claims has its
 * text ({@link IdpInloggen#waarom}); a new {@link ClaimToewijzing.Weigering} without one fails here, not with a raw key
 * in a 403.
 */
class WeigeringTekstTest {

    @Test
    void elkeWeigeringHeeftEenTekstInDeBundel() throws IOException {
        Properties bundel = new Properties();
        try (var in = new InputStreamReader(
                new ClassPathResource("i18n/gebruikers.properties").getInputStream(), StandardCharsets.UTF_8)) {
            bundel.load(in);
        }
        for (ClaimToewijzing.Weigering weigering : ClaimToewijzing.Weigering.values()) {
            assertThat(bundel.getProperty("aanmelding.api.weigering." + weigering.name()))
                    .as(weigering.name())
                    .isNotBlank();
            assertThat(bundel.getProperty("geentoegang." + weigering.name()))
                    .as("the web UI's page for " + weigering.name())
                    .isNotBlank();
        }
    }
}
