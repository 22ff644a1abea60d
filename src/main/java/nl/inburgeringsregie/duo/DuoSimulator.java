package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * A DUO stand-in (profile duo-simulator) for tests and the demo: serves DUO's APIs from DUO's own files with a small
 * in-memory state. It validates every request it gets and every answer it gives against the specification (an
 * invalid request answers 400 with DUO's Foutmelding; an invalid answer of its own is a bug and fails loudly), and can
 * be told to fail for fault tests.
 */
@RestController
@RequestMapping("/duo-simulator/v1")
@Profile("duo-simulator")
public class DuoSimulator {

    /** What DUO knows of a person's duty. */
    public record Plicht(boolean inburgeringsplichtig, LocalDate begindatum, LocalDate datumKennisgeving,
                         String doelgroep, String gedetailleerdeDoelgroep) {
    }

    /** A termijn as DUO registers it: einddatum exclusive. */
    public record Termijn(LocalDate startdatum, LocalDate einddatum) {
    }

    /** A failure to answer with, for fault tests: a status and DUO's fouttekst. */
    public record Storing(int status, String fouttekst) {
    }

    private final DuoSpecificaties specificaties;
    private final JsonMapper json;
    private final Map<String, Plicht> plichten = new ConcurrentHashMap<>();
    private final Map<String, Termijn> termijnen = new ConcurrentHashMap<>();
    private final AtomicReference<Storing> storing = new AtomicReference<>();
    private final Map<String, List<String>> pips = new ConcurrentHashMap<>();

    DuoSimulator(DuoSpecificaties specificaties, JsonMapper json) {
        this.specificaties = specificaties;
        this.json = json;
    }

    public void zetPlicht(String bsn, Plicht plicht) {
        plichten.put(bsn, plicht);
    }

    public void zetTermijn(String bsn, Termijn termijn) {
        termijnen.put(bsn, termijn);
    }

    /** Every request fails with this until {@link #herstel()}; null to answer normally. */
    public void storing(Storing nieuw) {
        storing.set(nieuw);
    }

    public void herstel() {
        storing.set(null);
    }

    @GetMapping("/personen/{bsn}/inburgeringsplicht")
    ResponseEntity<String> inburgeringsplicht(@PathVariable String bsn, @RequestHeader HttpHeaders headers) {
        String pad = "/personen/" + bsn + "/inburgeringsplicht";
        return antwoord("Inburgeringsplicht", pad, headers, () -> {
            Plicht p = plichten.get(bsn);
            if (p == null) {
                return null;
            }
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("indicatorInburgeringsplicht", p.inburgeringsplichtig());
            if (p.begindatum() != null) {
                body.put("begindatum", p.begindatum().toString());
            }
            if (p.datumKennisgeving() != null) {
                body.put("datumKennisgevingInburgeringsplicht", p.datumKennisgeving().toString());
            }
            return body;
        });
    }

    @GetMapping("/personen/{bsn}/doelgroep")
    ResponseEntity<String> doelgroep(@PathVariable String bsn, @RequestHeader HttpHeaders headers) {
        String pad = "/personen/" + bsn + "/doelgroep";
        return antwoord("Inburgeringsplicht", pad, headers, () -> {
            Plicht p = plichten.get(bsn);
            if (p == null || p.doelgroep() == null) {
                return null;
            }
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("indeling", p.doelgroep());
            if (p.begindatum() != null) {
                body.put("begindatum", p.begindatum().toString());
            }
            if (p.gedetailleerdeDoelgroep() != null) {
                body.put("gedetailleerdeDoelgroep", p.gedetailleerdeDoelgroep());
            }
            return body;
        });
    }

    /** PIP meldingen the simulator accepted, per BSN (for tests and the demo). */
    public List<String> pipMeldingen(String bsn) {
        return List.copyOf(pips.getOrDefault(bsn, List.of()));
    }

    /**
     * DUO's PIP registration: the request is validated against the specification; DUO's README rule that A2 with the
     * B1-route is refused on a person's first PIP is enforced (403 with fouttekst, as DUO answers functional errors).
     */
    @PostMapping("/personen/{bsn}/PIP")
    ResponseEntity<String> pip(@PathVariable String bsn, @RequestHeader HttpHeaders headers, @RequestBody(required = false) String body) {
        String pad = "/personen/" + bsn + "/PIP";
        String versie = specificaties.versie("PIP");
        SimpleRequest.Builder verzoek = SimpleRequest.Builder.post(pad).withContentType("application/json");
        headers.forEach((naam, waarden) -> verzoek.withHeader(naam, waarden));
        if (body != null) {
            verzoek.withBody(body);
        }
        List<String> fouten = specificaties.fouten("PIP", verzoek.build());
        Storing s = storing.get();
        ResponseEntity<String> antwoord;
        if (!fouten.isEmpty()) {
            antwoord = fout(400, String.join("; ", fouten), versie);
        } else if (s != null) {
            antwoord = fout(s.status(), s.fouttekst(), versie);
        } else {
            var pip = json.readTree(body);
            boolean eerste = pips.getOrDefault(bsn, List.of()).isEmpty();
            if (eerste && "B".equals(pip.path("leerroute").asString()) && "A2".equals(pip.path("niveau").asString())) {
                antwoord = fout(403, "Niveau A2 mag niet met de B1-route in de eerste PIP.", versie);
            } else {
                pips.computeIfAbsent(bsn, b -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(body);
                antwoord = ResponseEntity.status(201).header("API-Version", versie).build();
            }
        }
        List<String> eigenFouten = eigenFouten("PIP", pad, Request.Method.POST, antwoord, versie);
        if (eigenFouten.stream().anyMatch(f -> f.contains("allowed: [\"array\"]"))) {
            // Here DUO answers a list of Foutmeldingen.
            antwoord = ResponseEntity.status(antwoord.getStatusCode()).header("API-Version", versie)
                    .contentType(MediaType.APPLICATION_JSON).body("[" + antwoord.getBody() + "]");
            eigenFouten = eigenFouten("PIP", pad, Request.Method.POST, antwoord, versie);
        }
        if (eigenFouten.stream().anyMatch(f -> f.startsWith("validation.response.body.unexpected"))) {
            antwoord = ResponseEntity.status(antwoord.getStatusCode()).header("API-Version", versie).build();
            eigenFouten = eigenFouten("PIP", pad, Request.Method.POST, antwoord, versie);
        }
        if (!eigenFouten.isEmpty()) {
            throw new IllegalStateException("The DUO simulator's own answer is invalid: " + eigenFouten);
        }
        return antwoord;
    }

    @GetMapping("/personen/{bsn}/inburgeringstermijn")
    ResponseEntity<String> inburgeringstermijn(@PathVariable String bsn, @RequestHeader HttpHeaders headers) {
        String pad = "/personen/" + bsn + "/inburgeringstermijn";
        return antwoord("Inburgeringstermijn", pad, headers, () -> {
            Termijn t = termijnen.get(bsn);
            return t == null ? null : Map.of("startdatum", t.startdatum().toString(), "einddatum", t.einddatum().toString());
        });
    }

    private ResponseEntity<String> antwoord(String api, String pad, HttpHeaders headers,
                                            java.util.function.Supplier<Map<String, Object>> inhoud) {
        String versie = specificaties.versie(api);
        SimpleRequest.Builder verzoek = SimpleRequest.Builder.get(pad);
        headers.forEach((naam, waarden) -> verzoek.withHeader(naam, waarden));
        List<String> fouten = specificaties.fouten(api, verzoek.build());
        Storing s = storing.get();
        ResponseEntity<String> antwoord;
        if (!fouten.isEmpty()) {
            antwoord = fout(400, String.join("; ", fouten), versie);
        } else if (s != null) {
            antwoord = fout(s.status(), s.fouttekst(), versie);
        } else {
            Map<String, Object> body = inhoud.get();
            antwoord = body == null ? fout(404, "Persoon niet bekend bij DUO.", versie)
                    : ResponseEntity.ok().header("API-Version", versie).contentType(MediaType.APPLICATION_JSON)
                            .body(json.writeValueAsString(body));
        }
        List<String> eigenFouten = eigenFouten(api, pad, antwoord, versie);
        if (eigenFouten.stream().anyMatch(f -> f.startsWith("validation.response.body.unexpected"))) {
            // DUO's specification gives this status no body (e.g. 503): answer as DUO would, without one.
            antwoord = ResponseEntity.status(antwoord.getStatusCode()).header("API-Version", versie).build();
            eigenFouten = eigenFouten(api, pad, antwoord, versie);
        }
        if (!eigenFouten.isEmpty()) {
            throw new IllegalStateException("The DUO simulator's own answer is invalid: " + eigenFouten);
        }
        return antwoord;
    }

    private List<String> eigenFouten(String api, String pad, ResponseEntity<String> antwoord, String versie) {
        return eigenFouten(api, pad, Request.Method.GET, antwoord, versie);
    }

    private List<String> eigenFouten(String api, String pad, Request.Method methode, ResponseEntity<String> antwoord, String versie) {
        SimpleResponse.Builder gegeven = SimpleResponse.Builder.status(antwoord.getStatusCode().value())
                .withHeader("API-Version", versie);
        if (antwoord.getBody() != null) {
            gegeven.withContentType("application/json").withBody(antwoord.getBody());
        }
        return specificaties.fouten(api, pad, methode, gegeven.build());
    }

    private ResponseEntity<String> fout(int status, String fouttekst, String versie) {
        String tekst = fouttekst.length() > 200 ? fouttekst.substring(0, 197) + "..." : fouttekst;
        return ResponseEntity.status(HttpStatus.valueOf(status)).header("API-Version", versie)
                .contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(Map.of("fouttekst", tekst)));
    }
}
