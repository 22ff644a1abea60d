package nl.inburgeringsregie.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.inburgeringsregie.inburgeraar.Onderbreking;
import org.junit.jupiter.api.Test;

/** PL-5: a suspended deadline's status on the edges of DUO's period (both days inclusive) and after a withdrawal. */
class OpschortingTest {

    private static final LocalDate VAN = LocalDate.of(2027, 2, 28);
    private static final LocalDate TOT = LocalDate.of(2028, 2, 29);

    private static Termijn pip(LocalDate van, LocalDate tot) {
        return new Termijn(
                        TermijnSoort.PIP_VASTSTELLEN,
                        LocalDate.of(2027, 1, 9),
                        LocalDate.of(2027, 3, 20),
                        LocalDate.of(2027, 3, 6),
                        null,
                        "T-1",
                        "uitleg",
                        false)
                .opgeschort(van, tot, "opgeschort");
    }

    @Test
    void opgeschortVanDeEersteTotEnMetDeLaatsteDagVanDuosPeriode() {
        Termijn t = pip(VAN, TOT);
        assertThat(t.status(VAN.minusDays(1))).isEqualTo(TermijnStatus.OPEN);
        assertThat(t.status(VAN)).isEqualTo(TermijnStatus.OPGESCHORT);
        assertThat(t.status(TOT)).as("leap day, inclusive").isEqualTo(TermijnStatus.OPGESCHORT);
        assertThat(t.status(TOT.plusDays(1))).isEqualTo(TermijnStatus.VERLOPEN);
        assertThat(t.toelichting()).isEqualTo("uitleg opgeschort");
    }

    @Test
    void zonderEinddatumBlijftHetOpgeschortEnEenGeslotenTermijnNooit() {
        assertThat(pip(VAN, null).status(LocalDate.of(2031, 1, 1))).isEqualTo(TermijnStatus.OPGESCHORT);
        Termijn voldaan = new Termijn(
                TermijnSoort.PIP_VASTSTELLEN,
                null,
                null,
                null,
                TermijnStatus.VOLDAAN,
                "T-1",
                "x",
                false,
                null,
                VAN,
                TOT);
        assertThat(voldaan.status(VAN)).isEqualTo(TermijnStatus.VOLDAAN);
    }

    @Test
    void eenTermijnDieAlVerstrekenWasVoorDeVrijstellingBlijftVerlopen() {
        // T-15: a deadline missed before the suspension began stays missed; the vrijstelling does not revive it.
        Termijn verlopen = new Termijn(
                        TermijnSoort.PIP_VASTSTELLEN,
                        LocalDate.of(2026, 9, 15),
                        LocalDate.of(2026, 11, 24),
                        LocalDate.of(2026, 11, 10),
                        null,
                        "T-1",
                        "uitleg",
                        false)
                .opgeschort(VAN, TOT, "opgeschort");
        assertThat(verlopen.status(VAN)).isEqualTo(TermijnStatus.VERLOPEN);
        assertThat(verlopen.opgeschortVan()).isNull();
        assertThat(verlopen.toelichting()).isEqualTo("uitleg");
        Termijn gemist = new Termijn(
                        TermijnSoort.PIP_VASTSTELLEN,
                        LocalDate.of(2027, 1, 9),
                        LocalDate.of(2027, 3, 20),
                        null,
                        null,
                        "T-1",
                        "uitleg",
                        false)
                .alsGemistOp(LocalDate.of(2027, 2, 1))
                .opgeschort(VAN, TOT, "opgeschort");
        assertThat(gemist.opgeschortVan())
                .as("missed on record before the vrijstelling")
                .isNull();
    }

    @Test
    void eenIntrekkingDoorDuoEindigtDeOpschortingDeDagErvoor() {
        assertThat(new Onderbreking(null, VAN, TOT, LocalDate.of(2027, 6, 1)).opgeschortTot())
                .isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(new Onderbreking(null, VAN, null, LocalDate.of(2027, 6, 1)).opgeschortTot())
                .isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(new Onderbreking(null, VAN, TOT, LocalDate.of(2029, 1, 1)).opgeschortTot())
                .as("after DUO's end")
                .isEqualTo(TOT);
        assertThat(new Onderbreking(null, VAN, null, null).opgeschortTot()).isNull();
    }
}
