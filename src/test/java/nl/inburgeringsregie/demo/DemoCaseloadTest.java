package nl.inburgeringsregie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.inburgeringsregie.gebruikers.Gemeente;
import nl.inburgeringsregie.inburgeraar.Bsn;
import nl.inburgeringsregie.inburgeraar.Bulkregistratie.Dossierinvoer;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.InburgeraarGegevens;
import nl.inburgeringsregie.inburgeraar.Wet;
import org.junit.jupiter.api.Test;

/** The demo caseload generator: deterministic, valid, unique BSNs and the variety the issue asks for. */
class DemoCaseloadTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 25);
    private static final Gemeente HAARLEM = new Gemeente("0392", "Haarlem");
    private static final List<String> CONSULENTEN = List.of("consulent", "l.smit", "m.bouzid");

    private static List<Dossierinvoer> caseload(long seed, int aantal) {
        return new DemoCaseload(seed, VANDAAG)
                .voor(HAARLEM, DemoCaseload.HAARLEM, CONSULENTEN, aantal, 0, true)
                .toList();
    }

    private static <T> Set<T> waarden(List<Dossierinvoer> caseload, Function<InburgeraarGegevens, T> veld) {
        return caseload.stream().map(Dossierinvoer::gegevens).map(veld).collect(Collectors.toSet());
    }

    @Test
    void dezelfdeSeedGeeftDezelfdeMensen() {
        assertThat(caseload(7, 300)).isEqualTo(caseload(7, 300));
        assertThat(caseload(7, 300)).isNotEqualTo(caseload(8, 300));
    }

    @Test
    void bsnsZijnGeldigUniekEnBeginnenNooitMet9() {
        Set<String> bsns = new HashSet<>();
        new DemoCaseload(1, VANDAAG)
                .voor(HAARLEM, DemoCaseload.HAARLEM, CONSULENTEN, 50_000, 0, false)
                .map(d -> d.gegevens().bsn())
                .forEach(bsn -> {
                    assertThat(Bsn.isGeldig(bsn)).as(bsn).isTrue();
                    assertThat(bsn).doesNotStartWith("9").doesNotStartWith("0");
                    assertThat(bsns.add(bsn)).as("unique " + bsn).isTrue();
                });
        // The mapping is a bijection on the whole range, so distant person numbers never collide either.
        assertThat(Stream.of(0L, 1L, 7_999_999L, 4_000_000L)
                        .map(DemoCaseload::bsn)
                        .distinct())
                .hasSize(4);
    }

    @Test
    void herkomstTalenEnDoelgroepenZijnDivers() {
        List<Dossierinvoer> caseload = caseload(20260101, 600);
        assertThat(waarden(caseload, InburgeraarGegevens::landVanHerkomst))
                .contains("SY", "ER", "AF", "TR", "YE", "IQ", "SO", "MA", "IN", "US");
        assertThat(waarden(caseload, g -> g.talen().getFirst())).contains("ar", "ti", "prs", "tr", "so", "en", "ary");
        assertThat(waarden(caseload, InburgeraarGegevens::doelgroep)).containsExactlyInAnyOrder(Doelgroep.values());
        assertThat(caseload)
                .allSatisfy(d -> assertThat(d.gegevens()
                                .gedetailleerdeDoelgroep()
                                .hoortBij(d.gegevens().doelgroep()))
                        .isTrue());
        long asiel = caseload.stream()
                .filter(d -> d.gegevens().doelgroep() == Doelgroep.ASIELSTATUSHOUDER)
                .count();
        assertThat(asiel).isBetween(360L, 480L);
        assertThat(caseload).allSatisfy(d -> {
            if (d.gegevens().tolkNodig()) {
                assertThat(d.gegevens().talen()).contains(d.gegevens().tolkTaal());
            }
        });
    }

    @Test
    void huishoudensLeeftijdenEnFasenVarieren() {
        List<Dossierinvoer> caseload = caseload(20260101, 600);
        assertThat(caseload)
                .anyMatch(d -> d.gegevens().partner() == null
                        && d.gegevens().kinderen().isEmpty());
        assertThat(caseload)
                .anyMatch(d -> d.gegevens().partner() != null
                        && d.gegevens().kinderen().size() >= 3);
        assertThat(caseload)
                .anyMatch(d -> d.gegevens().partner() == null
                        && !d.gegevens().kinderen().isEmpty());
        assertThat(caseload)
                .anyMatch(d -> d.gegevens().kinderen().stream()
                        .anyMatch(k -> k.geboortedatum().isAfter(VANDAAG.minusYears(4))));
        assertThat(caseload)
                .allSatisfy(d -> assertThat(d.gegevens().geboortedatum())
                        .isBefore(
                                d.gegevens().datumKennisgeving().minusYears(18).plusDays(1)));
        assertThat(caseload).anyMatch(d -> d.gegevens().geboortedatum().isBefore(VANDAAG.minusYears(50)));
        assertThat(caseload.stream().map(Dossierinvoer::fase).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Fase.values());
        assertThat(caseload.stream().map(Dossierinvoer::consulent).collect(Collectors.toSet()))
                .contains(null, "consulent", "l.smit", "m.bouzid");
    }

    @Test
    void datumsVolgenDeWetEnLiggenNietInDeToekomst() {
        List<Dossierinvoer> caseload = caseload(20260101, 600);
        assertThat(caseload).allSatisfy(d -> {
            InburgeraarGegevens g = d.gegevens();
            // PL-4: the law follows the date the duty started.
            assertThat(g.wet())
                    .isEqualTo(g.datumKennisgeving().isBefore(LocalDate.of(2022, 1, 1)) ? Wet.WI2013 : Wet.WI2021);
            if (g.wet() == Wet.WI2021) {
                assertThat(g.datumKennisgeving())
                        .isAfterOrEqualTo(VANDAAG.minusYears(3).minusDays(2));
            }
            Stream.of(
                            g.datumKennisgeving(),
                            g.datumKoppeling(),
                            g.datumHuisvesting(),
                            g.datumInschrijvingBrp(),
                            g.datumStartBijstand())
                    .filter(Objects::nonNull)
                    .forEach(datum ->
                            assertThat(datum).isBeforeOrEqualTo(VANDAAG).isAfter(g.geboortedatum()));
            // Asylum permit holders are linked by COA; family migrants are not.
            assertThat(g.datumKoppeling() != null
                            || g.doelgroep() != Doelgroep.ASIELSTATUSHOUDER
                            || g.datumKennisgeving().isAfter(VANDAAG.minusDays(40)))
                    .isTrue();
            if (g.doelgroep() == Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT) {
                assertThat(g.datumKoppeling()).isNull();
            }
            if (g.datumHuisvesting() == null) {
                assertThat(g.contact().straat()).isNull();
            }
        });
        assertThat(caseload).anyMatch(d -> d.gegevens().wet() == Wet.WI2013);
    }

    @Test
    void landelijkeVerdelingTeltOpEnBegintBijDeGrootsteStad() {
        List<Integer> delen = Verdeling.zipf(1_000_000, 340);
        assertThat(delen.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1_000_000);
        assertThat(delen).allSatisfy(deel -> assertThat(deel).isPositive());
        assertThat(delen.getFirst()).isGreaterThan(10 * delen.get(100));
        assertThat(Verdeling.zipf(5, 3).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(5);
        assertThat(Verdeling.zipf(2, 5).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(2);
    }

    @Test
    void deVoortgangPastBijDeFaseEnDeWet() {
        List<Dossierinvoer> caseload = caseload(20260101, 600);
        assertThat(caseload).allSatisfy(d -> {
            var v = d.gegevens().mijlpalen();
            if (d.gegevens().wet() == Wet.WI2013
                    || d.fase() == Fase.AANMELDING
                    || d.fase() == Fase.BREDE_INTAKE
                    || d.fase() == Fase.PIP) {
                assertThat(v.dagtekeningPip()).isNull();
            }
            if (v.dagtekeningPip() != null) {
                assertThat(v.datumBredeIntakeAfgerond())
                        .isNotNull()
                        .isBeforeOrEqualTo(v.dagtekeningPip().plusDays(60));
                assertThat(v.dagtekeningPip()).isBeforeOrEqualTo(VANDAAG);
            }
            if (v.einddatumInburgeringstermijn() != null) {
                // T-3: last day dagtekening + 3 years (28-02 for a 29-02), DUO's einddatum the day after.
                assertThat(v.einddatumInburgeringstermijn())
                        .isEqualTo(v.dagtekeningPip().plusYears(3).plusDays(1));
            }
            if (v.wachtOpDerdenSinds() != null) {
                assertThat(v.wachtOpDerdenReden()).isNotBlank();
            }
        });
        assertThat(caseload).anyMatch(d -> d.gegevens().mijlpalen().dagtekeningPip() != null);
        assertThat(caseload).anyMatch(d -> d.gegevens().mijlpalen().einddatumInburgeringstermijn() != null);
        assertThat(caseload).anyMatch(d -> d.gegevens().mijlpalen().wachtOpDerdenSinds() != null);
        assertThat(caseload)
                .anyMatch(d -> d.fase() == Fase.PIP && d.gegevens().mijlpalen().datumBredeIntakeAfgerond() != null);
    }
}
