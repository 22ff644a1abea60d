package nl.inburgeringsregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The privacy officer's request forms over real HTTP (issue 13 point 6): a kind or outcome not in the list and a date
 * that does not parse are errors naming the field (AVG art. 12), nothing is registered or handled, and what was typed
 * stays on the page.
 */
class PrivacyverzoekFormulierTest extends IntegrationTest {

    private static final String PAD = "/privacy/verzoeken";

    @Autowired
    private JdbcTemplate jdbc;

    private WebSessie privacy;
    private String bsn;

    @BeforeEach
    void dossier() {
        bsn = TestData.bsn();
        TestDossiers.registreer(api("consulent"), TestData.inburgeraar(bsn));
        privacy = WebSessie.login(baseUrl(), "privacy");
    }

    private HttpResponse<String> registreer(Map<String, String> wijzigingen) {
        Map<String, String> velden = new HashMap<>();
        velden.put("soort", "INZAGE");
        velden.put("gemeentecode", "0392");
        velden.put("bsn", bsn);
        velden.put("verzoeker", "de betrokkene zelf");
        velden.put("ontvangenOp", LocalDate.now(clock).toString());
        velden.put("omschrijving", "");
        velden.putAll(wijzigingen);
        return privacy.postMetCsrf(PAD, velden, PAD);
    }

    private int verzoekenMetBsn() {
        return jdbc.queryForObject("select count(*) from privacyverzoek where bsn = ?", Integer.class, bsn);
    }

    @Test
    void eenGeldigVerzoekWordtGeregistreerd() {
        HttpResponse<String> antwoord = registreer(Map.of());
        assertThat(antwoord.statusCode()).isEqualTo(302);
        assertThat(antwoord.headers().firstValue("Location").orElseThrow()).contains("/privacy/verzoeken/");
        assertThat(verzoekenMetBsn()).isEqualTo(1);
    }

    @Test
    void eenOnleesbareDatumIsEenVeldfoutEnDeInvoerBlijftStaan() {
        HttpResponse<String> antwoord =
                registreer(Map.of("ontvangenOp", "31-11-2026", "verzoeker", "advocaat mr. Jansen"));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body())
                .contains("Vul een geldige datum van ontvangst in (dd-mm-jjjj)")
                .contains("value=\"31-11-2026\"")
                .contains("value=\"advocaat mr. Jansen\"")
                .contains("value=\"" + bsn + "\"");
        assertThat(verzoekenMetBsn()).isZero();
    }

    @Test
    void eenOnbekendeSoortIsEenVeldfoutEnNietStilLeeg() {
        HttpResponse<String> antwoord = registreer(Map.of("soort", "VERWIJDERING"));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body()).contains("Kies uit de lijst of het om inzage of correctie gaat.");
        assertThat(verzoekenMetBsn()).isZero();
    }

    @Test
    void zonderVerzoekerNoemtDePaginaHetVeldEnBewaartNiets() {
        HttpResponse<String> antwoord = registreer(Map.of("verzoeker", " "));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body())
                .contains("Vul in wie het verzoek deed (de betrokkene of een vertegenwoordiger).")
                .contains("value=\"" + bsn + "\"");
        assertThat(verzoekenMetBsn()).isZero();
    }

    @Test
    void afhandelenMetEenOnbekendeUitkomstIsEenVeldfoutEnHetVerzoekBlijftOpen() {
        String verzoek = registreer(Map.of())
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceAll(".*/", "");
        String pad = PAD + "/" + verzoek;
        HttpResponse<String> antwoord = privacy.postMetCsrf(
                pad + "/afhandeling",
                Map.of("versie", "0", "uitkomst", "VERNIETIGD", "toelichting", "Alles gewist"),
                pad);
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body()).contains("Kies een uitkomst uit de lijst.").contains(">Alles gewist</textarea>");

        HttpResponse<String> versie =
                privacy.postMetCsrf(pad + "/verlenging", Map.of("versie", "twee", "reden", "Veel gegevens"), pad);
        assertThat(versie.statusCode()).isEqualTo(200);
        assertThat(versie.body())
                .contains("De versie van het verzoek klopt niet")
                .contains(">Veel gegevens</textarea>");
        assertThat(jdbc.queryForObject(
                        "select afgehandeld_op is null and verlenging_reden is null from privacyverzoek where id = ?::uuid",
                        Boolean.class,
                        verzoek))
                .isTrue();
    }
}
