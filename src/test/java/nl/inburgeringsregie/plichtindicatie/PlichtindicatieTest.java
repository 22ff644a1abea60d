package nl.inburgeringsregie.plichtindicatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import nl.inburgeringsregie.inburgeraar.Wet;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.plichtindicatie.Plichtindicatie.Indicatie;
import nl.inburgeringsregie.plichtindicatie.Plichtindicatie.Uitkomst;
import nl.inburgeringsregie.plichtindicatie.Plichtindicatie.Uitslag;
import nl.inburgeringsregie.plichtindicatie.Plichtindicatie.Vraag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** PL-2 pre-screen, on the configuration the application ships with (application.yml). */
class PlichtindicatieTest {

    static final PlichtindicatieInstellingen INSTELLINGEN = instellingenUitApplicationYml();
    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 25);

    private final Plichtindicatie plichtindicatie = new Plichtindicatie(INSTELLINGEN, berichten());

    static PlichtindicatieInstellingen instellingenUitApplicationYml() {
        try {
            StandardEnvironment omgeving = new StandardEnvironment();
            new YamlPropertySourceLoader()
                    .load("application.yml", new ClassPathResource("application.yml"))
                    .forEach(omgeving.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.get(omgeving))
                    .bind("inburgeringsregie.plichtindicatie", PlichtindicatieInstellingen.class)
                    .get();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static MessageSourceAccessor berichten() {
        ResourceBundleMessageSource bron = new ResourceBundleMessageSource();
        bron.setBasenames("i18n/plichtindicatie");
        bron.setDefaultEncoding("UTF-8");
        bron.setFallbackToSystemLocale(false);
        return new MessageSourceAccessor(bron, Locale.of("nl", "NL"));
    }

    private static Vraag vraag(LocalDate geboortedatum, List<String> nationaliteiten, String verblijfsdoel) {
        return new Vraag(geboortedatum, nationaliteiten, verblijfsdoel, 0, false, null);
    }

    private Uitslag beoordeel(Vraag vraag) {
        return plichtindicatie.beoordeel(vraag, VANDAAG);
    }

    @Test
    void volwassenSyrischeStatushouderIsWaarschijnlijkPlichtig() {
        Uitslag uitslag = beoordeel(vraag(LocalDate.of(1994, 3, 12), List.of("SY"), "asiel"));
        assertThat(uitslag.indicatie()).isEqualTo(Indicatie.PLICHTIG);
        assertThat(uitslag.omschrijving()).isEqualTo("Waarschijnlijk inburgeringsplichtig");
        assertThat(uitslag.peildatum()).isEqualTo(VANDAAG);
        assertThat(uitslag.redenen()).hasSize(7);
        // PL-4: without the date of residence, which law applies stays open (information only).
        assertThat(uitslag.redenen().get(5).regel()).isEqualTo("PL-4");
        assertThat(uitslag.redenen().subList(0, 5)).allSatisfy(r -> {
            assertThat(r.regel()).isEqualTo("PL-2");
            assertThat(r.uitkomst()).isEqualTo(Uitkomst.WIJST_OP_PLICHT);
        });
        // PL-1: always labelled as an indication; DUO decides.
        assertThat(uitslag.redenen().getLast().regel()).isEqualTo("PL-1");
        assertThat(uitslag.redenen().getLast().toelichting()).contains("DUO beslist");
        assertThat(uitslag.redenen().getFirst().toelichting()).contains("67 jaar en 3 maanden", "12 juni 2061");
    }

    @Test
    void minderjarigeIsNogNietPlichtig() {
        Uitslag uitslag = beoordeel(vraag(LocalDate.of(2009, 1, 15), List.of("ER"), "gezinshereniging"));
        assertThat(uitslag.indicatie()).isEqualTo(Indicatie.NIET_PLICHTIG);
        assertThat(uitslag.redenen().getFirst().uitkomst()).isEqualTo(Uitkomst.SLUIT_UIT);
        assertThat(uitslag.redenen().getFirst().toelichting()).contains("Jonger dan 18", "15 januari 2027");
    }

    @Test
    void achttienOpDePeildatumTeltMee() {
        Vraag vraag = new Vraag(LocalDate.of(2008, 11, 25), List.of("AF"), "asiel", 0, false, null);
        assertThat(beoordeel(vraag).indicatie()).isEqualTo(Indicatie.PLICHTIG);
    }

    @ParameterizedTest(name = "geboren {0}: AOW-leeftijd {1} jaar {2} maanden")
    @CsvSource({
        "1947-12-31, 65, 0", "1948-01-01, 65, 1", "1948-11-30, 65, 1", "1948-12-01, 65, 2", "1949-09-30, 65, 2",
        "1949-10-01, 65, 3", "1950-06-30, 65, 3", "1950-07-01, 65, 6", "1951-03-31, 65, 6", "1951-04-01, 65, 9",
        "1951-12-31, 65, 9", "1952-01-01, 66, 0", "1952-08-31, 66, 0", "1952-09-01, 66, 4", "1955-08-31, 66, 4",
        "1955-09-01, 66, 7", "1956-05-31, 66, 7", "1956-06-01, 66, 10", "1957-02-28, 66, 10", "1957-03-01, 67, 0",
        "1960-12-31, 67, 0", "1961-01-01, 67, 3", "1990-06-15, 67, 3"
    })
    void aowLeeftijdVolgtDeWettelijkeTabel(LocalDate geboortedatum, int jaren, int maanden) {
        assertThat(INSTELLINGEN.aowLeeftijdVoor(geboortedatum)).isEqualTo(Period.of(jaren, maanden, 0));
    }

    @ParameterizedTest(name = "geboren {0}, peildatum {1}: {2}")
    @CsvSource({
        "1957-03-01, 2024-02-29, PLICHTIG", "1957-03-01, 2024-03-01, NIET_PLICHTIG",
        "1961-05-10, 2028-08-09, PLICHTIG", "1961-05-10, 2028-08-10, NIET_PLICHTIG",
        "1956-05-31, 2022-12-30, PLICHTIG", "1956-05-31, 2022-12-31, NIET_PLICHTIG"
    })
    void bijDeAowLeeftijdEindigtDeIndicatie(LocalDate geboortedatum, LocalDate peildatum, Indicatie verwacht) {
        Vraag vraag = new Vraag(geboortedatum, List.of("SY"), "asiel", 0, false, peildatum);
        assertThat(plichtindicatie.beoordeel(vraag, VANDAAG).indicatie()).isEqualTo(verwacht);
    }

    @Test
    void eenNationaliteitVanDeEuEerOfZwitserlandSluitUitOokNaastEenAndere() {
        for (String land : List.of("DE", "NL", "NO", "CH", "PL")) {
            Uitslag uitslag = beoordeel(vraag(LocalDate.of(1990, 1, 1), List.of("SY", land), "gezinsvorming"));
            assertThat(uitslag.indicatie()).as(land).isEqualTo(Indicatie.NIET_PLICHTIG);
            assertThat(uitslag.redenen().getFirst().toelichting()).contains("(" + land + ")");
        }
        assertThat(beoordeel(vraag(LocalDate.of(1990, 1, 1), List.of("GB"), "gezinsvorming"))
                        .indicatie())
                .isEqualTo(Indicatie.PLICHTIG);
    }

    @Test
    void turkseNationaliteitIsPlichtigSinds2022() {
        // Came in 2023 (Wi2021): plichtig.
        Uitslag nu = beoordeel(new Vraag(
                LocalDate.of(1990, 1, 1), List.of("TR"), "gezinsvorming", 0, false, null, LocalDate.of(2023, 5, 1)));
        assertThat(nu.indicatie()).isEqualTo(Indicatie.PLICHTIG);
        assertThat(nu.wet()).isEqualTo(Wet.WI2021);
        assertThat(nu.redenen()).anySatisfy(r -> assertThat(r.toelichting()).contains("Turkse", "1 januari 2022"));
        Vraag in2021 =
                new Vraag(LocalDate.of(1990, 1, 1), List.of("TR"), "gezinsvorming", 0, false, LocalDate.of(2021, 6, 1));
        assertThat(beoordeel(in2021).indicatie()).isEqualTo(Indicatie.NIET_PLICHTIG);
    }

    @Test
    void eenTurkseOnderdaanDieVoor2022KwamIsNuNietPlichtig() {
        // PL-2, PL-4: under Wi2013 Turkish nationals were exempt; the duty came only for who came from 2022 on.
        Uitslag uitslag = beoordeel(new Vraag(
                LocalDate.of(1990, 1, 1), List.of("TR"), "gezinsvorming", 0, false, null, LocalDate.of(2021, 12, 31)));
        assertThat(uitslag.indicatie()).isEqualTo(Indicatie.NIET_PLICHTIG);
        assertThat(uitslag.redenen()).anySatisfy(r -> {
            assertThat(r.uitkomst()).isEqualTo(Uitkomst.SLUIT_UIT);
            assertThat(r.toelichting()).contains("Turkse", "31 december 2021", "vrijgesteld");
        });
        assertThat(uitslag.redenen().getLast().regel()).isEqualTo("PL-1");
        // Since 1 January 2022 exactly: plichtig under Wi2021.
        assertThat(beoordeel(new Vraag(
                                LocalDate.of(1990, 1, 1),
                                List.of("TR"),
                                "gezinsvorming",
                                0,
                                false,
                                null,
                                LocalDate.of(2022, 1, 1)))
                        .indicatie())
                .isEqualTo(Indicatie.PLICHTIG);
    }

    @Test
    void eenTurkseOnderdaanZonderDatumVanVerblijfIsOnbekend() {
        Uitslag uitslag = beoordeel(vraag(LocalDate.of(1990, 1, 1), List.of("TR"), "gezinsvorming"));
        assertThat(uitslag.indicatie()).isEqualTo(Indicatie.ONBEKEND);
        assertThat(uitslag.redenen())
                .anySatisfy(r -> assertThat(r.toelichting()).contains("Turkse", "sinds wanneer"));
    }

    @Test
    void wieVoor2022KwamValtOnderDeWetInburgering2013() {
        Uitslag oud = beoordeel(
                new Vraag(LocalDate.of(1985, 6, 1), List.of("SY"), "asiel", 0, false, null, LocalDate.of(2019, 3, 4)));
        assertThat(oud.indicatie()).isEqualTo(Indicatie.PLICHTIG);
        assertThat(oud.wet()).isEqualTo(Wet.WI2013);
        assertThat(oud.redenen()).anySatisfy(r -> {
            assertThat(r.regel()).isEqualTo("PL-4");
            assertThat(r.toelichting()).contains("4 maart 2019", "Wet inburgering 2013", "geen PIP");
        });
        Uitslag nieuw = beoordeel(
                new Vraag(LocalDate.of(1985, 6, 1), List.of("SY"), "asiel", 0, false, null, LocalDate.of(2022, 1, 1)));
        assertThat(nieuw.wet()).isEqualTo(Wet.WI2021);
        assertThat(beoordeel(vraag(LocalDate.of(1985, 6, 1), List.of("SY"), "asiel"))
                        .wet())
                .as("unknown")
                .isNull();
    }

    @Test
    void eenVerblijfNaDePeildatumOfVoorDeGeboorteWordtGeweigerd() {
        assertThatThrownBy(() -> beoordeel(new Vraag(
                        LocalDate.of(1990, 1, 1), List.of("SY"), "asiel", 0, false, null, VANDAAG.plusDays(1))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field() + "/" + v.regel())
                                .containsExactly("verblijfSinds/PL-4"));
        assertThatThrownBy(() -> beoordeel(new Vraag(
                        LocalDate.of(1990, 1, 1), List.of("SY"), "asiel", 0, false, null, LocalDate.of(1989, 1, 1))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactly("verblijfSinds"));
    }

    @Test
    void tijdelijkVerblijfsdoelSluitUitEnArbeidIsOnbekend() {
        LocalDate geboren = LocalDate.of(1995, 5, 5);
        assertThat(beoordeel(vraag(geboren, List.of("IN"), "studie")).indicatie())
                .isEqualTo(Indicatie.NIET_PLICHTIG);
        assertThat(beoordeel(vraag(geboren, List.of("IN"), "overig-tijdelijk")).indicatie())
                .isEqualTo(Indicatie.NIET_PLICHTIG);
        assertThat(beoordeel(vraag(geboren, List.of("IN"), "overig-niet-tijdelijk"))
                        .indicatie())
                .isEqualTo(Indicatie.PLICHTIG);
        assertThat(beoordeel(vraag(geboren, List.of("IN"), "geestelijk-bedienaar"))
                        .indicatie())
                .isEqualTo(Indicatie.PLICHTIG);
        Uitslag arbeid = beoordeel(vraag(geboren, List.of("IN"), "arbeid"));
        assertThat(arbeid.indicatie()).isEqualTo(Indicatie.ONBEKEND);
        assertThat(arbeid.redenen().getFirst().toelichting()).contains("Kennismigrant");
    }

    @Test
    void achtJaarLeerplichtInNederlandOfEenDiplomaSluitUit() {
        LocalDate geboren = LocalDate.of(2000, 2, 2);
        assertThat(beoordeel(new Vraag(geboren, List.of("MA"), "gezinshereniging", 8, false, null))
                        .indicatie())
                .isEqualTo(Indicatie.NIET_PLICHTIG);
        assertThat(beoordeel(new Vraag(geboren, List.of("MA"), "gezinshereniging", 7, false, null))
                        .indicatie())
                .isEqualTo(Indicatie.PLICHTIG);
        assertThat(beoordeel(new Vraag(geboren, List.of("MA"), "gezinshereniging", 0, true, null))
                        .indicatie())
                .isEqualTo(Indicatie.NIET_PLICHTIG);
    }

    @Test
    void zonderGegevensIsDeIndicatieOnbekendMaarUitsluitenWint() {
        Uitslag leeg = beoordeel(new Vraag(null, null, null, null, null, null));
        assertThat(leeg.indicatie()).isEqualTo(Indicatie.ONBEKEND);
        assertThat(leeg.redenen().subList(0, 5))
                .allSatisfy(r -> assertThat(r.uitkomst()).isEqualTo(Uitkomst.ONBEKEND));
        Uitslag studie = beoordeel(new Vraag(null, null, "studie", null, null, null));
        assertThat(studie.indicatie()).isEqualTo(Indicatie.NIET_PLICHTIG);
        assertThat(studie.redenen().getFirst().uitkomst()).isEqualTo(Uitkomst.SLUIT_UIT);
    }

    @Test
    void ongeldigeInvoerNoemtVeldEnRegel() {
        assertThatThrownBy(() -> beoordeel(
                        new Vraag(LocalDate.of(2030, 1, 1), List.of("SY", "Syrie"), "toerisme", 14, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations())
                            .extracting(InvalidInputException.Violation::field)
                            .containsExactly(
                                    "geboortedatum",
                                    "nationaliteiten[1]",
                                    "verblijfsdoel",
                                    "jarenLeerplichtigInNederland");
                    assertThat(e.violations())
                            .allSatisfy(v -> assertThat(v.regel()).isEqualTo("PL-2"));
                    assertThat(e.violations().get(2).message()).contains("asiel", "overig-niet-tijdelijk");
                });
    }
}
