package nl.inburgeringsregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.inburgeringsregie.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * Issue 14 point 17: the processing register (AVG art. 30) docs/verwerkingsregister.md is generated from the
 * processings the code declares ({@link Verwerking}), their texts in i18n/privacy.properties and the retention periods
 * in force; it fails when the committed
 * copy differs (refresh: {@code ./mvnw test -Dtest=VerwerkingsregisterTest -Dverwerkingsregister.update=true}), and
 * when a purpose recorded in the audit log belongs to no processing.
 */
class VerwerkingsregisterTest extends IntegrationTest {

    private static final Path REGISTER = Path.of("docs/verwerkingsregister.md");

    @Autowired
    BewaartermijnInstellingen termijnen;

    @Autowired
    MessageSourceAccessor teksten;

    @Test
    void hetVerwerkingsregisterInDocsKomtOvereenMetDeCodeEnDeBewaartermijnen() throws Exception {
        String actueel = Verwerkingsregister.markdown(termijnen, teksten);
        if (Boolean.getBoolean("verwerkingsregister.update")) {
            Files.writeString(REGISTER, actueel, StandardCharsets.UTF_8);
        }
        String gecommitteerd = Files.exists(REGISTER) ? Files.readString(REGISTER, StandardCharsets.UTF_8) : "";
        if (!actueel.equals(gecommitteerd)) {
            Files.writeString(Path.of("target/verwerkingsregister.md"), actueel, StandardCharsets.UTF_8);
        }
        assertThat(gecommitteerd)
                .as(
                        "docs/verwerkingsregister.md differs from the code (new version in "
                                + "target/verwerkingsregister.md); run ./mvnw test -Dtest=VerwerkingsregisterTest -Dverwerkingsregister.update=true")
                .isEqualTo(actueel);
        assertThat(actueel).contains("inburgeringsregie.bewaartermijnen.dossier` = " + termijnen.dossier());
    }

    @Test
    void elkDoelInHetAuditlogHoortBijEenVerwerkingInHetRegister() {
        assertThat(Arrays.stream(Doelbinding.values()))
                .allSatisfy(
                        doel -> assertThat(Arrays.stream(Verwerking.values()).map(Verwerking::doel))
                                .as(doel.name())
                                .contains(doel));
    }

    @Test
    void elkeVerwerkingHeeftEenNaamGrondslagBetrokkenenGegevensEnOntvangersInDeBundel() {
        for (Verwerking v : Verwerking.values()) {
            for (String deel : List.of("naam", "grondslag", "betrokkenen.1", "gegevens.1", "ontvangers.1")) {
                assertThat(teksten.getMessage(v.sleutel(deel), ""))
                        .as(v.sleutel(deel))
                        .isNotBlank();
            }
        }
    }
}
