package nl.inburgeringsregie.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.Wet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Deadline scenarios, named after the situation they check (rules T-1, T-2, T-3, T-5, T-6, T-13, PL-4). */
class InburgeringTermijnenTest {

    private static Termijn termijn(List<Termijn> termijnen, TermijnSoort soort) {
        return termijnen.stream().filter(t -> t.soort() == soort).findFirst().orElseThrow();
    }

    private static Termijn bereken(Feiten feiten, TermijnSoort soort) {
        return termijn(Feiten.regels().termijnen(feiten.bouw()), soort);
    }

    private static LocalDate d(String datum) {
        return LocalDate.parse(datum);
    }

    @Nested
    class PipBinnenTienWeken {

        @Test
        void statushouderZonderPipNaTienWekenIsVerlopen() {
            Termijn pip = bereken(
                    Feiten.statushouder().kennisgeving("2026-01-02").huisvesting("2026-01-15"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.startdatum()).isEqualTo(d("2026-01-15"));
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2026-03-26"));
            assertThat(pip.regel()).isEqualTo("T-1");
            assertThat(pip.toelichting())
                    .isEqualTo("PIP uiterlijk 26-03-2026: 10 weken na 15-01-2026, de laatste van de "
                            + "kennisgeving (02-01-2026) en de datum huisvesting (15-01-2026) (regel T-1).");
            assertThat(pip.status(d("2026-03-11"))).isEqualTo(TermijnStatus.OPEN);
            assertThat(pip.status(d("2026-03-12"))).isEqualTo(TermijnStatus.BINNENKORT);
            assertThat(pip.status(d("2026-03-26"))).isEqualTo(TermijnStatus.BINNENKORT);
            assertThat(pip.status(d("2026-03-27"))).isEqualTo(TermijnStatus.VERLOPEN);
        }

        @Test
        void eenLateKennisgevingNaDeHuisvestingIsHetStartmoment() {
            Termijn pip = bereken(
                    Feiten.statushouder().kennisgeving("2026-02-20").huisvesting("2026-01-15"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.startdatum()).isEqualTo(d("2026-02-20"));
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2026-05-01"));
        }

        @Test
        void gezinsmigrantBegintBijInschrijvingInDeBrp() {
            Termijn pip = bereken(
                    Feiten.gezinsmigrant()
                            .kennisgeving("2026-03-01")
                            .brp("2026-03-10")
                            .huisvesting("2025-01-01"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.startdatum()).isEqualTo(d("2026-03-10"));
            assertThat(pip.toelichting()).contains("de datum inschrijving BRP (10-03-2026)");
        }

        @Test
        void statushouderInHetAzcHeeftNogGeenTermijnEnHetSysteemZegtWatOntbreekt() {
            Termijn pip = bereken(
                    Feiten.statushouder().kennisgeving("2026-03-01").koppeling("2026-03-05"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.uiterlijkeDatum()).isNull();
            assertThat(pip.status(d("2027-01-01"))).isEqualTo(TermijnStatus.OPEN);
            assertThat(pip.toelichting())
                    .isEqualTo("Nog niet te berekenen: de datum huisvesting ontbreekt (regel T-1).");
            Termijn zonderIets = bereken(Feiten.statushouder(), TermijnSoort.PIP_VASTSTELLEN);
            assertThat(zonderIets.toelichting())
                    .contains("de datum kennisgeving (DUO) en de datum huisvesting ontbreekt");
        }

        @Test
        void eenGemeenteKanDeKoppelingAlsStartmomentKiezen() {
            TermijnInstellingen instellingen = Feiten.metGemeente(
                    "0453",
                    new TermijnInstellingen.Waarden(
                            TermijnInstellingen.PipStart.KOPPELING, null, null, null, null, null, null));
            Feiten feiten = Feiten.statushouder().kennisgeving("2026-03-01").koppeling("2026-03-05");
            Termijn velsen =
                    termijn(Feiten.regels(instellingen).termijnen(feiten.bouw("0453")), TermijnSoort.PIP_VASTSTELLEN);
            // 10 weeks after 05-03-2026 is Hemelvaartsdag 14-05-2026: the next working day (T-14).
            assertThat(velsen.uiterlijkeDatum()).isEqualTo(d("2026-05-15"));
            Termijn haarlem =
                    termijn(Feiten.regels(instellingen).termijnen(feiten.bouw("0392")), TermijnSoort.PIP_VASTSTELLEN);
            assertThat(haarlem.uiterlijkeDatum()).isNull();
        }

        @Test
        void wachtenOpInformatieVanDerdenSchortDeTermijnOpZolangNietsBinnenIs() {
            Termijn pip = bereken(
                    Feiten.statushouder()
                            .kennisgeving("2026-01-02")
                            .huisvesting("2026-01-15")
                            .wachtOpDerden("2026-03-01", "Medische informatie van de huisarts", null),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.uiterlijkeDatum()).isNull();
            assertThat(pip.status(d("2026-06-01"))).isEqualTo(TermijnStatus.OPEN);
            assertThat(pip.toelichting())
                    .contains(
                            "26-03-2026",
                            "01-03-2026",
                            "Medische informatie van de huisarts",
                            "hoogstens 2 weken",
                            "(regel T-1)");
        }

        @Test
        void naOntvangstVanDeInformatieGeldenNogHoogstensTweeWeken() {
            Termijn pip = bereken(
                    Feiten.statushouder()
                            .kennisgeving("2026-01-02")
                            .huisvesting("2026-01-15")
                            .wachtOpDerden("2026-03-01", "Diplomawaardering (IDW)", "2026-04-20"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2026-05-04"));
            assertThat(pip.toelichting()).contains("2 weken na ontvangst op 20-04-2026", "liep tot 26-03-2026");
            Termijn vroeg = bereken(
                    Feiten.statushouder()
                            .kennisgeving("2026-01-02")
                            .huisvesting("2026-01-15")
                            .wachtOpDerden("2026-01-20", "Diplomawaardering (IDW)", "2026-01-25"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(vroeg.uiterlijkeDatum())
                    .as("information in time: the ordinary deadline stays")
                    .isEqualTo(d("2026-03-26"));
        }

        @Test
        void eenVastgesteldPipIsVoldaanEnZegtOfHetOpTijdWas() {
            Feiten feiten = Feiten.statushouder().kennisgeving("2026-01-02").huisvesting("2026-01-15");
            Termijn opTijd = bereken(feiten.dagtekening("2026-03-20"), TermijnSoort.PIP_VASTSTELLEN);
            assertThat(opTijd.status(d("2026-06-01"))).isEqualTo(TermijnStatus.VOLDAAN);
            assertThat(opTijd.toelichting()).contains("op tijd", "20-03-2026");
            Termijn teLaat = bereken(feiten.dagtekening("2026-04-02"), TermijnSoort.PIP_VASTSTELLEN);
            assertThat(teLaat.toelichting()).contains("voldaan, 7 dagen te laat", "de uiterste datum was 26-03-2026");
            assertThat(teLaat.gemistOp())
                    .as("met late: the missed day stays visible (T-15)")
                    .isEqualTo(d("2026-03-26"));
            assertThat(opTijd.gemistOp()).isNull();
        }
    }

    @Nested
    class BredeIntake {

        @Test
        void streefdatumIsZesWekenNaDeStartVanDePipTermijn() {
            Termijn intake = bereken(
                    Feiten.statushouder().kennisgeving("2026-01-02").huisvesting("2026-01-15"),
                    TermijnSoort.BREDE_INTAKE);
            assertThat(intake.uiterlijkeDatum()).isEqualTo(d("2026-02-26"));
            assertThat(intake.regel()).isEqualTo("T-2");
            assertThat(intake.toelichting()).contains("6 weken", "standaardinstelling");
        }

        @Test
        void eenGemeenteMetEenEigenStreefdatumZietDieInDeToelichting() {
            TermijnInstellingen instellingen =
                    Feiten.metGemeente("0392", new TermijnInstellingen.Waarden(null, 4, null, null, null, null, null));
            Termijn intake = termijn(
                    Feiten.regels(instellingen)
                            .termijnen(Feiten.statushouder()
                                    .kennisgeving("2026-01-02")
                                    .huisvesting("2026-01-15")
                                    .bouw("0392")),
                    TermijnSoort.BREDE_INTAKE);
            assertThat(intake.uiterlijkeDatum()).isEqualTo(d("2026-02-12"));
            assertThat(intake.toelichting()).contains("4 weken", "instelling van gemeente 0392");
        }

        @Test
        void eenAfgerondeIntakeIsVoldaan() {
            Termijn intake = bereken(
                    Feiten.statushouder()
                            .kennisgeving("2026-01-02")
                            .huisvesting("2026-01-15")
                            .intakeAfgerond("2026-02-10"),
                    TermijnSoort.BREDE_INTAKE);
            assertThat(intake.status(d("2026-06-01"))).isEqualTo(TermijnStatus.VOLDAAN);
        }
    }

    @Nested
    class Inburgeringstermijn {

        @Test
        void verwachtDrieJaarVanafDeDagNaDeDagtekening() {
            Termijn termijn = bereken(
                    Feiten.statushouder().dagtekening("2026-03-10").fase(Fase.INBURGERING),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.startdatum()).isEqualTo(d("2026-03-11"));
            assertThat(termijn.uiterlijkeDatum()).isEqualTo(d("2029-03-10"));
            assertThat(termijn.verwacht()).isTrue();
            assertThat(termijn.toelichting()).startsWith("Verwacht: inburgeringstermijn tot en met 10-03-2029");
        }

        @Test
        void deEinddatumVanDuoWintEnIsExclusief() {
            Termijn termijn = bereken(
                    Feiten.statushouder()
                            .dagtekening("2026-03-10")
                            .einddatumDuo("2029-04-01")
                            .fase(Fase.INBURGERING),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.uiterlijkeDatum()).isEqualTo(d("2029-03-31"));
            assertThat(termijn.verwacht()).isFalse();
            assertThat(termijn.toelichting())
                    .contains("tot en met 31-03-2029 volgens DUO", "einddatum 01-04-2029 is de eerste dag daarna");
        }

        @Test
        void zesMaandenVoorHetEindeStaatHijOpDeAttentielijst() {
            Termijn termijn = bereken(
                    Feiten.statushouder().dagtekening("2026-03-10").fase(Fase.INBURGERING),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.status(d("2028-09-09"))).isEqualTo(TermijnStatus.OPEN);
            assertThat(termijn.status(d("2028-09-10"))).isEqualTo(TermijnStatus.BINNENKORT);
            assertThat(termijn.status(d("2029-03-11"))).isEqualTo(TermijnStatus.VERLOPEN);
            assertThat(termijn.toelichting()).contains("Vanaf 10-09-2028 loopt hij binnen 6 maanden af (regel T-13)");
        }

        @Test
        void dagtekeningOp28FebruariEindigtDrieJaarLaterOp28Februari() {
            // T-14's own example: the termijn from the day after a dagtekening of 28-02-2024 has 28-02-2027 as its last
            // day.
            Termijn termijn = bereken(
                    Feiten.statushouder().dagtekening("2024-02-28").fase(Fase.INBURGERING),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.startdatum()).isEqualTo(d("2024-02-29"));
            assertThat(termijn.uiterlijkeDatum()).isEqualTo(d("2027-02-28"));
            assertThat(termijn.toelichting()).startsWith("Verwacht: inburgeringstermijn tot en met 28-02-2027");
        }

        @Test
        void dagtekeningOpSchrikkeldagEindigtOpDeLaatsteDagVanFebruari() {
            // 29-02-2027 does not exist: the month's last day (T-3, T-14).
            Termijn termijn = bereken(
                    Feiten.statushouder().dagtekening("2024-02-29").fase(Fase.INBURGERING),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.startdatum()).isEqualTo(d("2024-03-01"));
            assertThat(termijn.uiterlijkeDatum()).isEqualTo(d("2027-02-28"));
        }

        @Test
        void dagtekeningOp28FebruariVoorEenSchrikkeljaarEindigtNietOpDeSchrikkeldag() {
            Termijn termijn = bereken(
                    Feiten.statushouder().dagtekening("2025-02-28").fase(Fase.INBURGERING),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.uiterlijkeDatum()).isEqualTo(d("2028-02-28"));
            Termijn verlenging = bereken(
                    Feiten.statushouder().dagtekening("2025-02-28").fase(Fase.INBURGERING),
                    TermijnSoort.VERLENGING_AANVRAGEN);
            assertThat(verlenging.uiterlijkeDatum()).isEqualTo(d("2028-02-28"));
        }

        @Test
        void dagtekeningOpOudejaarsdagEindigtOpOudejaarsdag() {
            Termijn termijn = bereken(
                    Feiten.statushouder().dagtekening("2026-12-31").fase(Fase.INBURGERING),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.startdatum()).isEqualTo(d("2027-01-01"));
            assertThat(termijn.uiterlijkeDatum()).isEqualTo(d("2029-12-31"));
        }

        @Test
        void deEinddatumVanDuoNaEenSchrikkeldagIsDeDagNaDeLaatsteDag() {
            // DUO's einddatum is exclusive: for a dagtekening of 28-02-2024 DUO registers 01-03-2027 (T-3).
            Termijn termijn = bereken(
                    Feiten.statushouder()
                            .dagtekening("2024-02-28")
                            .einddatumDuo("2027-03-01")
                            .fase(Fase.INBURGERING),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.uiterlijkeDatum()).isEqualTo(d("2027-02-28"));
            assertThat(termijn.verwacht()).isFalse();
            Termijn zonderPip = bereken(
                    Feiten.statushouder().einddatumDuo("2027-03-01").fase(Fase.INBURGERING),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(zonderPip.startdatum()).as("start from DUO's end alone").isEqualTo(d("2024-02-29"));
        }

        @Test
        void eenAfgerondDossierHeeftDePlichtVoldaan() {
            Termijn termijn = bereken(
                    Feiten.statushouder().dagtekening("2023-03-10").fase(Fase.AFGEROND),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.status(d("2030-01-01"))).isEqualTo(TermijnStatus.VOLDAAN);
        }
    }

    @Nested
    class SchakelenEnVerlengen {

        @Test
        void schakelenKanTotAchttienMaandenNaDeDagtekening() {
            Termijn schakelen = bereken(
                    Feiten.statushouder().dagtekening("2026-03-10").fase(Fase.INBURGERING), TermijnSoort.SCHAKELEN);
            assertThat(schakelen.uiterlijkeDatum()).isEqualTo(d("2027-09-10"));
            assertThat(schakelen.status(d("2027-07-10"))).isEqualTo(TermijnStatus.BINNENKORT);
            assertThat(schakelen.status(d("2027-09-11")))
                    .as("a window closes, it is not missed")
                    .isEqualTo(TermijnStatus.NIET_VAN_TOEPASSING);
            assertThat(schakelen.toelichting()).contains("onderwijsroute naar de B1-route kan altijd", "(regel T-6)");
        }

        @Test
        void eenGemeenteKanHetSchakelvensterBijDeStartVanDeTermijnLatenBeginnen() {
            TermijnInstellingen instellingen = Feiten.metGemeente(
                    "0392",
                    new TermijnInstellingen.Waarden(
                            null, null, TermijnInstellingen.SchakelStart.START_TERMIJN, null, null, null, null));
            Termijn schakelen = termijn(
                    Feiten.regels(instellingen)
                            .termijnen(Feiten.statushouder()
                                    .dagtekening("2026-03-10")
                                    .fase(Fase.INBURGERING)
                                    .bouw("0392")),
                    TermijnSoort.SCHAKELEN);
            assertThat(schakelen.uiterlijkeDatum()).isEqualTo(d("2027-09-11"));
        }

        @Test
        void hetVerlengingsvensterOpentZesMaandenVoorHetEinde() {
            Termijn verlenging = bereken(
                    Feiten.statushouder().dagtekening("2026-03-10").fase(Fase.INBURGERING),
                    TermijnSoort.VERLENGING_AANVRAGEN);
            assertThat(verlenging.startdatum()).isEqualTo(d("2028-09-11"));
            assertThat(verlenging.uiterlijkeDatum()).isEqualTo(d("2029-03-10"));
            assertThat(verlenging.status(d("2028-09-10"))).isEqualTo(TermijnStatus.OPEN);
            assertThat(verlenging.status(d("2028-09-11"))).isEqualTo(TermijnStatus.BINNENKORT);
            assertThat(verlenging.status(d("2029-03-11"))).isEqualTo(TermijnStatus.NIET_VAN_TOEPASSING);
            assertThat(verlenging.regel()).isEqualTo("T-5");
        }

        @Test
        void zonderPipZijnErNogGeenVensters() {
            List<Termijn> termijnen = Feiten.regels()
                    .termijnen(Feiten.statushouder().kennisgeving("2026-01-02").bouw());
            assertThat(termijn(termijnen, TermijnSoort.SCHAKELEN).uiterlijkeDatum())
                    .isNull();
            assertThat(termijn(termijnen, TermijnSoort.VERLENGING_AANVRAGEN).uiterlijkeDatum())
                    .isNull();
            assertThat(termijn(termijnen, TermijnSoort.INBURGERINGSTERMIJN).toelichting())
                    .contains("nog niet vastgesteld");
        }
    }

    @Nested
    class AndereWetOfStatus {

        @Test
        void wi2013DossierHeeftGeenPipTermijnenEnZegtWaarom() {
            List<Termijn> termijnen = Feiten.regels()
                    .termijnen(Feiten.statushouder()
                            .wet(Wet.WI2013)
                            .kennisgeving("2021-05-01")
                            .huisvesting("2021-06-01")
                            .fase(Fase.INBURGERING)
                            .bouw());
            assertThat(termijnen).hasSize(5).allSatisfy(t -> {
                assertThat(t.status(d("2026-01-01"))).isEqualTo(TermijnStatus.NIET_VAN_TOEPASSING);
                assertThat(t.regel()).isEqualTo("PL-4");
                assertThat(t.toelichting()).contains("Wet inburgering 2013");
            });
        }

        @Test
        void wi2013MetEenEinddatumVanDuoToontDieTermijn() {
            Termijn termijn = bereken(
                    Feiten.statushouder()
                            .wet(Wet.WI2013)
                            .einddatumDuo("2026-06-01")
                            .fase(Fase.INBURGERING),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.uiterlijkeDatum()).isEqualTo(d("2026-05-31"));
            assertThat(termijn.regel()).isEqualTo("T-3");
        }

        @Test
        void eenUitgeschrevenDossierHeeftGeenLopendeTermijnen() {
            List<Termijn> termijnen = Feiten.regels()
                    .termijnen(Feiten.statushouder()
                            .kennisgeving("2026-01-02")
                            .huisvesting("2026-01-15")
                            .fase(Fase.UITGESCHREVEN)
                            .bouw());
            assertThat(termijnen)
                    .hasSize(5)
                    .allSatisfy(
                            t -> assertThat(t.status(d("2026-06-01"))).isEqualTo(TermijnStatus.NIET_VAN_TOEPASSING));
        }
    }

    private static Termijn bereken(Feiten feiten, TermijnSoort soort, Gemist gemist) {
        return termijn(Feiten.regels().termijnen(feiten.bouw(), Map.of(gemist.soort(), gemist)), soort);
    }

    /** T-14: the 10 weeks of T-1 and its 2 weeks after third-party information end on a working day (Atw). */
    @Nested
    class AlgemeneTermijnenwetBijHetPip {

        @Test
        void eenPipTermijnDieOpZaterdagEindigtLooptDoorTotMaandag() {
            Termijn pip = bereken(
                    Feiten.statushouder().kennisgeving("2026-01-02").huisvesting("2026-01-17"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2026-03-30"));
            assertThat(pip.toelichting())
                    .startsWith("PIP uiterlijk 30-03-2026")
                    .contains(
                            "De berekende laatste dag 28-03-2026 is geen werkdag (zaterdag)",
                            "Algemene termijnenwet",
                            "(regel T-14)");
            assertThat(pip.status(d("2026-03-29"))).isEqualTo(TermijnStatus.BINNENKORT);
            assertThat(pip.status(d("2026-03-31"))).isEqualTo(TermijnStatus.VERLOPEN);
        }

        @Test
        void eenPipTermijnDieOpTweedeKerstdagEindigtLooptDoorTotDeVolgendeWerkdag() {
            Termijn pip = bereken(
                    Feiten.gezinsmigrant().kennisgeving("2028-10-01").brp("2028-10-17"), TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2028-12-27"));
            assertThat(pip.toelichting()).contains("26-12-2028 is geen werkdag (tweede Kerstdag)", "27-12-2028");
        }

        @Test
        void eenPipTermijnDieOpKoningsdagEindigtLooptDoorTotDeVolgendeDag() {
            Termijn pip = bereken(
                    Feiten.statushouder().kennisgeving("2026-02-01").huisvesting("2026-02-16"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2026-04-28"));
            assertThat(pip.toelichting()).contains("(Koningsdag)");
        }

        @Test
        void eenWerkdagBlijftStaanEnDeToelichtingZegtNietsOverVerschuiven() {
            Termijn pip = bereken(
                    Feiten.statushouder().kennisgeving("2026-01-02").huisvesting("2026-01-15"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2026-03-26"));
            assertThat(pip.toelichting()).doesNotContain("Algemene termijnenwet");
        }

        @Test
        void deTweeWekenNaOntvangstVanInformatieLopenOokDoorTotEenWerkdag() {
            Termijn pip = bereken(
                    Feiten.statushouder()
                            .kennisgeving("2026-01-02")
                            .huisvesting("2026-01-15")
                            .wachtOpDerden("2026-03-01", "Diplomawaardering (IDW)", "2026-04-18"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2026-05-04"));
            assertThat(pip.toelichting()).contains("02-05-2026 is geen werkdag (zaterdag)");
        }

        @Test
        void eenGemeenteDieDePeriodeUitsluitLaatDeDatumStaan() {
            TermijnBron regels = Feiten.regels(Feiten.atw(Set.of(AlgemeneTermijnenwet.Periode.BEZWAAR)));
            Termijn pip = termijn(
                    regels.termijnen(Feiten.statushouder()
                            .kennisgeving("2026-01-02")
                            .huisvesting("2026-01-17")
                            .bouw()),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2026-03-28"));
            assertThat(pip.toelichting()).doesNotContain("Algemene termijnenwet");
        }

        @Test
        void deStreefdatumVanDeIntakeEnDeDriejarigeTermijnVolgenDeTermijnenwetNiet() {
            // T-2 is an internal target, T-3 is longer than three months: a Saturday stays.
            Termijn intake = bereken(
                    Feiten.statushouder().kennisgeving("2026-01-02").huisvesting("2026-01-17"),
                    TermijnSoort.BREDE_INTAKE);
            assertThat(intake.uiterlijkeDatum()).isEqualTo(d("2026-02-28"));
            Termijn termijn = bereken(
                    Feiten.statushouder().dagtekening("2026-03-28").fase(Fase.INBURGERING),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.uiterlijkeDatum()).isEqualTo(d("2029-03-28"));
        }
    }

    /** T-15: a missed deadline stays missed; a late act is "voldaan, N dagen te laat". */
    @Nested
    class EenGemisteTermijnBlijftGemist {

        private final Gemist pipGemist = new Gemist(TermijnSoort.PIP_VASTSTELLEN, d("2026-03-26"), d("2026-03-27"));

        @Test
        void eenLatereHuisvestingsdatumMaaktDeGemisteTermijnNietWeerOpen() {
            Termijn pip = bereken(
                    Feiten.statushouder().kennisgeving("2026-01-02").huisvesting("2026-02-20"),
                    TermijnSoort.PIP_VASTSTELLEN,
                    pipGemist);
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2026-03-26"));
            assertThat(pip.gemistOp()).isEqualTo(d("2026-03-26"));
            assertThat(pip.status(d("2026-04-10"))).isEqualTo(TermijnStatus.VERLOPEN);
            assertThat(pip.toelichting()).contains("te laat", "26-03-2026", "01-05-2026", "(regel T-15)");
        }

        @Test
        void eenLaterPipIsVoldaanMaarTeLaatMetDeGemisteDatum() {
            Termijn pip = bereken(
                    Feiten.statushouder()
                            .kennisgeving("2026-01-02")
                            .huisvesting("2026-01-15")
                            .dagtekening("2026-04-07"),
                    TermijnSoort.PIP_VASTSTELLEN,
                    pipGemist);
            assertThat(pip.status(d("2026-05-01"))).isEqualTo(TermijnStatus.VOLDAAN);
            assertThat(pip.gemistOp()).isEqualTo(d("2026-03-26"));
            assertThat(pip.toelichting()).contains("voldaan, 12 dagen te laat", "07-04-2026", "26-03-2026");
        }

        @Test
        void eenWachtOpDerdenNaDeGemisteDatumVerandertNiets() {
            Termijn pip = bereken(
                    Feiten.statushouder()
                            .kennisgeving("2026-01-02")
                            .huisvesting("2026-01-15")
                            .wachtOpDerden("2026-02-01", "Medisch advies", null),
                    TermijnSoort.PIP_VASTSTELLEN,
                    pipGemist);
            assertThat(pip.uiterlijkeDatum())
                    .as("recorded missed: even a wait cannot reopen it")
                    .isEqualTo(d("2026-03-26"));
            assertThat(pip.status(d("2026-04-10"))).isEqualTo(TermijnStatus.VERLOPEN);
        }

        @Test
        void eenAfgerondDossierHoudtDeGemisteEinddatumZichtbaar() {
            Termijn termijn = bereken(
                    Feiten.statushouder().dagtekening("2023-03-10").fase(Fase.AFGEROND),
                    TermijnSoort.INBURGERINGSTERMIJN,
                    new Gemist(TermijnSoort.INBURGERINGSTERMIJN, d("2026-03-10"), d("2026-03-11")));
            assertThat(termijn.status(d("2030-01-01"))).isEqualTo(TermijnStatus.VOLDAAN);
            assertThat(termijn.gemistOp()).isEqualTo(d("2026-03-10"));
        }

        @Test
        void eenNieuweEinddatumVanDuoLooptMaarDeGemisteBlijftVermeld() {
            Termijn termijn = bereken(
                    Feiten.statushouder()
                            .dagtekening("2023-03-10")
                            .einddatumDuo("2027-03-11")
                            .fase(Fase.INBURGERING),
                    TermijnSoort.INBURGERINGSTERMIJN,
                    new Gemist(TermijnSoort.INBURGERINGSTERMIJN, d("2026-03-10"), d("2026-03-11")));
            assertThat(termijn.uiterlijkeDatum()).isEqualTo(d("2027-03-10"));
            assertThat(termijn.gemistOp()).isEqualTo(d("2026-03-10"));
            assertThat(termijn.toelichting()).contains("nieuwe einddatum");
        }
    }

    /** T-15: the third-party exception of T-1 counts only when the wait began by the last day. */
    @Nested
    class WachtenOpDerden {

        @Test
        void eenWachtDieNaDeUitersteDatumBegonVerschuiftDeTermijnNiet() {
            Termijn pip = bereken(
                    Feiten.statushouder()
                            .kennisgeving("2026-01-02")
                            .huisvesting("2026-01-15")
                            .wachtOpDerden("2026-04-01", "Medische informatie van de huisarts", "2026-04-20"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2026-03-26"));
            assertThat(pip.status(d("2026-04-25"))).isEqualTo(TermijnStatus.VERLOPEN);
            assertThat(pip.toelichting())
                    .contains(
                            "sinds 01-04-2026 begon na de uiterste datum 26-03-2026",
                            "verandert de termijn niet (regel T-15)");
            Termijn zonderOntvangst = bereken(
                    Feiten.statushouder()
                            .kennisgeving("2026-01-02")
                            .huisvesting("2026-01-15")
                            .wachtOpDerden("2026-04-01", "Medische informatie van de huisarts", null),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(zonderOntvangst.uiterlijkeDatum()).as("no pause either").isEqualTo(d("2026-03-26"));
        }

        @Test
        void eenWachtDieOpDeLaatsteDagBegonTeltNog() {
            Termijn pip = bereken(
                    Feiten.statushouder()
                            .kennisgeving("2026-01-02")
                            .huisvesting("2026-01-15")
                            .wachtOpDerden("2026-03-26", "Diplomawaardering (IDW)", "2026-04-20"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2026-05-04"));
        }
    }

    /** PL-6: a doelgroep change applies from its date; a deadline already over is not recomputed. */
    @Nested
    class DoelgroepWijziging {

        @Test
        void naDeWijzigingTeltDeNieuweDoelgroepVoorEenLopendeTermijn() {
            // Asielstatushouder housed 2026-03-01; from 2026-02-01 gezinsmigrant (SS124): T-1 runs from BRP
            // registration.
            Termijn pip = bereken(
                    Feiten.statushouder()
                            .kennisgeving("2026-01-02")
                            .huisvesting("2026-03-01")
                            .brp("2026-01-12")
                            .doelgroepVanaf(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, "2026-02-01"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.startdatum()).isEqualTo(d("2026-01-12"));
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2026-03-23"));
            assertThat(pip.toelichting())
                    .contains("Berekend voor de doelgroep gezinsmigrant en overige migrant, die geldt vanaf "
                            + "01-02-2026 (daarvoor asielstatushouder) (regel PL-6)");
        }

        @Test
        void eenWijzigingNaDeUitersteDatumRekentDieTermijnNietOpnieuw() {
            // Under asielstatushouder the PIP was due 26-03-2026; the change on 01-05-2026 does not touch it.
            Termijn pip = bereken(
                    Feiten.statushouder()
                            .kennisgeving("2026-01-02")
                            .huisvesting("2026-01-15")
                            .brp("2026-04-01")
                            .doelgroepVanaf(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, "2026-05-01"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2026-03-26"));
            assertThat(pip.status(d("2026-05-02"))).isEqualTo(TermijnStatus.VERLOPEN);
            assertThat(pip.toelichting())
                    .contains("Berekend voor de doelgroep asielstatushouder: de wijziging naar gezinsmigrant "
                            + "en overige migrant op 01-05-2026 geldt niet voor deze termijn");
        }

        @Test
        void eenPipVoorDeWijzigingBlijftVoldaanZoalsHetWas() {
            Termijn pip = bereken(
                    Feiten.statushouder()
                            .kennisgeving("2026-01-02")
                            .huisvesting("2026-01-15")
                            .brp("2026-04-01")
                            .dagtekening("2026-03-20")
                            .doelgroepVanaf(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, "2026-03-25"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.status(d("2026-06-01"))).isEqualTo(TermijnStatus.VOLDAAN);
            assertThat(pip.toelichting()).contains("op tijd", "geldt niet voor deze termijn");
        }
    }
}
