package nl.inburgeringsregie.duo;

import com.atlassian.oai.validator.model.SimpleRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DUO's Notificatie API, implemented by us (POST /duo/v1/notificaties): every request is validated against DUO's
 * own specification (classpath:duo/openapi/Notificatie.yml) before anything is stored; errors answer DUO's
 * Foutmelding. The {@code doel} header is the OIN of the gemeente the notification is for.
 */
@RestController
@RequestMapping("/duo/v1")
class NotificatieController {

    static final String API = "Notificatie";

    private final DuoSpecificaties specificaties;
    private final DuoInstellingen instellingen;
    private final Notificaties notificaties;
    private final JsonMapper json;
    private final MessageSourceAccessor berichten;

    NotificatieController(
            DuoSpecificaties specificaties,
            DuoInstellingen instellingen,
            Notificaties notificaties,
            JsonMapper json,
            MessageSourceAccessor berichten) {
        this.specificaties = specificaties;
        this.instellingen = instellingen;
        this.notificaties = notificaties;
        this.json = json;
        this.berichten = berichten;
    }

    @PostMapping("/notificaties")
    ResponseEntity<Object> ontvang(@RequestHeader HttpHeaders headers, @RequestBody(required = false) String bericht) {
        SimpleRequest.Builder verzoek =
                SimpleRequest.Builder.post("/notificaties").withContentType("application/json");
        headers.forEach((naam, waarden) -> verzoek.withHeader(naam, waarden));
        if (bericht != null) {
            verzoek.withBody(bericht);
        }
        List<String> fouten = specificaties.fouten(API, verzoek.build());
        if (!fouten.isEmpty()) {
            return fout(HttpStatus.BAD_REQUEST, String.join("; ", fouten));
        }
        String doel = headers.getFirst("doel");
        String gemeente = instellingen.gemeenteVan(doel).orElse(null);
        if (gemeente == null) {
            return fout(
                    HttpStatus.FORBIDDEN, berichten.getMessage("duo.notificatie.doelOnbekend", new Object[] {doel}));
        }
        JsonNode n = json.readTree(bericht);
        notificaties.ontvang(
                UUID.fromString(headers.getFirst("berichtId")),
                gemeente,
                headers.getFirst("bron"),
                doel,
                n.get("gebeurtenisId").asString(),
                n.has("bsn") ? n.get("bsn").asString() : null,
                n.has("vNummer") ? n.get("vNummer").asLong() : null,
                OffsetDateTime.parse(n.get("registratieDatumTijd").asString()),
                bericht);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("API-Version", specificaties.versie(API))
                .build();
    }

    private ResponseEntity<Object> fout(HttpStatus status, String fouttekst) {
        String tekst = fouttekst.length() > 200 ? fouttekst.substring(0, 197) + "..." : fouttekst;
        return ResponseEntity.status(status)
                .header("API-Version", specificaties.versie(API))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("fouttekst", tekst));
    }
}
