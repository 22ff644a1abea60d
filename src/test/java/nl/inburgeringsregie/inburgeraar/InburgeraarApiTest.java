package nl.inburgeringsregie.inburgeraar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class InburgeraarApiTest extends IntegrationTest {

    @Autowired
    JdbcClient db;

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

    /**
     * Issue 13 (duplicates D2): the aggregate carries the registered facts as one value ({@link InburgeraarGegevens}),
     * stored flat as before. Every fact goes into its column (the partner's prefixed, the children in {@code kind}, in
     * their order) and comes back; a PUT of the fetched representation replaces them (a child and the partner
     * dropped), and a tolk's language without a tolk is neither stored nor journaled.
     */
    @Test
    void alleFeitenGaanDeDatabaseInEnKomenOngewijzigdTerug() {
        Api api = api("consulent");
        String bsn = TestData.bsn();
        Map<String, Object> body = TestData.inburgeraar(bsn);
        body.put(
                "contact",
                Map.of(
                        "telefoon", "0612345678",
                        "email", "rania@example.org",
                        "straat", "Grote Markt",
                        "huisnummer", "2",
                        "postcode", "2011RD",
                        "woonplaats", "Haarlem"));
        body.put("partner", Map.of("naam", "Karim Haddad", "geboortedatum", "1988-02-29"));
        body.put(
                "kinderen",
                List.of(
                        Map.of("voornaam", "Lina", "geboortedatum", "2015-06-01"),
                        Map.of("voornaam", "Omar", "geboortedatum", "2018-09-30")));
        body.put("datumHuisvesting", "2025-02-01");
        body.put("datumInschrijvingBrp", "2025-02-03");
        body.put("datumStartBijstand", "2025-02-05");
        body.put("voortgang", Map.of("wachtOpDerdenSinds", "2025-03-01", "wachtOpDerdenReden", "COA-dossier"));
        Api.Antwoord aangemaakt = api.post("/api/v1/inburgeraars", body);
        assertThat(aangemaakt.status()).as(aangemaakt.body()).isEqualTo(201);
        String pad = aangemaakt.header("Location");
        String id = pad.substring(pad.lastIndexOf('/') + 1);

        JsonNode gelezen = api.get(pad).json();
        for (String veld : List.of(
                "gemeentecode",
                "bsn",
                "geslachtsnaam",
                "voornamen",
                "geboortedatum",
                "geslacht",
                "landVanHerkomst",
                "tolkTaal",
                "doelgroep",
                "gedetailleerdeDoelgroep",
                "wet",
                "datumKennisgeving",
                "datumKoppeling",
                "datumHuisvesting",
                "datumInschrijvingBrp",
                "datumStartBijstand")) {
            assertThat(gelezen.get(veld).asString()).as(veld).isEqualTo(body.get(veld));
        }
        assertThat(gelezen.get("tolkNodig").asBoolean()).isTrue();
        assertThat(gelezen.at("/nationaliteiten/0").asString()).isEqualTo("SY");
        assertThat(gelezen.at("/talen/0").asString()).isEqualTo("ar");
        assertThat(gelezen.at("/contact/telefoon").asString()).isEqualTo("0612345678");
        assertThat(gelezen.at("/contact/woonplaats").asString()).isEqualTo("Haarlem");
        assertThat(gelezen.at("/partner/naam").asString()).isEqualTo("Karim Haddad");
        assertThat(gelezen.at("/partner/geboortedatum").asString()).isEqualTo("1988-02-29");
        assertThat(gelezen.at("/kinderen/0/voornaam").asString()).isEqualTo("Lina");
        assertThat(gelezen.at("/kinderen/1/voornaam").asString()).isEqualTo("Omar");
        assertThat(gelezen.at("/voortgang/wachtOpDerdenSinds").asString()).isEqualTo("2025-03-01");
        assertThat(gelezen.at("/voortgang/wachtOpDerdenReden").asString()).isEqualTo("COA-dossier");
        assertThat(db.sql(
                                "select partner_naam || '|' || woonplaats || '|' || tolk_taal from inburgeraar where id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Karim Haddad|Haarlem|ar");
        assertThat(db.sql("select voornaam from kind where inburgeraar = ?::uuid order by inburgeraar_key")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("Lina", "Omar");

        // Fetch, change, send back: Lina and the partner go, the tolk is no longer needed (its language still sent).
        @SuppressWarnings("unchecked")
        Map<String, Object> terug = Api.JSON.convertValue(gelezen, Map.class);
        terug.put("kinderen", List.of(Map.of("voornaam", "Omar", "geboortedatum", "2018-09-30")));
        terug.remove("partner");
        terug.put("tolkNodig", false);
        Api.Antwoord gewijzigd = api.put(pad, terug);
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        JsonNode na = api.get(pad).json();
        assertThat(na.at("/kinderen").size()).isEqualTo(1);
        assertThat(na.at("/kinderen/0/voornaam").asString()).isEqualTo("Omar");
        assertThat(na.has("partner") && !na.get("partner").isNull()).isFalse();
        assertThat(na.get("tolkTaal") == null || na.get("tolkTaal").isNull()).isTrue();
        assertThat(na.at("/contact/woonplaats").asString()).isEqualTo("Haarlem");
        assertThat(db.sql("select count(*) from kind where inburgeraar = ?::uuid")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(db.sql("select coalesce(partner_naam, '-') || '|' || coalesce(tolk_taal, '-') from inburgeraar "
                                + "where id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("-|-");
        List<String> journaalVelden = new ArrayList<>();
        api.get(pad + "/journaal").json().forEach(r -> {
            if (r.path("veld").isString()) {
                journaalVelden.add(r.path("veld").asString());
            }
        });
        // The language the tolk would have used goes too, as stored (before, the journal compared the request's
        // language and missed that).
        assertThat(journaalVelden).contains("kinderen", "partner", "tolkNodig", "tolkTaal");
    }
}
