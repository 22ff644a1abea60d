package nl.inburgeringsregie.pip;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.intake.Keuzes.LbtResultaat;
import nl.inburgeringsregie.intake.Routeregels;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Eigenaar;
import nl.inburgeringsregie.pip.PipKeuzes.Examenonderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.Onderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.Wijzigingsreden;
import org.junit.jupiter.api.Test;

/** The PIP's rules as pure functions: each refusal with its field, message key and rule id (no Spring). */
class PipRegelsTest {

    private static final Instant NU = Instant.parse("2026-10-20T10:00:00Z");
    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 30);

    private static Pip.Afspraak afspraak(Onderdeel onderdeel, Integer uren) {
        return Pip.Afspraak.van(onderdeel, Eigenaar.INBURGERAAR, "Afspraak over " + onderdeel)
                .withFrequentie("wekelijks")
                .withUren(uren);
    }

    private static PipService.Inhoud inhoud(Leerroute route, Niveau niveau, Integer uren, List<Pip.Afspraak> a) {
        return new PipService.Inhoud(null, route, niveau, null, uren, false, null, false, null, a, null);
    }

    private static List<String> regels(List<Violation> fouten) {
        return fouten.stream().map(v -> v.message() + "/" + v.regel()).toList();
    }

    private static PipRegels.Feiten feiten(Doelgroep doelgroep, Leerroute routebesluit, LbtResultaat lbt) {
        return new PipRegels.Feiten(
                doelgroep,
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 15),
                null,
                routebesluit,
                lbt,
                LocalDate.of(2028, 4, 20),
                VANDAAG);
    }

    private static Pip concept(Leerroute route, Niveau niveau, List<Pip.Afspraak> afspraken) {
        Pip pip = Pip.eerste(UUID.randomUUID(), "0392", NU);
        pip.wijzigRoute(new Pip.Route(route, niveau, null, null));
        pip.wijzigAfspraken(afspraken);
        return pip;
    }

    private static List<Pip.Afspraak> b1Afspraken() {
        return List.of(
                afspraak(Onderdeel.LEERROUTE, null),
                afspraak(Onderdeel.KNM, null),
                afspraak(Onderdeel.PVT, 12),
                afspraak(Onderdeel.MAP, null));
    }

    @Test
    void r2NiveauPerLeerroute() {
        assertThat(regels(PipRegels.inhoud(inhoud(Leerroute.O, Niveau.A2, null, List.of()), true, false, null)))
                .containsExactly("fout.pip.a2Onderwijsroute/R-2");
        assertThat(regels(PipRegels.inhoud(inhoud(Leerroute.Z, Niveau.B1, null, List.of()), true, false, null)))
                .containsExactly("fout.pip.b1Zroute/R-2");
        assertThat(regels(PipRegels.inhoud(inhoud(Leerroute.B, Niveau.A2, null, List.of()), true, false, null)))
                .containsExactly("fout.pip.a2Eerste/R-2");
        assertThat(regels(PipRegels.inhoud(inhoud(Leerroute.B, Niveau.A2, null, List.of()), false, false, null)))
                .as("T-7: A2 in a later version only after afschalen")
                .containsExactly("fout.pip.a2ZonderAfschalen/T-7");
        assertThat(PipRegels.inhoud(inhoud(Leerroute.B, Niveau.A2, null, List.of()), false, true, null))
                .isEmpty();
        assertThat(regels(PipRegels.inhoud(inhoud(Leerroute.B, null, null, List.of()), true, false, null)))
                .containsExactly("fout.pip.niveau/R-1");
    }

    @Test
    void r2DeUrenAlleenBijDeB1RouteVanEenAsielstatushouderEnVan1Tot9999() {
        assertThat(regels(PipRegels.inhoud(
                        inhoud(Leerroute.B, Niveau.B1, 600, List.of()),
                        true,
                        false,
                        Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT)))
                .containsExactly("fout.besluit.urenAlleenB1/R-2");
        assertThat(regels(PipRegels.inhoud(
                        inhoud(Leerroute.B, Niveau.B1, 10000, List.of()), true, false, Doelgroep.ASIELSTATUSHOUDER)))
                .containsExactly("fout.besluit.uren/R-2");
        assertThat(PipRegels.inhoud(
                        inhoud(Leerroute.B, Niveau.B1, 9999, List.of()), true, false, Doelgroep.ASIELSTATUSHOUDER))
                .isEmpty();
        assertThat(Routeregels.geschatteIntensiteit(Leerroute.B, Doelgroep.ASIELSTATUSHOUDER, 0))
                .as("the one copy of the rule, shared with the intake's routebesluit")
                .contains("fout.besluit.uren");
    }

    @Test
    void deAfsprakenZelfP1R6R7H3() {
        List<Pip.Afspraak> afspraken = new ArrayList<>();
        afspraken.add(afspraak(Onderdeel.PVT, 11));
        afspraken.add(afspraak(Onderdeel.MAP, null));
        afspraken.add(afspraak(Onderdeel.OVERIG, null).withHandhaafbaar(true));
        afspraken.add(Pip.Afspraak.van(Onderdeel.KNM, Eigenaar.INBURGERAAR, " "));
        afspraken.add(Pip.Afspraak.van(null, Eigenaar.INBURGERAAR, "x"));
        List<Violation> fouten = PipRegels.inhoud(inhoud(Leerroute.O, Niveau.B1, null, afspraken), true, false, null);
        assertThat(regels(fouten))
                .containsExactly(
                        "fout.pip.pvtUren/R-7",
                        "fout.pip.mapOnderwijsroute/R-6",
                        "fout.pip.handhaafbaar/H-3",
                        "fout.pip.afspraakOmschrijving/P-1",
                        "fout.pip.afspraakWanneer/P-1",
                        "fout.pip.afspraakKeuzes/P-1");
        assertThat(fouten.getFirst().field()).isEqualTo("afspraken[0].uren");
        assertThat(fouten.getFirst().args()).containsExactly(PipRegels.PVT_MINIMUM_UREN);
    }

    @Test
    void p2WieHetOneensIsKrijgtHetStandpuntVanDeGemeente() {
        PipService.Inhoud oneens = new PipService.Inhoud(
                null, Leerroute.B, Niveau.B1, null, null, false, "Liever werk", true, " ", List.of(), null);
        assertThat(regels(PipRegels.inhoud(oneens, true, false, null))).containsExactly("fout.pip.standpunt/P-2");
    }

    @Test
    void vaststellenVraagtDeOnderdelenVanDeRoute() {
        Pip zonder = concept(Leerroute.B, Niveau.B1, List.of(afspraak(Onderdeel.LEERROUTE, null)));
        assertThat(regels(PipRegels.vaststelling(
                        zonder,
                        null,
                        LocalDate.of(2026, 10, 20),
                        feiten(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, Leerroute.B, null))))
                .containsExactly(
                        "fout.pip.ontbreekt.knm/R-4", "fout.pip.ontbreekt.pvt/R-7", "fout.pip.ontbreekt.map/R-8");
        Pip compleet = concept(Leerroute.B, Niveau.B1, b1Afspraken());
        assertThat(PipRegels.vaststelling(
                        compleet,
                        null,
                        LocalDate.of(2026, 10, 20),
                        feiten(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, Leerroute.B, null)))
                .isEmpty();
    }

    @Test
    void r5DeZrouteVanEenAsielstatushouderVraagt800LesurenEn800ParticipatieUren() {
        Pip pip = concept(
                Leerroute.Z,
                null,
                List.of(
                        afspraak(Onderdeel.LEERROUTE, 700),
                        afspraak(Onderdeel.KNM, 50),
                        afspraak(Onderdeel.PVT, 12),
                        afspraak(Onderdeel.MAP, null),
                        afspraak(Onderdeel.PARTICIPATIE, 100)));
        List<Violation> fouten = PipRegels.vaststelling(
                pip, null, LocalDate.of(2026, 10, 20), feiten(Doelgroep.ASIELSTATUSHOUDER, Leerroute.Z, null));
        assertThat(regels(fouten))
                .containsExactly("fout.pip.ontbreekt.zLesuren/R-5", "fout.pip.ontbreekt.zParticipatie/R-5");
        assertThat(fouten.get(0).args()).containsExactly(800, 750);
        assertThat(fouten.get(1).args()).containsExactly(800, 100);
        assertThat(PipRegels.vaststelling(
                        pip,
                        null,
                        LocalDate.of(2026, 10, 20),
                        feiten(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, Leerroute.Z, null)))
                .extracting(Violation::message)
                .containsExactly("fout.pip.ontbreekt.zLesuren");
    }

    @Test
    void r3EenAfwijkendeLeerrouteVraagtEenMotivering() {
        Pip pip = concept(Leerroute.Z, null, List.of());
        assertThat(regels(PipRegels.vaststelling(
                                pip,
                                null,
                                LocalDate.of(2026, 10, 20),
                                feiten(
                                        Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT,
                                        Leerroute.B,
                                        LbtResultaat.B1_ROUTE_HAALBAAR)))
                        .stream()
                        .filter(r -> r.endsWith("R-3"))
                        .toList())
                .containsExactly("fout.pip.motivering.routebesluit/R-3", "fout.pip.motivering.lbt/R-3");
        pip.wijzigMotiveringLeerroute("Gesprek met de taalschool");
        assertThat(regels(PipRegels.vaststelling(
                        pip,
                        null,
                        LocalDate.of(2026, 10, 20),
                        feiten(
                                Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT,
                                Leerroute.B,
                                LbtResultaat.B1_ROUTE_HAALBAAR))))
                .noneMatch(r -> r.endsWith("R-3"));
    }

    @Test
    void p4DeDagtekening() {
        Pip pip = concept(Leerroute.B, Niveau.B1, b1Afspraken());
        PipRegels.Feiten f = feiten(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, Leerroute.B, null);
        assertThat(regels(PipRegels.vaststelling(pip, null, null, f))).containsExactly("fout.pip.dagtekening/P-4");
        assertThat(regels(PipRegels.vaststelling(pip, null, VANDAAG.plusDays(1), f)))
                .containsExactly("fout.pip.dagtekeningToekomst/P-4");
        assertThat(regels(PipRegels.vaststelling(pip, null, LocalDate.of(2026, 8, 31), f)))
                .containsExactly("fout.pip.dagtekeningVoorPlicht/P-4", "fout.pip.dagtekeningVoorVestiging/P-4");
        assertThat(regels(PipRegels.vaststelling(pip, null, LocalDate.of(2026, 9, 10), f)))
                .containsExactly("fout.pip.dagtekeningVoorVestiging/P-4");
    }

    @Test
    void t6SchakelenBinnenHetVensterBehalveVanOnderwijsrouteNaarB1() {
        Pip huidige = concept(Leerroute.B, Niveau.B1, b1Afspraken());
        huidige.stelVast(LocalDate.of(2026, 10, 20), NU);
        PipService.Wijziging naarZ = PipService.Wijziging.om(Wijzigingsreden.SCHAKELEN, "B1 niet haalbaar")
                .withLeerroute(Leerroute.Z);
        assertThat(PipRegels.wijziging(huidige, naarZ, LocalDate.of(2028, 4, 20), VANDAAG, BigDecimal.ZERO))
                .isEmpty();
        List<Violation> teLaat =
                PipRegels.wijziging(huidige, naarZ, LocalDate.of(2026, 11, 1), VANDAAG, BigDecimal.ZERO);
        assertThat(regels(teLaat)).containsExactly("fout.pip.schakelenVenster/T-6");
        assertThat(teLaat.getFirst().args()).containsExactly("01-11-2026");
        PipService.Wijziging zelfde =
                PipService.Wijziging.om(Wijzigingsreden.SCHAKELEN, "x").withLeerroute(Leerroute.B);
        assertThat(regels(PipRegels.wijziging(huidige, zelfde, null, VANDAAG, BigDecimal.ZERO)))
                .containsExactly("fout.pip.schakelenRoute/T-6");

        Pip onderwijs = concept(Leerroute.O, Niveau.B1, List.of());
        onderwijs.stelVast(LocalDate.of(2026, 10, 20), NU);
        PipService.Wijziging naarB =
                PipService.Wijziging.om(Wijzigingsreden.SCHAKELEN, "Toch B1").withLeerroute(Leerroute.B);
        assertThat(PipRegels.wijziging(onderwijs, naarB, null, VANDAAG, BigDecimal.ZERO))
                .isEmpty();
    }

    @Test
    void t7AfschalenAlleenInDeB1RouteNa600NT2UrenUitHetUrenboek() {
        Pip huidige = concept(Leerroute.B, Niveau.B1, b1Afspraken());
        huidige.stelVast(LocalDate.of(2026, 10, 20), NU);
        PipService.Wijziging leeg =
                PipService.Wijziging.om(Wijzigingsreden.AFSCHALEN, "Na 600 uur").withAfschalenOnderdelen(List.of());
        assertThat(regels(PipRegels.wijziging(huidige, leeg, null, VANDAAG, new BigDecimal("599.75"))))
                .as("the ledger's hours, a quarter short")
                .containsExactly("fout.pip.afschalenOnderdelen/T-7", "fout.pip.afschalenUren/T-7");
        PipService.Wijziging goed = PipService.Wijziging.om(Wijzigingsreden.AFSCHALEN, "Na 600 uur")
                .withAfschalenOnderdelen(List.of(Examenonderdeel.SPREKEN));
        assertThat(PipRegels.wijziging(huidige, goed, null, VANDAAG, BigDecimal.valueOf(600)))
                .isEmpty();

        Pip zroute = concept(Leerroute.Z, null, List.of());
        zroute.stelVast(LocalDate.of(2026, 10, 20), NU);
        assertThat(regels(PipRegels.wijziging(zroute, goed, null, VANDAAG, BigDecimal.valueOf(900))))
                .containsExactly("fout.pip.afschalenRoute/T-7");
    }

    @Test
    void p3EenWijzigingEnEenIntrekkingHebbenEenReden() {
        Pip huidige = concept(Leerroute.B, Niveau.B1, b1Afspraken());
        huidige.stelVast(LocalDate.of(2026, 10, 20), NU);
        assertThat(regels(PipRegels.wijziging(
                        huidige, PipService.Wijziging.om(null, " "), null, VANDAAG, BigDecimal.ZERO)))
                .containsExactly("fout.pip.reden/P-3", "fout.pip.toelichting/P-3");
        assertThat(regels(PipRegels.intrekking(" "))).containsExactly("fout.pip.intrekReden/P-3");
        assertThat(PipRegels.intrekking("Verhuisd")).isEmpty();
    }
}
