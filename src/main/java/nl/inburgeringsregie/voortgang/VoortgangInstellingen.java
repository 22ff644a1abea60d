package nl.inburgeringsregie.voortgang;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inburgeringsregie.voortgang.*}: T-10 has no legal frequency; the plan of voortgangsgesprekken is configuration
 * (rule book C). {@code planMaanden}: the months after the PIP's dagtekening at which a conversation is due (default
 * 1, 2, 3, 6, 9, 12, 18, 24: "gemiddeld acht … in het begin … hoger", seed 002), per gemeente overridable
 * ({@code gemeenten.<code>}); {@code margeDagen}: how many days before a due date the conversation counts as
 * "binnenkort" and how many after it the deadline passes (scenario 14: due + 14 days). Checked at start: months
 * ascending, within the three-year termijn (T-3).
 */
@ConfigurationProperties("inburgeringsregie.voortgang")
record VoortgangInstellingen(
        @DefaultValue({"1", "2", "3", "6", "9", "12", "18", "24"})
        List<Integer> planMaanden,

        @DefaultValue("14") int margeDagen,
        Map<String, List<Integer>> gemeenten) {

    /** The three years of the inburgeringstermijn (T-3): no conversation is planned after it. */
    static final int MAXIMUM_MAAND = 36;

    VoortgangInstellingen {
        gemeenten = gemeenten == null ? Map.of() : Map.copyOf(gemeenten);
        controleer("standaard", planMaanden);
        gemeenten.forEach(VoortgangInstellingen::controleer);
        planMaanden = List.copyOf(planMaanden);
        if (margeDagen < 0 || margeDagen > 60) {
            throw new IllegalArgumentException("inburgeringsregie.voortgang.marge-dagen must be 0..60: " + margeDagen);
        }
    }

    /** The plan's months for a gemeente: its own where configured, otherwise the default. */
    List<Integer> planMaanden(String gemeentecode) {
        return List.copyOf(gemeenten.getOrDefault(gemeentecode, planMaanden));
    }

    private static void controleer(String waar, List<Integer> maanden) {
        if (maanden == null || maanden.isEmpty()) {
            throw new IllegalArgumentException("inburgeringsregie.voortgang plan months of " + waar + " are empty");
        }
        int vorige = 0;
        for (Integer m : maanden) {
            if (m == null || m <= vorige || m > MAXIMUM_MAAND) {
                throw new IllegalArgumentException("inburgeringsregie.voortgang plan months of " + waar
                        + " must ascend within 1.." + MAXIMUM_MAAND + ": " + maanden);
            }
            vorige = m;
        }
    }
}
