package nl.inburgeringsregie.duo;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.logging.BsnMasker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queries DUO's APIs (raadpleging) with the headers the specification requires — bron (the gemeente's OIN), doel
 * (DUO's OIN), a fresh berichtId, API-Version — and checks the request before sending and DUO's answer after it
 * against DUO's files. A 404 is "not known at DUO"; other errors carry DUO's fouttekst.
 */
@Component
class DuoClient {

    /** DUO answered with an error, or not at all. */
    static class DuoFout extends RuntimeException {
        private final int status;

        DuoFout(String bericht) {
            this(0, bericht);
        }

        /** The message never names a BSN (issue 14: it is logged and stored): DUO paths name {@code /personen/{bsn}}. */
        DuoFout(int status, String bericht) {
            super(BsnMasker.duoPad(bericht));
            this.status = status;
        }

        /** DUO's HTTP status, 0 when DUO did not answer. */
        int status() {
            return status;
        }
    }

    private final DuoInstellingen instellingen;
    private final DuoSpecificaties specificaties;
    private final JsonMapper json;
    private final Environment omgeving;
    private final RestClient http;
    /** Credentials besides the certificate (the built-in simulator's secret; none for real DUO). */
    private final ObjectProvider<DuoAanmelding> aanmeldingen;

    private final MessageSourceAccessor berichten;

    DuoClient(
            DuoInstellingen instellingen,
            DuoSpecificaties specificaties,
            JsonMapper json,
            Environment omgeving,
            ObjectProvider<DuoAanmelding> aanmeldingen,
            MessageSourceAccessor berichten) {
        this.instellingen = instellingen;
        this.berichten = berichten;
        this.aanmeldingen = aanmeldingen;
        this.specificaties = specificaties;
        this.json = json;
        this.omgeving = omgeving;
        var factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(instellingen.timeout()).build());
        factory.setReadTimeout(instellingen.timeout());
        this.http = RestClient.builder().requestFactory(factory).build();
    }

    /** GET of a resource of a person; empty when DUO does not know it (404). */
    Optional<JsonNode> raadpleeg(String api, String gemeentecode, String pad) {
        String bron = instellingen.gemeenten().get(gemeentecode);
        String berichtId = UUID.randomUUID().toString();
        String versie = specificaties.versie(api);
        SimpleRequest verzoek = SimpleRequest.Builder.get(pad)
                .withHeader("bron", bron)
                .withHeader("doel", instellingen.oin())
                .withHeader("berichtId", berichtId)
                .withHeader("API-Version", versie)
                .build();
        List<String> fouten = specificaties.fouten(api, verzoek);
        if (!fouten.isEmpty()) {
            throw new IllegalStateException(BsnMasker.duoPad("Our request to DUO is invalid: " + fouten));
        }
        try {
            return http.get()
                    .uri(basis() + pad)
                    .header("bron", bron)
                    .header("doel", instellingen.oin())
                    .header("berichtId", berichtId)
                    .header("API-Version", versie)
                    .headers(headers -> aanmelden(pad, headers))
                    .exchange((request, response) -> {
                        HttpStatusCode status = response.getStatusCode();
                        String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                        SimpleResponse.Builder antwoord = SimpleResponse.Builder.status(status.value());
                        response.getHeaders().forEach((naam, waarden) -> antwoord.withHeader(naam, waarden));
                        if (!body.isEmpty()) {
                            antwoord.withBody(body);
                        }
                        List<String> antwoordFouten =
                                specificaties.fouten(api, pad, Request.Method.GET, antwoord.build());
                        if (!antwoordFouten.isEmpty()) {
                            throw new DuoFout("DUO's answer is invalid: " + antwoordFouten);
                        }
                        if (status.value() == 404) {
                            return Optional.<JsonNode>empty();
                        }
                        if (status.isError()) {
                            throw new DuoFout(status.value(), fouttekst(status.value(), body));
                        }
                        return Optional.of(json.readTree(body));
                    });
        } catch (ResourceAccessException e) {
            throw onbereikbaar("GET", pad, e);
        }
    }

    /** The outcome of a melding: accepted (DUO's success status, with its answer if any), or refused with its fouttekst. */
    record Uitkomst(boolean geaccepteerd, String fouttekst, String antwoord) {}

    /**
     * Sends a melding (POST, PUT or DELETE; {@code bericht} null for none); a request that is not valid against DUO's
     * specification is refused here without sending. Throws {@link DuoFout} when DUO is unreachable or fails (5xx),
     * so the melding is tried again.
     */
    Uitkomst verstuur(String api, String methode, String gemeentecode, String pad, String bericht) {
        String bron = instellingen.gemeenten().get(gemeentecode);
        String berichtId = UUID.randomUUID().toString();
        String versie = specificaties.versie(api);
        SimpleRequest.Builder verzoek = new SimpleRequest.Builder(methode, pad)
                .withHeader("bron", bron)
                .withHeader("doel", instellingen.oin())
                .withHeader("berichtId", berichtId)
                .withHeader("API-Version", versie);
        if (bericht != null) {
            verzoek.withContentType("application/json").withBody(bericht);
        }
        List<String> fouten = specificaties.fouten(api, verzoek.build());
        if (!fouten.isEmpty()) {
            // Stored as the melding's fouttekst beside DUO's own, so resolved now, in Dutch (as DUO's is).
            return new Uitkomst(
                    false,
                    berichten.getMessage(
                            "duo.melding.ongeldigVolgensSpecificatie", new Object[] {String.join("; ", fouten)}),
                    null);
        }
        try {
            var spec = http.method(HttpMethod.valueOf(methode))
                    .uri(basis() + pad)
                    .header("bron", bron)
                    .header("doel", instellingen.oin())
                    .header("berichtId", berichtId)
                    .header("API-Version", versie)
                    .headers(headers -> aanmelden(pad, headers));
            if (bericht != null) {
                spec.contentType(MediaType.APPLICATION_JSON).body(bericht);
            }
            return spec.exchange((request, response) -> {
                int status = response.getStatusCode().value();
                String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                SimpleResponse.Builder antwoord = SimpleResponse.Builder.status(status);
                response.getHeaders().forEach((naam, waarden) -> antwoord.withHeader(naam, waarden));
                if (!body.isEmpty()) {
                    antwoord.withBody(body);
                }
                List<String> antwoordFouten =
                        specificaties.fouten(api, pad, Request.Method.valueOf(methode), antwoord.build());
                if (!antwoordFouten.isEmpty()) {
                    throw new DuoFout("DUO's answer is invalid: " + antwoordFouten);
                }
                if (status >= 200 && status < 300) {
                    return new Uitkomst(true, null, body.isEmpty() ? null : body);
                }
                if (status >= 400 && status < 500) {
                    return new Uitkomst(false, fouttekst(status, body), null);
                }
                throw new DuoFout(status, "DUO " + status);
            });
        } catch (ResourceAccessException e) {
            throw onbereikbaar(methode, pad, e);
        }
    }

    /**
     * DUO did not answer. The client's own message names the whole URL, a person's BSN in it: it is neither kept nor
     * passed on as a cause (issue 14, point 2); the message names the method, the path with {@code {bsn}} and the kind
     * of failure (timeout, connection refused).
     */
    private static DuoFout onbereikbaar(String methode, String pad, ResourceAccessException e) {
        Throwable oorzaak = e.getCause() != null ? e.getCause() : e;
        String soort = oorzaak.getClass().getSimpleName()
                + (oorzaak == e || oorzaak.getMessage() == null ? "" : ": " + BsnMasker.duoPad(oorzaak.getMessage()));
        return new DuoFout("DUO is not reachable (" + methode + " " + BsnMasker.duoPad(pad) + "): " + soort);
    }

    /** DUO's fouttekst(en) from a Foutmelding or a list of them; the status when DUO sends no body. */
    private String fouttekst(int status, String body) {
        if (body.isEmpty()) {
            return "DUO " + status;
        }
        JsonNode fout = json.readTree(body);
        List<String> teksten = new ArrayList<>();
        (fout.isArray() ? fout : json.createArrayNode().add(fout))
                .forEach(f -> teksten.add(f.path("fouttekst").asString()));
        return String.join("; ", teksten);
    }

    /** The credentials besides the certificate that a source adds for this request (the simulator's, to it only). */
    private void aanmelden(String pad, HttpHeaders headers) {
        URI url = URI.create(basis() + pad);
        aanmeldingen.orderedStream().forEach(a -> a.meldAan(url, headers));
    }

    private String basis() {
        return instellingen
                .baseUrl()
                .replace(
                        "{poort}",
                        omgeving.getProperty("local.server.port", omgeving.getProperty("server.port", "8080")));
    }
}
