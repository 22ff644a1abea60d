package nl.inburgeringsregie.inburgeraar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;

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
}
