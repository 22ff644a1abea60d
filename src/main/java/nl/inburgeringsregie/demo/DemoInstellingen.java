package nl.inburgeringsregie.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inburgeringsregie.demo.*}: the demo caseload (per demo gemeente) and, for benchmarks, a
 * national-scale dataset of {@code landelijk.personen} people spread over {@code landelijk.gemeenten}
 * synthetic gemeenten (0 = none).
 */
@ConfigurationProperties("inburgeringsregie.demo")
record DemoInstellingen(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20260101") long seed,
        @DefaultValue("300") int personenPerGemeente,
        @DefaultValue Landelijk landelijk) {

    /**
     * The national dataset: gemeenten, people, and history rows (journal and audit) per person (issue 7); the providers
     * (issue 15): gemeenten per region (consecutive codes) and participants per provider.
     */
    record Landelijk(
            @DefaultValue("0") int gemeenten,
            @DefaultValue("0") int personen,
            @DefaultValue("100") int historiePerPersoon,
            @DefaultValue("10") int gemeentenPerRegio,
            @DefaultValue("600") int deelnemersPerAanbieder) {}
}
