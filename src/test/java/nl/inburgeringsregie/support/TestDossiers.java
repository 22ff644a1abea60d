package nl.inburgeringsregie.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Dossiers brought to a state through the API, as a consultant does it, for tests that start from that state. */
public final class TestDossiers {

    /** The dagtekening the tests' PIPs get, after kennisgeving 2026-09-01 and housing 2026-09-15 (see {@link #huisvest}). */
    public static final String DAGTEKENING = "2026-10-20";

    private TestDossiers() {
    }

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

    /** The route decision (with a reason) and a PIP concept for the dossier; returns the PIP's id. */
    public static String pipConcept(Api api, String dossier, String leerroute) {
        api.put("/api/v1/inburgeraars/" + dossier + "/intake",
                Map.of("routebesluit", Map.of("leerroute", leerroute, "reden", "Besproken")));
        return api.post("/api/v1/inburgeraars/" + dossier + "/pips", Map.of()).json().get("id").asString();
    }

    /** Vaststellen of a concept with dagtekening {@link #DAGTEKENING}. */
    public static void stelVast(Api api, String pip) {
        assertThat(api.post("/api/v1/pips/" + pip + "/vaststelling", Map.of("dagtekeningPip", DAGTEKENING)).status())
                .isEqualTo(200);
    }

    /** A registered, housed asielstatushouder with a vastgesteld PIP for the leerroute; returns the dossier's id. */
    public static String metVastgesteldPip(Api api, Map<String, Object> body, String leerroute) {
        String dossier = registreer(api, huisvest(body));
        stelVast(api, pipConcept(api, dossier, leerroute));
        return dossier;
    }
}
