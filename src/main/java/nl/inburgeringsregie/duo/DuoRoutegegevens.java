package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the exchange with DUO says of a person's route, for the route status (issue 16, ADR 0040): DUO's exam results
 * and free attempts as last fetched (Examen API, fetched on SS199 and on every refresh; R-12), and the dates of the PVT,
 * the MAP eindgesprek and the Z-route's completion: the gemeente's latest melding of each (not refused by DUO; a
 * melding without a date withdraws it), else DUO's own value as last fetched; the exam parts DUO granted an ontheffing or
 * a vrijstelling for, and a partial ontheffing's cap on the participation hours (scenario 7). One query of two indexed
 * parts;
 * called inside the caller's transaction and access decision (a deadline source, a service that checked the right), so
 * it checks no rights itself.
 */
@Service
public class DuoRoutegegevens {

    /** One exam result as DUO gives it: onderdeel KNM, LE, LU, SC, SP; resultaat Geslaagd, Gezakt, Geen; niveau A2–B2. */
    public record Examenresultaat(
            String onderdeel, LocalDate examendatum, String resultaat, String redenGeenResultaat, String niveau) {}

    /**
     * An exam part DUO released the person from (granted): {@code soort} ONTHEFFING (a partial ontheffing for the part,
     * {@code grond} MED or BIO; no level) or VRIJSTELLING (a partial vrijstelling, {@code grond} its reason such as GED,
     * {@code niveau} A2 or B1: the level it stands for).
     */
    public record Examenvrijstelling(
            String onderdeel, String soort, String grond, String niveau, LocalDate datumOordeel) {}

    /**
     * The person's route as DUO's exchange shows it. {@code gratisPogingen}: per onderdeel the free attempts left, when
     * DUO gave them. The dates: null when nothing was reported (or the last melding withdrew it). {@code vrijstellingen}:
     * exam parts DUO released the person from. {@code participatieBelastbaarheid}: a granted partial ontheffing's cap on
     * the Z-route's participation hours (0: cannot participate), or null.
     */
    public record Routegegevens(
            List<Examenresultaat> examens,
            Map<String, Integer> gratisPogingen,
            LocalDate pvtOndertekend,
            LocalDate mapEindgesprek,
            LocalDate zrouteAfgerond,
            List<Examenvrijstelling> vrijstellingen,
            Integer participatieBelastbaarheid) {

        public static final Routegegevens LEEG =
                new Routegegevens(List.of(), Map.of(), null, null, null, List.of(), null);
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DuoRoutegegevens(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Routegegevens van(UUID inburgeraarId) {
        // One round trip: DUO's stored answers and the gemeente's latest melding of each kind.
        Map<String, String> duo = new HashMap<>();
        Map<String, String> gemeld = new HashMap<>();
        jdbc.sql("""
                        select 'DUO' as bron, onderwerp as sleutel, inhoud from duo_gegeven
                        where inburgeraar_id = :id and inhoud is not null
                          and onderwerp in ('examens/resultaten', 'examens/gratispogingen', 'pvt', 'map',
                                            'ontheffingen', 'vrijstellingen')
                        union all
                        select * from (select distinct on (soort) 'MELDING', soort, bericht from duo_melding
                                       where inburgeraar_id = :id and soort in ('PVT', 'MAP', 'ZROUTE')
                                         and status <> 'GEWEIGERD'
                                       order by soort, aangemaakt_op desc, volgnummer desc) m""").param("id", inburgeraarId).query(rs -> {
            ("DUO".equals(rs.getString("bron")) ? duo : gemeld).put(rs.getString("sleutel"), rs.getString("inhoud"));
        });
        List<Examenresultaat> examens = new ArrayList<>();
        lijst(duo.get("examens/resultaten"))
                .forEach(e -> examens.add(new Examenresultaat(
                        tekst(e, "onderdeel"),
                        datum(e, "examendatum"),
                        tekst(e, "resultaat"),
                        tekst(e, "redenGeenResultaat"),
                        tekst(e, "niveau"))));
        Map<String, Integer> pogingen = new HashMap<>();
        lijst(duo.get("examens/gratispogingen"))
                .forEach(p -> pogingen.put(
                        tekst(p, "onderdeel"), p.path("gratisPogingenTegoed").asInt()));
        // Scenario 7 and R-4's parts: only what DUO granted counts (an Afwijzing leaves the norm as it is).
        List<Examenvrijstelling> vrijstellingen = new ArrayList<>();
        Integer belastbaarheid = null;
        for (JsonNode o : lijst(duo.get("ontheffingen"))) {
            JsonNode g = o.path("GedeeltelijkeOntheffing");
            if (!"Toekenning".equals(tekst(g, "oordeel"))) {
                continue;
            }
            if (tekst(g, "examenonderdeel") != null) {
                vrijstellingen.add(new Examenvrijstelling(
                        tekst(g, "examenonderdeel"), "ONTHEFFING", tekst(g, "grond"), null, datum(g, "datumOordeel")));
            }
            if (g.hasNonNull("urenBelastbaarheidParticipatieactiviteit")) {
                int uren = g.get("urenBelastbaarheidParticipatieactiviteit").asInt();
                belastbaarheid = belastbaarheid == null ? uren : Math.min(belastbaarheid, uren);
            }
        }
        for (JsonNode v : lijst(duo.get("vrijstellingen"))) {
            JsonNode g = v.path("GedeeltelijkeVrijstelling");
            if ("Toekenning".equals(tekst(g, "oordeel")) && tekst(g, "examenonderdeel") != null) {
                vrijstellingen.add(new Examenvrijstelling(
                        tekst(g, "examenonderdeel"),
                        "VRIJSTELLING",
                        tekst(g, "reden"),
                        tekst(g, "examenniveau"),
                        datum(g, "datumOordeel")));
            }
        }
        return new Routegegevens(
                List.copyOf(examens),
                Map.copyOf(pogingen),
                datum(gemeld.get("PVT"), duo.get("pvt"), "datumOndertekeningPvt"),
                datum(gemeld.get("MAP"), duo.get("map"), "datumEindgesprekMap"),
                datum(gemeld.get("ZROUTE"), null, "datumAfrondingZroute"),
                List.copyOf(vrijstellingen),
                belastbaarheid);
    }

    /** The gemeente's latest melding decides (also when it withdrew the date); without one, DUO's own value. */
    private LocalDate datum(String melding, String vanDuo, String veld) {
        if (melding != null) {
            return datum(json.readTree(melding), veld);
        }
        return vanDuo == null ? null : datum(json.readTree(vanDuo), veld);
    }

    private List<JsonNode> lijst(String inhoud) {
        if (inhoud == null) {
            return List.of();
        }
        JsonNode n = json.readTree(inhoud);
        return n.isArray() ? n.valueStream().toList() : List.of();
    }

    private static String tekst(JsonNode n, String veld) {
        JsonNode v = n.get(veld);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static LocalDate datum(JsonNode n, String veld) {
        return Optional.ofNullable(tekst(n, veld)).map(LocalDate::parse).orElse(null);
    }
}
