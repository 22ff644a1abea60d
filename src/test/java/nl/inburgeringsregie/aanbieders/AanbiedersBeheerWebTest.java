package nl.inburgeringsregie.aanbieders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;

/**
 * The functioneel beheerder's provider and contract forms (issue 15, ADR 0031): a new one and a change go through one
 * save, so each shows its form errors, the domain's refusals next to the field, and a lost update, and a saved form
 * leads to its page with the message.
 */
class AanbiedersBeheerWebTest extends IntegrationTest {

    private static final AtomicInteger TELLER = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private static Map<String, String> aanbieder(String nummer) {
        Map<String, String> velden = new HashMap<>();
        velden.put("naam", "Taalhuis " + nummer);
        velden.put("instellingsnummer", nummer);
        velden.put("bowGeldigTot", "2027-12-31");
        return velden;
    }

    private static String nummer() {
        return "W" + String.format("%09d", TELLER.incrementAndGet());
    }

    @Test
    void eenAanbiederAanmakenEnWijzigenMetFoutenBijHetVeldEnEenVerlorenWijziging() {
        WebSessie web = WebSessie.login(baseUrl(), "beheerder");
        Map<String, String> leeg = aanbieder(nummer());
        leeg.remove("naam");
        HttpResponse<String> fout = web.postMetCsrf("/beheer/aanbieders/nieuw", leeg, "/beheer/aanbieders/nieuw");
        assertThat(fout.statusCode()).as("the form again, with its error").isEqualTo(200);
        assertThat(fout.body()).contains("foutsamenvatting");

        String nummer = nummer();
        HttpResponse<String> gemaakt =
                web.postMetCsrf("/beheer/aanbieders/nieuw", aanbieder(nummer), "/beheer/aanbieders/nieuw");
        assertThat(gemaakt.statusCode()).isEqualTo(302);
        String pad = gemaakt.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        assertThat(pad).matches("/beheer/aanbieders/[0-9a-f-]{36}");
        assertThat(web.get(pad).body()).contains("De aanbieder is opgeslagen.");

        HttpResponse<String> dubbel =
                web.postMetCsrf("/beheer/aanbieders/nieuw", aanbieder(nummer), "/beheer/aanbieders/nieuw");
        assertThat(dubbel.statusCode()).isEqualTo(200);
        assertThat(dubbel.body()).contains("Een andere aanbieder heeft dit instellingsnummer al.");

        Map<String, String> wijziging = aanbieder(nummer);
        wijziging.put("versie", "0");
        wijziging.put("naam", "Taalhuis hernoemd");
        HttpResponse<String> gewijzigd = web.postMetCsrf(pad, wijziging, pad);
        assertThat(gewijzigd.statusCode()).isEqualTo(302);
        wijziging.put("naam", "Taalhuis tweede keer");
        HttpResponse<String> verloren = web.postMetCsrf(pad, wijziging, pad);
        assertThat(verloren.statusCode()).as("the version seen is stale").isEqualTo(200);
        assertThat(verloren.body()).contains("intussen gewijzigd");
        assertThat(web.get(pad).body()).contains("Taalhuis hernoemd");
    }

    @Test
    void eenContractAanmakenEnWijzigenMetEenOnleesbaarStartmoment() {
        WebSessie web = WebSessie.login(baseUrl(), "beheerder");
        HttpResponse<String> gemaakt =
                web.postMetCsrf("/beheer/aanbieders/nieuw", aanbieder(nummer()), "/beheer/aanbieders/nieuw");
        String aanbieder =
                gemaakt.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        Map<String, String> velden = new HashMap<>();
        velden.put("aanbiederId", aanbieder);
        velden.put("contractnummer", "W-" + TELLER.incrementAndGet());
        velden.put("perceel", "Perceel 1");
        velden.put("onderdeel", "B1_ROUTE");
        velden.put("gemeenten", "0392");
        velden.put("begindatum", "2026-01-01");
        velden.put("einddatum", "2027-12-31");
        velden.put("capaciteit", "10");
        velden.put("startmomenten", "4 januari");
        velden.put("prijsmodel", "PER_UUR");
        velden.put("prijs", "40");
        HttpResponse<String> fout = web.postMetCsrf("/beheer/contracten/nieuw", velden, "/beheer/contracten/nieuw");
        assertThat(fout.statusCode()).isEqualTo(200);
        assertThat(fout.body()).contains("Schrijf de startmomenten als dd-mm-jjjj");

        velden.put("startmomenten", "04-01-2027, 2027-04-05");
        HttpResponse<String> contract = web.postMetCsrf("/beheer/contracten/nieuw", velden, "/beheer/contracten/nieuw");
        assertThat(contract.statusCode()).isEqualTo(302);
        String pad = contract.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        assertThat(web.get(pad).body()).contains("Het contract is opgeslagen.");

        velden.put("versie", "0");
        velden.put("capaciteit", "12");
        assertThat(web.postMetCsrf(pad, velden, pad).statusCode()).isEqualTo(302);
        HttpResponse<String> verloren = web.postMetCsrf(pad, velden, pad);
        assertThat(verloren.statusCode()).isEqualTo(200);
        assertThat(verloren.body()).contains("intussen gewijzigd");
    }
}
