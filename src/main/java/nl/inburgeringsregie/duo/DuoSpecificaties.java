package nl.inburgeringsregie.duo;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * DUO's OpenAPI files, one validator per API, for every message we exchange with DUO: requests DUO sends us and
 * responses we give, our requests to DUO and its answers ({@link DuoClient}), and both sides of the simulator's
 * exchanges. Built lazily, once per API.
 */
@Component
public class DuoSpecificaties {

    /** The APIs by the name of their file under classpath:duo/openapi. */
    public static final List<String> APIS = List.of(
            "Contactpersoon",
            "Examen",
            "GevolgdeUren",
            "Inburgeringsaanbod",
            "Inburgeringsplicht",
            "Inburgeringstermijn",
            "Leerbaarheidstoets",
            "MAPPVTZroute",
            "Notificatie",
            "Ontheffing",
            "PIP",
            "Vrijstelling");

    private final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();
    /** Per API its version, read from its specification once (it is sent with every request to DUO). */
    private final Map<String, String> versies = new ConcurrentHashMap<>();

    private volatile List<Operatie> operaties;

    public List<String> fouten(String api, Request request) {
        return meldingen(validator(api).validateRequest(request));
    }

    public List<String> fouten(String api, String pad, Request.Method methode, Response response) {
        return meldingen(validator(api).validateResponse(pad, methode, response));
    }

    /**
     * An operation of DUO's APIs: which API serves it, its path template, and the success status DUO answers with
     * (and whether that answer has a body).
     */
    public record Operatie(String api, String sjabloon, String methode, int succes, boolean succesMetBody) {}

    /** The operation a concrete path and method belong to, searched over all APIs but the Notificatie API. */
    public Optional<Operatie> operatie(String pad, String methode) {
        return operaties().stream()
                .filter(o -> o.methode().equalsIgnoreCase(methode))
                .filter(o -> pad.matches(o.sjabloon().replaceAll("\\{[^}]+}", "[^/]+")))
                .findFirst();
    }

    private List<Operatie> operaties() {
        if (operaties == null) {
            List<Operatie> alle = new ArrayList<>();
            for (String api : APIS) {
                if (api.equals("Notificatie")) {
                    continue;
                }
                OpenAPI spec = new OpenAPIV3Parser().readContents(tekst(api)).getOpenAPI();
                spec.getPaths()
                        .forEach((sjabloon, item) -> item.readOperationsMap().forEach((methode, operatie) -> {
                            String succes = operatie.getResponses().keySet().stream()
                                    .filter(c -> c.startsWith("2"))
                                    .sorted()
                                    .findFirst()
                                    .orElseThrow();
                            ApiResponse antwoord = operatie.getResponses().get(succes);
                            alle.add(new Operatie(
                                    api,
                                    sjabloon,
                                    methode.name(),
                                    Integer.parseInt(succes),
                                    antwoord.getContent() != null
                                            && !antwoord.getContent().isEmpty()));
                        }));
            }
            operaties = List.copyOf(alle);
        }
        return operaties;
    }

    /** The version DUO's specification gives the API (its info.version), for the API-Version header. */
    public String versie(String api) {
        return versies.computeIfAbsent(api, naam -> {
            String tekst = tekst(naam);
            int info = tekst.indexOf("\ninfo:");
            int versie = tekst.indexOf("\n  version:", info);
            return tekst.substring(versie + "\n  version:".length(), tekst.indexOf('\n', versie + 1))
                    .strip();
        });
    }

    private OpenApiInteractionValidator validator(String api) {
        return validators.computeIfAbsent(
                api,
                naam -> OpenApiInteractionValidator.createForInlineApiSpecification(tekst(naam))
                        .build());
    }

    private static String tekst(String api) {
        try (InputStream in = DuoSpecificaties.class.getResourceAsStream("/duo/openapi/" + api + ".yml")) {
            if (in == null) {
                throw new IllegalArgumentException("No DUO specification " + api);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> meldingen(ValidationReport rapport) {
        return rapport.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
    }
}
