package nl.inburgeringsregie.inburgeraar;

import static nl.inburgeringsregie.inburgeraar.Fase.AANMELDING;
import static nl.inburgeringsregie.inburgeraar.Fase.AFGEROND;
import static nl.inburgeringsregie.inburgeraar.Fase.BREDE_INTAKE;
import static nl.inburgeringsregie.inburgeraar.Fase.INBURGERING;
import static nl.inburgeringsregie.inburgeraar.Fase.PIP;
import static nl.inburgeringsregie.inburgeraar.Fase.UITGESCHREVEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dossier's phase as a state machine (issue 13 point 1, T-15): every transition, allowed and refused, by the table
 * in {@link Fase} and by the aggregate that guards it.
 */
class FaseTest {

    @Test
    void deTabelVanToegestaneOvergangen() {
        assertThat(AANMELDING.volgende()).containsExactlyInAnyOrder(PIP, INBURGERING, AFGEROND, UITGESCHREVEN);
        assertThat(BREDE_INTAKE.volgende()).containsExactlyInAnyOrder(PIP, INBURGERING, AFGEROND, UITGESCHREVEN);
        assertThat(PIP.volgende()).containsExactlyInAnyOrder(INBURGERING, AFGEROND, UITGESCHREVEN);
        assertThat(INBURGERING.volgende()).containsExactlyInAnyOrder(AFGEROND, UITGESCHREVEN);
        // PL-5: DUO's outcome replaces the other one; uitschrijven after a duty met stays possible.
        assertThat(AFGEROND.volgende()).containsExactly(UITGESCHREVEN);
        assertThat(UITGESCHREVEN.volgende()).containsExactly(AFGEROND);
    }

    @ParameterizedTest
    @EnumSource(Fase.class)
    void nooitTerugNaarEenEerdereFaseNochNaarZichzelf(Fase van) {
        // T-15: intake and PIP move forward only; no step sets AANMELDING or BREDE_INTAKE.
        assertThat(van.magNaar(van)).isFalse();
        assertThat(van.magNaar(AANMELDING)).isFalse();
        assertThat(van.magNaar(BREDE_INTAKE)).isFalse();
        for (Fase eerder : List.of(AANMELDING, BREDE_INTAKE, PIP, INBURGERING)) {
            if (eerder.compareTo(van) < 0) {
                assertThat(van.magNaar(eerder)).as("%s -> %s", van, eerder).isFalse();
            }
        }
    }

    @Test
    void deAfgerondeIntakeBrengtEenEerdereFaseNaarPip() {
        // T-2: the brede intake finished.
        assertThat(AANMELDING.naBredeIntake()).isEqualTo(PIP);
        assertThat(BREDE_INTAKE.naBredeIntake()).isEqualTo(PIP);
        assertThat(PIP.naBredeIntake()).isEqualTo(PIP);
        assertThat(INBURGERING.naBredeIntake()).isEqualTo(INBURGERING);
        assertThat(AFGEROND.naBredeIntake()).isEqualTo(AFGEROND);
        assertThat(UITGESCHREVEN.naBredeIntake()).isEqualTo(UITGESCHREVEN);
    }

    @Test
    void hetVastgesteldePipBrengtEenEerdereFaseNaarInburgering() {
        // P-4, T-1: a PIP vastgesteld.
        assertThat(AANMELDING.naPipVastgesteld()).isEqualTo(INBURGERING);
        assertThat(BREDE_INTAKE.naPipVastgesteld()).isEqualTo(INBURGERING);
        assertThat(PIP.naPipVastgesteld()).isEqualTo(INBURGERING);
        assertThat(INBURGERING.naPipVastgesteld()).isEqualTo(INBURGERING);
        assertThat(AFGEROND.naPipVastgesteld()).isEqualTo(AFGEROND);
        assertThat(UITGESCHREVEN.naPipVastgesteld()).isEqualTo(UITGESCHREVEN);
    }

    @Test
    void uitschrijvenKanVanuitElkeFaseBehalveUitgeschreven() {
        for (Fase f : Fase.values()) {
            assertThat(f.magUitschrijven()).as(f.name()).isEqualTo(f != UITGESCHREVEN);
        }
    }

    @Test
    void hetDossierBewaaktZijnOvergangen() {
        Inburgeraar dossier = Inburgeraar.registreer(gegevens(), Registratiebron.BALIE, null, Instant.EPOCH);
        assertThat(dossier.fase()).isEqualTo(AANMELDING);
        dossier.gaNaar(PIP);
        assertThat(dossier.fase()).isEqualTo(PIP);
        assertThatThrownBy(() -> dossier.gaNaar(AANMELDING)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> dossier.gaNaar(PIP)).isInstanceOf(IllegalStateException.class);
        assertThat(dossier.fase()).isEqualTo(PIP);
        dossier.gaNaar(INBURGERING);
        dossier.gaNaar(UITGESCHREVEN);
        assertThatThrownBy(() -> dossier.gaNaar(UITGESCHREVEN)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> dossier.gaNaar(INBURGERING)).isInstanceOf(IllegalStateException.class);
        dossier.gaNaar(AFGEROND);
        assertThat(dossier.fase()).isEqualTo(AFGEROND);
    }

    private static InburgeraarGegevens gegevens() {
        return new InburgeraarGegevens(
                "0363",
                "111222333",
                "Achternaam",
                "Voornaam",
                LocalDate.of(1990, 1, 1),
                null,
                List.of(),
                null,
                List.of(),
                false,
                null,
                null,
                null,
                List.of(),
                Doelgroep.ASIELSTATUSHOUDER,
                null,
                Wet.WI2021,
                LocalDate.of(2024, 1, 1),
                null,
                null,
                null,
                null,
                Mijlpalen.LEEG);
    }
}
