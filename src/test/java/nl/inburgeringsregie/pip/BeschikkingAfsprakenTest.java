package nl.inburgeringsregie.pip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, point 4: the beschikking (P-5) states what was agreed: the provider and hours of each agreement, its date
 * under "Uiterlijk op" and its frequency under "Hoe vaak", not a frequency where a date belongs.
 */
class BeschikkingAfsprakenTest extends IntegrationTest {

    @Test
    @SuppressWarnings("unchecked")
    void deBriefNoemtPerAfspraakDeAanbiederDeUrenDeDatumEnHoeVaak() throws IOException {
        Api consulent = api("consulent");
        String dossier =
                TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        String pip = TestDossiers.pipConcept(consulent, dossier, "B");
        Map<String, Object> inhoud = new HashMap<>(
                Api.JSON.readValue(consulent.get("/api/v1/pips/" + pip).body(), Map.class));
        List<Map<String, Object>> afspraken = new ArrayList<>();
        for (Object a : (List<?>) inhoud.get("afspraken")) {
            Map<String, Object> afspraak = new HashMap<>((Map<String, Object>) a);
            if ("LEERROUTE".equals(afspraak.get("onderdeel"))) {
                afspraak.put("aanbieder", "Taalschool Het Spaarne");
                afspraak.put("uren", 400);
                afspraak.put("frequentie", "twee dagdelen per week");
            }
            if ("KNM".equals(afspraak.get("onderdeel"))) {
                afspraak.put("uiterlijk", "2027-06-30");
                afspraak.put("frequentie", null);
            }
            afspraken.add(afspraak);
        }
        inhoud.put("afspraken", afspraken);
        Api.Antwoord bewaard = consulent.put("/api/v1/pips/" + pip, inhoud);
        assertThat(bewaard.status()).as(bewaard.body()).isEqualTo(200);
        TestDossiers.stelVast(consulent, pip);

        Api.Antwoord pdf = consulent.getBytes("/api/v1/pips/" + pip + "/beschikking.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            PDFTextStripper nederlands = new PDFTextStripper();
            nederlands.setEndPage(document.getNumberOfPages() - 1);
            String tekst = nederlands.getText(document).replaceAll("\\s+", " ");
            assertThat(tekst)
                    .contains(
                            "Aanbieder",
                            "Uiterlijk op",
                            "Hoe vaak",
                            "Uren",
                            "Taalschool Het Spaarne",
                            "400 uur",
                            "twee dagdelen per week",
                            "30-06-2027");
            assertThat(tekst).as("PVT's 12 hours are stated").contains("12 uur");
            assertThat(tekst).as("the old mixed column is gone").doesNotContain("Wanneer");
        }
    }
}
