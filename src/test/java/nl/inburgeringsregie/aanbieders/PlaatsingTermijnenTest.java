package nl.inburgeringsregie.aanbieders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.aanbieders.PlaatsingTermijnen.Feiten;
import nl.inburgeringsregie.aanbieders.PlaatsingTermijnen.Melding;
import nl.inburgeringsregie.aanbieders.PlaatsingTermijnen.Rij;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.Mijlpalen;
import nl.inburgeringsregie.inburgeraar.Wet;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.termijnen.Termijn;
import nl.inburgeringsregie.termijnen.TermijnStatus;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The placement signals as a pure derivation (ADR 0033), at the edges an adversary picks: T-5's 3 and 6 months from a
 * 31 August or a leap-day dagtekening, a start on the last day or the day after, a gezinsmigrant; AB-8 at 79 % and
 * 80 %, excused absence, three unexcused absences in a row and one excused in between, a window not yet full, the
 * moment a stretch below the threshold began; AB-9 with its reason and taken away by a new placement.
 */
class PlaatsingTermijnenTest {

    private static final PlaatsingSignaalInstellingen INSTELLINGEN = new PlaatsingSignaalInstellingen(null, null);
    private static final PlaatsingSignaalInstellingen.Waarden W = INSTELLINGEN.voor("0392");

    private final PlaatsingTermijnen bron = new PlaatsingTermijnen(null, INSTELLINGEN, berichten());

    static MessageSourceAccessor berichten() {
        ResourceBundleMessageSource bron = new ResourceBundleMessageSource();
        bron.setBasenames("i18n/aanbieders", "i18n/termijnen");
        bron.setDefaultEncoding("UTF-8");
        bron.setFallbackToSystemLocale(false);
        return new MessageSourceAccessor(bron, Locale.of("nl", "NL"));
    }

    private static Dossierfeiten dossier(Doelgroep doelgroep, LocalDate dagtekening) {
        return new Dossierfeiten(
                UUID.randomUUID(),
                "0392",
                "consulent",
                LocalDate.of(1990, 4, 12),
                doelgroep,
                Wet.WI2021,
                Fase.INBURGERING,
                dagtekening.minusMonths(3),
                null,
                dagtekening.minusMonths(2),
                null,
                new Mijlpalen(null, dagtekening, null, null, null, null),
                List.of(),
                null,
                null);
    }

    private static Rij plaatsing(
            Contractonderdeel onderdeel, Plaatsing.Status status, LocalDate start, List<Melding> presentie) {
        return new Rij(
                UUID.randomUUID(),
                onderdeel,
                status,
                LocalDate.of(2026, 1, 5),
                start,
                null,
                null,
                "Taalschool Kennemerland",
                presentie);
    }

    private static Melding week(LocalDate maandag, double aanwezig, double afwezig, Boolean geoorloofd) {
        return new Melding(maandag, BigDecimal.valueOf(aanwezig), BigDecimal.valueOf(afwezig), geoorloofd);
    }

    private List<Termijn> van(Dossierfeiten d, Leerroute route, Rij... plaatsingen) {
        return bron.afgeleid(d, new Feiten(route, List.of(plaatsingen)), W);
    }

    private static Termijn soort(List<Termijn> termijnen, String code) {
        return termijnen.stream()
                .filter(t -> t.soort().code().equals(code))
                .findFirst()
                .orElse(null);
    }

    @Test
    void aanbodDrieMaandenNa31AugustusIs30NovemberEnDeStartOpDieDagIsOpTijd() {
        Dossierfeiten d = dossier(Doelgroep.ASIELSTATUSHOUDER, LocalDate.of(2026, 8, 31));
        Termijn zonder = soort(van(d, Leerroute.B), "AANBOD_START");
        assertThat(zonder.uiterlijkeDatum()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(zonder.regel()).isEqualTo("T-5");
        assertThat(zonder.status(LocalDate.of(2026, 11, 30))).isEqualTo(TermijnStatus.BINNENKORT);
        assertThat(zonder.status(LocalDate.of(2026, 12, 1))).isEqualTo(TermijnStatus.VERLOPEN);
        assertThat(zonder.toelichting()).contains("30-11-2026", "3 maanden", "31-08-2026", "regel T-5");

        Termijn opTijd = soort(
                van(
                        d,
                        Leerroute.B,
                        plaatsing(
                                Contractonderdeel.B1_ROUTE,
                                Plaatsing.Status.GESTART,
                                LocalDate.of(2026, 11, 30),
                                List.of())),
                "AANBOD_START");
        assertThat(opTijd.afsluiting()).isEqualTo(TermijnStatus.VOLDAAN);
        assertThat(opTijd.teLaat()).isFalse();

        Termijn teLaat = soort(
                van(
                        d,
                        Leerroute.B,
                        plaatsing(
                                Contractonderdeel.B1_ROUTE,
                                Plaatsing.Status.GESTART,
                                LocalDate.of(2026, 12, 1),
                                List.of())),
                "AANBOD_START");
        assertThat(teLaat.afsluiting()).isEqualTo(TermijnStatus.VOLDAAN);
        assertThat(teLaat.gemistOp()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(teLaat.toelichting()).contains("te laat", "verlenging", "verklaring");
    }

    @Test
    void onderwijsrouteZesMaandenEindigtOpSchrikkeldag() {
        Dossierfeiten d = dossier(Doelgroep.ASIELSTATUSHOUDER, LocalDate.of(2027, 8, 31));
        assertThat(soort(van(d, Leerroute.O), "AANBOD_START").uiterlijkeDatum()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(soort(van(d, Leerroute.B), "AANBOD_START").uiterlijkeDatum()).isEqualTo(LocalDate.of(2027, 11, 30));
        Dossierfeiten schrikkel = dossier(Doelgroep.ASIELSTATUSHOUDER, LocalDate.of(2028, 2, 29));
        assertThat(soort(van(schrikkel, Leerroute.B), "AANBOD_START").uiterlijkeDatum())
                .isEqualTo(LocalDate.of(2028, 5, 29));
        assertThat(soort(van(schrikkel, Leerroute.O), "AANBOD_START").uiterlijkeDatum())
                .isEqualTo(LocalDate.of(2028, 8, 29));
    }

    @Test
    void eenModuleIsGeenStartVanHetAanbodEnEenGezinsmigrantKrijgtGeenAanbodsignaal() {
        Dossierfeiten d = dossier(Doelgroep.ASIELSTATUSHOUDER, LocalDate.of(2026, 8, 31));
        Termijn knm = soort(
                van(
                        d,
                        Leerroute.B,
                        plaatsing(
                                Contractonderdeel.KNM, Plaatsing.Status.GESTART, LocalDate.of(2026, 9, 7), List.of())),
                "AANBOD_START");
        assertThat(knm.afsluiting()).isNull();
        assertThat(van(dossier(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, LocalDate.of(2026, 8, 31)), Leerroute.B))
                .isEmpty();
        assertThat(van(d, null))
                .as("no vastgesteld PIP: no route to count from")
                .isEmpty();
    }

    /** Four weeks from Monday 7 September 2026 with these hours present and unexcused absent, week by week. */
    private Rij vierWeken(double[] aanwezig, double[] afwezig, Boolean geoorloofd) {
        List<Melding> m = new ArrayList<>();
        LocalDate maandag = LocalDate.of(2026, 9, 7);
        for (int i = 0; i < aanwezig.length; i++) {
            m.add(week(maandag.plusWeeks(i), aanwezig[i], afwezig[i], afwezig[i] > 0 ? geoorloofd : null));
        }
        return plaatsing(Contractonderdeel.B1_ROUTE, Plaatsing.Status.GESTART, LocalDate.of(2026, 9, 7), m);
    }

    @Test
    void aanwezigheid79ProcentIsEenSignaal80ProcentNiet() {
        Dossierfeiten d = dossier(Doelgroep.ASIELSTATUSHOUDER, LocalDate.of(2026, 8, 31));
        Rij onder = vierWeken(new double[] {20, 20, 20, 19}, new double[] {5, 5, 5, 6}, false);
        Termijn t = soort(van(d, Leerroute.B, onder), "AANWEZIGHEID");
        assertThat(t).isNotNull();
        assertThat(t.regel()).isEqualTo("AB-8");
        assertThat(t.startdatum()).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(t.uiterlijkeDatum()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(t.status(LocalDate.of(2026, 10, 1))).isEqualTo(TermijnStatus.BINNENKORT);
        assertThat(t.toelichting()).contains("79%", "80%", "4 weken", "regel AB-8", "12-10-2026");

        Rij precies = vierWeken(new double[] {20, 20, 20, 20}, new double[] {5, 5, 5, 5}, false);
        assertThat(soort(van(d, Leerroute.B, precies), "AANWEZIGHEID"))
                .as("80 % is not below 80 %")
                .isNull();
    }

    @Test
    void geoorloofdVerzuimTeltNietMee() {
        Dossierfeiten d = dossier(Doelgroep.ASIELSTATUSHOUDER, LocalDate.of(2026, 8, 31));
        Rij ziek = vierWeken(new double[] {10, 0, 0, 10}, new double[] {10, 20, 20, 10}, true);
        assertThat(van(d, Leerroute.B, ziek)).extracting(t -> t.soort().code()).doesNotContain("AANWEZIGHEID");
    }

    @Test
    void eenVensterDatNogNietVolIsTeltNietVoorHetPercentage() {
        Dossierfeiten d = dossier(Doelgroep.ASIELSTATUSHOUDER, LocalDate.of(2026, 8, 31));
        Rij tweeWeken = vierWeken(new double[] {0, 20}, new double[] {20, 0}, false);
        assertThat(soort(van(d, Leerroute.B, tweeWeken), "AANWEZIGHEID")).isNull();
    }

    @Test
    void drieKeerOpRijOngeoorloofdAfwezigMaarEenGeoorloofdeTussendoorBreektDeRij() {
        Dossierfeiten d = dossier(Doelgroep.ASIELSTATUSHOUDER, LocalDate.of(2026, 8, 31));
        LocalDate dinsdag = LocalDate.of(2026, 9, 8);
        Melding een = new Melding(dinsdag, BigDecimal.ZERO, BigDecimal.valueOf(3), false);
        Melding twee = new Melding(dinsdag.plusDays(2), BigDecimal.ZERO, BigDecimal.valueOf(3), false);
        Melding geoorloofd = new Melding(dinsdag.plusDays(2), BigDecimal.ZERO, BigDecimal.valueOf(3), true);
        Melding drie = new Melding(dinsdag.plusDays(7), BigDecimal.ZERO, BigDecimal.valueOf(3), false);
        Melding vier = new Melding(dinsdag.plusDays(9), BigDecimal.ZERO, BigDecimal.valueOf(3), false);
        LocalDate start = LocalDate.of(2026, 9, 7);

        Termijn rij = soort(
                van(
                        d,
                        Leerroute.B,
                        plaatsing(
                                Contractonderdeel.B1_ROUTE, Plaatsing.Status.GESTART, start, List.of(een, twee, drie))),
                "AANWEZIGHEID");
        assertThat(rij.startdatum()).isEqualTo(dinsdag.plusDays(7));
        assertThat(rij.toelichting()).contains("3 keer op rij", "regel AB-8");

        Termijn vierde = soort(
                van(
                        d,
                        Leerroute.B,
                        plaatsing(
                                Contractonderdeel.B1_ROUTE,
                                Plaatsing.Status.GESTART,
                                start,
                                List.of(een, twee, drie, vier))),
                "AANWEZIGHEID");
        assertThat(vierde.startdatum())
                .as("a fourth absence does not move the moment")
                .isEqualTo(dinsdag.plusDays(7));

        assertThat(soort(
                        van(
                                d,
                                Leerroute.B,
                                plaatsing(
                                        Contractonderdeel.B1_ROUTE,
                                        Plaatsing.Status.GESTART,
                                        start,
                                        List.of(een, geoorloofd, drie))),
                        "AANWEZIGHEID"))
                .isNull();

        Melding weer = new Melding(dinsdag.plusDays(14), BigDecimal.valueOf(3), BigDecimal.ZERO, null);
        assertThat(soort(
                        van(
                                d,
                                Leerroute.B,
                                plaatsing(
                                        Contractonderdeel.B1_ROUTE,
                                        Plaatsing.Status.GESTART,
                                        start,
                                        List.of(een, twee, drie, weer))),
                        "AANWEZIGHEID"))
                .as("present again: the run is over")
                .isNull();
    }

    @Test
    void eenAfgebrokenPlaatsingMetRedenTotEenNieuwePlaatsing() {
        Dossierfeiten d = dossier(Doelgroep.ASIELSTATUSHOUDER, LocalDate.of(2026, 8, 31));
        Rij afgebroken = new Rij(
                UUID.randomUUID(),
                Contractonderdeel.B1_ROUTE,
                Plaatsing.Status.AFGEBROKEN,
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 7),
                LocalDate.of(2026, 10, 2),
                "Verhuisd naar Velsen",
                "Taalschool Kennemerland",
                List.of());
        Termijn t = soort(van(d, Leerroute.B, afgebroken), "PLAATSING_AFGEBROKEN");
        assertThat(t.regel()).isEqualTo("AB-9");
        assertThat(t.startdatum()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(t.uiterlijkeDatum()).isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(t.toelichting()).contains("Verhuisd naar Velsen", "02-10-2026", "B1-route", "regel AB-9");
        assertThat(soort(van(d, Leerroute.B, afgebroken), "AANBOD_START").afsluiting())
                .as("started in time before it broke off: T-5 met")
                .isEqualTo(TermijnStatus.VOLDAAN);

        Rij opnieuw = plaatsing(Contractonderdeel.B1_ROUTE, Plaatsing.Status.GEPLAATST, null, List.of());
        assertThat(soort(van(d, Leerroute.B, afgebroken, opnieuw), "PLAATSING_AFGEBROKEN"))
                .isNull();
    }

    @Test
    void drempelsPerGemeente() {
        PlaatsingSignaalInstellingen eigen = new PlaatsingSignaalInstellingen(
                null, Map.of("0453", new PlaatsingSignaalInstellingen.Waarden(70, null, 2, null, null)));
        assertThat(eigen.voor("0453").aanwezigheidProcent()).isEqualTo(70);
        assertThat(eigen.voor("0453").aanwezigheidWeken()).isEqualTo(4);
        assertThat(eigen.voor("0453").afwezigOpRij()).isEqualTo(2);
        assertThat(eigen.voor("0392").aanwezigheidProcent()).isEqualTo(80);
    }
}
