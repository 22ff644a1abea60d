package nl.inburgeringsregie.inburgeraar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21 point 6: search by name ignores accents and case as a Dutch keyboard types them ("kilic" finds Kılıç,
 * "sahin" finds Şahin), through the folding of V25_1 (zoekvorm) in the stored search columns and the search term alike.
 */
class ZoekenZonderAccentenTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void deZoekvormLaatAccentenEnHoofdlettersWeg() {
        assertThat(zoekvorm("Kılıç")).isEqualTo("kilic");
        assertThat(zoekvorm("KILIÇ")).isEqualTo("kilic");
        assertThat(zoekvorm("Şahin")).isEqualTo("sahin");
        assertThat(zoekvorm("ŞAHİN")).isEqualTo("sahin");
        assertThat(zoekvorm("Çelik")).isEqualTo("celik");
        assertThat(zoekvorm("Öztürk")).isEqualTo("ozturk");
        assertThat(zoekvorm("Müller")).isEqualTo("muller");
        assertThat(zoekvorm("Ağaoğlu")).isEqualTo("agaoglu");
        assertThat(zoekvorm("Işık")).isEqualTo("isik");
        assertThat(zoekvorm("Straße")).isEqualTo("strasse");
        assertThat(zoekvorm("Łukasz Søren Ærø")).isEqualTo("lukasz soren aero");
        assertThat(zoekvorm("Nguyễn Đức")).isEqualTo("nguyen duc");
        assertThat(zoekvorm("Popescu-Țăranu")).isEqualTo("popescu-taranu");
        assertThat(zoekvorm("El Amrani")).isEqualTo("el amrani");
        assertThat(zoekvorm("Алексеев")).isEqualTo("алексеев"); // other scripts: only lower-cased
    }

    @Test
    void kilicVindtKilicMetAccentenEnOmgekeerd() {
        String achter = achtervoegsel();
        Api consulent = api("consulent");
        List<String> namen = List.of("Kılıç", "Şahin", "Çelik", "Öztürk", "Müller", "Ağaoğlu", "Straße");
        for (String naam : namen) {
            var body = TestData.inburgeraar(TestData.bsn());
            body.put("geslachtsnaam", naam + achter);
            assertThat(consulent.post("/api/v1/inburgeraars", body).status()).isEqualTo(201);
        }
        // As typed on a Dutch keyboard, in any case, and as typed with the accents.
        assertThat(gevonden(consulent, "kilic" + achter)).containsExactly("Kılıç" + achter);
        assertThat(gevonden(consulent, "KILIC" + achter)).containsExactly("Kılıç" + achter);
        assertThat(gevonden(consulent, "Kılıç" + achter)).containsExactly("Kılıç" + achter);
        assertThat(gevonden(consulent, "sahin" + achter)).containsExactly("Şahin" + achter);
        assertThat(gevonden(consulent, "ŞAHİN" + achter)).containsExactly("Şahin" + achter);
        assertThat(gevonden(consulent, "celik" + achter)).containsExactly("Çelik" + achter);
        assertThat(gevonden(consulent, "ozturk" + achter)).containsExactly("Öztürk" + achter);
        assertThat(gevonden(consulent, "muller" + achter)).containsExactly("Müller" + achter);
        assertThat(gevonden(consulent, "agaoglu" + achter)).containsExactly("Ağaoğlu" + achter);
        assertThat(gevonden(consulent, "strasse" + achter)).containsExactly("Straße" + achter);
        // A prefix of the folded name, as the search box is typed into.
        assertThat(gevonden(consulent, "agao")).contains("Ağaoğlu" + achter);
        assertThat(gevonden(consulent, "kilix" + achter)).isEmpty();
    }

    @Test
    void voornamenZonderAccentenWordenGevonden() {
        String achter = achtervoegsel();
        Api consulent = api("consulent");
        var body = TestData.inburgeraar(TestData.bsn());
        body.put("voornamen", "Ayşe" + achter);
        body.put("geslachtsnaam", "Yıldız");
        consulent.post("/api/v1/inburgeraars", body);
        assertThat(gevonden(consulent, "ayse" + achter)).containsExactly("Yıldız");
        // Another gemeente's consultant does not find her, accents or not.
        assertThat(gevonden(api("consulent.velsen"), "ayse" + achter)).isEmpty();
    }

    private String zoekvorm(String naam) {
        return jdbc.sql("select zoekvorm(?)").param(naam).query(String.class).single();
    }

    private static List<String> gevonden(Api api, String zoek) {
        Api.Antwoord antwoord = api.get("/api/v1/inburgeraars?zoek=" + URLEncoder.encode(zoek, StandardCharsets.UTF_8));
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        List<String> namen = new ArrayList<>();
        antwoord.json()
                .get("inburgeraars")
                .forEach(i -> namen.add(i.get("geslachtsnaam").asString()));
        return namen;
    }

    /** Letters only (the search takes nine digits for a BSN), unique per test. */
    private static String achtervoegsel() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
