package nl.inburgeringsregie.pip;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The beschikking letter: the text of the PDF says the decision, dates, agreements and the objection clause; the
 * own-language summary is in the right script with fonts embedded; the Arabic page is rendered to
 * target/screenshots/beschikking-ar.png for a person to look at.
 */
class BeschikkingTest extends IntegrationTest {

    private byte[] brief(List<String> talen) {
        Map<String, Object> body = TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn()));
        body.put("talen", talen);
        body.put("tolkTaal", talen.getFirst());
        Api consulent = api("consulent");
        String pip = TestDossiers.pipConcept(consulent, TestDossiers.registreer(consulent, body), "B");
        assertThat(consulent
                        .getBytes("/api/v1/pips/" + pip + "/beschikking.pdf")
                        .status())
                .as("a concept has no letter")
                .isEqualTo(409);
        TestDossiers.stelVast(consulent, pip);
        Api.Antwoord pdf = consulent.getBytes("/api/v1/pips/" + pip + "/beschikking.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        return pdf.bytes();
    }

    @Test
    void deBriefNoemtBesluitDatumsAfsprakenEnBezwaarEnHeeftEenArabischeSamenvatting() throws IOException {
        byte[] pdf = brief(List.of("ar", "en"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(tekst)
                    .contains(
                            "Besluit Plan Inburgering en Participatie",
                            "20-10-2026",
                            "Gemeente Haarlem",
                            "artikel 15 van de Wet inburgering 2021",
                            "uiterlijk op 01-12-2026",
                            "artikel 6:7",
                            "Participatieverklaringstraject (PVT)",
                            "ten minste 12 uur",
                            "B1-route",
                            "begint op 21-10-2026");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            for (PDPage pagina : document.getPages()) {
                for (var naam : pagina.getResources().getFontNames()) {
                    PDFont font = pagina.getResources().getFont(naam);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            PDFTextStripper laatste = new PDFTextStripper();
            laatste.setStartPage(document.getNumberOfPages());
            laatste.setEndPage(document.getNumberOfPages());
            String samenvatting = Normalizer.normalize(laatste.getText(document), Normalizer.Form.NFKC);
            assertThat(samenvatting).containsPattern("\\p{InArabic}{3,}");
            BufferedImage beeld = new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 110);
            Files.createDirectories(Path.of("target/screenshots"));
            ImageIO.write(
                    beeld,
                    "png",
                    Path.of("target/screenshots/beschikking-ar.png").toFile());
            BufferedImage eerste = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(
                    eerste,
                    "png",
                    Path.of("target/screenshots/beschikking-nl.png").toFile());
        }
    }

    @Test
    void eenTigrinyaSprekerKrijgtDeSamenvattingInHetGeez() throws IOException {
        try (PDDocument document = Loader.loadPDF(brief(List.of("ti")))) {
            PDFTextStripper laatste = new PDFTextStripper();
            laatste.setStartPage(document.getNumberOfPages());
            String samenvatting = laatste.getText(document);
            assertThat(samenvatting).containsPattern("\\p{InEthiopic}{3,}");
            BufferedImage beeld = new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 110);
            // Tests run in random order: this one may be the first to write a screenshot.
            Files.createDirectories(Path.of("target/screenshots"));
            ImageIO.write(
                    beeld,
                    "png",
                    Path.of("target/screenshots/beschikking-ti.png").toFile());
        }
    }

    @Test
    void eenGemeenteKanHaarEigenSjabloonGebruikenZonderRelease() throws IOException {
        Path map = Path.of("target/test-brieven/0453");
        Files.createDirectories(map);
        Files.writeString(map.resolve("beschikking.html"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org">
                <head><style>body { font-family: 'Noto Sans'; }</style></head>
                <body><h1>Eigen brief van Velsen</h1><p th:text="${naam} + ' ' + ${dagtekening}"></p></body>
                </html>""");
        try {
            Api velsen = api("consulent.velsen");
            String id = TestDossiers.registreer(
                    velsen, TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn(), "0453")));
            String pip = TestDossiers.pipConcept(velsen, id, "B");
            TestDossiers.stelVast(velsen, pip);
            try (PDDocument document = Loader.loadPDF(
                    velsen.getBytes("/api/v1/pips/" + pip + "/beschikking.pdf").bytes())) {
                assertThat(new PDFTextStripper().getText(document))
                        .contains("Eigen brief van Velsen", "20-10-2026")
                        .doesNotContain("Besluit Plan Inburgering");
            }
        } finally {
            Files.deleteIfExists(map.resolve("beschikking.html"));
        }
    }

    // Issue 12, part 3 (P-5, T-14): the bezwaar date runs on to the next working day (Algemene termijnenwet).

    private String bezwaarzin(String dagtekening) throws IOException {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("datumHuisvesting", "2025-01-15");
        Api consulent = api("consulent");
        String pip = TestDossiers.pipConcept(consulent, TestDossiers.registreer(consulent, body), "B");
        Api.Antwoord vast =
                consulent.post("/api/v1/pips/" + pip + "/vaststelling", Map.of("dagtekeningPip", dagtekening));
        assertThat(vast.status()).as(vast.body()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(
                consulent.getBytes("/api/v1/pips/" + pip + "/beschikking.pdf").bytes())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void zesWekenDieOpEenZaterdagEindigenLopenDoorTotMaandag() throws IOException {
        // 03-10-2026 + 6 weeks = Saturday 14-11-2026.
        assertThat(bezwaarzin("2026-10-03"))
                .contains("uiterlijk op 16-11-2026")
                .doesNotContain("uiterlijk op 14-11-2026");
    }

    @Test
    void zesWekenDieOpKoningsdagEindigenLopenDoorTotDeDagErna() throws IOException {
        // 16-03-2026 + 6 weeks = Monday 27-04-2026, Koningsdag.
        assertThat(bezwaarzin("2026-03-16"))
                .contains("uiterlijk op 28-04-2026")
                .doesNotContain("uiterlijk op 27-04-2026");
    }

    @Test
    void zesWekenDieOpTweedeKerstdagEindigenLopenDoorNaHetWeekend() throws IOException {
        // 14-11-2025 + 6 weeks = Friday 26-12-2025, tweede Kerstdag; then Saturday and Sunday.
        assertThat(bezwaarzin("2025-11-14"))
                .contains("uiterlijk op 29-12-2025")
                .doesNotContain("uiterlijk op 26-12-2025");
    }

    @Test
    @SuppressWarnings("unchecked")
    void deRedenVoorEenAfwijkendeLeerrouteStaatInDeBrief() throws IOException {
        Api consulent = api("consulent");
        String pip = TestDossiers.pipConcept(
                consulent,
                TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn()))),
                "B");
        Map<String, Object> inhoud = new HashMap<>(
                Api.JSON.readValue(consulent.get("/api/v1/pips/" + pip).body(), Map.class));
        inhoud.put("leerroute", "O");
        inhoud.put(
                "afspraken",
                ((List<Map<String, Object>>) inhoud.get("afspraken"))
                        .stream().filter(a -> !"MAP".equals(a.get("onderdeel"))).toList());
        inhoud.put("motiveringLeerroute", "Wil verpleegkundige worden; start in september op het mbo");
        assertThat(consulent.put("/api/v1/pips/" + pip, inhoud).status()).isEqualTo(200);
        TestDossiers.stelVast(consulent, pip);
        try (PDDocument document = Loader.loadPDF(
                consulent.getBytes("/api/v1/pips/" + pip + "/beschikking.pdf").bytes())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Waarom deze leerroute", "Wil verpleegkundige worden; start in september op het mbo");
        }
    }
}
