package nl.inburgeringsregie.ontzorgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** T-8 with T-14: six months from the start of the bijstand right, to the same date or the month's last day. */
class OntzorgingPeriodeTest {

    @Test
    void zesMaandenEindigenOpDezelfdeDatumOfOpDeLaatsteDagVanDeMaand() {
        assertThat(Ontzorging.einde(LocalDate.of(2028, 8, 31), 6)).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(Ontzorging.einde(LocalDate.of(2027, 8, 31), 6))
                .as("leap year")
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Ontzorging.einde(LocalDate.of(2028, 2, 29), 6)).isEqualTo(LocalDate.of(2028, 8, 29));
        assertThat(Ontzorging.einde(LocalDate.of(2026, 12, 31), 6)).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(Ontzorging.einde(LocalDate.of(2026, 1, 15), 6)).isEqualTo(LocalDate.of(2026, 7, 15));
    }

    @Test
    void ibanControlecijfersVolgensIso13616() {
        assertThat(Ontzorging.geldigeIban("NL91ABNA0417164300")).isTrue();
        assertThat(Ontzorging.geldigeIban("NL91ABNA0417164301")).isFalse();
        assertThat(Ontzorging.geldigeIban("DE89370400440532013000")).isTrue();
        assertThat(Ontzorging.geldigeIban("nl91abna0417164300")).isFalse();
        assertThat(Ontzorging.geldigeIban("")).isFalse();
        assertThat(Ontzorging.geldigeIban(null)).isFalse();
    }
}
