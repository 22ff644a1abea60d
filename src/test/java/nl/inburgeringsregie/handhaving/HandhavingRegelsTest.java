package nl.inburgeringsregie.handhaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The verordening's amounts without a context: the ladder per repeat (H-2 from the second missed intake, H-3 from the
 * first breach, the last step beyond the ladder) and the legal maximum checked at configuration time (scenario 3: a
 * configured 900 is refused).
 */
class HandhavingRegelsTest {

    private static List<BigDecimal> bedragen(int... euro) {
        return Arrays.stream(euro).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void deLadderPerHerhaling() {
        List<BigDecimal> pip = bedragen(250, 500, 800);
        assertThat(Handhavingszaak.bedrag(pip, false, 1)).contains(BigDecimal.valueOf(250));
        assertThat(Handhavingszaak.bedrag(pip, false, 2)).contains(BigDecimal.valueOf(500));
        assertThat(Handhavingszaak.bedrag(pip, false, 3)).contains(BigDecimal.valueOf(800));
        assertThat(Handhavingszaak.bedrag(pip, false, 4)).contains(BigDecimal.valueOf(800));
        List<BigDecimal> intake = bedragen(250, 300);
        assertThat(Handhavingszaak.bedrag(intake, true, 1))
                .as("H-2: a warning only")
                .isEmpty();
        assertThat(Handhavingszaak.bedrag(intake, true, 2)).contains(BigDecimal.valueOf(250));
        assertThat(Handhavingszaak.bedrag(intake, true, 3)).contains(BigDecimal.valueOf(300));
        assertThat(Handhavingszaak.bedrag(intake, true, 7)).contains(BigDecimal.valueOf(300));
    }

    @Test
    void eenBedragBovenHetWettelijkMaximumStartNiet() {
        assertThatThrownBy(() -> new HandhavingInstellingen(
                        bedragen(250, 250), bedragen(250, 500, 900), 14, BigDecimal.valueOf(1000), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("800")
                .hasMessageContaining("H-3");
        assertThatThrownBy(() -> new HandhavingInstellingen(
                        bedragen(250, 250),
                        bedragen(250, 500, 800),
                        14,
                        BigDecimal.valueOf(1000),
                        Map.of("0453", new HandhavingInstellingen.Verordening(null, bedragen(400, 801)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0453");
        HandhavingInstellingen eigen = new HandhavingInstellingen(
                bedragen(250, 250),
                bedragen(250, 500, 800),
                14,
                BigDecimal.valueOf(1000),
                Map.of("0453", new HandhavingInstellingen.Verordening(null, bedragen(200, 400))));
        assertThat(eigen.ladder("0453", false)).isEqualTo(bedragen(200, 400));
        assertThat(eigen.ladder("0453", true))
                .as("the default where the gemeente set none")
                .isEqualTo(bedragen(250, 250));
        assertThat(eigen.ladder("0392", false)).isEqualTo(bedragen(250, 500, 800));
    }
}
