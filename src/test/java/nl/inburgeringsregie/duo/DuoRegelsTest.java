package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** DUO's rules for meldingen (README; ), as pure functions. */
class DuoRegelsTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 21);
    private static final LocalDate LAATSTE_DAG = LocalDate.of(2029, 10, 20);

    private static DuoRegels.Feiten feiten(LocalDate vandaag) {
        return new DuoRegels.Feiten(true, LocalDate.of(2026, 10, 20), "B", START, LAATSTE_DAG, null, vandaag);
    }

    private static List<String> regels(List<DuoRegels.Schending> s) {
        return s.stream().map(x -> x.veld() + " " + x.regel()).toList();
    }

    @Test
    void verwijtbaarAlleenBijOverschrijdingEnNeeAlleenKortNaHetEindeVanDeTermijn() {
        LocalDate binnen = LocalDate.of(2027, 3, 1);
        assertThat(DuoRegels.resultaat(DuoRegels.Resultaat.MAP, binnen, null, feiten(binnen)))
                .isEmpty();
        assertThat(regels(DuoRegels.resultaat(DuoRegels.Resultaat.MAP, binnen, "Nee", feiten(binnen))))
                .containsExactly("verwijtbaar R-9");
        assertThat(regels(DuoRegels.resultaat(DuoRegels.Resultaat.MAP, binnen, "Ja", feiten(binnen))))
                .containsExactly("verwijtbaar R-9");

        LocalDate eersteDagErna = LAATSTE_DAG.plusDays(1);
        assertThat(regels(DuoRegels.resultaat(DuoRegels.Resultaat.PVT, eersteDagErna, null, feiten(eersteDagErna))))
                .containsExactly("verwijtbaar R-9");
        assertThat(DuoRegels.resultaat(DuoRegels.Resultaat.PVT, eersteDagErna, "Ja", feiten(eersteDagErna)))
                .isEmpty();
        assertThat(DuoRegels.resultaat(DuoRegels.Resultaat.PVT, eersteDagErna, "Nee", feiten(eersteDagErna)))
                .isEmpty();
        LocalDate tweeMaandenErna = LAATSTE_DAG.plusMonths(2);
        assertThat(DuoRegels.resultaat(DuoRegels.Resultaat.PVT, tweeMaandenErna, "Nee", feiten(tweeMaandenErna)))
                .isEmpty();
        LocalDate later = tweeMaandenErna.plusDays(1);
        assertThat(regels(DuoRegels.resultaat(DuoRegels.Resultaat.PVT, later, "Nee", feiten(later))))
                .containsExactly("verwijtbaar R-9");
        assertThat(DuoRegels.resultaat(DuoRegels.Resultaat.PVT, later, "Ja", feiten(later)))
                .isEmpty();
    }

    @Test
    void eenDatumLigtNietInDeToekomstNietVoorDeTermijnEnNietNaDeZroute() {
        LocalDate vandaag = LocalDate.of(2027, 1, 10);
        assertThat(regels(DuoRegels.resultaat(DuoRegels.Resultaat.MAP, vandaag.plusDays(1), null, feiten(vandaag))))
                .containsExactly("datumEindgesprekMap R-8");
        assertThat(regels(DuoRegels.resultaat(DuoRegels.Resultaat.MAP, START.minusDays(1), null, feiten(vandaag))))
                .containsExactly("datumEindgesprekMap R-8");
        var zroute = new DuoRegels.Feiten(
                true, LocalDate.of(2026, 10, 20), "Z", START, LAATSTE_DAG, LocalDate.of(2027, 1, 1), vandaag);
        assertThat(regels(DuoRegels.resultaat(DuoRegels.Resultaat.MAP, LocalDate.of(2027, 1, 2), null, zroute)))
                .containsExactly("datumEindgesprekMap R-8");
        assertThat(regels(DuoRegels.resultaat(DuoRegels.Resultaat.MAP, null, null, zroute)))
                .containsExactly("datumEindgesprekMap R-8");
        var zonderPip = new DuoRegels.Feiten(true, null, null, START, LAATSTE_DAG, null, vandaag);
        assertThat(regels(DuoRegels.resultaat(DuoRegels.Resultaat.MAP, vandaag, null, zonderPip)))
                .containsExactly("datumEindgesprekMap R-8");
    }

    @Test
    void aanbodAlleenVoorAsielstatushoudersBijEenErkendeInstellingBinnenDeTermijn() {
        LocalDate vandaag = LocalDate.of(2026, 11, 25);
        var bow = new DuoRegels.Instelling("1", "Taalcentrum", true, false);
        var tst = new DuoRegels.Instelling("2", "Taalschakel", true, true);
        LocalDate aanbod = LocalDate.of(2026, 11, 1);
        LocalDate start = LocalDate.of(2026, 12, 1);
        LocalDate einde = LocalDate.of(2027, 6, 30);
        assertThat(DuoRegels.aanbod(bow, aanbod, start, einde, "NVT", feiten(vandaag)))
                .isEmpty();
        var gezinsmigrant =
                new DuoRegels.Feiten(false, LocalDate.of(2026, 10, 20), "B", START, LAATSTE_DAG, null, vandaag);
        assertThat(regels(DuoRegels.aanbod(bow, aanbod, start, einde, "NVT", gezinsmigrant)))
                .containsExactly("instellingsnummer R-10");
        var onderwijsroute =
                new DuoRegels.Feiten(true, LocalDate.of(2026, 10, 20), "O", START, LAATSTE_DAG, null, vandaag);
        assertThat(regels(DuoRegels.aanbod(bow, aanbod, start, einde, "NVT", onderwijsroute)))
                .containsExactly("instellingsnummer R-10");
        assertThat(DuoRegels.aanbod(tst, aanbod, start, einde, "NVT", onderwijsroute))
                .isEmpty();
        assertThat(regels(DuoRegels.aanbod(null, aanbod, start, einde, "NVT", feiten(vandaag))))
                .containsExactly("instellingsnummer R-10");
        assertThat(regels(DuoRegels.aanbod(
                        bow, LocalDate.of(2026, 10, 19), start, LAATSTE_DAG.plusDays(1), "NVT", feiten(vandaag))))
                .containsExactly("datumInburgeringsaanbod R-10", "verwachteEinddatumOpleiding R-10");
        assertThat(regels(DuoRegels.aanbod(bow, start, aanbod, einde, "NVT", feiten(vandaag))))
                .contains("verwachteStartdatumOpleiding R-10");
        assertThat(regels(DuoRegels.aanbod(bow, aanbod, start, einde, "B", feiten(vandaag))))
                .containsExactly("indicatorAlfabetiseringsonderwijs R-10");
    }

    /** Every refusal of DUO's rules is a message key of i18n/duo.properties, with the rule's arguments. */
    @Test
    void elkeSchendingIsEenSleutelVanDeBundel() throws IOException {
        Properties bundel = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/i18n/duo.properties"))) {
            bundel.load(in);
        }
        Matcher sleutels = Pattern.compile("\"(fout\\.duo\\.[\\w.]+)\"")
                .matcher(Files.readString(Path.of("src/main/java/nl/inburgeringsregie/duo/DuoRegels.java")));
        List<String> gebruikt = new ArrayList<>();
        while (sleutels.find()) {
            gebruikt.add(sleutels.group(1));
        }
        assertThat(gebruikt).hasSizeGreaterThan(20);
        assertThat(gebruikt).allSatisfy(k -> assertThat(bundel).containsKey(k));
        LocalDate vandaag = LocalDate.of(2026, 11, 25);
        assertThat(DuoRegels.resultaat(DuoRegels.Resultaat.MAP, START.minusDays(1), null, feiten(vandaag)))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.sleutel()).isEqualTo("fout.duo.voorStartTermijn");
                    assertThat(s.args()).containsExactly(START);
                });
    }

    @Test
    void participatieurenAlleenVoorAsielstatushoudersEnBinnenHetBereikVanDuo() {
        LocalDate vandaag = LocalDate.of(2026, 11, 25);
        assertThat(DuoRegels.uren("participatieactiviteiten", 800, feiten(vandaag)))
                .isEmpty();
        var gezinsmigrant = new DuoRegels.Feiten(false, null, null, null, null, null, vandaag);
        assertThat(regels(DuoRegels.uren("participatieactiviteiten", 800, gezinsmigrant)))
                .containsExactly("soort R-11");
        assertThat(regels(DuoRegels.uren("taallesknm", 10000, gezinsmigrant))).containsExactly("uren R-11");
        assertThat(regels(DuoRegels.uren("taallesknm", null, gezinsmigrant))).containsExactly("uren R-11");
    }
}
