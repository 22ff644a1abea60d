package nl.inburgeringsregie.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document the application serves must equal the committed copy in docs/api/openapi.json,
 * so API changes are visible in review. After an intended change run
 * {@code ./mvnw verify -Dopenapi.update=true} once to refresh the copy.
 */
class OpenApiDocumentTest extends IntegrationTest {

    private static final Path COPY = Path.of("docs/api/openapi.json");
    private static final JsonMapper SORTED = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Test
    void gecommitteerdeOpenApiKopieKomtOvereenMetDeCode() throws Exception {
        Api.Antwoord antwoord = api("consulent").get("/api/v1/openapi.json");
        assertThat(antwoord.status()).isEqualTo(200);
        JsonNode document = antwoord.json();
        ((ObjectNode) document).remove("servers");
        String actueel = SORTED.writeValueAsString(SORTED.treeToValue(document, Map.class)) + "\n";

        assertThat(document.at("/paths").has("/api/v1/inburgeraars")).isTrue();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COPY.getParent());
            Files.writeString(COPY, actueel);
        }
        String gecommitteerd = Files.exists(COPY) ? Files.readString(COPY) : "";
        if (!actueel.equals(gecommitteerd)) {
            Path nieuw = Path.of("target/openapi.json");
            Files.writeString(nieuw, actueel);
            assertThat(gecommitteerd)
                    .as(
                            "docs/api/openapi.json differs from the API the code serves (new version in target/openapi.json); "
                                    + "after an intended change run ./mvnw verify -Dopenapi.update=true")
                    .isEqualTo(actueel);
        }
    }

    /**
     * Issue 13 point 6 (ADR 0030): the API refuses unknown fields with 400, and the document says so on every object a
     * request body uses, nested ones too; a schema only responses use stays open.
     */
    @Test
    void verzoekschemasVerbiedenOnbekendeVelden() {
        JsonNode schemas = api("consulent").get("/api/v1/openapi.json").json().at("/components/schemas");
        for (String verzoek : List.of(
                "Inburgeraar",
                "Contactgegevens",
                "Kind",
                "Partner",
                "Mijlpalen",
                "Inhoud",
                "Afspraak",
                "IntakeWijziging",
                "PipVaststelling",
                "PipIntrekking",
                "Uitschrijving",
                "PlichtindicatieVraag")) {
            assertThat(schemas.at("/" + verzoek + "/additionalProperties").isBoolean())
                    .as(verzoek)
                    .isTrue();
            assertThat(schemas.at("/" + verzoek + "/additionalProperties").asBoolean())
                    .as(verzoek)
                    .isFalse();
        }
        for (String antwoord : List.of("Pip", "Intake", "InburgeraarLijst", "JournaalRegel")) {
            assertThat(schemas.at("/" + antwoord).isObject()).as(antwoord).isTrue();
            assertThat(schemas.at("/" + antwoord).has("additionalProperties"))
                    .as(antwoord)
                    .isFalse();
        }
    }

    @Test
    void eenPutMetEenAnderAntwoordNoemtDeVeldenDieTerugMogen() {
        JsonNode put = api("consulent").get("/api/v1/openapi.json").json().at("/paths/~1api~1v1~1pips~1{pipId}/put");
        String beschrijving = put.at("/requestBody/description").asString();
        assertThat(beschrijving).contains("Pip").contains("status").contains("400");
        assertThat(put.at("/requestBody/content/application~1json/schema/$ref").asString())
                .endsWith("/Inhoud");
    }
}
