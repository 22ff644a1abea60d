package nl.inburgeringsregie.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.Assertions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for the REST API, authenticated with HTTP Basic. */
public class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** A response: status, headers, body as text and (when JSON) as a tree. */
    public record Antwoord(int status, HttpResponse<String> raw, HttpHeaders headers, byte[] bytes) {

        public Antwoord(int status, HttpResponse<String> raw) {
            this(status, raw, raw.headers(), null);
        }

        public String body() {
            return raw == null ? new String(bytes, StandardCharsets.UTF_8) : raw.body();
        }

        public JsonNode json() {
            return JSON.readTree(body());
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** For refused input: asserts a 400 problem+json and returns the names of its {@code invalidParams}. */
        public List<String> ongeldigeVelden() {
            Assertions.assertThat(status).as(body()).isEqualTo(400);
            Assertions.assertThat(header("Content-Type")).startsWith("application/problem+json");
            List<String> namen = new ArrayList<>();
            json().get("invalidParams").forEach(p -> namen.add(p.get("name").asString()));
            return namen;
        }
    }

    private final String base;
    private final String authorization;

    public Api(String base, String gebruiker, String wachtwoord) {
        this.base = base;
        this.authorization = gebruiker == null
                ? null
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
    }

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** An API client with an OAuth2 bearer token (issue 14 point 12). */
    public static Api metToken(String base, String token) {
        return new Api(base, "Bearer " + token);
    }

    public Antwoord get(String path) {
        return send(request(path).GET());
    }

    public Antwoord post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(body(body)));
    }

    public Antwoord put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(body(body)));
    }

    public Antwoord patch(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").method("PATCH", body(body)));
    }

    public Antwoord delete(String path) {
        return send(request(path).DELETE());
    }

    /** GET of a binary body (a PDF). */
    public Antwoord getBytes(String path) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(
                    request(path)
                            .header("Accept", "application/pdf, application/problem+json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Antwoord(response.statusCode(), null, response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A body of the given content type as it is (e.g. text/csv). */
    public Antwoord send(String method, String path, String body, String contentType) {
        return send(request(path)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Any method with any body, for the security smoke test. */
    public Antwoord send(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    private static Antwoord send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Antwoord(response.statusCode(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
