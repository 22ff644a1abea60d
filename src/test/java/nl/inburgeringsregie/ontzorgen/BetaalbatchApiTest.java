package nl.inburgeringsregie.ontzorgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 17 (ADR 0032) over real HTTP: the monthly payment batch of ontzorgen as pain.001.001.03. Each test uses a month
 * of its own in the past (a sent month is immutable for everyone). Making a batch twice gives the same bytes; only
 * ontzorgingen with an authorisation whose period overlaps the month are paid; a sent batch refuses a second making
 * (400 on maand, O-1); a refused payment is booked back and is a signal on the worklist. The file served is validated
 * here against ISO's schema pain.001.001.03.xsd (hbci4j's copy) with the JDK's validator, independently of the
 * application's own check, and its sums are checked; a batch without payments has no file (400 on betalingen, O-1).
 */
class BetaalbatchApiTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    /** A month of the past for which Haarlem has no batch yet (a sent month is immutable for every later run). */
    private YearMonth eigenMaand() {
        return YearMonth.from(jdbc.sql("""
                        select gs::date from generate_series('1995-01-01'::date, '2019-12-01'::date, '1 month') gs
                        where not exists (select 1 from betaalbatch b where b.gemeentecode = '0392' and b.maand = gs)
                        order by random() limit 1""").query(LocalDate.class).single());
    }

    private String ontzorgd(String gemeente, YearMonth start, boolean machtiging) {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn(), gemeente);
        body.put("datumStartBijstand", start.atDay(10).toString());
        Api.Antwoord a =
                api(gemeente.equals("0392") ? "consulent" : "consulent.velsen").post("/api/v1/inburgeraars", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        String id = a.json().get("id").asString();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("datumMachtiging", machtiging ? start.atDay(1).toString() : null);
        o.put(
                "vasteLasten",
                List.of(
                        Map.of(
                                "soort",
                                "HUUR",
                                "ontvanger",
                                "Woonstichting",
                                "iban",
                                "NL91ABNA0417164300",
                                "bedrag",
                                612.40),
                        Map.of("soort", "WATER", "ontvanger", "PWN", "iban", "NL36INGB0007654321", "bedrag", 21.05)));
        Api.Antwoord vastgelegd = api("budgetcoach").put("/api/v1/inburgeraars/" + id + "/ontzorging", o);
        assertThat(vastgelegd.status()).as(vastgelegd.body()).isEqualTo(200);
        return id;
    }

    private Api.Antwoord maak(String gemeente, YearMonth maand) {
        return api("budgetcoach")
                .post("/api/v1/betaalbatches", Map.of("gemeentecode", gemeente, "maand", maand.toString()));
    }

    private static List<String> regels(Api.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        List<String> regels = new ArrayList<>();
        a.json()
                .get("invalidParams")
                .forEach(p -> regels.add(
                        p.get("name").asString() + " " + p.path("regel").asString()));
        return regels;
    }

    @Test
    void tweeKeerMakenGeeftHetzelfdeBestandEnAlleenGemachtigdeLopendeOntzorgingen() throws Exception {
        YearMonth maand = eigenMaand();
        String betaald = ontzorgd("0392", maand.minusMonths(2), true);
        List<String> nietBetaald = List.of(
                ontzorgd("0392", maand.minusMonths(1), false),
                ontzorgd("0392", maand.minusMonths(7), true),
                ontzorgd("0392", maand.plusMonths(1), true));

        Api.Antwoord eerste = maak("0392", maand);
        assertThat(eerste.status()).as(eerste.body()).isEqualTo(200);
        String id = eerste.json().get("id").asString();
        List<String> personen = new ArrayList<>();
        eerste.json()
                .get("betalingen")
                .forEach(p -> personen.add(p.get("inburgeraarId").asString()));
        assertThat(personen)
                .as("only the authorised ontzorging whose period overlaps the month: two fixed costs")
                .contains(betaald)
                .doesNotContainAnyElementsOf(nietBetaald);
        assertThat(personen.stream().filter(betaald::equals).count()).isEqualTo(2);
        byte[] bestand = api("budgetcoach")
                .getBytes("/api/v1/betaalbatches/" + id + "/pain.001.xml")
                .bytes();
        Api.Antwoord tweede = maak("0392", maand);
        assertThat(tweede.json().get("id").asString()).isEqualTo(id);
        byte[] nogmaals = api("budgetcoach")
                .getBytes("/api/v1/betaalbatches/" + id + "/pain.001.xml")
                .bytes();
        assertThat(nogmaals).as("idempotent, byte for byte").isEqualTo(bestand);

        Document xml = structuur(bestand);
        assertThat(tekst(xml, "NbOfTxs")).isEqualTo(Integer.toString(personen.size()));
        assertThat(new BigDecimal(tekst(xml, "CtrlSum")))
                .isEqualByComparingTo(eerste.json().get("totaal").decimalValue());
        assertThat(tekst(xml, "ReqdExctnDt")).isEqualTo(maand.atDay(1).toString());
        assertThat(jdbc.sql("select count(*) from betaling where batch_id = ?::uuid and inburgeraar_id = ?::uuid")
                        .params(id, betaald)
                        .query(Integer.class)
                        .single())
                .as("this person's two fixed costs (other tests' ontzorgingen may overlap the month)")
                .isEqualTo(2);
    }

    /** Valid against ISO's schema, and every amount and IBAN valid, the sums equal to the transactions. */
    private static Document structuur(byte[] bestand) throws Exception {
        SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schemas.newSchema(BetaalbatchApiTest.class.getResource("/pain.001.001.03.xsd"))
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(bestand)));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document xml = f.newDocumentBuilder().parse(new ByteArrayInputStream(bestand));
        Element root = xml.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03");
        assertThat(root.getLocalName()).isEqualTo("Document");
        Element initiatie =
                (Element) root.getElementsByTagName("CstmrCdtTrfInitn").item(0);
        assertThat(initiatie.getElementsByTagName("GrpHdr").getLength()).isEqualTo(1);
        assertThat(tekst(xml, "MsgId")).matches("[0-9a-f]{32}");
        assertThat(tekst(xml, "CreDtTm")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
        assertThat(tekst(xml, "PmtMtd")).isEqualTo("TRF");
        NodeList transacties = xml.getElementsByTagName("CdtTrfTxInf");
        BigDecimal som = BigDecimal.ZERO;
        for (int i = 0; i < transacties.getLength(); i++) {
            Element t = (Element) transacties.item(i);
            Element bedrag = (Element) t.getElementsByTagName("InstdAmt").item(0);
            assertThat(bedrag.getAttribute("Ccy")).isEqualTo("EUR");
            assertThat(bedrag.getTextContent()).matches("\\d{1,9}\\.\\d{2}");
            som = som.add(new BigDecimal(bedrag.getTextContent()));
            assertThat(Ontzorging.geldigeIban(
                            t.getElementsByTagName("IBAN").item(0).getTextContent()))
                    .isTrue();
            assertThat(t.getElementsByTagName("EndToEndId").item(0).getTextContent())
                    .hasSizeLessThanOrEqualTo(35);
        }
        assertThat(Integer.parseInt(tekst(xml, "NbOfTxs"))).isEqualTo(transacties.getLength());
        assertThat(som).isEqualByComparingTo(new BigDecimal(tekst(xml, "CtrlSum")));
        return xml;
    }

    private static String tekst(Document xml, String element) {
        return xml.getElementsByTagName(element).item(0).getTextContent();
    }

    @Test
    void eenVerstuurdeBatchVerandertNietEnEenGeweigerdeBetalingIsEenSignaal() {
        YearMonth maand = eigenMaand();
        String persoon = ontzorgd("0392", maand, true);
        Api.Antwoord batch = maak("0392", maand);
        String id = batch.json().get("id").asString();
        String betaling = null;
        for (var p : batch.json().get("betalingen")) {
            if (p.get("inburgeraarId").asString().equals(persoon)) {
                betaling = p.get("id").asString();
            }
        }
        assertThat(betaling).isNotNull();
        String weigering = "/api/v1/betaalbatches/" + id + "/betalingen/" + betaling + "/weigering";
        assertThat(regels(api("budgetcoach").post(weigering, Map.of("reden", "Rekening opgeheven"))))
                .as("not sent yet")
                .containsExactly("status O-1");

        assertThat(api("budgetcoach")
                        .post("/api/v1/betaalbatches/" + id + "/verzending", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(regels(maak("0392", maand))).containsExactly("maand O-1");
        assertThat(regels(api("budgetcoach").post("/api/v1/betaalbatches/" + id + "/verzending", Map.of())))
                .containsExactly("status O-1");

        assertThat(regels(api("budgetcoach").post(weigering, Map.of("reden", " "))))
                .containsExactly("reden O-1");
        Api.Antwoord geweigerd = api("budgetcoach").post(weigering, Map.of("reden", "Rekening opgeheven"));
        assertThat(geweigerd.status()).as(geweigerd.body()).isEqualTo(200);
        assertThat(geweigerd.json().get("totaal").decimalValue())
                .as("booked back")
                .isLessThan(batch.json().get("totaal").decimalValue());
        assertThat(WebSessie.login(baseUrl(), "budgetcoach").get("/ontzorging").body())
                .contains("/inburgeraars/" + persoon + "/ontzorging")
                .contains("Betaling geweigerd");
    }

    @Test
    void eenAndereGemeenteOfEenAndereRolKrijgtDeBatchNiet() {
        YearMonth maand = eigenMaand();
        ontzorgd("0392", maand, true);
        String id = maak("0392", maand).json().get("id").asString();
        String hash = jdbc.sql("select password_hash from app_user where username = 'budgetcoach'")
                .query(String.class)
                .single();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                values ('budgetcoach.velsen', 'Budgetcoach Velsen', ?, '{BUDGETCOACH}', '{0453}') on conflict do nothing""").param(hash).update();
        Api velsen = api("budgetcoach.velsen");
        assertThat(velsen.get("/api/v1/betaalbatches/" + id).status()).isEqualTo(404);
        assertThat(velsen.get("/api/v1/betaalbatches/" + id + "/pain.001.xml").status())
                .isEqualTo(404);
        assertThat(regels(velsen.post(
                        "/api/v1/betaalbatches", Map.of("gemeentecode", "0392", "maand", maand.toString()))))
                .containsExactly("gemeentecode O-1");
        assertThat(api("consulent")
                        .post("/api/v1/betaalbatches", Map.of("gemeentecode", "0392", "maand", "2027-01"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void eenBatchZonderBetalingenHeeftGeenBestand() {
        YearMonth maand = eigenMaand();
        Api.Antwoord leeg = maak("0392", maand);
        assertThat(leeg.status()).as(leeg.body()).isEqualTo(200);
        assertThat(leeg.json().get("betalingen")).isEmpty();
        Api.Antwoord bestand = api("budgetcoach")
                .get("/api/v1/betaalbatches/" + leeg.json().get("id").asString() + "/pain.001.xml");
        assertThat(regels(bestand)).containsExactly("betalingen O-1");
    }
}
