package nl.inburgeringsregie.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.intake.Intake.LeefgebiedVerslag;
import nl.inburgeringsregie.intake.Keuzes.IntakeStatus;
import nl.inburgeringsregie.intake.Keuzes.LbtResultaat;
import nl.inburgeringsregie.leerroute.Leerroute;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/** The intake's lifecycle as the aggregate guards it: each action allowed in CONCEPT, refused once AFGEROND. */
class IntakeTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);

    private static Intake concept() {
        return Intake.nieuw(UUID.randomUUID(), "0363", Instant.parse("2026-03-02T09:00:00Z"));
    }

    private static Intake afgerond() {
        Intake intake = concept();
        intake.rondAf(VANDAAG);
        return intake;
    }

    private static final List<LeefgebiedVerslag> VERSLAG =
            List.of(new LeefgebiedVerslag(Leefgebied.OPLEIDING, "Havo in Syrië", null, null, null, null, null));

    private static final Intake.Leerbaarheidstoets LBT = Intake.Leerbaarheidstoets.LEEG
            .withResultaat(LbtResultaat.B1_ROUTE_HAALBAAR)
            .withBehaaldeScore("54,00")
            .withBenodigdeScore("50,00")
            .withDatumAfname(VANDAAG);

    private static final Intake.Routebesluit BESLUIT =
            Intake.Routebesluit.opAdvies(Leerroute.B, null, null).withDatum(VANDAAG);

    @Test
    void eenConceptStaatElkeActieToe() {
        Intake intake = concept();
        assertThat(intake.status()).isEqualTo(IntakeStatus.CONCEPT);
        assertThat(intake.toegestaneActies()).isEqualTo(EnumSet.allOf(IntakeActie.class));
        for (IntakeActie actie : IntakeActie.values()) {
            assertThat(intake.mag(actie)).as(actie.name()).isTrue();
        }
    }

    @Test
    void eenAfgerondeIntakeStaatNietsMeerToe() {
        Intake intake = afgerond();
        assertThat(intake.status()).isEqualTo(IntakeStatus.AFGEROND);
        assertThat(intake.afgerondOp()).isEqualTo(VANDAAG);
        assertThat(intake.toegestaneActies()).isEmpty();
        for (IntakeActie actie : IntakeActie.values()) {
            assertThat(intake.mag(actie)).as(actie.name()).isFalse();
        }
    }

    @Test
    void bewarenMagInConcept() {
        Intake intake = concept();
        intake.zetVerslagen(VERSLAG);
        intake.zetGesprek(null, Keuzes.Alfabetisering.LATIJNS_GEALFABETISEERD, null, true, null);
        intake.zetAfspraken(List.of());
        intake.besluit(BESLUIT);
        assertThat(intake.verslag(Leefgebied.OPLEIDING).situatie()).isEqualTo("Havo in Syrië");
        assertThat(intake.alfabetisering()).isEqualTo(Keuzes.Alfabetisering.LATIJNS_GEALFABETISEERD);
        assertThat(intake.routebesluit().leerroute()).isEqualTo(Leerroute.B);
        assertThat(intake.status()).isEqualTo(IntakeStatus.CONCEPT);
    }

    @Test
    void bewarenNaAfrondenWordtGeweigerd() {
        Intake intake = afgerond();
        assertThatThrownBy(() -> intake.zetVerslagen(VERSLAG)).isInstanceOf(Intake.ActieGeweigerd.class);
        assertThatThrownBy(() -> intake.zetGesprek(null, null, null, null, null))
                .isInstanceOf(Intake.ActieGeweigerd.class);
        assertThatThrownBy(() -> intake.zetAfspraken(List.of())).isInstanceOf(Intake.ActieGeweigerd.class);
        assertThatThrownBy(() -> intake.besluit(BESLUIT)).isInstanceOf(Intake.ActieGeweigerd.class);
        assertThat(intake.leefgebieden()).isEmpty();
        assertThat(intake.routebesluit().leerroute()).isNull();
    }

    @Test
    void deLeerbaarheidstoetsVastleggenMagInConceptEnNietNaAfronden() {
        Intake intake = concept();
        intake.zetLbt(LBT);
        assertThat(intake.lbt().resultaat()).isEqualTo(LbtResultaat.B1_ROUTE_HAALBAAR);

        Intake klaar = afgerond();
        assertThatThrownBy(() -> klaar.zetLbt(LBT)).isInstanceOf(Intake.ActieGeweigerd.class);
        assertThat(klaar.lbt().resultaat()).isNull();
    }

    @Test
    void coaOvernemenMagInConceptEnNietNaAfronden() {
        Intake intake = concept();
        intake.neemCoaOver(VERSLAG, "COA, 12-01-2026");
        assertThat(intake.coaBron()).isEqualTo("COA, 12-01-2026");
        assertThat(intake.verslag(Leefgebied.OPLEIDING)).isNotNull();

        Intake klaar = afgerond();
        assertThatThrownBy(() -> klaar.neemCoaOver(VERSLAG, "COA, 12-01-2026"))
                .isInstanceOf(Intake.ActieGeweigerd.class);
        assertThat(klaar.coaBron()).isNull();
    }

    @Test
    void afrondenGaatVanConceptNaarAfgerondEnKanNietTweeKeer() {
        Intake intake = afgerond();
        assertThatThrownBy(() -> intake.rondAf(VANDAAG.plusDays(1)))
                .isInstanceOf(Intake.ActieGeweigerd.class)
                .hasMessageContaining("AFRONDEN");
        assertThat(intake.afgerondOp()).isEqualTo(VANDAAG);
    }

    @Test
    void eenVerouderdeVersieWordtGeweigerd() {
        Intake nieuw = concept();
        nieuw.verwachtVersie(null);
        Intake opgeslagen = new Intake(UUID.randomUUID(), 3, "0363");
        opgeslagen.verwachtVersie(3);
        opgeslagen.verwachtVersie(null);
        assertThatThrownBy(() -> opgeslagen.verwachtVersie(2)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> nieuw.verwachtVersie(0)).isInstanceOf(OptimisticLockingFailureException.class);
    }
}
