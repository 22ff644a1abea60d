package nl.inburgeringsregie.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Dossiers brought to a state through the API, as a consultant does it, for tests that start from that state. */
@SuppressWarnings("unchecked")
public final class TestDossiers {

    /** The dagtekening the tests' PIPs get, after kennisgeving 2026-09-01 and housing 2026-09-15 (see {@link #huisvest}). */
    public static final String DAGTEKENING = "2026-10-20";

    private TestDossiers() {}

    /** A registration body with DUO's notice on 2026-09-01 and housing on 2026-09-15. */
    public static Map<String, Object> huisvest(Map<String, Object> body) {
        body.put("datumKennisgeving", "2026-09-01");
        body.put("datumHuisvesting", "2026-09-15");
        return body;
    }

    /** Registers the body as the api's user; returns the new dossier's id. */
    public static String registreer(Api api, Map<String, Object> body) {
        Api.Antwoord antwoord = api.post("/api/v1/inburgeraars", body);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        return antwoord.header("Location").replaceAll(".*/", "");
    }

    /**
     * The route decision (with a reason) and a PIP concept for the dossier, holding what the law requires of the route
     * (P-1, R-4 to R-8; for the Z-route the consultant fills in the 800 course and participation hours of R-5); returns
     * the PIP's id.
     */
    public static String pipConcept(Api api, String dossier, String leerroute) {
        api.put(
                "/api/v1/inburgeraars/" + dossier + "/intake",
                Map.of("routebesluit", Map.of("leerroute", leerroute, "reden", "Besproken")));
        Api.Antwoord concept = api.post("/api/v1/inburgeraars/" + dossier + "/pips", Map.of());
        assertThat(concept.status()).as(concept.body()).isEqualTo(201);
        String pip = concept.json().get("id").asString();
        if ("Z".equals(leerroute)) {
            vulZroute(api, pip);
        }
        return pip;
    }

    /** R-5 through the API: 800 hours of language and KNM on the leerroute, 800 participation hours. */
    public static void vulZroute(Api api, String pip) {
        Api.Antwoord antwoord = api.get("/api/v1/pips/" + pip);
        Map<String, Object> inhoud = new HashMap<>(Api.JSON.readValue(antwoord.body(), Map.class));
        List<Map<String, Object>> afspraken = new ArrayList<>();
        for (Object a : (List<?>) inhoud.get("afspraken")) {
            Map<String, Object> afspraak = new HashMap<>((Map<String, Object>) a);
            if ("LEERROUTE".equals(afspraak.get("onderdeel"))) {
                afspraak.put("uren", 800);
            }
            afspraken.add(afspraak);
        }
        afspraken.add(Map.of(
                "onderdeel",
                "PARTICIPATIE",
                "eigenaar",
                "INBURGERAAR",
                "omschrijving",
                "Vrijwilligerswerk bij de voedselbank, 800 uur in de termijn",
                "frequentie",
                "wekelijks",
                "uren",
                800,
                "handhaafbaar",
                false));
        inhoud.put("afspraken", afspraken);
        Api.Antwoord bewaard = api.put("/api/v1/pips/" + pip, inhoud);
        assertThat(bewaard.status()).as(bewaard.body()).isEqualTo(200);
    }

    /** Vaststellen of a concept with dagtekening {@link #DAGTEKENING}. */
    public static void stelVast(Api api, String pip) {
        assertThat(api.post("/api/v1/pips/" + pip + "/vaststelling", Map.of("dagtekeningPip", DAGTEKENING))
                        .status())
                .isEqualTo(200);
    }

    /** A registered, housed asielstatushouder with a vastgesteld PIP for the leerroute; returns the dossier's id. */
    public static String metVastgesteldPip(Api api, Map<String, Object> body, String leerroute) {
        String dossier = registreer(api, huisvest(body));
        stelVast(api, pipConcept(api, dossier, leerroute));
        return dossier;
    }

    /** The dossier's deadline of this kind as the API gives it, or null when the dossier has none of that kind. */
    public static JsonNode termijn(Api api, String dossier, String soort) {
        for (JsonNode t :
                api.get("/api/v1/inburgeraars/" + dossier + "/termijnen").json()) {
            if (t.get("soort").asString().equals(soort)) {
                return t;
            }
        }
        return null;
    }

    /**
     * The PVT ({@code pvt}) or the MAP ({@code map}) followed and ended on this day, as the consultant does it on
     * "Route en voortgang" (issue 16, R-7, R-8): the gemeente's own activities to the target (12 hours in two days of
     * 6, 40 hours in four days of 10, ending on the day), then the afronding, from which the DUO melding is made.
     */
    public static void moduleAfgerond(Api api, String dossier, String module, LocalDate datum) {
        boolean pvt = module.equals("pvt");
        for (int i = 0; i < (pvt ? 2 : 4); i++) {
            Api.Antwoord a = api.post(
                    "/api/v1/inburgeraars/" + dossier + "/modules/" + module + "/activiteiten",
                    Map.of(
                            "soort",
                            pvt ? "BIJEENKOMST" : "PRAKTIJKDEEL",
                            "datum",
                            datum.minusDays(i).toString(),
                            "uren",
                            pvt ? 6 : 10));
            assertThat(a.status()).as(a.body()).isEqualTo(201);
        }
        Api.Antwoord afronding = api.post(
                "/api/v1/inburgeraars/" + dossier + "/modules/" + module + "/afronding",
                Map.of("datum", datum.toString(), "verslag", "Eindgesprek gevoerd; doelen besproken."));
        assertThat(afronding.status()).as(afronding.body()).isEqualTo(201);
    }
}
