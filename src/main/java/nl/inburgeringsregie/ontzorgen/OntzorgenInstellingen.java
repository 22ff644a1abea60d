package nl.inburgeringsregie.ontzorgen;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inburgeringsregie.ontzorgen.*}: the period of ontzorgen in months (T-8: six, the law's minimum; a gemeente may
 * choose longer), how many weeks before its end the budgetcoach is asked to decide (O-2), and the sanity bound of one
 * month's fixed cost: an amount above it is refused as a typing error (ADR 0032).
 */
@ConfigurationProperties("inburgeringsregie.ontzorgen")
record OntzorgenInstellingen(
        @DefaultValue("6") int maanden,
        @DefaultValue("4") int signaalWeken,
        @DefaultValue("2500.00") BigDecimal maximumBedrag) {}
