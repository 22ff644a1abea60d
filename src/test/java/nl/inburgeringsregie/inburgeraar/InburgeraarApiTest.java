package nl.inburgeringsregie.inburgeraar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.Test;

class InburgeraarApiTest extends IntegrationTest {

    @Test
    void consulentRegistreertEnLeestEenInburgeraar() {
        Api api = api("consulent");
        String bsn = TestData.bsn();
        Api.Antwoord aangemaakt = api.post("/api/v1/inburgeraars", TestData.inburgeraar(bsn));
        assertThat(aangemaakt.status()).as(aangemaakt.body()).isEqualTo(201);
        assertThat(aangemaakt.header("Location")).startsWith("/api/v1/inburgeraars/");
        assertThat(aangemaakt.header("API-Version")).isEqualTo("1.0.0");

        Api.Antwoord gelezen = api.get(aangemaakt.header("Location"));
        assertThat(gelezen.status()).isEqualTo(200);
        assertThat(gelezen.json().get("bsn").asString()).isEqualTo(bsn);
        assertThat(gelezen.json().get("doelgroep").asString()).isEqualTo("Asielstatushouder");
        assertThat(gelezen.json().get("consulent").asString()).isEqualTo("consulent");
        assertThat(gelezen.json().get("fase").asString()).isEqualTo("AANMELDING");
    }

    @Test
    void zoekenOpNaamNegeertHoofdlettersOokBuitenAscii() {
        Api api = api("consulent");
        String bsn = TestData.bsn();
        Map<String, Object> body = TestData.inburgeraar(bsn);
        body.put("geslachtsnaam", "Şahin");
        body.put("voornamen", "Ömer");
        assertThat(api.post("/api/v1/inburgeraars", body).status()).isEqualTo(201);
        for (String zoek : List.of("şah", "Şah", "ŞAHIN", "ömer")) {
            Api.Antwoord gevonden = api.get(
                    "/api/v1/inburgeraars?paginagrootte=200&zoek=" + URLEncoder.encode(zoek, StandardCharsets.UTF_8));
            assertThat(gevonden.status()).isEqualTo(200);
            assertThat(gevonden.body()).as(zoek).contains(bsn);
        }
    }
}
