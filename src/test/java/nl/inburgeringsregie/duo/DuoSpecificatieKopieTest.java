package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Our copies of DUO's OpenAPI files (classpath:duo/openapi) are DUO's: byte for byte equal to ../shared/duo-m2m when
 * that folder is present, and every API has its file.
 */
class DuoSpecificatieKopieTest {

    @Test
    void deKopieenZijnGelijkAanDeBestandenVanDuo() throws IOException {
        Path gedeeld = Path.of("..", "shared", "duo-m2m", "API");
        for (String api : DuoSpecificaties.APIS) {
            byte[] kopie;
            try (InputStream in = getClass().getResourceAsStream("/duo/openapi/" + api + ".yml")) {
                assertThat(in).as(api).isNotNull();
                kopie = in.readAllBytes();
            }
            Path origineel = gedeeld.resolve(api.equals("MAPPVTZroute") ? "MAP,PVT,Zroute" : api)
                    .resolve("openapi.yml");
            if (Files.exists(origineel)) {
                assertThat(kopie).as(api).isEqualTo(Files.readAllBytes(origineel));
            }
        }
    }
}
