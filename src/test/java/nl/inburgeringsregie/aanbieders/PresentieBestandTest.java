package nl.inburgeringsregie.aanbieders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 over real HTTP (AB-6): a provider uploads a week's attendance of all its participants as CSV, all or
 * nothing, with a report per row; a placement not of this provider is a row error that never tells whether it exists.
 */
class PresentieBestandTest extends IntegrationTest {

    private static final String KOP = "plaatsingId;week;urenAanwezig;urenAfwezig;geoorloofd\n";

    @Autowired
    private JdbcClient jdbc;

    private AanbiedersTestdata data;
    private String aanbieder;
    private String contract;
    private String docent;

    @BeforeEach
    void opzet() {
        clock.zet(LocalDate.of(2027, 3, 1));
        data = new AanbiedersTestdata(this::api, baseUrl(), jdbc);
        aanbieder = data.b1Aanbieder();
        contract = data.b1Contract(aanbieder);
        docent = data.account(aanbieder);
    }

    @AfterEach
    void herstel() {
        clock.reset();
    }

    private String gestart() {
        String plaatsing = data.plaats(data.dossier(), contract);
        data.start(plaatsing, LocalDate.of(2027, 1, 4));
        return plaatsing;
    }

    private Api.Antwoord upload(String gebruiker, String inhoud) {
        return api(gebruiker).send("POST", "/api/v1/deelnemers/presentie", inhoud, "text/csv");
    }

    private int rijenVan(String plaatsing) {
        return jdbc.sql("select count(*) from presentie where plaatsing_id = ?")
                .param(UUID.fromString(plaatsing))
                .query(Integer.class)
                .single();
    }

    private static Map<String, String> fouten(Api.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        Map<String, String> fouten = new HashMap<>();
        a.json()
                .get("invalidParams")
                .forEach(p -> fouten.put(
                        p.get("name").asString() + " " + p.path("regel").asString(),
                        p.get("reason").asString()));
        return fouten;
    }

    @Test
    void eenWeekVoorAlleDeelnemersMetEenRapportPerRijEnEenTweedeUploadCorrigeert() {
        String een = gestart();
        String twee = gestart();
        Api.Antwoord a =
                upload(docent, KOP + een + ";2027-02-22;12;0;\n" + "\"" + twee + "\";22-02-2027;9,5;2,5;nee\n");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode rijen = a.json().get("rijen");
        assertThat(rijen.size()).isEqualTo(2);
        assertThat(rijen.get(0).get("rij").asInt()).isEqualTo(1);
        assertThat(rijen.get(0).get("resultaat").asString()).isEqualTo("GEMELD");
        assertThat(rijen.get(1).get("plaatsingId").asString()).isEqualTo(twee);

        Api.Antwoord correctie = upload(docent, KOP.replace("\n", ";naam\n") + twee + ";2027-02-22;8;0;;Haddad\n");
        assertThat(correctie.status()).as(correctie.body()).isEqualTo(200);
        assertThat(correctie.json().get("rijen").get(0).get("resultaat").asString())
                .isEqualTo("GECORRIGEERD");
        assertThat(jdbc.sql(
                                "select uren_aanwezig::text || '/' || uren_afwezig::text from presentie where plaatsing_id = ?")
                        .param(UUID.fromString(twee))
                        .query(String.class)
                        .single())
                .isEqualTo("8.00/0.00");
        assertThat(jdbc.sql("select count(*) from audit_log where username = ? and detail like '%(bestand)'")
                        .param(docent)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void eenBestandMetNieuweEnGecorrigeerdeRijenEnEenWeekMetLesdagen() {
        String gemeld = gestart();
        String nieuw = gestart();
        String metLesdag = gestart();
        assertThat(upload(docent, KOP + gemeld + ";2027-02-22;12;0;\n").status())
                .isEqualTo(200);
        // A lesson day in the week: the week would count its hours twice (AB-6), whichever row of the file it is.
        Api.Antwoord les = api(docent)
                .post(
                        "/api/v1/plaatsingen/" + metLesdag + "/presentie",
                        Map.of("periode", "LES", "datum", "2027-02-24", "urenAanwezig", 3, "urenAfwezig", 0));
        assertThat(les.status()).as(les.body()).isEqualTo(200);

        Map<String, String> fouten = fouten(upload(
                docent,
                KOP + nieuw + ";2027-02-22;10;0;\n" + gemeld + ";2027-02-22;11;0;\n" + metLesdag
                        + ";2027-02-22;10;0;\n"));
        assertThat(fouten.keySet()).containsExactly("rijen[3].week AB-6");
        assertThat(rijenVan(nieuw)).as("all or nothing").isZero();

        // Without that row: per row whether it was new or corrected, as one statement stored them.
        Api.Antwoord a = upload(docent, KOP + nieuw + ";2027-02-22;10;0;\n" + gemeld + ";2027-02-22;11;0;\n");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().get("rijen").get(0).get("resultaat").asString()).isEqualTo("GEMELD");
        assertThat(a.json().get("rijen").get(1).get("resultaat").asString()).isEqualTo("GECORRIGEERD");
        assertThat(jdbc.sql("select uren_aanwezig::text from presentie where plaatsing_id = ?")
                        .param(UUID.fromString(gemeld))
                        .query(String.class)
                        .single())
                .isEqualTo("11.00");
        assertThat(rijenVan(nieuw)).isEqualTo(1);
    }

    @Test
    void eenFoutInEenRijWeigertHetHeleBestandEnNoemtElkeRij() {
        String goed = gestart();
        String nietGestart = data.plaats(data.dossier(), contract);
        String andereAanbieder = data.b1Aanbieder();
        String bijAnder = data.plaats(data.dossier(), data.b1Contract(andereAanbieder));
        data.start(bijAnder, LocalDate.of(2027, 1, 4));
        String dubbel = gestart();

        Map<String, String> fouten = fouten(upload(
                docent,
                KOP
                        + goed + ";2027-02-22;12;0;\n"
                        + bijAnder + ";2027-02-22;12;0;\n"
                        + UUID.randomUUID() + ";2027-02-22;12;0;\n"
                        + nietGestart + ";2027-02-22;12;0;\n"
                        + dubbel + ";2027-02-22;-1;0;\n"
                        + dubbel + ";2027-02-22;4;0;\n"
                        + gestart() + ";2027-02-23;4;2;\n"
                        + gestart() + ";2026-12-28;4;0;\n"));
        assertThat(fouten.keySet())
                .containsExactlyInAnyOrder(
                        "rijen[2].plaatsingId AB-6",
                        "rijen[3].plaatsingId AB-6",
                        "rijen[4].status AB-6",
                        "rijen[5].urenAanwezig AB-6",
                        "rijen[6].plaatsingId AB-6",
                        "rijen[7].week AB-6",
                        "rijen[7].geoorloofd AB-6",
                        "rijen[8].week AB-6");
        assertThat(fouten.get("rijen[2].plaatsingId AB-6"))
                .as("another provider's participant reads as one who does not exist")
                .isEqualTo(fouten.get("rijen[3].plaatsingId AB-6"));
        assertThat(rijenVan(goed)).as("all or nothing").isZero();
        assertThat(rijenVan(bijAnder)).isZero();
        assertThat(jdbc.sql(
                                "select count(*) from audit_log where inburgeraar_id = (select inburgeraar_id from plaatsing"
                                        + " where id = ?) and username = ?")
                        .params(UUID.fromString(bijAnder), docent)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void eenOnleesbaarBestandWordtGeweigerd() {
        String p = gestart();
        assertThat(fouten(upload(docent, "plaatsingId;week;uren\n" + p + ";2027-02-22;4\n"))
                        .keySet())
                .containsExactly("kop AB-6");
        assertThat(fouten(upload(docent, KOP.replace("\n", ";week\n") + p + ";2027-02-22;4;0;;2027-02-22\n"))
                        .keySet())
                .as("a column twice")
                .containsExactly("kop AB-6");
        assertThat(fouten(upload(docent, KOP)).keySet()).containsExactly("bestand AB-6");
        assertThat(fouten(upload(docent, "")).keySet()).containsExactly("bestand AB-6");
        assertThat(fouten(upload(docent, KOP + p + ";2027-02-22;4\n")).keySet()).containsExactly("rijen[1] AB-6");
        assertThat(fouten(upload(docent, KOP + p + ";2027-02-31;vier;0;misschien\n"))
                        .keySet())
                .containsExactlyInAnyOrder(
                        "rijen[1].week AB-6", "rijen[1].urenAanwezig AB-6", "rijen[1].geoorloofd AB-6");
        assertThat(fouten(upload(docent, KOP + "\"" + p + ";2027-02-22;4;0;\n")).keySet())
                .as("a quote left open")
                .hasSize(1);
        assertThat(fouten(upload(docent, KOP + p + ";2027-02-22;4\u0000;0;\n")).keySet())
                .containsExactly("bestand AB-6");
        assertThat(upload(docent, KOP + (p + ";2027-02-22;4;0;\n").repeat(20_000))
                        .status())
                .isEqualTo(413);
        assertThat(upload("consulent", KOP + p + ";2027-02-22;4;0;\n").status()).isEqualTo(403);
        assertThat(rijenVan(p)).isZero();
    }

    @Test
    void dePaginaBiedtHetSjabloonMetAlleenDeEigenGestarteDeelnemers() {
        String eigen = gestart();
        String nogNiet = data.plaats(data.dossier(), contract);
        String ander = data.plaats(data.dossier(), data.b1Contract(data.b1Aanbieder()));
        WebSessie web = WebSessie.login(baseUrl(), docent);
        assertThat(web.get("/mijn-deelnemers").body()).contains("Presentie van een week uploaden");
        HttpResponse<String> sjabloon = web.get("/mijn-deelnemers/presentie.csv");
        assertThat(sjabloon.statusCode()).isEqualTo(200);
        assertThat(sjabloon.body())
                .startsWith("plaatsingId;naam;week;urenAanwezig;urenAfwezig;geoorloofd\n")
                .contains(eigen + ";\"", ";2027-03-01;;0;")
                .doesNotContain(nogNiet, ander);

        // The template, filled in, is a valid upload.
        String ingevuld = sjabloon.body().replace(";2027-03-01;;0;", ";2027-02-22;10;0;");
        Api.Antwoord a = upload(docent, ingevuld);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(rijenVan(eigen)).isEqualTo(1);
        assertThat(WebSessie.login(baseUrl(), "consulent")
                        .get("/mijn-deelnemers/presentie.csv")
                        .statusCode())
                .isEqualTo(403);
    }
}
