package nl.inburgeringsregie.plichtindicatie;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.inburgeringsregie.inburgeraar.Codes;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code inburgeringsregie.plichtindicatie.*}: the figures of PL-2 that change by law (marked C in the rule
 * book), kept as configuration. {@code aowLeeftijd}: the statutory AOW age by date of birth, each row valid
 * for people born on or after {@code geborenVanaf} until the next row; it rises with life expectancy, so
 * a new row is added when the government fixes a new age. {@code vrijgesteldeNationaliteiten}: EU, EEA
 * and Swiss nationals (and the Dutch) are never plichtig.
 */
@ConfigurationProperties("inburgeringsregie.plichtindicatie")
record PlichtindicatieInstellingen(
        List<AowLeeftijd> aowLeeftijd,
        Set<String> vrijgesteldeNationaliteiten,
        LocalDate turkseNationaliteitPlichtigVanaf) {

    record AowLeeftijd(LocalDate geborenVanaf, int jaren, int maanden) {

        Period leeftijd() {
            return Period.of(jaren, maanden, 0);
        }
    }

    PlichtindicatieInstellingen {
        if (aowLeeftijd == null || aowLeeftijd.isEmpty()) {
            throw new IllegalArgumentException("inburgeringsregie.plichtindicatie.aow-leeftijd needs at least one row");
        }
        aowLeeftijd = aowLeeftijd.stream()
                .sorted(Comparator.comparing(AowLeeftijd::geborenVanaf))
                .toList();
        vrijgesteldeNationaliteiten =
                vrijgesteldeNationaliteiten == null ? Set.of() : Set.copyOf(vrijgesteldeNationaliteiten);
        vrijgesteldeNationaliteiten.stream()
                .filter(code -> !Codes.isLand(code))
                .findAny()
                .ifPresent(code -> {
                    throw new IllegalArgumentException(
                            "inburgeringsregie.plichtindicatie.vrijgestelde-nationaliteiten: '" + code
                                    + "' is not an ISO 3166-1 alpha-2 code (quote codes such as \"NO\" in YAML)");
                });
        if (turkseNationaliteitPlichtigVanaf == null) {
            turkseNationaliteitPlichtigVanaf = LocalDate.of(2022, 1, 1);
        }
    }

    /** The AOW age of someone born on that day: the last row that starts on or before it. */
    Period aowLeeftijdVoor(LocalDate geboortedatum) {
        AowLeeftijd geldend = aowLeeftijd.getFirst();
        for (AowLeeftijd rij : aowLeeftijd) {
            if (!rij.geborenVanaf().isAfter(geboortedatum)) {
                geldend = rij;
            }
        }
        return geldend.leeftijd();
    }
}
