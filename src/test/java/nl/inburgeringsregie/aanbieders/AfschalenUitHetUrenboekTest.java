package nl.inburgeringsregie.aanbieders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Afschalen (T-7) over real HTTP counts the hours ledger's NT2 hours at a keurmerk institution (issue 15, ADR 0031):
 * refused at 599.75 hours the provider reported, allowed once the 600th hour is reported, never a typed number.
 */
class AfschalenUitHetUrenboekTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void zetKlok() {
        clock.zet(LocalDate.of(2027, 3, 1));
    }

    @AfterEach
    void herstel() {
        clock.reset();
    }

    private static Map<String, Object> melding(String periode, String datum, Object uren) {
        Map<String, Object> body = new HashMap<>();
        body.put("periode", periode);
        body.put("datum", datum);
        body.put("urenAanwezig", uren);
        body.put("urenAfwezig", 0);
        return body;
    }

    @Test
    void afschalenKanPasAlsHetUrenboek600NT2UrenBijEenKeurmerkinstellingTelt() {
        AanbiedersTestdata data = new AanbiedersTestdata(this::api, baseUrl(), jdbc);
        String aanbieder = data.b1Aanbieder();
        String dossier = data.dossier();
        String plaatsing = data.plaats(dossier, data.b1Contract(aanbieder));
        data.start(plaatsing, LocalDate.of(2027, 1, 4));
        Api docent = api(data.account(aanbieder));
        String presentie = "/api/v1/plaatsingen/" + plaatsing + "/presentie";
        for (String week : List.of("2027-01-04", "2027-01-11")) {
            assertThat(docent.post(presentie, melding("WEEK", week, 200)).status())
                    .isEqualTo(200);
        }
        assertThat(docent.post(presentie, melding("WEEK", "2027-01-18", 199.75)).status())
                .isEqualTo(200);

        Api consulent = api("consulent");
        String pip = consulent
                .get("/api/v1/inburgeraars/" + dossier + "/pips")
                .json()
                .get(0)
                .get("id")
                .asString();
        Map<String, Object> afschalen = Map.of(
                "reden", "AFSCHALEN",
                "toelichting", "Spreken blijft moeilijk",
                "afschalenOnderdelen", List.of("SPREKEN", "SCHRIJVEN"));
        Api.Antwoord teWeinig = consulent.post("/api/v1/pips/" + pip + "/wijzigingen", afschalen);
        assertThat(teWeinig.status()).as(teWeinig.body()).isEqualTo(400);
        JsonNode fout = teWeinig.json().get("invalidParams").get(0);
        assertThat(fout.get("name").asString() + "/" + fout.get("regel").asString())
                .isEqualTo("lesuren/T-7");
        assertThat(fout.get("reason").asString()).contains("600", "599.75");

        assertThat(docent.post(presentie, melding("LES", "2027-01-25", 0.25)).status())
                .isEqualTo(200);
        Api.Antwoord v2 = consulent.post("/api/v1/pips/" + pip + "/wijzigingen", afschalen);
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        assertThat(v2.json().get("niveau").asString()).isEqualTo("A2");
        assertThat(v2.json().get("lesuren").asInt()).isEqualTo(600);
        assertThat(v2.json().get("lesurenBron").asString()).contains("Urenboek");
    }
}
