package nl.inburgeringsregie.duosimulator;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.inburgeringsregie.duo.DuoInstellingen;
import nl.inburgeringsregie.duo.DuoRegels;
import nl.inburgeringsregie.duo.DuoRegels.Resultaat;
import nl.inburgeringsregie.duo.DuoSpecificaties;
import nl.inburgeringsregie.termijnen.Inburgeringstermijn;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A DUO stand-in (profile duo-simulator) for tests and the demo: serves every operation of DUO's APIs from DUO's own
 * files with a small in-memory state (what was set, or sent to it, per path). It validates every request it gets and
 * every answer it gives against the specification (an invalid request answers 400 with DUO's Foutmelding; an invalid
 * answer of its own is a bug and fails loudly), enforces the README's business rules ({@link DuoRegels}, and the
 * first-PIP rule), refuses persons DUO places in another gemeente, and can be told to fail for fault tests.
 */
@RestController
@Profile("duo-simulator")
public class DuoSimulator {

    static final String VOORVOEGSEL = "/duo-simulator/v1";
    /** DUO answers in Dutch: the rules' texts (i18n/duo.properties) in that language. */
    private static final Locale NL = Locale.of("nl", "NL");

    /** What DUO knows of a person's duty. */
    public record Plicht(
            boolean inburgeringsplichtig,
            LocalDate begindatum,
            LocalDate datumKennisgeving,
            String doelgroep,
            String gedetailleerdeDoelgroep) {}

    /** A termijn as DUO registers it: einddatum exclusive. */
    public record Termijn(LocalDate startdatum, LocalDate einddatum) {}

    /** A failure to answer with, for fault tests: a status and DUO's fouttekst. */
    public record Storing(int status, String fouttekst) {}

    private final DuoSpecificaties specificaties;
    private final DuoInstellingen instellingen;
    private final JsonMapper json;
    private final MessageSource berichten;
    private final Clock clock;
    /** DUO's data per path (as GET answers it). */
    private final Map<String, String> gegevens = new ConcurrentHashMap<>();
    /** The gemeente (OIN) DUO places a person in; absent: any gemeente may ask. */
    private final Map<String, String> gemeenteVan = new ConcurrentHashMap<>();
    /** Every message DUO accepted, per path. */
    private final Map<String, List<String>> ontvangen = new ConcurrentHashMap<>();

    private final Map<Integer, String> contactpersonen = new ConcurrentHashMap<>();
    private final Map<String, Integer> contactpersoonVan = new ConcurrentHashMap<>();
    private final AtomicInteger volgendeContactpersoon = new AtomicInteger(1);
    private final AtomicReference<Storing> storing = new AtomicReference<>();
    private final AtomicReference<Duration> traag = new AtomicReference<>();

    DuoSimulator(
            DuoSpecificaties specificaties,
            DuoInstellingen instellingen,
            JsonMapper json,
            MessageSource berichten,
            Clock clock) {
        this.specificaties = specificaties;
        this.instellingen = instellingen;
        this.json = json;
        this.berichten = berichten;
        this.clock = clock;
        zet("/instellingen", standaardInstellingen());
        zet(
                "/verlengingsgronden",
                List.of(
                        Map.of("code", "ZIEK", "omschrijving", "Ziekte of beperking"),
                        Map.of("code", "ZWANG", "omschrijving", "Zwangerschap"),
                        Map.of("code", "INSP", "omschrijving", "Aantoonbaar voldoende inspanning")));
    }

    /**
     * DUO's list of institutions as the simulator starts with it (the demo's providers among them); a test that
     * adds an institution starts from this list, so the others stay known to DUO.
     */
    public static List<Map<String, Object>> standaardInstellingen() {
        return List.of(
                instelling("1000000001", "Taalcentrum Kennemerland", "2011AB", "Haarlem", true, false),
                instelling("1000000002", "Nova College Taalschakel", "2034MB", "Haarlem", true, true),
                instelling("1000000003", "Taalschool Zonder Keurmerk", "1971AA", "IJmuiden", false, false),
                // The demo's providers (aanbieders.DemoAanbieders), as DUO lists them.
                instelling("30TK000001", "Taalschool Kennemerland", "2011AC", "Haarlem", true, false),
                instelling("25LX000002", "Nova College Haarlem", "2034MC", "Haarlem", true, true),
                instelling("30ZR000003", "Zelfredzaam IJmond", "1972AB", "IJmuiden", true, false));
    }

    private static Map<String, Object> instelling(
            String nummer, String naam, String postcode, String plaats, boolean bow, boolean tst) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("instellingsnummer", nummer);
        i.put("naam", naam);
        i.put("postcode", postcode);
        i.put("huisnummer", 1);
        i.put("plaatsnaam", plaats);
        i.put("indicatieBowKeurmerk", bow);
        i.put("indicatieTstKeurmerk", tst);
        return i;
    }

    /** DUO knows this person's duty and doelgroep. */
    public void zetPlicht(String bsn, Plicht plicht) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("indicatorInburgeringsplicht", plicht.inburgeringsplichtig());
        if (plicht.begindatum() != null) {
            p.put("begindatum", plicht.begindatum().toString());
        }
        if (plicht.datumKennisgeving() != null) {
            p.put(
                    "datumKennisgevingInburgeringsplicht",
                    plicht.datumKennisgeving().toString());
        }
        zet("/personen/" + bsn + "/inburgeringsplicht", p);
        if (plicht.doelgroep() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("indeling", plicht.doelgroep());
            if (plicht.begindatum() != null) {
                d.put("begindatum", plicht.begindatum().toString());
            }
            if (plicht.gedetailleerdeDoelgroep() != null) {
                d.put("gedetailleerdeDoelgroep", plicht.gedetailleerdeDoelgroep());
            }
            zet("/personen/" + bsn + "/doelgroep", d);
            if (plicht.begindatum() != null) {
                Map<String, Object> periode = new LinkedHashMap<>();
                periode.put("indeling", plicht.doelgroep());
                periode.put("begindatum", plicht.begindatum().toString());
                zet("/personen/" + bsn + "/doelgroep/historie", List.of(periode));
            }
        }
    }

    /**
     * DUO changes the person's doelgroep from {@code vanaf} (SS124, SS125; PL-6): the doelgroep then answers the new
     * group with that begindatum, and the doelgroep history closes the period before it (einddatum inclusive, the day
     * before) and adds the new one.
     */
    public void wijzigDoelgroep(String bsn, String doelgroep, String gedetailleerdeDoelgroep, LocalDate vanaf) {
        JsonNode oud = lees("/personen/" + bsn + "/doelgroep");
        List<Map<String, Object>> historie = new ArrayList<>();
        JsonNode bestaand = lees("/personen/" + bsn + "/doelgroep/historie");
        if (bestaand != null) {
            bestaand.forEach(p -> historie.add(new LinkedHashMap<String, Object>(json.convertValue(p, Map.class))));
        } else if (oud != null && oud.hasNonNull("begindatum")) {
            Map<String, Object> periode = new LinkedHashMap<>();
            periode.put("indeling", oud.path("indeling").asString());
            periode.put("begindatum", oud.path("begindatum").asString());
            historie.add(periode);
        }
        if (!historie.isEmpty() && !historie.getLast().containsKey("einddatum")) {
            historie.getLast().put("einddatum", vanaf.minusDays(1).toString());
        }
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("indeling", doelgroep);
        nieuw.put("begindatum", vanaf.toString());
        historie.add(nieuw);
        zet("/personen/" + bsn + "/doelgroep/historie", historie);
        Map<String, Object> d = new LinkedHashMap<>(nieuw);
        if (gedetailleerdeDoelgroep != null) {
            d.put("gedetailleerdeDoelgroep", gedetailleerdeDoelgroep);
        }
        zet("/personen/" + bsn + "/doelgroep", d);
    }

    public void zetTermijn(String bsn, Termijn termijn) {
        zet(
                "/personen/" + bsn + "/inburgeringstermijn",
                Map.of(
                        "startdatum",
                        termijn.startdatum().toString(),
                        "einddatum",
                        termijn.einddatum().toString()));
    }

    /**
     * DUO granted a tijdelijke vrijstelling (PL-5) in this period ({@code tot} null: no end), as the Vrijstelling API
     * gives it; reason INS, decided on the first day.
     */
    public void zetTijdelijkeVrijstelling(String bsn, LocalDate van, LocalDate tot) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("oordeel", "Toekenning");
        t.put("reden", "INS");
        t.put("datumOordeel", van.toString());
        t.put("startdatum", van.toString());
        if (tot != null) {
            t.put("einddatum", tot.toString());
        }
        zet("/personen/" + bsn + "/vrijstellingen", List.of(Map.of("TijdelijkeVrijstelling", t)));
    }

    /** DUO no longer knows this path (e.g. a termijn not yet set); for tests. */
    public void verwijder(String pad) {
        gegevens.remove(pad);
    }

    /** DUO's answer to GET {@code pad} from now on (any value DUO's schema allows; checked when it is served). */
    public void zet(String pad, Object inhoud) {
        gegevens.put(pad, json.writeValueAsString(inhoud));
    }

    /** DUO places the person in this gemeente (one with an OIN here): other gemeenten are refused (403). */
    public void plaatsIn(String bsn, String gemeentecode) {
        String oin = instellingen.gemeenten().get(gemeentecode);
        if (oin != null) {
            gemeenteVan.put(bsn, oin);
        }
    }

    /** DUO forgets everything of this person (for tests). */
    public void vergeet(String bsn) {
        gegevens.keySet().removeIf(p -> p.startsWith("/personen/" + bsn + "/"));
        ontvangen.keySet().removeIf(p -> p.startsWith("/personen/" + bsn + "/"));
        gemeenteVan.remove(bsn);
        contactpersoonVan.remove(bsn);
    }

    /** The messages DUO accepted on this path, oldest first. */
    public List<String> ontvangen(String pad) {
        return List.copyOf(ontvangen.getOrDefault(pad, List.of()));
    }

    /** PIP meldingen the simulator accepted, per BSN (for tests and the demo). */
    public List<String> pipMeldingen(String bsn) {
        return ontvangen("/personen/" + bsn + "/PIP");
    }

    /** The contactpersoon DUO has linked to this person, if any. */
    public Optional<String> contactpersoon(String bsn) {
        return Optional.ofNullable(contactpersoonVan.get(bsn)).map(contactpersonen::get);
    }

    /** Every request fails with this until {@link #herstel()}; null to answer normally. */
    public void storing(Storing nieuw) {
        storing.set(nieuw);
    }

    /** Every answer comes this late (for timeout tests) until {@link #herstel()}. */
    public void traag(Duration vertraging) {
        traag.set(vertraging);
    }

    public void herstel() {
        storing.set(null);
        traag.set(null);
    }

    /** Answers every operation; late, without holding a thread, when told to be slow. */
    @RequestMapping(VOORVOEGSEL + "/**")
    CompletableFuture<ResponseEntity<String>> verzoek(
            HttpServletRequest request,
            @RequestHeader HttpHeaders headers,
            @RequestBody(required = false) String body) {
        ResponseEntity<String> antwoord = beantwoord(request, headers, body);
        Duration vertraging = traag.get();
        return vertraging == null
                ? CompletableFuture.completedFuture(antwoord)
                : CompletableFuture.supplyAsync(
                        () -> antwoord,
                        CompletableFuture.delayedExecutor(vertraging.toMillis(), TimeUnit.MILLISECONDS));
    }

    private ResponseEntity<String> beantwoord(HttpServletRequest request, HttpHeaders headers, String body) {
        String pad = request.getRequestURI().substring(request.getContextPath().length() + VOORVOEGSEL.length());
        String methode = request.getMethod();
        var operatie = specificaties.operatie(pad, methode).orElse(null);
        if (operatie == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        String api = operatie.api();
        String versie = specificaties.versie(api);
        SimpleRequest.Builder verzoek = new SimpleRequest.Builder(methode, pad);
        headers.forEach(verzoek::withHeader);
        if (body != null) {
            verzoek.withContentType("application/json").withBody(body);
        }
        List<String> fouten = specificaties.fouten(api, verzoek.build());
        Storing s = storing.get();
        ResponseEntity<String> antwoord;
        String bsn = pad.startsWith("/personen/")
                ? pad.split("/")[2]
                : pad.matches("/contactpersonen/\\d+/personen/\\d+") ? pad.split("/")[4] : null;
        String bron = headers.getFirst("bron");
        if (!fouten.isEmpty()) {
            antwoord = fout(400, String.join("; ", fouten), versie);
        } else if (s != null) {
            antwoord = fout(s.status(), s.fouttekst(), versie);
        } else if (bsn != null
                && gemeenteVan.containsKey(bsn)
                && !gemeenteVan.get(bsn).equals(bron)) {
            antwoord = fout(403, "De persoon valt bij DUO niet onder de gemeente van de bron.", versie);
        } else {
            antwoord = verwerk(operatie, pad, bsn, bron, body, versie);
        }
        return geldig(api, pad, Request.Method.valueOf(methode), antwoord, versie);
    }

    /** DUO's business: answer from the state, or check the rules and keep what was sent. */
    private ResponseEntity<String> verwerk(
            DuoSpecificaties.Operatie operatie, String pad, String bsn, String bron, String body, String versie) {
        String gemeentecode = instellingen.gemeenteVan(bron).orElse("0000");
        JsonNode bericht = body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        List<DuoRegels.Schending> schendingen = new ArrayList<>();
        String bewaar = null;
        switch (operatie.methode() + " " + operatie.sjabloon()) {
            case "GET /personen/{bsn}/PIP", "GET /personen/{bsn}/map", "GET /personen/{bsn}/pvt" -> {
                String gegeven = gegevens.get(pad);
                return gegeven == null ? fout(404, "Niet bekend bij DUO.", versie) : ok(gegeven, versie);
            }
            case "POST /personen/{bsn}/PIP" -> {
                boolean eerste = pipMeldingen(bsn).isEmpty();
                if (eerste
                        && "B".equals(bericht.path("leerroute").asString())
                        && "A2".equals(bericht.path("niveau").asString())) {
                    return fout(403, "Niveau A2 mag niet met de B1-route in de eerste PIP.", versie);
                }
                bewaar = json.writeValueAsString(Map.of("gemeentecode", gemeentecode, "pip", bericht));
                if (!gegevens.containsKey("/personen/" + bsn + "/inburgeringstermijn")) {
                    // DUO starts the termijn with the first PIP (T-3, T-14), as termijnen computes it; DUO's
                    // einddatum is exclusive.
                    Inburgeringstermijn termijn = Inburgeringstermijn.naDagtekening(
                            LocalDate.parse(bericht.path("dagtekeningPip").asString()));
                    zetTermijn(bsn, new Termijn(termijn.startdatum(), termijn.einddatumDuo()));
                }
            }
            case "DELETE /personen/{bsn}/PIP" -> {
                if (!gegevens.containsKey(pad)) {
                    return fout(404, "Er is geen PIP bekend.", versie);
                }
                if (gegevens.containsKey("/personen/" + bsn + "/inburgeringstermijn")) {
                    return fout(
                            403, "De PIP kan niet worden verwijderd: de inburgeringstermijn is vastgesteld.", versie);
                }
                if (cursusurenBijAanbod(bsn)) {
                    return fout(
                            403,
                            "De PIP kan niet worden verwijderd: er zijn al cursusuren bij het actuele inburgeringsaanbod geregistreerd.",
                            versie);
                }
                gegevens.remove(pad);
            }
            case "PUT /personen/{bsn}/map", "PUT /personen/{bsn}/pvt" -> {
                Resultaat resultaat = pad.endsWith("/map") ? Resultaat.MAP : Resultaat.PVT;
                LocalDate datum = datum(bericht, resultaat.veld());
                String verwijtbaar =
                        bericht.has("verwijtbaar") ? bericht.get("verwijtbaar").asString() : null;
                schendingen.addAll(DuoRegels.resultaat(resultaat, datum, verwijtbaar, feiten(bsn, gemeentecode)));
                if (schendingen.isEmpty()) {
                    if (datum == null) {
                        gegevens.remove(pad);
                    } else {
                        zet(pad, Map.of(resultaat.veld(), datum.toString()));
                    }
                }
            }
            case "PUT /personen/{bsn}/zroute" -> {
                schendingen.addAll(DuoRegels.zroute(datum(bericht, "datumAfrondingZroute"), feiten(bsn, gemeentecode)));
                bewaar = body;
            }
            case "PUT /personen/{bsn}/uren/bredeintake/taallesknm",
                    "PUT /personen/{bsn}/uren/participatieactiviteiten",
                    "PUT /personen/{bsn}/uren/participatietaalles" -> {
                if (!gegevens.containsKey("/personen/" + bsn + "/inburgeringsplicht")) {
                    return fout(404, "Persoon niet bekend bij DUO.", versie);
                }
                String soort = pad.substring(pad.lastIndexOf('/') + 1);
                schendingen.addAll(DuoRegels.uren(soort, bericht.path("uren").asInt(), feiten(bsn, gemeentecode)));
                if (schendingen.isEmpty()) {
                    zetUren(bsn, gemeentecode, soort, bericht.path("uren").asInt());
                }
            }
            case "POST /personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}" -> {
                String nummer = pad.substring(pad.lastIndexOf('/') + 1);
                DuoRegels.Instelling instelling = instellingen().stream()
                        .filter(i -> i.instellingsnummer().equals(nummer))
                        .findFirst()
                        .orElse(null);
                schendingen.addAll(DuoRegels.aanbod(
                        instelling,
                        datum(bericht, "datumInburgeringsaanbod"),
                        datum(bericht, "verwachteStartdatumOpleiding"),
                        datum(bericht, "verwachteEinddatumOpleiding"),
                        bericht.path("indicatorAlfabetiseringsonderwijs").asString(),
                        feiten(bsn, gemeentecode)));
                bewaar = body;
            }
            case "DELETE /personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}",
                    "DELETE /personen/{bsn}/lbt/examennummer" -> {
                if (gegevens.remove(pad) == null) {
                    return fout(404, "Niet bekend bij DUO.", versie);
                }
            }
            case "POST /contactpersonen" -> {
                int id = volgendeContactpersoon.getAndIncrement();
                contactpersonen.put(id, body);
                return ResponseEntity.status(201)
                        .header("API-Version", versie)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(json.writeValueAsString(Map.of("id", id, "contactpersoongegevens", bericht)));
            }
            case "PUT /contactpersonen/{id}", "DELETE /contactpersonen/{id}" -> {
                int id = Integer.parseInt(pad.split("/")[2]);
                if (!contactpersonen.containsKey(id)) {
                    return fout(404, "Contactpersoon niet bekend.", versie);
                }
                if (body != null && !body.isBlank()) {
                    contactpersonen.put(id, body);
                } else {
                    contactpersonen.remove(id);
                    contactpersoonVan.values().removeIf(v -> v == id);
                }
            }
            case "POST /contactpersonen/{id}/personen/{bsn}", "DELETE /contactpersonen/{id}/personen/{bsn}" -> {
                int id = Integer.parseInt(pad.split("/")[2]);
                if (!contactpersonen.containsKey(id)
                        || !gegevens.containsKey("/personen/" + bsn + "/inburgeringsplicht")) {
                    return fout(404, "Contactpersoon of persoon niet bekend.", versie);
                }
                if (operatie.methode().equals("POST")) {
                    contactpersoonVan.put(bsn, id);
                } else {
                    contactpersoonVan.remove(bsn, id);
                }
            }
            default -> {
                if (!operatie.methode().equals("GET")) {
                    return fout(403, "Deze handeling kent de simulator niet.", versie);
                }
                String gegeven = gegevens.get(pad);
                return gegeven == null ? fout(404, "Niet bekend bij DUO.", versie) : ok(gegeven, versie);
            }
        }
        if (!schendingen.isEmpty()) {
            return fout(
                    403,
                    String.join(
                            " ",
                            schendingen.stream()
                                    .map(f -> berichten.getMessage(f.sleutel(), f.args(), NL))
                                    .toList()),
                    versie);
        }
        if (bewaar != null) {
            gegevens.put(pad, bewaar);
        }
        if (body != null) {
            ontvangen.computeIfAbsent(pad, p -> new CopyOnWriteArrayList<>()).add(body);
        }
        return ResponseEntity.status(operatie.succes())
                .header("API-Version", versie)
                .build();
    }

    /**
     * The README's second condition for deleting a PIP: course hours (ParticipatieAlsTaalles, the hours of the leerroute
     * at a Cursusinstelling) booked while an inburgeringsaanbod is registered.
     */
    private boolean cursusurenBijAanbod(String bsn) {
        boolean aanbod =
                gegevens.keySet().stream().anyMatch(p -> p.startsWith("/personen/" + bsn + "/Inburgeringsaanbod/"));
        JsonNode uren = lees("/personen/" + bsn + "/uren");
        if (!aanbod || uren == null) {
            return false;
        }
        for (JsonNode gemeente : uren) {
            if (gemeente.path("ParticipatieAlsTaalles").path("uren").asInt(0) > 0) {
                return true;
            }
        }
        return false;
    }

    /** What DuoRegels needs, from DUO's own state: the PIP counts only when it is this gemeente's. */
    private DuoRegels.Feiten feiten(String bsn, String gemeentecode) {
        JsonNode doelgroep = lees("/personen/" + bsn + "/doelgroep");
        JsonNode pip = lees("/personen/" + bsn + "/PIP");
        JsonNode termijn = lees("/personen/" + bsn + "/inburgeringstermijn");
        JsonNode zroute = lees("/personen/" + bsn + "/zroute");
        boolean eigenPip =
                pip != null && gemeentecode.equals(pip.path("gemeentecode").asString());
        return new DuoRegels.Feiten(
                doelgroep != null
                        && "Asielstatushouder".equals(doelgroep.path("indeling").asString()),
                eigenPip
                        ? LocalDate.parse(pip.path("pip").path("dagtekeningPip").asString())
                        : null,
                eigenPip ? pip.path("pip").path("leerroute").asString() : null,
                termijn == null
                        ? null
                        : LocalDate.parse(termijn.path("startdatum").asString()),
                termijn == null
                        ? null
                        : LocalDate.parse(termijn.path("einddatum").asString()).minusDays(1),
                zroute == null ? null : datum(zroute, "datumAfrondingZroute"),
                LocalDate.now(clock));
    }

    private List<DuoRegels.Instelling> instellingen() {
        List<DuoRegels.Instelling> lijst = new ArrayList<>();
        lees("/instellingen")
                .forEach(i -> lijst.add(new DuoRegels.Instelling(
                        i.path("instellingsnummer").asString(),
                        i.path("naam").asString(),
                        i.path("indicatieBowKeurmerk").asBoolean(),
                        i.path("indicatieTstKeurmerk").asBoolean())));
        return lijst;
    }

    private void zetUren(String bsn, String gemeentecode, String soort, int uren) {
        String pad = "/personen/" + bsn + "/uren";
        List<Map<String, Object>> lijst = new ArrayList<>();
        JsonNode bestaand = lees(pad);
        if (bestaand != null) {
            bestaand.forEach(g -> lijst.add(json.convertValue(g, Map.class)));
        }
        Map<String, Object> gemeente = lijst.stream()
                .filter(g -> gemeentecode.equals(g.get("gemeentecode")))
                .findFirst()
                .orElseGet(() -> {
                    Map<String, Object> nieuw = new LinkedHashMap<>();
                    nieuw.put("gemeentecode", gemeentecode);
                    lijst.add(nieuw);
                    return nieuw;
                });
        String veld = switch (soort) {
            case "taallesknm" -> "TaallesEnKnmBredeIntake";
            case "participatieactiviteiten" -> "ParticipatieactiviteitenBredeIntake";
            default -> "ParticipatieAlsTaalles";
        };
        gemeente.put(veld, Map.of("uren", uren));
        zet(pad, lijst);
    }

    private JsonNode lees(String pad) {
        String gegeven = gegevens.get(pad);
        return gegeven == null ? null : json.readTree(gegeven);
    }

    private static LocalDate datum(JsonNode node, String veld) {
        return node.hasNonNull(veld) ? LocalDate.parse(node.get(veld).asString()) : null;
    }

    /**
     * Checks our own answer against DUO's file and answers in the form DUO's file gives this status (no body, or a
     * list of Foutmeldingen); still invalid after that is a bug in the simulator.
     */
    private ResponseEntity<String> geldig(
            String api, String pad, Request.Method methode, ResponseEntity<String> antwoord, String versie) {
        List<String> eigenFouten = eigenFouten(api, pad, methode, antwoord, versie);
        if (eigenFouten.stream().anyMatch(f -> f.contains("allowed: [\"array\"]"))) {
            antwoord = ResponseEntity.status(antwoord.getStatusCode())
                    .header("API-Version", versie)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(List.of(json.readTree(antwoord.getBody()))));
            eigenFouten = eigenFouten(api, pad, methode, antwoord, versie);
        }
        if (eigenFouten.stream().anyMatch(f -> f.startsWith("validation.response.body.unexpected"))) {
            antwoord = ResponseEntity.status(antwoord.getStatusCode())
                    .header("API-Version", versie)
                    .build();
            eigenFouten = eigenFouten(api, pad, methode, antwoord, versie);
        }
        if (!eigenFouten.isEmpty()) {
            throw new IllegalStateException("The DUO simulator's own answer is invalid: " + eigenFouten);
        }
        return antwoord;
    }

    private List<String> eigenFouten(
            String api, String pad, Request.Method methode, ResponseEntity<String> antwoord, String versie) {
        SimpleResponse.Builder gegeven =
                SimpleResponse.Builder.status(antwoord.getStatusCode().value()).withHeader("API-Version", versie);
        if (antwoord.getBody() != null) {
            gegeven.withContentType("application/json").withBody(antwoord.getBody());
        }
        return specificaties.fouten(api, pad, methode, gegeven.build());
    }

    private static ResponseEntity<String> ok(String body, String versie) {
        return ResponseEntity.ok()
                .header("API-Version", versie)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    private ResponseEntity<String> fout(int status, String fouttekst, String versie) {
        String tekst = fouttekst.length() > 200 ? fouttekst.substring(0, 197) + "..." : fouttekst;
        return ResponseEntity.status(HttpStatus.valueOf(status))
                .header("API-Version", versie)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(Map.of("fouttekst", tekst)));
    }
}
