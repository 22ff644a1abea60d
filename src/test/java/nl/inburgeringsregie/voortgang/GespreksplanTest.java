package nl.inburgeringsregie.voortgang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** T-10's plan as a pure derivation: month ends (T-14), the leap day, filling in order, and the checked settings. */
class GespreksplanTest {

    private static final List<Integer> STANDAARD = List.of(1, 2, 3, 6, 9, 12, 18, 24);

    @Test
    void scenario14VanDeDomeinbeschrijving() {
        Gespreksplan plan =
                Gespreksplan.van(LocalDate.of(2025, 1, 10), STANDAARD, 14, List.of(LocalDate.of(2025, 2, 12)));
        assertThat(plan.momenten().stream().map(Gespreksplan.Moment::gepland))
                .containsExactly(
                        LocalDate.of(2025, 2, 10),
                        LocalDate.of(2025, 3, 10),
                        LocalDate.of(2025, 4, 10),
                        LocalDate.of(2025, 7, 10),
                        LocalDate.of(2025, 10, 10),
                        LocalDate.of(2026, 1, 10),
                        LocalDate.of(2026, 7, 10),
                        LocalDate.of(2027, 1, 10));
        assertThat(plan.momenten().getFirst().gehoudenOp()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(plan.momenten().getFirst().teLaat()).isFalse();
        Gespreksplan.Moment tweede = plan.volgende().orElseThrow();
        assertThat(tweede.volgnummer()).isEqualTo(2);
        assertThat(tweede.uiterlijk()).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(tweede.verlopen(LocalDate.of(2025, 3, 24))).isFalse();
        assertThat(tweede.verlopen(LocalDate.of(2025, 3, 25))).isTrue();
    }

    @Test
    void eenMaandZonderDieDagEindigtOpZijnLaatsteDagOokInEenSchrikkeljaar() {
        assertThat(Gespreksplan.van(LocalDate.of(2028, 1, 31), List.of(1), 0, List.of())
                        .momenten()
                        .getFirst()
                        .gepland())
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Gespreksplan.van(LocalDate.of(2027, 1, 31), List.of(1), 0, List.of())
                        .momenten()
                        .getFirst()
                        .gepland())
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Gespreksplan.van(LocalDate.of(2024, 2, 29), List.of(12, 24), 0, List.of()).momenten().stream()
                        .map(Gespreksplan.Moment::gepland))
                .containsExactly(LocalDate.of(2025, 2, 28), LocalDate.of(2026, 2, 28));
    }

    @Test
    void gevoerdeGesprekkenVullenHetPlanOpVolgordeEnAllesGevoerdLaatGeenVolgende() {
        Gespreksplan vroeg = Gespreksplan.van(
                LocalDate.of(2026, 1, 1),
                List.of(1, 2, 3),
                14,
                List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 20)));
        assertThat(vroeg.aantalGehouden()).isEqualTo(2);
        assertThat(vroeg.volgende().orElseThrow().volgnummer()).isEqualTo(3);
        Gespreksplan vol = Gespreksplan.van(
                LocalDate.of(2026, 1, 1), List.of(1), 14, List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)));
        assertThat(vol.volgende()).isEmpty();
        assertThat(vol.momenten().getFirst().teLaat())
                .as("held after 01-02 + 14 days")
                .isTrue();
    }

    @Test
    void deInstellingenWordenBijDeStartGecontroleerd() {
        VoortgangInstellingen eigen =
                new VoortgangInstellingen(STANDAARD, 14, Map.of("0453", List.of(1, 3, 6, 12, 18, 24, 30)));
        assertThat(eigen.planMaanden("0453")).containsExactly(1, 3, 6, 12, 18, 24, 30);
        assertThat(eigen.planMaanden("0392")).isEqualTo(STANDAARD);
        assertThatThrownBy(() -> new VoortgangInstellingen(List.of(3, 2), 14, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VoortgangInstellingen(STANDAARD, 14, Map.of("0453", List.of(1, 37))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VoortgangInstellingen(List.of(), 14, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VoortgangInstellingen(STANDAARD, -1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
