package nl.inburgeringsregie.inburgeraar;

import static org.assertj.core.api.Assertions.assertThat;

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
}
