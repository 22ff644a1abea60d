package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, points 1 and 4: on the PIP screen nothing typed is lost (vaststellen saves what is on the screen first,
 * the concept saves itself as the intake does, a refusal shows the input again without a "niet-bewaarde invoer"
 * offer), and a vastgesteld PIP shows every part of each agreement in its own column. Every state scanned with axe.
 */
class PipSchermBrowserTest extends BrowserTest {

    /** After the dagtekening 20-10-2026 the scenarios use (kennisgeving 01-09-2026, housing 15-09-2026). */
    @BeforeEach
    void zetDeDag() {
        clock.zet(LocalDate.of(2026, 11, 30));
    }

    @AfterEach
    void herstelDeDag() {
        clock.reset();
    }

    /** A housed asielstatushouder's PIP concept made without a route decision at the intake: no leerroute yet. */
    private String conceptZonderLeerroute(Api consulent) {
        String dossier =
                TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        Api.Antwoord concept = consulent.post("/api/v1/inburgeraars/" + dossier + "/pips", Map.of());
        assertThat(concept.status()).as(concept.body()).isEqualTo(201);
        return concept.json().get("id").asString();
    }

    @Test
    void pipVaststellenBewaartEerstDeLeerrouteDeZienswijzeEnDeAfspraakDieOpHetSchermStaan() {
        Api consulent = api("consulent");
        String pip = conceptZonderLeerroute(consulent);
        logIn("consulent");
        page.navigate(url("/pips/" + pip));
        assertThat(page.getByLabel("Leerroute", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("");

        // Typed, never saved separately: route, level, the leerroute agreement in the empty row, the view, the date.
        page.getByLabel("Leerroute", new Page.GetByLabelOptions().setExact(true))
                .selectOption("B");
        page.getByLabel("Niveau", new Page.GetByLabelOptions().setExact(true)).selectOption("B1");
        int leeg = page.locator(".afspraak").count() - 1;
        page.locator("#afspraak-" + leeg + "-onderdeel").selectOption("LEERROUTE");
        page.locator("#afspraak-" + leeg + "-eigenaar").selectOption("INBURGERAAR");
        page.locator("#afspraak-" + leeg + "-frequentie").fill("twee dagdelen per week");
        page.locator("#afspraak-" + leeg + "-uren").fill("400");
        page.locator("#afspraak-" + leeg + "-aanbieder").fill("Taalschool Het Spaarne");
        page.locator("#afspraak-" + leeg + "-omschrijving").fill("NT2-les op weg naar B1");
        page.getByLabel("Wat de inburgeraar ervan vindt").fill("Wil graag snel aan het werk");
        page.getByLabel("Dagtekening").fill("2026-10-20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("PIP vaststellen"))
                .click();

        assertThat(page.getByText("Het PIP is vastgesteld.")).isVisible();
        assertThat(page.locator("main")).not().containsText("Kies de leerroute");
        controleerToegankelijkheid("pip-scherm-vastgesteld");
        Api.Antwoord vastgesteld = consulent.get("/api/v1/pips/" + pip);
        assertThat(vastgesteld.json().get("leerroute").asString()).isEqualTo("B");
        assertThat(vastgesteld.json().get("zienswijze").asString()).isEqualTo("Wil graag snel aan het werk");
        assertThat(vastgesteld.json().get("dagtekeningPip").asString()).isEqualTo("2026-10-20");
        assertThat(vastgesteld.body()).contains("Taalschool Het Spaarne");
    }

    @Test
    void hetConceptBewaartZichzelfEnEenGeweigerdeVaststellingLaatDeInvoerStaan() {
        Api consulent = api("consulent");
        String dossier =
                TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        String pip = TestDossiers.pipConcept(consulent, dossier, "B");
        logIn("consulent");
        page.navigate(url("/pips/" + pip));

        // Autosave while typing, as the intake.
        page.getByLabel("Wat de inburgeraar ervan vindt").fill("Wil eerst de taal leren");
        page.getByLabel("Wat de inburgeraar ervan vindt").blur();
        assertThat(page.locator("#bewaarstatus")).containsText("Concept bewaard");
        page.reload();
        assertThat(page.getByLabel("Wat de inburgeraar ervan vindt")).hasValue("Wil eerst de taal leren");
        assertThat(page.locator("#herstel")).isHidden();
        controleerToegankelijkheid("pip-scherm-concept");

        // Vaststellen refused (no dagtekening): what was typed is on the screen and saved, no restore offer.
        page.getByLabel("Besluit en afweging van de gemeente (regel P-2)").fill("Taal eerst, daarna de MAP");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("PIP vaststellen"))
                .click();
        assertThat(page.locator(".foutsamenvatting")).containsText("Vul de dagtekening in");
        assertThat(page.getByText("Uw invoer is als concept bewaard")).isVisible();
        assertThat(page.getByLabel("Besluit en afweging van de gemeente (regel P-2)"))
                .hasValue("Taal eerst, daarna de MAP");
        assertThat(page.locator("#herstel")).isHidden();
        controleerToegankelijkheid("pip-scherm-vaststellen-geweigerd");

        // Saving refused (P-2: disagreement without the municipality's decision): the input stays as typed.
        page.getByLabel("De inburgeraar is het niet eens met (een deel van) het plan")
                .check();
        page.getByLabel("Besluit en afweging van de gemeente (regel P-2)").fill("");
        page.getByLabel("Dagtekening").fill("2026-10-20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("PIP vaststellen"))
                .click();
        assertThat(page.locator(".foutsamenvatting")).containsText("regel P-2");
        assertThat(page.getByLabel("De inburgeraar is het niet eens met (een deel van) het plan"))
                .isChecked();
        assertThat(page.getByLabel("Dagtekening")).hasValue("2026-10-20");
        assertThat(page.locator("#herstel")).isHidden();
        page.getByLabel("Besluit en afweging van de gemeente (regel P-2)").fill("Taal eerst, daarna de MAP");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("PIP vaststellen"))
                .click();
        assertThat(page.getByText("Het PIP is vastgesteld.")).isVisible();
        assertThat(consulent
                        .get("/api/v1/pips/" + pip)
                        .json()
                        .get("standpuntGemeente")
                        .asString())
                .isEqualTo("Taal eerst, daarna de MAP");
    }

    @Test
    void hetVastgesteldePipToontAanbiederUrenDatumEnFrequentieInHunEigenKolom() {
        Api consulent = api("consulent");
        String dossier =
                TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        String pip = TestDossiers.pipConcept(consulent, dossier, "B");
        metAanbiederEnDatum(consulent, pip);
        TestDossiers.stelVast(consulent, pip);

        logIn("consulent");
        page.navigate(url("/pips/" + pip));
        Locator tabel = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Afspraken"));
        List<String> koppen = tabel.locator("thead th").allInnerTexts();
        assertThat(koppen)
                .containsExactly(
                        "Onderdeel",
                        "Wie",
                        "Afspraak (specifiek en meetbaar)",
                        "Aanbieder",
                        "Uiterlijk op",
                        "Hoe vaak",
                        "Uren",
                        "Handhaafbaar (regel H-3)");
        Locator leerroute =
                tabel.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Taalschool Het Spaarne"));
        assertThat(leerroute.locator("td").allInnerTexts())
                .containsExactly(
                        "Leerroute",
                        "Inburgeraar",
                        "NT2-les op weg naar B1",
                        "Taalschool Het Spaarne",
                        "–",
                        "twee dagdelen per week",
                        "400 uur",
                        "Ja");
        Locator knm = tabel.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("30-06-2027"));
        assertThat(knm.locator("td").nth(4)).hasText("30-06-2027");
        assertThat(knm.locator("td").nth(5)).not().hasText("30-06-2027");
        controleerToegankelijkheid("pip-scherm-afspraken");
    }

    /** Through the API: the leerroute agreement gets a provider, hours and a frequency; the KNM one a date. */
    @SuppressWarnings("unchecked")
    static void metAanbiederEnDatum(Api consulent, String pip) {
        Map<String, Object> inhoud = new HashMap<>(
                Api.JSON.readValue(consulent.get("/api/v1/pips/" + pip).body(), Map.class));
        List<Map<String, Object>> afspraken = new ArrayList<>();
        for (Object a : (List<?>) inhoud.get("afspraken")) {
            Map<String, Object> afspraak = new HashMap<>((Map<String, Object>) a);
            if ("LEERROUTE".equals(afspraak.get("onderdeel"))) {
                afspraak.put("aanbieder", "Taalschool Het Spaarne");
                afspraak.put("uren", 400);
                afspraak.put("frequentie", "twee dagdelen per week");
                afspraak.put("omschrijving", "NT2-les op weg naar B1");
            }
            if ("KNM".equals(afspraak.get("onderdeel"))) {
                afspraak.put("uiterlijk", "2027-06-30");
            }
            afspraken.add(afspraak);
        }
        inhoud.put("afspraken", afspraken);
        Api.Antwoord bewaard = consulent.put("/api/v1/pips/" + pip, inhoud);
        assertThat(bewaard.status()).as(bewaard.body()).isEqualTo(200);
    }
}
