package nl.inburgeringsregie.intake;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inburgeringsregie.coa-termijnen.*} (ADR 0037): the T-12 deadlines hold only for a koppeling on or after
 * {@code vanaf} (default 2022-01-01, the day the Wi2021 took effect), per gemeente overridable
 * ({@code gemeenten.<code>}): a gemeente that starts using the system sets its go-live date, so that persons linked long
 * before do not show COA deadlines the system has no record of.
 */
@ConfigurationProperties("inburgeringsregie.coa-termijnen")
record CoaTermijnInstellingen(@DefaultValue("2022-01-01") LocalDate vanaf, Map<String, LocalDate> gemeenten) {

    CoaTermijnInstellingen {
        gemeenten = gemeenten == null ? Map.of() : Map.copyOf(gemeenten);
    }

    /** The first day of koppeling that gets T-12 deadlines in this gemeente. */
    LocalDate vanaf(String gemeentecode) {
        return gemeenten.getOrDefault(gemeentecode, vanaf);
    }
}
