package nl.inburgeringsregie.termijnen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.inburgeringsregie.infrastructure.Beslist;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * T-14, the Algemene termijnenwet (Atw) art. 1 and 3: a statutory period shorter than three months that ends on a
 * Saturday, Sunday or algemeen erkende feestdag runs on to the next day that is none of these. The feestdagen of
 * art. 3(1): Nieuwjaarsdag, eerste en tweede Paasdag, Hemelvaartsdag, eerste en tweede Pinksterdag, eerste en
 * tweede Kerstdag, de dag waarop de verjaardag van de Koning wordt gevierd (Koningsdag: 27 April, 26 April when the
 * 27th is a Sunday) and 5 mei. Goede Vrijdag is not one. Which periods of this system follow the Atw is
 * configuration ({@code inburgeringsregie.termijnenwet.perioden}, rule book C; ADR 0015); the 3-year termijn (T-3)
 * and the 18-month schakel window (T-6) never do, being longer than three months.
 */
@Beslist("T-14")
@Component
public class AlgemeneTermijnenwet {

    /** The periods of this system that the Atw can cover. */
    public enum Periode {
        /** T-1: the PIP within 10 weeks of the start moment. */
        PIP_VASTSTELLEN,
        /** T-1: at most 2 weeks after third-party information arrives. */
        PIP_NA_INFORMATIE_DERDEN,
        /** P-5: bezwaar within 6 weeks of the beschikking (Awb 6:7). */
        BEZWAAR,
        /** A zienswijze period (handhaving, H-1). */
        ZIENSWIJZE
    }

    /**
     * {@code inburgeringsregie.termijnenwet.perioden}: the periods extended to the next working day. Default: all of
     * {@link Periode} (each is a statutory period shorter than three months).
     */
    @ConfigurationProperties("inburgeringsregie.termijnenwet")
    public record Instellingen(Set<Periode> perioden) {

        public Instellingen {
            perioden = perioden == null ? EnumSet.allOf(Periode.class) : Set.copyOf(perioden);
        }
    }

    /**
     * A period's last day after the Atw: {@code datum} as computed, {@code berekend} the day before the Atw, and
     * {@code reden} the Dutch name of the day that moved it (empty when it did not move).
     */
    public record Einde(LocalDate datum, LocalDate berekend, Optional<String> reden) {

        public boolean verschoven() {
            return !datum.equals(berekend);
        }
    }

    private final Instellingen instellingen;

    public AlgemeneTermijnenwet(Instellingen instellingen) {
        this.instellingen = instellingen;
    }

    /** Whether the Atw applies to this period here (configuration). */
    public boolean geldtVoor(Periode periode) {
        return instellingen.perioden().contains(periode);
    }

    /** The last day of a period of this kind whose computed last day is {@code berekend}. */
    public Einde einde(Periode periode, LocalDate berekend) {
        if (!geldtVoor(periode)) {
            return new Einde(berekend, berekend, Optional.empty());
        }
        return new Einde(volgendeWerkdag(berekend), berekend, reden(berekend));
    }

    /** {@code datum} itself when it is a working day in the sense of the Atw, otherwise the next one. */
    public static LocalDate volgendeWerkdag(LocalDate datum) {
        LocalDate dag = datum;
        while (!isWerkdag(dag)) {
            dag = dag.plusDays(1);
        }
        return dag;
    }

    /** Not a Saturday, a Sunday or an algemeen erkende feestdag (Atw art. 3). */
    public static boolean isWerkdag(LocalDate datum) {
        return reden(datum).isEmpty();
    }

    /** Why the day is no working day in the sense of the Atw (the Dutch name of the day), if it is none. */
    public static Optional<String> reden(LocalDate datum) {
        Optional<String> feestdag = feestdag(datum);
        if (feestdag.isPresent()) {
            return feestdag;
        }
        if (datum.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return Optional.of("zaterdag");
        }
        if (datum.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of("zondag");
        }
        return Optional.empty();
    }

    /** The algemeen erkende feestdag of Atw art. 3(1) on this day, by its Dutch name, if any. */
    public static Optional<String> feestdag(LocalDate datum) {
        int jaar = datum.getYear();
        LocalDate pasen = eerstePaasdag(jaar);
        LocalDate koningsdag = LocalDate.of(jaar, Month.APRIL, 27);
        if (koningsdag.getDayOfWeek() == DayOfWeek.SUNDAY) {
            koningsdag = koningsdag.minusDays(1);
        }
        String naam = null;
        if (datum.getMonth() == Month.JANUARY && datum.getDayOfMonth() == 1) {
            naam = "Nieuwjaarsdag";
        } else if (datum.equals(pasen)) {
            naam = "eerste Paasdag";
        } else if (datum.equals(pasen.plusDays(1))) {
            naam = "tweede Paasdag";
        } else if (datum.equals(pasen.plusDays(39))) {
            naam = "Hemelvaartsdag";
        } else if (datum.equals(pasen.plusDays(49))) {
            naam = "eerste Pinksterdag";
        } else if (datum.equals(pasen.plusDays(50))) {
            naam = "tweede Pinksterdag";
        } else if (datum.equals(koningsdag)) {
            naam = "Koningsdag";
        } else if (datum.getMonth() == Month.MAY && datum.getDayOfMonth() == 5) {
            naam = "5 mei";
        } else if (datum.getMonth() == Month.DECEMBER && datum.getDayOfMonth() == 25) {
            naam = "eerste Kerstdag";
        } else if (datum.getMonth() == Month.DECEMBER && datum.getDayOfMonth() == 26) {
            naam = "tweede Kerstdag";
        }
        return Optional.ofNullable(naam);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate eerstePaasdag(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(jaar, maand, dag);
    }
}
