package nl.inburgeringsregie.ontzorgen;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inburgeringsregie.ontzorgen.*}: the period of ontzorgen in months (T-8: six, the law's minimum; a gemeente may
 * choose longer), how many weeks before its end the budgetcoach is asked to decide (O-2), and the sanity bound of one
 * month's fixed cost: an amount above it is refused as a typing error, and per gemeente the account the monthly payment
 * batch pays from (ADR 0032).
 */
@ConfigurationProperties("inburgeringsregie.ontzorgen")
record OntzorgenInstellingen(
        @DefaultValue("6") int maanden,
        @DefaultValue("4") int signaalWeken,
        @DefaultValue("2500.00") BigDecimal maximumBedrag,
        Map<String, String> rekeningen) {

    /** The gemeente's own account from which the batch pays (the debtor of the pain.001 file). */
    String rekening(String gemeentecode) {
        return rekeningen == null ? null : rekeningen.get(gemeentecode);
    }
}
