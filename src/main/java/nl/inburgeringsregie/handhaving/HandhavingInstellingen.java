package nl.inburgeringsregie.handhaving;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inburgeringsregie.handhaving.*}: the amounts of the gemeente's verordening (H-2, H-3: rule book C) and the
 * periods and threshold of the procedure. {@code intake}: the fines for the 2nd, 3rd (and later) missed brede intake
 * (default 250, 250; the 1st gets a warning only, H-2); {@code pip}: the fines for the 1st, 2nd, 3rd and later breach
 * of the same PIP obligation (default 250, 500, 800); {@code gemeenten.<code>}: a gemeente's own amounts.
 * {@code zienswijzeDagen}: the zienswijze period after the voornemen (default 14, H-1); {@code drempel}: the fines
 * burden above which a boete needs the team lead's explicit decision with a reason (default 1000, H-6). Checked at
 * start: every amount above 0 and at most the legal maximum of 800 (H-3), so a configured 900 never starts.
 */
@ConfigurationProperties("inburgeringsregie.handhaving")
record HandhavingInstellingen(
        @DefaultValue({"250", "250"}) List<BigDecimal> intake,

        @DefaultValue({"250", "500", "800"}) List<BigDecimal> pip,

        @DefaultValue("14") int zienswijzeDagen,
        @DefaultValue("1000") BigDecimal drempel,
        Map<String, Verordening> gemeenten) {

    /** H-3: the legal maximum of a Wi2021 fine per violation. */
    static final BigDecimal MAXIMUM = BigDecimal.valueOf(800);

    /** A gemeente's own amounts; an empty list keeps the default. */
    record Verordening(List<BigDecimal> intake, List<BigDecimal> pip) {}

    HandhavingInstellingen {
        gemeenten = gemeenten == null ? Map.of() : Map.copyOf(gemeenten);
        controleer("intake", intake);
        controleer("pip", pip);
        gemeenten.forEach((code, v) -> {
            if (v.intake() != null && !v.intake().isEmpty()) {
                controleer(code + ".intake", v.intake());
            }
            if (v.pip() != null && !v.pip().isEmpty()) {
                controleer(code + ".pip", v.pip());
            }
        });
        intake = List.copyOf(intake);
        pip = List.copyOf(pip);
        if (zienswijzeDagen < 1 || zienswijzeDagen > 60) {
            throw new IllegalArgumentException(
                    "inburgeringsregie.handhaving.zienswijze-dagen must be 1..60: " + zienswijzeDagen);
        }
        if (drempel == null || drempel.signum() < 0) {
            throw new IllegalArgumentException("inburgeringsregie.handhaving.drempel must be 0 or more: " + drempel);
        }
    }

    /** The ladder of a kind of obligation for a gemeente: its own where configured, otherwise the default. */
    List<BigDecimal> ladder(String gemeentecode, boolean bredeIntake) {
        Verordening eigen = gemeenten.get(gemeentecode);
        List<BigDecimal> bedragen = eigen == null ? null : bredeIntake ? eigen.intake() : eigen.pip();
        return bedragen == null || bedragen.isEmpty() ? (bredeIntake ? intake : pip) : List.copyOf(bedragen);
    }

    private static void controleer(String waar, List<BigDecimal> bedragen) {
        if (bedragen == null || bedragen.isEmpty()) {
            throw new IllegalArgumentException("inburgeringsregie.handhaving amounts of " + waar + " are empty");
        }
        for (BigDecimal b : bedragen) {
            if (b == null || b.signum() <= 0 || b.compareTo(MAXIMUM) > 0) {
                throw new IllegalArgumentException("inburgeringsregie.handhaving amounts of " + waar
                        + " must be above 0 and at most the legal maximum of " + MAXIMUM + " (H-3): " + bedragen);
            }
        }
    }
}
