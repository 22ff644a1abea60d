package nl.inburgeringsregie.aanbieders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.aanbieders.Plaatsing.Actie;
import nl.inburgeringsregie.aanbieders.Plaatsing.Bezetting;
import nl.inburgeringsregie.aanbieders.Plaatsing.Status;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import org.junit.jupiter.api.Test;

/** The placement's lifecycle (AB-4) and capacity (AB-3) inside the aggregate: every step allowed and refused. */
class PlaatsingLevenscyclusTest {

    private static final Instant NU = Instant.parse("2027-03-01T10:00:00Z");
    private static final LocalDate VANDAAG = LocalDate.of(2027, 3, 1);
    private static final Bezetting VRIJ = new Bezetting(10, 9, 0);
    private static final Bezetting VOL = new Bezetting(10, 10, 0);

    private final Contract contract = Contract.nieuw(
            new Contract.Gegevens(
                    UUID.randomUUID(),
                    "T-1",
                    "Perceel",
                    Contractonderdeel.B1_ROUTE,
                    List.of("0392"),
                    LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31),
                    10,
                    List.of(),
                    Prijsmodel.PER_TRAJECT,
                    BigDecimal.TEN,
                    false),
            NU);

    private Plaatsing aangemeld() {
        return Plaatsing.aanmelden(
                UUID.randomUUID(),
                "0392",
                contract,
                null,
                Leerroute.B,
                Niveau.B1,
                LocalDate.of(2027, 2, 1),
                null,
                null,
                NU);
    }

    private Plaatsing geplaatst() {
        Plaatsing p = aangemeld();
        p.plaats(VRIJ, NU);
        return p;
    }

    private Plaatsing gestart() {
        Plaatsing p = geplaatst();
        p.start(LocalDate.of(2027, 2, 15), VANDAAG, contract, NU);
        return p;
    }

    @Test
    void eenAanmeldingMetEenVrijePlaatsWordtGeplaatstEnKanStarten() {
        Plaatsing p = aangemeld();
        assertThat(p.toegestaneActies()).containsExactlyInAnyOrder(Actie.PLAATSEN, Actie.AFBREKEN);
        p.plaats(VRIJ, NU);
        assertThat(p.status()).isEqualTo(Status.GEPLAATST);
        assertThat(p.toegestaneActies()).containsExactlyInAnyOrder(Actie.STARTEN, Actie.AFBREKEN);
    }

    @Test
    void eenAanmeldingBijEenVolContractGaatOpDeWachtlijst() {
        Plaatsing p = aangemeld();
        p.plaats(VOL, NU);
        assertThat(p.status()).isEqualTo(Status.WACHTLIJST);
        assertThat(p.toegestaneActies()).containsExactlyInAnyOrder(Actie.PLAATSEN, Actie.AFBREKEN);
    }

    @Test
    void vanafDeWachtlijstAlleenDeEersteEnAlleenMetEenVrijePlaats() {
        Plaatsing p = aangemeld();
        p.plaats(VOL, NU);
        assertThatThrownBy(() -> p.plaats(new Bezetting(10, 10, 1), NU))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.regel()).isEqualTo("AB-3"));
        assertThatThrownBy(() -> p.plaats(new Bezetting(10, 9, 2), NU))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.regel()).isEqualTo("AB-3");
                    assertThat(e.getMessage()).isEqualTo("fout.plaatsing.nietEerste");
                });
        assertThat(p.status()).isEqualTo(Status.WACHTLIJST);
        p.plaats(new Bezetting(10, 9, 1), NU);
        assertThat(p.status()).isEqualTo(Status.GEPLAATST);
    }

    @Test
    void startenAlleenNaPlaatsingEnMetEenDatumTussenAanmeldingEnVandaagBinnenHetContract() {
        Plaatsing wachtend = aangemeld();
        wachtend.plaats(VOL, NU);
        assertThatThrownBy(() -> wachtend.start(LocalDate.of(2027, 2, 15), VANDAAG, contract, NU))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.regel()).isEqualTo("AB-4"));

        Plaatsing p = geplaatst();
        assertThatThrownBy(() -> p.start(null, VANDAAG, contract, NU)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> p.start(LocalDate.of(2027, 1, 31), VANDAAG, contract, NU))
                .as("before the registration")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("startdatum"));
        assertThatThrownBy(() -> p.start(VANDAAG.plusDays(1), VANDAAG, contract, NU))
                .as("tomorrow: a start is recorded when it happened")
                .isInstanceOf(InvalidInputException.class);
        Contract kort = Contract.nieuw(
                new Contract.Gegevens(
                        UUID.randomUUID(),
                        "T-2",
                        "Perceel",
                        Contractonderdeel.B1_ROUTE,
                        List.of("0392"),
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 2, 10),
                        10,
                        List.of(),
                        Prijsmodel.PER_UUR,
                        BigDecimal.ONE,
                        false),
                NU);
        assertThatThrownBy(() -> p.start(LocalDate.of(2027, 2, 15), VANDAAG, kort, NU))
                .as("after the contract ended")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().regel()).isEqualTo("AB-2"));
        assertThat(p.status()).isEqualTo(Status.GEPLAATST);

        p.start(VANDAAG, VANDAAG, contract, NU);
        assertThat(p.status()).isEqualTo(Status.GESTART);
        assertThat(p.startdatum()).isEqualTo(VANDAAG);
        assertThat(p.toegestaneActies()).containsExactlyInAnyOrder(Actie.AFRONDEN, Actie.AFBREKEN);
        assertThatThrownBy(() -> p.start(VANDAAG, VANDAAG, contract, NU))
                .as("a second click")
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void afrondenAlleenNaDeStartEnNietVoorDeStart() {
        assertThatThrownBy(() -> geplaatst().rondAf(VANDAAG, VANDAAG, NU)).isInstanceOf(ConflictException.class);
        Plaatsing p = gestart();
        assertThatThrownBy(() -> p.rondAf(LocalDate.of(2027, 2, 14), VANDAAG, NU))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> p.rondAf(VANDAAG.plusDays(1), VANDAAG, NU)).isInstanceOf(InvalidInputException.class);
        p.rondAf(VANDAAG, VANDAAG, NU);
        assertThat(p.status()).isEqualTo(Status.AFGEROND);
        assertThat(p.toegestaneActies()).isEmpty();
        assertThat(p.status().lopend()).isFalse();
    }

    @Test
    void afbrekenVanuitElkeLopendeStatusMetEenRedenNietNaAfronding() {
        for (Plaatsing p : List.of(aangemeld(), geplaatst(), gestart(), wachtend())) {
            assertThatThrownBy(() -> p.breekAf("  ", VANDAAG, NU))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations().getFirst().field()).isEqualTo("reden"));
            p.breekAf(" verhuisd naar Utrecht ", VANDAAG, NU);
            assertThat(p.status()).isEqualTo(Status.AFGEBROKEN);
            assertThat(p.redenAfbreken()).isEqualTo("verhuisd naar Utrecht");
            assertThat(p.einddatum()).isEqualTo(VANDAAG);
            assertThat(p.toegestaneActies()).isEmpty();
            assertThatThrownBy(() -> p.breekAf("nogmaals", VANDAAG, NU)).isInstanceOf(ConflictException.class);
        }
        Plaatsing afgerond = gestart();
        afgerond.rondAf(VANDAAG, VANDAAG, NU);
        assertThatThrownBy(() -> afgerond.breekAf("te laat", VANDAAG, NU))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.regel()).isEqualTo("AB-4"));
    }

    @Test
    void elkeStatusZegtWelkeStappenMogen() {
        assertThat(Status.AFGEROND.lopend()).isFalse();
        assertThat(Status.AFGEBROKEN.lopend()).isFalse();
        for (Status s : EnumSet.of(Status.AANGEMELD, Status.WACHTLIJST, Status.GEPLAATST, Status.GESTART)) {
            assertThat(s.lopend()).as("%s", s).isTrue();
        }
    }

    @Test
    void hetKeurmerkGeldtTotEnMetDeLaatsteDag() {
        Aanbieder a = Aanbieder.nieuw(
                new Aanbieder.Gegevens("X", "1", LocalDate.of(2027, 2, 28), null, null, null, null), NU);
        assertThat(a.heeftKeurmerk(Contractonderdeel.Keurmerk.BLIK_OP_WERK, LocalDate.of(2027, 2, 28)))
                .isTrue();
        assertThat(a.heeftKeurmerk(Contractonderdeel.Keurmerk.BLIK_OP_WERK, LocalDate.of(2027, 3, 1)))
                .isFalse();
        assertThat(a.heeftKeurmerk(Contractonderdeel.Keurmerk.TST, LocalDate.of(2027, 1, 1)))
                .as("no TST at all")
                .isFalse();
        assertThat(a.heeftKeurmerk(null, LocalDate.of(2030, 1, 1)))
                .as("PVT needs none")
                .isTrue();
    }

    private Plaatsing wachtend() {
        Plaatsing p = aangemeld();
        p.plaats(VOL, NU);
        return p;
    }
}
