package nl.inburgeringsregie.duo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.Dossiermelding;
import nl.inburgeringsregie.inburgeraar.GedetailleerdeDoelgroep;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.privacy.Doelbinding;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Raadpleging: what DUO knows of a person, per subject (the path after {@code /personen/{bsn}/} in DUO's APIs). Every
 * answer is kept with the date it was fetched ({@code duo_gegeven}), so the dossier shows DUO's values with their
 * source and date, and DUO's duty, doelgroep (PL-1) and termijn (T-3) replace ours in the dossier. Audited with the
 * purpose "gegevensuitwisseling DUO".
 */
@Service
class DuoRaadpleging {

    /** Every subject DUO's APIs give of a person, in the order the dossier shows them. */
    static final List<String> ONDERWERPEN = List.of(
            "inburgeringsplicht",
            "inburgeringsplicht/historie",
            "doelgroep",
            "doelgroep/historie",
            "inburgeringstermijn",
            "inburgeringstermijn/historie",
            "PIP",
            "lbt/examennummer",
            "lbt/resultaten",
            "examens/resultaten",
            "examens/gratispogingen",
            "vrijstellingen",
            "ontheffingen",
            "uren",
            "map",
            "pvt");

    /** The subjects the route status reads ({@link DuoRoutegegevens}). */
    static final Set<String> ROUTE = Set.of("examens/resultaten", "examens/gratispogingen", "map", "pvt");

    /** DUO's answer on one subject: null inhoud when DUO does not know it. */
    public record Gegeven(String onderwerp, String inhoud, Instant opgehaaldOp) {
        // Shown as labelled lines by DuoWeergave (issue 21 point 2).
    }

    private final DuoClient duo;
    private final DuoSpecificaties specificaties;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final JsonMapper json;
    private final Clock clock;

    DuoRaadpleging(
            DuoClient duo,
            DuoSpecificaties specificaties,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            AuditLog auditLog,
            JsonMapper json,
            Clock clock) {
        this.duo = duo;
        this.specificaties = specificaties;
        this.events = events;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.json = json;
        this.clock = clock;
    }

    /** A consultant refreshes the whole of DUO's picture of a dossier, whose person DUO knows by this BSN. */
    @Transactional
    @MagDossierWijzigen
    public void vernieuw(Dossierfeiten dossier, String bsn) {
        haalOp(dossier.id(), dossier.gemeentecode(), bsn, ONDERWERPEN);
    }

    /**
     * Fetches these subjects from DUO, keeps the answers, and lets DUO's duty, doelgroep and termijn replace ours.
     * Throws {@link DuoClient.DuoFout} when DUO fails or refuses (the caller's transaction then rolls back).
     */
    Map<String, Optional<JsonNode>> haalOp(
            UUID inburgeraarId, String gemeentecode, String bsn, Collection<String> onderwerpen) {
        Map<String, Optional<JsonNode>> antwoorden = new LinkedHashMap<>();
        Timestamp nu = Timestamp.from(Instant.now(clock));
        for (String onderwerp : onderwerpen) {
            String pad = "/personen/" + bsn + "/" + onderwerp;
            String api = specificaties.operatie(pad, "GET").orElseThrow().api();
            Optional<JsonNode> antwoord = duo.raadpleeg(api, gemeentecode, pad);
            antwoorden.put(onderwerp, antwoord);
            jdbc.sql("""
                    insert into duo_gegeven (inburgeraar_id, onderwerp, gemeentecode, inhoud, opgehaald_op) values (?, ?, ?, ?, ?)
                    on conflict (inburgeraar_id, onderwerp) do update set inhoud = excluded.inhoud, opgehaald_op = excluded.opgehaald_op""")
                    .params(
                            inburgeraarId,
                            onderwerp,
                            gemeentecode,
                            antwoord.map(json::writeValueAsString).orElse(null),
                            nu)
                    .update();
        }
        auditLog.registreer(
                AuditActie.DUO_GEGEVENS_OPGEVRAAGD,
                new AuditLog.Betrokkene(inburgeraarId, gemeentecode),
                "Opgevraagd bij DUO: " + String.join(", ", onderwerpen),
                Doelbinding.GEGEVENSUITWISSELING_DUO);
        pasToe(inburgeraarId, antwoorden);
        if (onderwerpen.stream().anyMatch(ROUTE::contains)) {
            // Issue 16: the route status's deadline (T-13) reads DUO's exam results and PVT/MAP dates.
            events.publishEvent(new TermijnfeitenGewijzigd(List.of(inburgeraarId)));
        }
        return antwoorden;
    }

    /** PL-1 and T-3: DUO's duty and doelgroep, and DUO's termijn, replace ours in the dossier; PL-5: DUO's tijdelijke vrijstelling. */
    private void pasToe(UUID inburgeraarId, Map<String, Optional<JsonNode>> antwoorden) {
        JsonNode plicht =
                antwoorden.getOrDefault("inburgeringsplicht", Optional.empty()).orElse(null);
        JsonNode doelgroep =
                antwoorden.getOrDefault("doelgroep", Optional.empty()).orElse(null);
        // PL-6: DUO's doelgroep history first, so that a change below is computed under the whole history.
        antwoorden.getOrDefault("doelgroep/historie", Optional.empty()).ifPresent(historie -> {
            List<Dossiermelding.DoelgroepVanaf> perioden = new ArrayList<>();
            for (JsonNode periode : historie.isArray() ? historie : List.of(historie)) {
                if (periode.hasNonNull("indeling") && periode.hasNonNull("begindatum")) {
                    perioden.add(new Dossiermelding.DoelgroepVanaf(
                            Doelgroep.vanDuoWaarde(periode.get("indeling").asString()),
                            LocalDate.parse(periode.get("begindatum").asString())));
                }
            }
            events.publishEvent(new DuoDoelgroepHistorieOntvangen(inburgeraarId, perioden));
        });
        if (plicht != null || doelgroep != null) {
            LocalDate kennisgeving = plicht != null && plicht.hasNonNull("datumKennisgevingInburgeringsplicht")
                    ? LocalDate.parse(
                            plicht.get("datumKennisgevingInburgeringsplicht").asString())
                    : null;
            Doelgroep indeling = doelgroep != null && doelgroep.has("indeling")
                    ? Doelgroep.vanDuoWaarde(doelgroep.get("indeling").asString())
                    : null;
            GedetailleerdeDoelgroep detail = doelgroep != null && doelgroep.has("gedetailleerdeDoelgroep")
                    ? GedetailleerdeDoelgroep.vanDuoWaarde(
                            doelgroep.get("gedetailleerdeDoelgroep").asString())
                    : null;
            LocalDate doelgroepVanaf = doelgroep != null && doelgroep.hasNonNull("begindatum")
                    ? LocalDate.parse(doelgroep.get("begindatum").asString())
                    : null;
            events.publishEvent(new DuoPlichtOntvangen(inburgeraarId, kennisgeving, indeling, detail, doelgroepVanaf));
        }
        antwoorden
                .getOrDefault("inburgeringstermijn", Optional.empty())
                .ifPresent(termijn -> events.publishEvent(new DuoTermijnOntvangen(
                        inburgeraarId, LocalDate.parse(termijn.get("einddatum").asString()))));
        antwoorden
                .getOrDefault("vrijstellingen", Optional.empty())
                .flatMap(DuoRaadpleging::tijdelijkeVrijstelling)
                .ifPresent(v ->
                        events.publishEvent(new DuoVrijstellingOntvangen(inburgeraarId, v.getKey(), v.getValue())));
    }

    /**
     * PL-5 (issue 12 part 4): DUO's granted tijdelijke vrijstelling with a start (the latest start when DUO lists
     * several), as its period: start and einddatum, both inclusive (Vrijstelling API); the einddatum may be absent.
     */
    static Optional<Map.Entry<LocalDate, LocalDate>> tijdelijkeVrijstelling(JsonNode vrijstellingen) {
        Map.Entry<LocalDate, LocalDate> laatste = null;
        for (JsonNode v : vrijstellingen.isArray() ? vrijstellingen : List.of(vrijstellingen)) {
            JsonNode t = v.path("TijdelijkeVrijstelling");
            if (!"Toekenning".equals(t.path("oordeel").asString(null)) || !t.hasNonNull("startdatum")) {
                continue;
            }
            LocalDate van = LocalDate.parse(t.get("startdatum").asString());
            LocalDate tot = t.hasNonNull("einddatum")
                    ? LocalDate.parse(t.get("einddatum").asString())
                    : null;
            if (laatste == null || van.isAfter(laatste.getKey())) {
                laatste = new AbstractMap.SimpleEntry<>(van, tot);
            }
        }
        return Optional.ofNullable(laatste);
    }

    /** DUO's grounds for extending a termijn (code, description), asked live: what a request for extension can cite. */
    public List<Map.Entry<String, String>> verlengingsgronden(String gemeentecode) {
        List<Map.Entry<String, String>> gronden = new ArrayList<>();
        duo.raadpleeg("Inburgeringstermijn", gemeentecode, "/verlengingsgronden")
                .ifPresent(lijst -> lijst.forEach(g -> gronden.add(Map.entry(
                        g.path("code").asString(), g.path("omschrijving").asString()))));
        return gronden;
    }

    /** DUO's date of the notice of the duty, for a person without a dossier here (nothing stored). */
    LocalDate kennisgeving(String gemeentecode, String bsn) {
        return duo.raadpleeg("Inburgeringsplicht", gemeentecode, "/personen/" + bsn + "/inburgeringsplicht")
                .filter(p -> p.hasNonNull("datumKennisgevingInburgeringsplicht"))
                .map(p -> LocalDate.parse(
                        p.get("datumKennisgevingInburgeringsplicht").asString()))
                .orElse(null);
    }

    /** DUO's doelgroep (its value, e.g. "Asielstatushouder"), for a person without a dossier here (nothing stored). */
    String doelgroep(String gemeentecode, String bsn) {
        return duo.raadpleeg("Inburgeringsplicht", gemeentecode, "/personen/" + bsn + "/doelgroep")
                .filter(d -> d.has("indeling"))
                .map(d -> d.get("indeling").asString())
                .orElse(null);
    }

    /**
     * What DUO answered last, per subject, for the dossier's DUO page; the page shows the person, audited in this
     * transaction (issue 14 point 14).
     */
    @Transactional
    @MagDossierInzien
    public List<Gegeven> vanDossier(Dossierfeiten dossier) {
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN, new AuditLog.Betrokkene(dossier.id(), dossier.gemeentecode()), "duo");
        return jdbc
                .sql("select onderwerp, inhoud, opgehaald_op from duo_gegeven where inburgeraar_id = ?")
                .param(dossier.id())
                .query((rs, i) -> new Gegeven(
                        rs.getString("onderwerp"),
                        rs.getString("inhoud"),
                        rs.getTimestamp("opgehaald_op").toInstant()))
                .list()
                .stream()
                .sorted(Comparator.comparingInt(g -> ONDERWERPEN.indexOf(g.onderwerp())))
                .toList();
    }

    /** One subject's last answer, parsed; empty when never fetched or unknown at DUO. */
    Optional<JsonNode> laatste(UUID inburgeraarId, String onderwerp) {
        return jdbc
                .sql("select inhoud from duo_gegeven where inburgeraar_id = ? and onderwerp = ?")
                .params(inburgeraarId, onderwerp)
                .query(String.class)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst()
                .map(json::readTree);
    }
}
