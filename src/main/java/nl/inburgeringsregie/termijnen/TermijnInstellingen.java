package nl.inburgeringsregie.termijnen;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code inburgeringsregie.termijnen.*}: the values the rule book marks C (configurable), with a default
 * ({@code standaard}) and per gemeente overrides ({@code gemeenten.<code>.*}, each value optional). The
 * statutory figures (10 weeks, 3 years, 18 months, 2 weeks after third-party information, 6 months'
 * extension window) are law, not settings, and live in {@link InburgeringTermijnen}.
 */
@ConfigurationProperties("inburgeringsregie.termijnen")
record TermijnInstellingen(Waarden standaard, Map<String, Waarden> gemeenten) {

    /** Where T-1 starts for an asielstatushouder: the housing date (the rule book's default) or the COA link. */
    enum PipStart {
        HUISVESTING,
        KOPPELING
    }

    /** Where T-6's 18 months start: the PIP's dagtekening (default) or the first day of the termijn. */
    enum SchakelStart {
        DAGTEKENING_PIP,
        START_TERMIJN
    }

    record Waarden(
            PipStart pipStartStatushouder,
            Integer intakeWeken,
            SchakelStart schakelStart,
            Integer attentieMaanden,
            Integer pipWaarschuwingDagen,
            Integer intakeWaarschuwingDagen,
            Integer schakelWaarschuwingMaanden) {

        /** This value where set, otherwise the other's. */
        Waarden aangevuldMet(Waarden ander) {
            return new Waarden(
                    pipStartStatushouder != null ? pipStartStatushouder : ander.pipStartStatushouder,
                    intakeWeken != null ? intakeWeken : ander.intakeWeken,
                    schakelStart != null ? schakelStart : ander.schakelStart,
                    attentieMaanden != null ? attentieMaanden : ander.attentieMaanden,
                    pipWaarschuwingDagen != null ? pipWaarschuwingDagen : ander.pipWaarschuwingDagen,
                    intakeWaarschuwingDagen != null ? intakeWaarschuwingDagen : ander.intakeWaarschuwingDagen,
                    schakelWaarschuwingMaanden != null ? schakelWaarschuwingMaanden : ander.schakelWaarschuwingMaanden);
        }
    }

    static final Waarden STANDAARD = new Waarden(PipStart.HUISVESTING, 6, SchakelStart.DAGTEKENING_PIP, 6, 14, 7, 2);

    TermijnInstellingen {
        standaard = standaard == null ? STANDAARD : standaard.aangevuldMet(STANDAARD);
        gemeenten = gemeenten == null ? Map.of() : Map.copyOf(gemeenten);
    }

    /** The values for a gemeente, and whether the gemeente set any of its own. */
    record Gebruikt(Waarden waarden, boolean eigenInstelling) {}

    /** The values for a gemeente with those a beheerder set in the UI (h5) over the configuration's; null: none set. */
    Gebruikt voor(String gemeentecode, Waarden beheerd) {
        Gebruikt geconfigureerd = voor(gemeentecode);
        return beheerd == null ? geconfigureerd : new Gebruikt(beheerd.aangevuldMet(geconfigureerd.waarden()), true);
    }

    Gebruikt voor(String gemeentecode) {
        Waarden eigen = gemeenten.get(gemeentecode);
        return eigen == null ? new Gebruikt(standaard, false) : new Gebruikt(eigen.aangevuldMet(standaard), true);
    }
}
