package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.intake.Leefgebied;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 point 3: a finished intake shows everything it holds, not only the situation per leefgebied: wensen,
 * krachten and belemmeringen, the language levels and literacy, the appointments with attendance and the I-2
 * checklist, on the intake page and in its printable summary; health only to the consultant of the dossier (I-5).
 */
class AfgerondeIntakeBrowserTest extends BrowserTest {

    private static final String GEZONDHEID = "Slaapt slecht sinds de vlucht, onder behandeling";

    /** A housed asielstatushouder of the consultant with an intake finished through the API, everything filled. */
    private String afgerondeIntake() {
        Api consulent = api("consulent");
        Map<String, Object> body = TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn()));
        body.put("consulent", "consulent");
        String id = TestDossiers.registreer(consulent, body);
        Api.Antwoord lbt = consulent.put(
                "/api/v1/inburgeraars/" + id + "/leerbaarheidstoets",
                Map.of(
                        "resultaat",
                        "B1-route haalbaar",
                        "behaaldeScore",
                        "70,00",
                        "benodigdeScore",
                        "50,00",
                        "datumAfname",
                        "2026-10-01"));
        assertThat(lbt.status()).as(lbt.body()).isEqualTo(200);
        List<Map<String, Object>> leefgebieden = new ArrayList<>();
        for (Leefgebied l : Leefgebied.values()) {
            Map<String, Object> verslag = new LinkedHashMap<>();
            verslag.put("leefgebied", l.name());
            verslag.put(
                    "situatie",
                    l == Leefgebied.MENTALE_GEZONDHEID
                            ? GEZONDHEID
                            : "Besproken: " + l.name().toLowerCase());
            if (l == Leefgebied.WERKERVARING) {
                verslag.put("wensen", "Wil weer als kok aan de slag");
                verslag.put("krachten", "Tien jaar ervaring in een restaurantkeuken");
                verslag.put("belemmeringen", "Geen Nederlands diploma voor hygiëne");
            }
            if (l.schaal()) {
                verslag.put("score", 3);
            }
            leefgebieden.add(verslag);
        }
        Map<String, Object> intake = new LinkedHashMap<>();
        intake.put("leefgebieden", leefgebieden);
        intake.put("taalniveau", Map.of("lezen", "A1", "luisteren", "A2", "schrijven", "A0", "spreken", "A2"));
        intake.put("alfabetisering", "ANDERS_GEALFABETISEERD");
        intake.put("vooropleiding", "VOORTGEZET_ONDERWIJS");
        intake.put("wilStuderen", false);
        intake.put("checklist", Map.of("zonderPartnerAangeboden", true, "tolkAangeboden", true));
        intake.put(
                "afspraken",
                List.of(
                        Map.of(
                                "tijdstip",
                                "2026-09-22T09:30:00",
                                "plaats",
                                "Stadskantoor Haarlem",
                                "tolkWijze",
                                "GEEN",
                                "opkomst",
                                "NIET_VERSCHENEN"),
                        Map.of(
                                "tijdstip",
                                "2026-09-29T14:00:00",
                                "plaats",
                                "Stadskantoor Haarlem",
                                "tolkWijze",
                                "TELEFONISCH",
                                "tolkTaal",
                                "ar",
                                "opkomst",
                                "AANWEZIG")));
        intake.put("routebesluit", Map.of("leerroute", "B", "indicatorAlfabetiseringsonderwijs", "AA"));
        intake.put("afronden", true);
        Api.Antwoord afgerond = consulent.put("/api/v1/inburgeraars/" + id + "/intake", intake);
        assertThat(afgerond.status()).as(afgerond.body()).isEqualTo(200);
        assertThat(afgerond.json().get("status").asString()).isEqualTo("AFGEROND");
        return id;
    }

    @Test
    void deAfgerondeIntakeEnHaarSamenvattingTonenAllesWatIsVastgelegd() {
        String id = afgerondeIntake();
        logIn("consulent");
        for (String pad :
                new String[] {"/inburgeraars/" + id + "/intake", "/inburgeraars/" + id + "/intake/samenvatting"}) {
            page.navigate(url(pad));
            Locator samenvatting = page.locator(".samenvatting");
            // Wensen, krachten, belemmeringen of a leefgebied.
            Locator werk = samenvatting.locator("[data-leefgebied=WERKERVARING]");
            assertThat(werk).containsText("Wil weer als kok aan de slag");
            assertThat(werk).containsText("Tien jaar ervaring in een restaurantkeuken");
            assertThat(werk).containsText("Geen Nederlands diploma voor hygiëne");
            assertThat(samenvatting.locator("[data-leefgebied=MOTIVATIE]")).containsText("3 – redt zich met wat hulp");
            // Language levels, literacy, education.
            assertThat(samenvatting).containsText("Taalniveau schrijven");
            assertThat(samenvatting).containsText("A0");
            assertThat(samenvatting).containsText("Anders gealfabetiseerd");
            assertThat(samenvatting).containsText("Voortgezet onderwijs");
            // The appointments with attendance, as dates people read.
            Locator afspraken = samenvatting.locator("table[aria-labelledby=samenvatting-afspraken]");
            assertThat(afspraken.locator("tbody tr")).hasCount(2);
            assertThat(afspraken).containsText("22-09-2026 09:30");
            assertThat(afspraken).containsText("Niet verschenen");
            assertThat(afspraken).containsText("Telefonische tolk (ar)");
            assertThat(afspraken).containsText("Aanwezig");
            // The I-2 checklist and the decision.
            assertThat(samenvatting).containsText("Verteld dat de persoon ook zonder partner mag praten");
            assertThat(samenvatting).containsText("Niet van toepassing (geen jonge kinderen)");
            assertThat(samenvatting).containsText("Alfabetisering in het Latijnse schrift (AA)");
            assertThat(samenvatting).containsText("01-10-2026");
            // Health: the consultant of the dossier sees it.
            assertThat(samenvatting).containsText(GEZONDHEID);
            assertThat(samenvatting).not().containsText("ANDERS_GEALFABETISEERD");
            assertThat(samenvatting).not().containsText("NIET_VERSCHENEN");
            controleerToegankelijkheid(
                    pad.endsWith("samenvatting") ? "intake-samenvatting-volledig" : "intake-afgerond-volledig");
        }
    }

    @Test
    void eenCollegaZonderDitDossierZietAllesBehalveDeGezondheid() {
        String id = afgerondeIntake();
        logIn("l.smit");
        page.navigate(url("/inburgeraars/" + id + "/intake/samenvatting"));
        Locator samenvatting = page.locator(".samenvatting");
        assertThat(samenvatting.locator("[data-leefgebied=WERKERVARING]")).containsText("Wil weer als kok aan de slag");
        assertThat(samenvatting).containsText("Niet verschenen");
        assertThat(samenvatting).containsText("Gezondheid is een bijzonder persoonsgegeven");
        assertThat(samenvatting).not().containsText(GEZONDHEID);
        assertThat(samenvatting.locator("[data-leefgebied=MENTALE_GEZONDHEID]")).hasCount(0);
        controleerToegankelijkheid("intake-samenvatting-zonder-gezondheid");
    }
}
