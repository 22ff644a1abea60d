package nl.inburgeringsregie.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import nl.inburgeringsregie.termijnen.AlgemeneTermijnenwet.Periode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** T-14: the Algemene termijnenwet's working days, feestdagen and which periods it covers. */
class AlgemeneTermijnenwetTest {

    @ParameterizedTest(name = "Pasen {0} valt op {1}")
    @CsvSource({
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2028, 2028-04-16",
        "2029, 2029-04-01",
        "2038, 2038-04-25",
        "2285, 2285-03-22"
    })
    void pasenVolgensDeGregoriaanseKalender(int jaar, LocalDate pasen) {
        assertThat(AlgemeneTermijnenwet.eerstePaasdag(jaar)).isEqualTo(pasen);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2027-01-01, Nieuwjaarsdag",
        "2026-04-06, tweede Paasdag",
        "2026-05-14, Hemelvaartsdag",
        "2026-05-25, tweede Pinksterdag",
        "2026-04-27, Koningsdag",
        "2025-04-26, Koningsdag", // 27 April 2025 is a Sunday: Koningsdag on Saturday the 26th
        "2026-05-05, 5 mei",
        "2026-12-25, eerste Kerstdag",
        "2026-12-26, tweede Kerstdag"
    })
    void algemeenErkendeFeestdagen(LocalDate dag, String naam) {
        assertThat(AlgemeneTermijnenwet.feestdag(dag)).contains(naam);
        assertThat(AlgemeneTermijnenwet.isWerkdag(dag)).isFalse();
    }

    @ParameterizedTest(name = "{0} is een werkdag")
    @CsvSource({"2026-04-03", "2025-04-28", "2026-12-24", "2026-12-31", "2026-04-28", "2024-02-29"})
    void geenFeestdag(LocalDate dag) {
        // Goede Vrijdag (2026-04-03) is no algemeen erkende feestdag; nor oudejaarsdag, kerstavond or the day after
        // Koningsdag.
        assertThat(AlgemeneTermijnenwet.feestdag(dag)).isEmpty();
        assertThat(AlgemeneTermijnenwet.isWerkdag(dag)).isTrue();
    }

    @ParameterizedTest(name = "{0} schuift naar {1}")
    @CsvSource({
        "2026-12-05, 2026-12-07", // Saturday → Monday
        "2026-12-06, 2026-12-07", // Sunday → Monday
        "2026-12-25, 2026-12-28", // Christmas Friday, then the weekend, → Monday
        "2027-12-25, 2027-12-27", // Christmas on a Saturday, tweede Kerstdag Sunday → Monday 27th
        "2026-04-04, 2026-04-07", // Saturday before Easter → Tuesday after tweede Paasdag
        "2026-05-14, 2026-05-15", // Hemelvaartsdag → Friday
        "2030-05-04, 2030-05-06", // Saturday, Sunday 5 May → Monday 6 May
        "2026-12-07, 2026-12-07"
    }) // a Monday stays
    void volgendeWerkdag(LocalDate berekend, LocalDate einde) {
        assertThat(AlgemeneTermijnenwet.volgendeWerkdag(berekend)).isEqualTo(einde);
    }

    @Test
    void eenPeriodeBuitenDeConfiguratieSchuiftNiet() {
        var atw = new AlgemeneTermijnenwet(new AlgemeneTermijnenwet.Instellingen(EnumSet.of(Periode.BEZWAAR)));
        LocalDate zaterdag = LocalDate.of(2026, 12, 5);
        assertThat(atw.einde(Periode.PIP_VASTSTELLEN, zaterdag).datum()).isEqualTo(zaterdag);
        assertThat(atw.einde(Periode.PIP_VASTSTELLEN, zaterdag).verschoven()).isFalse();
        var bezwaar = atw.einde(Periode.BEZWAAR, zaterdag);
        assertThat(bezwaar.datum()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(bezwaar.verschoven()).isTrue();
        assertThat(bezwaar.reden()).contains("zaterdag");
    }

    @Test
    void standaardVolgenAllePeriodenDeAtw() {
        var atw = new AlgemeneTermijnenwet(new AlgemeneTermijnenwet.Instellingen(null));
        for (Periode periode : Periode.values()) {
            assertThat(atw.geldtVoor(periode)).as(periode.name()).isTrue();
        }
    }
}
