package nl.inburgeringsregie.begeleiding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inburgeringsregie.begeleiding.*}: how long maatschappelijke begeleiding runs from housing before the warm
 * handover (T-9: twelve months, the gemeente's choice), how many weeks before its end the handover is "binnenkort" on
 * the worklists, how many days the consultant has to look at a begeleider's signal, the months after the duty is met
 * for the nazorg contact (T-11: six), and the sanity bound of one contact's time spent in minutes (a typing error
 * above it, not a rule of law).
 */
@ConfigurationProperties("inburgeringsregie.begeleiding")
record BegeleidingInstellingen(
        @DefaultValue("12") int maanden,
        @DefaultValue("4") int signaalWeken,
        @DefaultValue("5") int signaalDagen,
        @DefaultValue("6") int nazorgMaanden,
        @DefaultValue("720") int maximumMinuten) {}
