package nl.inburgeringsregie.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
        String actueel = SORTED.writeValueAsString(SORTED.treeToValue(document, java.util.Map.class)) + "\n";

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
}
