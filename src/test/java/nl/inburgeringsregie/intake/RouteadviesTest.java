package nl.inburgeringsregie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.intake.Keuzes.Alfabetisering;
import nl.inburgeringsregie.intake.Keuzes.LbtResultaat;
import nl.inburgeringsregie.intake.Keuzes.LbtVrijstelling;
import nl.inburgeringsregie.intake.Keuzes.Vooropleiding;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Route advice scenarios (R-1, R-2, R-3, I-3), named after the situation. */
class RouteadviesTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 25);
    private static final Routeadvies ADVIES = new Routeadvies(new IntakeInstellingen(28, 600, 400, 200, 200, 5));
    private static final MessageSourceAccessor BERICHTEN = berichten();

    static MessageSourceAccessor berichten() {
        ResourceBundleMessageSource bron = new ResourceBundleMessageSource();
        bron.setBasenames("i18n/intake");
        bron.setDefaultEncoding("UTF-8");
        bron.setFallbackToSystemLocale(false);
        return new MessageSourceAccessor(bron, Locale.of("nl", "NL"));
    }

    private static Intake.Leerbaarheidstoets lbt(LbtResultaat resultaat, String behaald) {
        return Intake.Leerbaarheidstoets.LEEG
                .withResultaat(resultaat)
                .withBehaaldeScore(behaald)
                .withBenodigdeScore("50,00")
                .withDatumAfname(LocalDate.of(2026, 10, 1));
    }

    private static Routeadvies.Advies advies(
            Doelgroep doelgroep,
            int leeftijd,
            Intake.Leerbaarheidstoets lbt,
            Boolean studie,
            Vooropleiding vooropleiding,
            Alfabetisering alfabetisering) {
        return ADVIES.adviseer(
                new Routeadvies.Gegevens(
                        doelgroep,
                        VANDAAG.minusYears(leeftijd).minusDays(10),
                        lbt,
                        studie,
                        vooropleiding,
                        alfabetisering),
                VANDAAG);
    }

    @Test
    void haalbareLbtZonderStudiewensGeeftDeB1RouteMetUrenVoorEenStatushouder() {
        Routeadvies.Advies a = advies(
                Doelgroep.ASIELSTATUSHOUDER,
                35,
                lbt(LbtResultaat.B1_ROUTE_HAALBAAR, "70,00"),
                false,
                Vooropleiding.MBO,
                Alfabetisering.LATIJNS_GEALFABETISEERD);
        assertThat(a.leerroute()).isEqualTo(Leerroute.B);
        assertThat(a.niveau()).isEqualTo(Niveau.B1);
        assertThat(a.indicatorAlfabetiseringsonderwijs()).isEqualTo(Alfabetiseringsindicator.NVT);
        assertThat(a.geschatteIntensiteitB1Route()).isEqualTo(600);
        assertThat(a.redenen()).extracting(Routeadvies.Reden::regel).contains("R-3", "R-1", "R-2");
    }

    @Test
    void eenGezinsmigrantKrijgtGeenGeschatteIntensiteit() {
        Routeadvies.Advies a = advies(
                Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT,
                35,
                lbt(LbtResultaat.B1_ROUTE_HAALBAAR, "70,00"),
                false,
                Vooropleiding.MBO,
                Alfabetisering.LATIJNS_GEALFABETISEERD);
        assertThat(a.leerroute()).isEqualTo(Leerroute.B);
        assertThat(a.geschatteIntensiteitB1Route()).isNull();
    }

    @Test
    void jongerDan28MetStudiewensEnVooropleidingGeeftDeOnderwijsroute() {
        Routeadvies.Advies a = advies(
                Doelgroep.ASIELSTATUSHOUDER,
                24,
                lbt(LbtResultaat.B1_ROUTE_HAALBAAR, "70,00"),
                true,
                Vooropleiding.VOORTGEZET_ONDERWIJS,
                Alfabetisering.LATIJNS_GEALFABETISEERD);
        assertThat(a.leerroute()).isEqualTo(Leerroute.O);
        assertThat(a.niveau()).isEqualTo(Niveau.B1);
        assertThat(a.geschatteIntensiteitB1Route()).isNull();
        assertThat(a.redenen())
                .anySatisfy(r -> assertThat(BERICHTEN.getMessage(r)).contains("Jonger dan 28"));
    }

    @Test
    void ouderDan28MetStudiewensKrijgtHetAdviesDeOnderwijsrouteSeriousTeOverwegen() {
        Routeadvies.Advies a = advies(
                Doelgroep.ASIELSTATUSHOUDER,
                30,
                lbt(LbtResultaat.B1_ROUTE_HAALBAAR, "70,00"),
                true,
                Vooropleiding.HBO_WO,
                Alfabetisering.LATIJNS_GEALFABETISEERD);
        assertThat(a.leerroute()).isEqualTo(Leerroute.B);
        assertThat(a.redenen())
                .anySatisfy(r -> assertThat(BERICHTEN.getMessage(r)).contains("overweeg de onderwijsroute serieus"));
    }

    @Test
    void nietHaalbareLbtGeeftDeZelfredzaamheidsrouteZonderNiveau() {
        Routeadvies.Advies a = advies(
                Doelgroep.ASIELSTATUSHOUDER,
                45,
                lbt(LbtResultaat.B1_ROUTE_NIET_HAALBAAR, "30,00"),
                false,
                Vooropleiding.GEEN,
                Alfabetisering.LATIJNS_GEALFABETISEERD);
        assertThat(a.leerroute()).isEqualTo(Leerroute.Z);
        assertThat(a.niveau()).isNull();
        assertThat(a.geschatteIntensiteitB1Route()).isNull();
    }

    @Test
    void analfabetismeAlleenDwingtGeenZRouteAf() {
        Routeadvies.Advies a = advies(
                Doelgroep.ASIELSTATUSHOUDER,
                30,
                lbt(LbtResultaat.B1_ROUTE_HAALBAAR, "52,00"),
                false,
                Vooropleiding.GEEN,
                Alfabetisering.NIET_GEALFABETISEERD);
        assertThat(a.leerroute()).isEqualTo(Leerroute.B);
        assertThat(a.indicatorAlfabetiseringsonderwijs()).isEqualTo(Alfabetiseringsindicator.A);
        assertThat(a.geschatteIntensiteitB1Route())
                .as("base + literacy + a close LBT")
                .isEqualTo(600 + 400 + 200);
        Routeadvies.Advies anders = advies(
                Doelgroep.ASIELSTATUSHOUDER,
                30,
                lbt(LbtResultaat.B1_ROUTE_HAALBAAR, "70,00"),
                false,
                Vooropleiding.GEEN,
                Alfabetisering.ANDERS_GEALFABETISEERD);
        assertThat(anders.indicatorAlfabetiseringsonderwijs()).isEqualTo(Alfabetiseringsindicator.AA);
        assertThat(anders.geschatteIntensiteitB1Route()).isEqualTo(800);
    }

    @Test
    void zonderUitslagIsErNogGeenAdvies() {
        Routeadvies.Advies a = advies(Doelgroep.ASIELSTATUSHOUDER, 30, null, true, Vooropleiding.MBO, null);
        assertThat(a.leerroute()).isNull();
        assertThat(BERICHTEN.getMessage(a.redenen().getFirst())).contains("Nog geen advies");
        assertThat(advies(Doelgroep.ASIELSTATUSHOUDER, 30, lbt(LbtResultaat.ONBEKEND, "0,00"), true, null, null)
                        .leerroute())
                .isNull();
    }

    @Test
    void eenVrijgesteldePersoonKrijgtEenAdviesOpGrondVanDeIntake() {
        Intake.Leerbaarheidstoets vrijgesteld = Intake.Leerbaarheidstoets.LEEG
                .withVrijstelling(LbtVrijstelling.VISUELE_BEPERKING)
                .withVrijstellingBesluit("Besluit 12-10-2026: blind");
        Routeadvies.Advies a = advies(
                Doelgroep.ASIELSTATUSHOUDER,
                40,
                vrijgesteld,
                false,
                Vooropleiding.MBO,
                Alfabetisering.LATIJNS_GEALFABETISEERD);
        assertThat(a.leerroute()).isEqualTo(Leerroute.B);
        assertThat(a.redenen().getFirst().regel()).isEqualTo("I-3");
    }
}
