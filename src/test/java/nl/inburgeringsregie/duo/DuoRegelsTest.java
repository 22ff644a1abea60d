package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
        assertThat(DuoRegels.resultaat("datumEindgesprekMap", "R-8", binnen, null, feiten(binnen)))
                .isEmpty();
        assertThat(regels(DuoRegels.resultaat("datumEindgesprekMap", "R-8", binnen, "Nee", feiten(binnen))))
                .containsExactly("verwijtbaar R-9");
        assertThat(regels(DuoRegels.resultaat("datumEindgesprekMap", "R-8", binnen, "Ja", feiten(binnen))))
                .containsExactly("verwijtbaar R-9");

        LocalDate eersteDagErna = LAATSTE_DAG.plusDays(1);
        assertThat(regels(DuoRegels.resultaat(
                        "datumOndertekeningPvt", "R-7", eersteDagErna, null, feiten(eersteDagErna))))
                .containsExactly("verwijtbaar R-9");
        assertThat(DuoRegels.resultaat("datumOndertekeningPvt", "R-7", eersteDagErna, "Ja", feiten(eersteDagErna)))
                .isEmpty();
        assertThat(DuoRegels.resultaat("datumOndertekeningPvt", "R-7", eersteDagErna, "Nee", feiten(eersteDagErna)))
                .isEmpty();
        LocalDate tweeMaandenErna = LAATSTE_DAG.plusMonths(2);
        assertThat(DuoRegels.resultaat("datumOndertekeningPvt", "R-7", tweeMaandenErna, "Nee", feiten(tweeMaandenErna)))
                .isEmpty();
        LocalDate later = tweeMaandenErna.plusDays(1);
        assertThat(regels(DuoRegels.resultaat("datumOndertekeningPvt", "R-7", later, "Nee", feiten(later))))
                .containsExactly("verwijtbaar R-9");
        assertThat(DuoRegels.resultaat("datumOndertekeningPvt", "R-7", later, "Ja", feiten(later)))
                .isEmpty();
    }

    @Test
    void eenDatumLigtNietInDeToekomstNietVoorDeTermijnEnNietNaDeZroute() {
        LocalDate vandaag = LocalDate.of(2027, 1, 10);
        assertThat(regels(
                        DuoRegels.resultaat("datumEindgesprekMap", "R-8", vandaag.plusDays(1), null, feiten(vandaag))))
                .containsExactly("datumEindgesprekMap R-8");
        assertThat(regels(DuoRegels.resultaat("datumEindgesprekMap", "R-8", START.minusDays(1), null, feiten(vandaag))))
                .containsExactly("datumEindgesprekMap R-8");
        var zroute = new DuoRegels.Feiten(
                true, LocalDate.of(2026, 10, 20), "Z", START, LAATSTE_DAG, LocalDate.of(2027, 1, 1), vandaag);
        assertThat(regels(DuoRegels.resultaat("datumEindgesprekMap", "R-8", LocalDate.of(2027, 1, 2), null, zroute)))
                .containsExactly("datumEindgesprekMap R-8");
        assertThat(regels(DuoRegels.resultaat("datumEindgesprekMap", "R-8", null, null, zroute)))
                .containsExactly("datumEindgesprekMap R-8");
        var zonderPip = new DuoRegels.Feiten(true, null, null, START, LAATSTE_DAG, null, vandaag);
        assertThat(regels(DuoRegels.resultaat("datumEindgesprekMap", "R-8", vandaag, null, zonderPip)))
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
        assertThat(DuoRegels.aanbod(bow, aanbod, start, einde, feiten(vandaag))).isEmpty();
        var gezinsmigrant =
                new DuoRegels.Feiten(false, LocalDate.of(2026, 10, 20), "B", START, LAATSTE_DAG, null, vandaag);
        assertThat(regels(DuoRegels.aanbod(bow, aanbod, start, einde, gezinsmigrant)))
                .containsExactly("instellingsnummer R-10");
        var onderwijsroute =
                new DuoRegels.Feiten(true, LocalDate.of(2026, 10, 20), "O", START, LAATSTE_DAG, null, vandaag);
        assertThat(regels(DuoRegels.aanbod(bow, aanbod, start, einde, onderwijsroute)))
                .containsExactly("instellingsnummer R-10");
        assertThat(DuoRegels.aanbod(tst, aanbod, start, einde, onderwijsroute)).isEmpty();
        assertThat(regels(DuoRegels.aanbod(null, aanbod, start, einde, feiten(vandaag))))
                .containsExactly("instellingsnummer R-10");
        assertThat(regels(DuoRegels.aanbod(
                        bow, LocalDate.of(2026, 10, 19), start, LAATSTE_DAG.plusDays(1), feiten(vandaag))))
                .containsExactly("datumInburgeringsaanbod R-10", "verwachteEinddatumOpleiding R-10");
        assertThat(regels(DuoRegels.aanbod(bow, start, aanbod, einde, feiten(vandaag))))
                .contains("verwachteStartdatumOpleiding R-10");
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
