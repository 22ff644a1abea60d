package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.web.server.Ssl;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * DUO signs in with its PKIoverheid client certificate on /duo/**: a certificate whose subject serialNumber is DUO's
 * OIN is accepted as the duo account (and its notification is processed as DUO), a certificate with another OIN is
 * refused (403), no certificate and no Basic is 401; in production the duo account is created on DUO's first sign-in.
 *
 * <p>How: the shared test context serves plain HTTP, and a second context with TLS is not allowed (one context for the
 * whole suite). So the requests go through the context's own {@code springSecurityFilterChain} and DispatcherServlet
 * with MockMvc, the client certificate set as the request attribute {@code jakarta.servlet.request.X509Certificate}
 * — exactly what Tomcat does after a TLS handshake it verified against {@code server.ssl.trust-store}. The handshake
 * and the trust store check themselves are Tomcat's and not exercised here; what this application decides about a
 * verified certificate is.
 */
class DuoCertificaatTest extends IntegrationTest {

    static final String ANDERE_OIN = "00000001999999999000";
    private static final AtomicLong SERIENUMMER = new AtomicLong();

    private static KeyPair caSleutels;
    private static X500Name caNaam;
    private static X509Certificate ca;

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter springSecurityFilterChain;

    @Autowired
    DuoSimulator duo;

    @Autowired
    JdbcClient jdbc;

    private MockMvc mvc;

    /** A test CA standing in for the PKIoverheid Private root; generated per run, never a real key. */
    @BeforeAll
    static void maakCa() throws Exception {
        caSleutels = sleutelpaar();
        caNaam = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "NL")
                .addRDN(BCStyle.O, "Test PKIoverheid")
                .addRDN(BCStyle.CN, "Test PKIoverheid Private Root CA")
                .build();
        ca = certificaat(caNaam, caSleutels.getPublic(), caSleutels.getPrivate(), true);
    }

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(springSecurityFilterChain)
                .build();
    }

    @AfterEach
    void herstel() {
        duo.herstel();
    }

    @Test
    void duosCertificaatWordtAanvaardEnDeNotificatieVerwerktAlsDuo() throws Exception {
        String bsn = TestData.bsn();
        Map<String, Object> dossier = TestData.inburgeraar(bsn);
        dossier.put("doelgroep", "Gezinsmigrant en overige migrant");
        dossier.put("gedetailleerdeDoelgroep", "Gezinsvormer");
        String id = api("consulent")
                .post("/api/v1/inburgeraars", dossier)
                .header("Location")
                .replaceAll(".*/", "");
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true,
                        LocalDate.of(2026, 8, 20),
                        LocalDate.of(2026, 9, 3),
                        "Asielstatushouder",
                        "Asielstatushouder"));

        UUID berichtId = UUID.randomUUID();
        MockHttpServletResponse antwoord = stuur(berichtId, bsn, clientCertificaat(NotificatieTest.DUO_OIN));
        assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(201);
        assertThat(jdbc.sql("select username from audit_log where detail like ?")
                        .param("%" + berichtId + "%")
                        .query(String.class)
                        .single())
                .isEqualTo("duo");
        // Processed in the background as the account DUO signed in with: DUO's facts in the dossier, DUO in the
        // journal.
        await().atMost(Duration.ofSeconds(20)).until(() -> status(berichtId).equals("VERWERKT"));
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + id)
                        .json()
                        .get("doelgroep")
                        .asString())
                .isEqualTo("Asielstatushouder");
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + id + "/journaal")
                        .json()
                        .get(0)
                        .get("gebruiker")
                        .asString())
                .isEqualTo("duo");
    }

    @Test
    void eenCertificaatMetEenAnderOinWordtGeweigerd() throws Exception {
        UUID berichtId = UUID.randomUUID();
        MockHttpServletResponse antwoord = stuur(berichtId, TestData.bsn(), clientCertificaat(ANDERE_OIN));
        assertThat(antwoord.getStatus()).isEqualTo(403);
        assertThat(antwoord.getContentAsString()).contains("\"fouttekst\":\"Niet geautoriseerd.\"");
        assertThat(antwoord.getHeader("API-Version")).isEqualTo("1.8.0");
        assertThat(opgeslagen(berichtId)).isZero();

        // A trusted certificate without any serialNumber is no DUO either.
        X500Name zonderOin = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "NL")
                .addRDN(BCStyle.O, "DUO")
                .addRDN(BCStyle.CN, "notificaties.duo.example")
                .build();
        KeyPair sleutels = sleutelpaar();
        assertThat(stuur(
                                berichtId,
                                TestData.bsn(),
                                certificaat(zonderOin, sleutels.getPublic(), caSleutels.getPrivate(), false))
                        .getStatus())
                .isEqualTo(403);
        assertThat(opgeslagen(berichtId)).isZero();
    }

    @Test
    void zonderCertificaatEnZonderBasicIsDeAfzenderOnbekend() throws Exception {
        UUID berichtId = UUID.randomUUID();
        MockHttpServletResponse antwoord = stuur(berichtId, TestData.bsn(), null);
        assertThat(antwoord.getStatus()).isEqualTo(401);
        assertThat(antwoord.getContentAsString()).contains("De afzender kan niet worden geauthenticeerd.");
        assertThat(opgeslagen(berichtId)).isZero();
    }

    /**
     * Production has no demo accounts: DUO's first certificate sign-in creates the duo account (role DUO, the
     * configured gemeenten, a password nobody knows). Here the shared demo account is taken away for the length of
     * the test and put back exactly as it was (other tests sign in as duo/demo).
     */
    @Test
    void inProductieMaaktDuosEersteAanmeldingHetDuoAccount() throws Exception {
        Map<String, Object> demoAccount = jdbc.sql("""
                select display_name, password_hash, array_to_string(roles, ',') as roles,
                       array_to_string(gemeenten, ',') as gemeenten, active
                from app_user where username = 'duo'""").query().singleRow();
        try {
            jdbc.sql("delete from app_user where username = 'duo'").update();
            UUID berichtId = UUID.randomUUID();
            assertThat(stuur(berichtId, TestData.bsn(), clientCertificaat(NotificatieTest.DUO_OIN))
                            .getStatus())
                    .isEqualTo(201);
            Map<String, Object> account = jdbc.sql("""
                    select array_to_string(roles, ',') as roles, array_to_string(gemeenten, ',') as gemeenten, active,
                           password_hash
                    from app_user where username = 'duo'""").query().singleRow();
            assertThat(account.get("roles")).isEqualTo("DUO");
            assertThat(account.get("gemeenten")).isEqualTo("0392,0453");
            assertThat(account.get("active")).isEqualTo(true);
            assertThat((String) account.get("password_hash"))
                    .startsWith("{bcrypt}")
                    .isNotEqualTo(demoAccount.get("password_hash"));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> !status(berichtId).equals("ONTVANGEN"));
        } finally {
            jdbc.sql("""
                    insert into app_user (username, display_name, password_hash, roles, gemeenten, active)
                    values ('duo', :naam, :hash, string_to_array(:roles, ','), string_to_array(:gemeenten, ','), :actief)
                    on conflict (username) do update set display_name = excluded.display_name,
                        password_hash = excluded.password_hash, roles = excluded.roles, gemeenten = excluded.gemeenten,
                        active = excluded.active""")
                    .param("naam", demoAccount.get("display_name"))
                    .param("hash", demoAccount.get("password_hash"))
                    .param("roles", demoAccount.get("roles"))
                    .param("gemeenten", demoAccount.get("gemeenten"))
                    .param("actief", demoAccount.get("active"))
                    .update();
        }
    }

    /**
     * The README's production example names real Spring Boot properties (bound to Boot's {@link Ssl} with nothing
     * left over), with a trust store and client-auth, DUO's OIN, and HTTP Basic off.
     */
    @Test
    void deProductieinstellingenVoorHetCertificaatStaanInDeReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int sectie = readme.indexOf("## Production: DUO's client certificate");
        assertThat(sectie).as("README section").isNotNegative();
        int begin = readme.indexOf("```yaml\n", sectie) + "```yaml\n".length();
        String voorbeeld = readme.substring(begin, readme.indexOf("```", begin));
        var bron = new YamlPropertySourceLoader()
                .load("README", new ByteArrayResource(voorbeeld.getBytes(StandardCharsets.UTF_8)))
                .getFirst();
        Binder binder = new Binder(ConfigurationPropertySources.from(bron));

        Ssl ssl = binder.bind(
                        "server.ssl", Bindable.of(Ssl.class), new NoUnboundElementsBindHandler(BindHandler.DEFAULT))
                .get();
        assertThat(ssl.getClientAuth()).isIn(Ssl.ClientAuth.NEED, Ssl.ClientAuth.WANT);
        assertThat(ssl.getTrustStore()).isNotBlank();
        assertThat(ssl.getTrustStorePassword()).isNotBlank();
        assertThat(ssl.getTrustStoreType()).isNotBlank();
        assertThat(binder.bind("inburgeringsregie.duo.oin", String.class).get()).isEqualTo(NotificatieTest.DUO_OIN);
        assertThat(binder.bind("inburgeringsregie.duo.basic-authenticatie", Boolean.class)
                        .get())
                .isFalse();
        assertThat(readme.substring(sectie)).contains("PKIoverheid Private", "serialNumber");
    }

    /** HTTP Basic on /duo/** follows the embedded default: on there (demo, tests), off with an external database. */
    @Test
    void basicAlleenInDeEmbeddedDefault() throws IOException {
        var applicationYml = new YamlPropertySourceLoader()
                .load("application", new ClassPathResource("application.yml"))
                .getFirst();
        StandardEnvironment productie = new StandardEnvironment();
        productie.getPropertySources().addFirst(applicationYml);
        assertThat(productie.getProperty("inburgeringsregie.duo.basic-authenticatie", Boolean.class))
                .isFalse();
        assertThat(context.getEnvironment().getProperty("inburgeringsregie.duo.basic-authenticatie", Boolean.class))
                .isTrue();
    }

    private MockHttpServletResponse stuur(UUID berichtId, String bsn, X509Certificate certificaat) throws Exception {
        var verzoek = post("/duo/v1/notificaties")
                .contentType(MediaType.APPLICATION_JSON)
                .header("bron", NotificatieTest.DUO_OIN)
                .header("doel", NotificatieTest.HAARLEM_OIN)
                .header("berichtId", berichtId.toString())
                .content(
                        "{\"registratieDatumTijd\":\"2026-11-20T10:15:30+01:00\",\"gebeurtenisId\":\"SS101\",\"bsn\":\""
                                + bsn + "\"}");
        if (certificaat != null) {
            verzoek.with(naTlsHandshake(certificaat));
        }
        return mvc.perform(verzoek).andReturn().getResponse();
    }

    /** What Tomcat does once the TLS handshake verified the client's certificate chain (Servlet spec, 3.9). */
    private static RequestPostProcessor naTlsHandshake(X509Certificate certificaat) {
        return request -> {
            request.setAttribute("jakarta.servlet.request.X509Certificate", new X509Certificate[] {certificaat, ca});
            return request;
        };
    }

    /** A client certificate issued by the test CA, with the OIN in the subject's serialNumber as PKIoverheid does. */
    private static X509Certificate clientCertificaat(String oin) throws Exception {
        X500Name naam = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "NL")
                .addRDN(BCStyle.O, "Dienst Uitvoering Onderwijs")
                .addRDN(BCStyle.SERIALNUMBER, oin)
                .addRDN(BCStyle.CN, "notificaties.duo.example")
                .build();
        X509Certificate certificaat = certificaat(naam, sleutelpaar().getPublic(), caSleutels.getPrivate(), false);
        certificaat.verify(ca.getPublicKey());
        return certificaat;
    }

    private static X509Certificate certificaat(X500Name onderwerp, PublicKey sleutel, PrivateKey uitgever, boolean isCa)
            throws Exception {
        Instant nu = Instant.now();
        var bouwer = new JcaX509v3CertificateBuilder(
                caNaam,
                BigInteger.valueOf(SERIENUMMER.incrementAndGet()),
                Date.from(nu.minus(Duration.ofDays(1))),
                Date.from(nu.plus(Duration.ofDays(30))),
                onderwerp,
                sleutel);
        bouwer.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
        return new JcaX509CertificateConverter()
                .getCertificate(bouwer.build(new JcaContentSignerBuilder("SHA256withECDSA").build(uitgever)));
    }

    private static KeyPair sleutelpaar() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    private String status(UUID berichtId) {
        return jdbc.sql("select status from duo_notificatie where bericht_id = ?")
                .param(berichtId)
                .query(String.class)
                .single();
    }

    private int opgeslagen(UUID berichtId) {
        return jdbc.sql("select count(*) from duo_notificatie where bericht_id = ?")
                .param(berichtId)
                .query(Integer.class)
                .single();
    }
}
