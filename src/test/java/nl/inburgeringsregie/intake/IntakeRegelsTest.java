package nl.inburgeringsregie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Kind;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.intake.Intake.LeefgebiedVerslag;
import nl.inburgeringsregie.intake.Keuzes.LbtResultaat;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The intake's rules as pure functions: each refusal with its field, message key and rule id. */
class IntakeRegelsTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);

    private static List<String> regels(List<Violation> fouten) {
        return fouten.stream()
                .map(v -> v.field() + " " + v.message() + " " + v.regel())
                .toList();
    }

    private static LeefgebiedVerslag verslag(Leefgebied leefgebied, String situatie, Integer score) {
        return new LeefgebiedVerslag(leefgebied, situatie, score, null, null, null, null);
    }

    @Test
    void leefgebiedenI1EnI5() {
        var uitkomst = IntakeRegels.verslagen(
                Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT,
                List.of(verslag(Leefgebied.FYSIEKE_GEZONDHEID, "Oud", null)),
                List.of(
                        verslag(null, "x", null),
                        verslag(Leefgebied.FYSIEKE_GEZONDHEID, "Nieuw", null),
                        verslag(Leefgebied.FINANCIELE_SITUATIE, "Schulden", null),
                        verslag(Leefgebied.OPLEIDING, "  Havo  ", 9)),
                false);
        assertThat(regels(uitkomst.fouten()))
                .containsExactly(
                        "leefgebieden[0].leefgebied fout.leefgebied.leeg I-1",
                        "leefgebieden[1] fout.leefgebied.bijzonder I-5",
                        "leefgebieden[2] fout.leefgebied.statushouder I-1",
                        "leefgebieden[3].score fout.leefgebied.score I-1");
        assertThat(uitkomst.verslagen())
                .as("health stays as stored (I-5); texts stripped")
                .contains(
                        verslag(Leefgebied.FYSIEKE_GEZONDHEID, "Oud", null), verslag(Leefgebied.OPLEIDING, "Havo", 9));
    }

    @Test
    void eenOngewijzigdVerslagHoudtZijnBronEnEenLeegVerslagVerdwijnt() {
        LeefgebiedVerslag coa = new LeefgebiedVerslag(Leefgebied.OPLEIDING, "Havo", null, null, null, null, "COA");
        var uitkomst = IntakeRegels.verslagen(
                Doelgroep.ASIELSTATUSHOUDER,
                List.of(coa, verslag(Leefgebied.WERKERVARING, "Kok", null)),
                List.of(verslag(Leefgebied.OPLEIDING, "Havo ", null), verslag(Leefgebied.WERKERVARING, " ", null)),
                true);
        assertThat(uitkomst.fouten()).isEmpty();
        assertThat(uitkomst.verslagen()).containsExactly(coa);
    }

    @Test
    void eenTeLangeTekstNoemtHetVeld() {
        var uitkomst = IntakeRegels.verslagen(
                Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT,
                List.of(),
                List.of(verslag(Leefgebied.OPLEIDING, "a".repeat(IntakeRegels.MAX_TEKST + 1), null)),
                true);
        assertThat(uitkomst.fouten()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("leefgebieden[0].situatie");
            assertThat(v.message()).isEqualTo("fout.tekst.lang");
            assertThat(v.args()).containsExactly(IntakeRegels.MAX_TEKST);
        });
    }

    @Test
    void urenAlleenBijDeB1RouteVanEenAsielstatushouderR2() {
        Intake.Routebesluit z = Intake.Routebesluit.opAdvies(Leerroute.Z, Alfabetiseringsindicator.NVT, null)
                .withUren(600)
                .withDatum(VANDAAG);
        assertThat(regels(IntakeRegels.besluit(Doelgroep.ASIELSTATUSHOUDER, z)))
                .containsExactly(
                        "routebesluit.geschatteIntensiteitB1Route fout.besluit.urenAlleenB1 R-2",
                        "routebesluit.reden fout.besluit.redenBij R-3");
        Intake.Routebesluit b = Intake.Routebesluit.opAdvies(Leerroute.B, Alfabetiseringsindicator.NVT, 600)
                .withUren(10000)
                .withReden("x")
                .withDatum(VANDAAG);
        assertThat(regels(IntakeRegels.besluit(Doelgroep.ASIELSTATUSHOUDER, b)))
                .containsExactly("routebesluit.geschatteIntensiteitB1Route fout.besluit.uren R-2");
        assertThat(IntakeRegels.besluit(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, b))
                .hasSize(1);
    }

    @Test
    void eenAfwijkingVanHetAdviesNoemtElkVerschilR3() {
        Intake.Routebesluit afwijkend = Intake.Routebesluit.opAdvies(Leerroute.B, Alfabetiseringsindicator.NVT, 600)
                .withLeerroute(Leerroute.Z)
                .withIndicator(Alfabetiseringsindicator.A)
                .withUren(null)
                .withReden(" ")
                .withDatum(VANDAAG);
        List<Violation> fouten = IntakeRegels.besluit(Doelgroep.ASIELSTATUSHOUDER, afwijkend);
        assertThat(regels(fouten)).containsExactly("routebesluit.reden fout.besluit.redenBij R-3");

        StaticMessageSource berichten = new StaticMessageSource();
        berichten.addMessage("fout.besluit.redenBij", Locale.ROOT, "Afwijking bij {0}.");
        berichten.addMessage("besluit.verschillen.2", Locale.ROOT, "{0}; {1}");
        berichten.addMessage("besluit.verschil.leerroute", Locale.ROOT, "route {0}/{1}");
        berichten.addMessage("besluit.verschil.indicator", Locale.ROOT, "alfa {0}/{1}");
        berichten.addMessage("intake.leerroute.B", Locale.ROOT, "B1");
        berichten.addMessage("intake.leerroute.Z", Locale.ROOT, "Z");
        berichten.addMessage("besluit.verschil.indicator.NVT", Locale.ROOT, "nvt");
        berichten.addMessage("besluit.verschil.indicator.A", Locale.ROOT, "A");
        Violation v = fouten.getFirst();
        assertThat(berichten.getMessage(v.message(), v.args(), Locale.ROOT))
                .isEqualTo("Afwijking bij route B1/Z; alfa nvt/A.");

        Intake.Routebesluit metReden = afwijkend.withReden("wens");
        assertThat(IntakeRegels.besluit(Doelgroep.ASIELSTATUSHOUDER, metReden)).isEmpty();
    }

    @Test
    void deLeerbaarheidstoetsI3() {
        assertThat(regels(IntakeRegels.leerbaarheidstoets(
                        Intake.Leerbaarheidstoets.LEEG
                                .withVrijstelling(Keuzes.LbtVrijstelling.VISUELE_BEPERKING)
                                .withVrijstellingBesluit(" ")
                                .withResultaat(LbtResultaat.ONBEKEND),
                        VANDAAG)))
                .containsExactly(
                        "resultaat fout.lbt.vrijstellingEnResultaat I-3", "vrijstellingBesluit fout.lbt.besluit I-3");
        assertThat(regels(IntakeRegels.leerbaarheidstoets(Intake.Leerbaarheidstoets.LEEG, VANDAAG)))
                .containsExactly("resultaat fout.lbt.leeg I-3");
        assertThat(regels(IntakeRegels.leerbaarheidstoets(
                        Intake.Leerbaarheidstoets.LEEG
                                .withResultaat(LbtResultaat.B1_ROUTE_HAALBAAR)
                                .withBehaaldeScore("54")
                                .withBenodigdeScore("50,00")
                                .withDatumAfname(VANDAAG.plusDays(1)),
                        VANDAAG)))
                .containsExactly("behaaldeScore fout.lbt.score I-3", "datumAfname fout.datum.toekomst I-3");
        assertThat(IntakeRegels.leerbaarheidstoets(
                        Intake.Leerbaarheidstoets.LEEG
                                .withResultaat(LbtResultaat.B1_ROUTE_HAALBAAR)
                                .withBehaaldeScore("54,00")
                                .withBenodigdeScore("50,00")
                                .withDatumAfname(VANDAAG),
                        VANDAAG))
                .isEmpty();
        assertThat(IntakeRegels.leerbaarheidstoets(
                        Intake.Leerbaarheidstoets.LEEG.withGepland(VANDAAG.plusDays(3)), VANDAAG))
                .as("only planned")
                .isEmpty();
    }

    @Test
    void afrondenVraagtWatDeWetEist() {
        Intake intake = Intake.nieuw(UUID.randomUUID(), "0363", Instant.parse("2026-03-02T09:00:00Z"));
        List<Kind> kinderen = List.of(new Kind("Sami", VANDAAG.minusYears(3)), new Kind("Noor", VANDAAG.minusYears(5)));
        List<String> fouten =
                regels(IntakeRegels.afronding(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, intake, kinderen, VANDAAG));
        assertThat(fouten)
                .contains(
                        "leefgebieden.OPLEIDING fout.afronden.leefgebied I-1",
                        "checklist.vveInformatieGegeven fout.afronden.vveKind I-2",
                        "checklist.zonderPartnerAangeboden fout.afronden.zonderPartner I-2",
                        "checklist.tolkAangeboden fout.afronden.tolk I-1",
                        "leerbaarheidstoets fout.afronden.lbt I-3",
                        "routebesluit fout.afronden.besluit R-3")
                .doesNotContain("leefgebieden.FINANCIELE_SITUATIE fout.afronden.leefgebied I-1");
        assertThat(IntakeRegels.kinderenInVveLeeftijd(kinderen, VANDAAG)).containsExactly("Sami");
    }
}
