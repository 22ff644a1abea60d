package nl.inburgeringsregie.pip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Eigenaar;
import nl.inburgeringsregie.pip.PipKeuzes.Onderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.PipActie;
import nl.inburgeringsregie.pip.PipKeuzes.PipStatus;
import nl.inburgeringsregie.pip.PipKeuzes.Wijzigingsreden;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * P-3: the PIP's lifecycle (concept → vastgesteld → vervangen / ingetrokken) is guarded by the aggregate itself: each
 * transition allowed and refused, and the actions it answers per status (no Spring).
 */
class PipLevenscyclusTest {

    private static final Instant NU = Instant.parse("2026-10-20T10:00:00Z");
    private static final LocalDate DAGTEKENING = LocalDate.of(2026, 10, 20);

    private static Pip concept() {
        return Pip.eerste(UUID.randomUUID(), "0392", NU);
    }

    private static Pip vastgesteld() {
        Pip pip = concept();
        pip.wijzigRoute(new Pip.Route(Leerroute.B, Niveau.B1, null, null));
        pip.stelVast(DAGTEKENING, NU);
        return pip;
    }

    private static void geweigerd(Runnable stap, String sleutel) {
        assertThatThrownBy(stap::run).isInstanceOf(ConflictException.class).hasMessage(sleutel);
    }

    @Test
    void eenConceptMagBewerkenVaststellenEnIntrekkenEnHeeftGeenBeschikking() {
        Pip pip = concept();
        assertThat(pip.status()).isEqualTo(PipStatus.CONCEPT);
        assertThat(pip.toegestaneActies())
                .containsExactlyInAnyOrder(PipActie.BEWERKEN, PipActie.VASTSTELLEN, PipActie.INTREKKEN);
        assertThat(pip.mag(PipActie.BESCHIKKING)).isFalse();
    }

    @Test
    void conceptWordtVastgesteldMetDagtekening() {
        Pip pip = concept();
        pip.stelVast(DAGTEKENING, NU);
        assertThat(pip.status()).isEqualTo(PipStatus.VASTGESTELD);
        assertThat(pip.dagtekeningPip()).isEqualTo(DAGTEKENING);
        assertThat(pip.toegestaneActies())
                .containsExactlyInAnyOrder(
                        PipActie.WIJZIGEN, PipActie.VERVANGEN, PipActie.INTREKKEN, PipActie.BESCHIKKING);
    }

    @Test
    void eenConceptKanNietWordenVervangenOfGewijzigdInEenNieuweVersie() {
        Pip pip = concept();
        geweigerd(() -> pip.vervang(NU), "fout.pip.nietVastgesteld");
        geweigerd(() -> pip.volgende(Wijzigingsreden.CORRECTIE, "typefout", NU), "fout.pip.nietVastgesteld");
        assertThat(pip.status()).isEqualTo(PipStatus.CONCEPT);
    }

    @Test
    void eenConceptKanWordenIngetrokken() {
        Pip pip = concept();
        pip.trekIn("Verhuisd naar het buitenland", NU);
        assertThat(pip.status()).isEqualTo(PipStatus.INGETROKKEN);
        assertThat(pip.intrekkingsreden()).isEqualTo("Verhuisd naar het buitenland");
        assertThat(pip.toegestaneActies()).isEmpty();
    }

    @Test
    void eenVastgesteldPipIsNietMeerTeBewerkenOfOpnieuwVastTeStellen() {
        Pip pip = vastgesteld();
        geweigerd(() -> pip.wijzigRoute(new Pip.Route(Leerroute.Z, null, null, null)), "fout.pip.geenConcept");
        geweigerd(() -> pip.wijzigAfspraken(List.of()), "fout.pip.geenConcept");
        geweigerd(() -> pip.wijzigZienswijze(new Pip.Zienswijze("x", false, null)), "fout.pip.geenConcept");
        geweigerd(() -> pip.wijzigMotiveringLeerroute("x"), "fout.pip.geenConcept");
        geweigerd(() -> pip.stelVast(DAGTEKENING.plusDays(1), NU), "fout.pip.geenConcept");
        assertThat(pip.leerroute()).isEqualTo(Leerroute.B);
        assertThat(pip.dagtekeningPip()).isEqualTo(DAGTEKENING);
    }

    @Test
    void eenWijzigingMaaktEenNieuwConceptMetDezelfdeInhoudEnDeReden() {
        Pip pip = vastgesteld();
        Pip nieuw = pip.volgende(Wijzigingsreden.VERHUIZING, "Verhuisd binnen de gemeente", NU);
        assertThat(nieuw.status()).isEqualTo(PipStatus.CONCEPT);
        assertThat(nieuw.versienummer()).isEqualTo(2);
        assertThat(nieuw.vorigeId()).isEqualTo(pip.id());
        assertThat(nieuw.leerroute()).isEqualTo(Leerroute.B);
        assertThat(nieuw.wijzigingsreden()).isEqualTo(Wijzigingsreden.VERHUIZING);
        assertThat(nieuw.dagtekeningPip()).isNull();
        assertThat(pip.status())
                .as("the vastgesteld version stays until the new one is vastgesteld")
                .isEqualTo(PipStatus.VASTGESTELD);
    }

    @Test
    void eenVastgesteldPipWordtVervangenEnHoudtZijnBeschikking() {
        Pip pip = vastgesteld();
        pip.vervang(NU);
        assertThat(pip.status()).isEqualTo(PipStatus.VERVANGEN);
        assertThat(pip.toegestaneActies()).containsExactly(PipActie.BESCHIKKING);
    }

    @Test
    void eenVastgesteldPipWordtIngetrokkenEnHoudtZijnBeschikking() {
        Pip pip = vastgesteld();
        pip.trekIn("Beschikking bevatte een verkeerde leerroute", NU);
        assertThat(pip.status()).isEqualTo(PipStatus.INGETROKKEN);
        assertThat(pip.toegestaneActies()).containsExactly(PipActie.BESCHIKKING);
    }

    @Test
    void eenVervangenPipStaatGeenStapMeerToe() {
        Pip pip = vastgesteld();
        pip.vervang(NU);
        geweigerd(() -> pip.trekIn("x", NU), "fout.pip.intrekken");
        geweigerd(() -> pip.vervang(NU), "fout.pip.nietVastgesteld");
        geweigerd(() -> pip.volgende(Wijzigingsreden.CORRECTIE, "x", NU), "fout.pip.nietVastgesteld");
        geweigerd(() -> pip.stelVast(DAGTEKENING, NU), "fout.pip.geenConcept");
        assertThat(pip.status()).isEqualTo(PipStatus.VERVANGEN);
    }

    @Test
    void eenIngetrokkenPipStaatGeenStapMeerToe() {
        Pip pip = concept();
        pip.trekIn("x", NU);
        geweigerd(() -> pip.trekIn("nogmaals", NU), "fout.pip.intrekken");
        geweigerd(() -> pip.stelVast(DAGTEKENING, NU), "fout.pip.geenConcept");
        geweigerd(() -> pip.wijzigAfspraken(List.of()), "fout.pip.geenConcept");
        geweigerd(() -> pip.vereis(PipActie.BESCHIKKING), "fout.pip.geenBeschikking");
        assertThat(pip.intrekkingsreden()).isEqualTo("x");
    }

    @Test
    void eenAfspraakWordtGemaaktMetBenoemdeStappen() {
        Pip.Afspraak a = Pip.Afspraak.van(Onderdeel.PVT, Eigenaar.INBURGERAAR, "PVT volgen")
                .withFrequentie("eenmalig")
                .withUren(12)
                .withHandhaafbaar(true);
        assertThat(a)
                .isEqualTo(new Pip.Afspraak(
                        Onderdeel.PVT, Eigenaar.INBURGERAAR, "PVT volgen", null, "eenmalig", 12, null, true));
    }

    @Test
    void eenVerouderdeVersieVanDeClientWordtGeweigerd() {
        Pip pip = concept();
        pip.verwachtVersie(null);
        pip.verwachtVersie(pip.version());
        assertThatThrownBy(() -> pip.verwachtVersie(7)).isInstanceOf(OptimisticLockingFailureException.class);
    }
}
