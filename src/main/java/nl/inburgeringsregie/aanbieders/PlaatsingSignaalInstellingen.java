package nl.inburgeringsregie.aanbieders;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code inburgeringsregie.aanbieders.signalen.*}: the thresholds of the placement signals on the consultant's worklist
 * (ADR 0033), with a default ({@code standaard}) and per gemeente overrides ({@code gemeenten.<code>.*}, each value
 * optional), as {@code TermijnInstellingen}. AB-8: attendance below {@code aanwezigheidProcent} over the last
 * {@code aanwezigheidWeken} weeks, or {@code afwezigOpRij} reports in a row with unexcused absence; AB-8 and AB-9: the
 * consultant acts within {@code reactieDagen} days of the signal; T-5: the late-offer deadline is "binnenkort"
 * {@code aanbodWaarschuwingDagen} days before its last day. The 3 and 6 months of T-5 are law, not settings.
 */
@ConfigurationProperties("inburgeringsregie.aanbieders.signalen")
record PlaatsingSignaalInstellingen(Waarden standaard, Map<String, Waarden> gemeenten) {

    record Waarden(
            Integer aanwezigheidProcent,
            Integer aanwezigheidWeken,
            Integer afwezigOpRij,
            Integer reactieDagen,
            Integer aanbodWaarschuwingDagen) {

        /** This value where set, otherwise the other's. */
        Waarden aangevuldMet(Waarden ander) {
            return new Waarden(
                    aanwezigheidProcent != null ? aanwezigheidProcent : ander.aanwezigheidProcent,
                    aanwezigheidWeken != null ? aanwezigheidWeken : ander.aanwezigheidWeken,
                    afwezigOpRij != null ? afwezigOpRij : ander.afwezigOpRij,
                    reactieDagen != null ? reactieDagen : ander.reactieDagen,
                    aanbodWaarschuwingDagen != null ? aanbodWaarschuwingDagen : ander.aanbodWaarschuwingDagen);
        }
    }

    static final Waarden STANDAARD = new Waarden(80, 4, 3, 14, 14);

    PlaatsingSignaalInstellingen {
        standaard = standaard == null ? STANDAARD : standaard.aangevuldMet(STANDAARD);
        gemeenten = gemeenten == null ? Map.of() : Map.copyOf(gemeenten);
        for (Waarden w : gemeenten.values()) {
            controleer(w.aangevuldMet(standaard));
        }
        controleer(standaard);
    }

    /** The values for a gemeente: its own where set, otherwise the default. */
    Waarden voor(String gemeentecode) {
        Waarden eigen = gemeenten.get(gemeentecode);
        return eigen == null ? standaard : eigen.aangevuldMet(standaard);
    }

    private static void controleer(Waarden w) {
        if (w.aanwezigheidProcent() < 1
                || w.aanwezigheidProcent() > 100
                || w.aanwezigheidWeken() < 1
                || w.afwezigOpRij() < 1
                || w.reactieDagen() < 0
                || w.aanbodWaarschuwingDagen() < 0) {
            throw new IllegalArgumentException("inburgeringsregie.aanbieders.signalen: a value out of range " + w);
        }
    }
}
