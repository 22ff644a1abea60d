package nl.inburgeringsregie.inburgeraar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999990019", "010000008"})
    void geldigeBsnsVoldoenAanDeElfproef(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "111222334", "12345678", "1234567890", "12345678a", "000000000", ""})
    void ongeldigeBsnsWordenGeweigerd(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11122233", "12345678", "99999001", "01000000"})
    void achtCijfersKrijgenHunControlecijfer(String acht) {
        assertThat(Bsn.aangevuld(acht)).hasValueSatisfying(bsn -> {
            assertThat(bsn).startsWith(acht).hasSize(9);
            assertThat(Bsn.isGeldig(bsn)).isTrue();
        });
    }

    @Test
    void zonderPassendControlecijferGeenBsn() {
        // Weighted sums: "10000001" 9 + 2 = 11, check digit 0; "10000006" 9 + 12 = 21, check digit 10: no BSN.
        assertThat(Bsn.aangevuld("10000001")).hasValue("100000010");
        assertThat(Bsn.aangevuld("10000006")).isEmpty();
    }
}
