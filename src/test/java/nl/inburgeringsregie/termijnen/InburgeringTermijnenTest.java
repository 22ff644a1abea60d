package nl.inburgeringsregie.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.Wet;

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
            Termijn pip = bereken(Feiten.statushouder().kennisgeving("2026-01-02").huisvesting("2026-01-15"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.startdatum()).isEqualTo(d("2026-01-15"));
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2026-03-26"));
            assertThat(pip.regel()).isEqualTo("T-1");
            assertThat(pip.toelichting()).isEqualTo("PIP uiterlijk 26-03-2026: 10 weken na 15-01-2026, de laatste van de "
                    + "kennisgeving (02-01-2026) en de datum huisvesting (15-01-2026) (regel T-1).");
            assertThat(pip.status(d("2026-03-11"))).isEqualTo(TermijnStatus.OPEN);
            assertThat(pip.status(d("2026-03-12"))).isEqualTo(TermijnStatus.BINNENKORT);
            assertThat(pip.status(d("2026-03-26"))).isEqualTo(TermijnStatus.BINNENKORT);
            assertThat(pip.status(d("2026-03-27"))).isEqualTo(TermijnStatus.VERLOPEN);
        }

        @Test
        void eenLateKennisgevingNaDeHuisvestingIsHetStartmoment() {
            Termijn pip = bereken(Feiten.statushouder().kennisgeving("2026-02-20").huisvesting("2026-01-15"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.startdatum()).isEqualTo(d("2026-02-20"));
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2026-05-01"));
        }

        @Test
        void gezinsmigrantBegintBijInschrijvingInDeBrp() {
            Termijn pip = bereken(Feiten.gezinsmigrant().kennisgeving("2026-03-01").brp("2026-03-10").huisvesting("2025-01-01"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.startdatum()).isEqualTo(d("2026-03-10"));
            assertThat(pip.toelichting()).contains("de datum inschrijving BRP (10-03-2026)");
        }

        @Test
        void statushouderInHetAzcHeeftNogGeenTermijnEnHetSysteemZegtWatOntbreekt() {
            Termijn pip = bereken(Feiten.statushouder().kennisgeving("2026-03-01").koppeling("2026-03-05"),
                    TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.uiterlijkeDatum()).isNull();
            assertThat(pip.status(d("2027-01-01"))).isEqualTo(TermijnStatus.OPEN);
            assertThat(pip.toelichting()).isEqualTo("Nog niet te berekenen: de datum huisvesting ontbreekt (regel T-1).");
            Termijn zonderIets = bereken(Feiten.statushouder(), TermijnSoort.PIP_VASTSTELLEN);
            assertThat(zonderIets.toelichting()).contains("de datum kennisgeving (DUO) en de datum huisvesting ontbreekt");
        }

        @Test
        void eenGemeenteKanDeKoppelingAlsStartmomentKiezen() {
            TermijnInstellingen instellingen = Feiten.metGemeente("0453", new TermijnInstellingen.Waarden(
                    TermijnInstellingen.PipStart.KOPPELING, null, null, null, null, null, null));
            Feiten feiten = Feiten.statushouder().kennisgeving("2026-03-01").koppeling("2026-03-05");
            Termijn velsen = termijn(Feiten.regels(instellingen).termijnen(feiten.bouw("0453")), TermijnSoort.PIP_VASTSTELLEN);
            assertThat(velsen.uiterlijkeDatum()).isEqualTo(d("2026-05-14"));
            Termijn haarlem = termijn(Feiten.regels(instellingen).termijnen(feiten.bouw("0392")), TermijnSoort.PIP_VASTSTELLEN);
            assertThat(haarlem.uiterlijkeDatum()).isNull();
        }

        @Test
        void wachtenOpInformatieVanDerdenSchortDeTermijnOpZolangNietsBinnenIs() {
            Termijn pip = bereken(Feiten.statushouder().kennisgeving("2026-01-02").huisvesting("2026-01-15")
                    .wachtOpDerden("2026-03-01", "Medische informatie van de huisarts", null), TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.uiterlijkeDatum()).isNull();
            assertThat(pip.status(d("2026-06-01"))).isEqualTo(TermijnStatus.OPEN);
            assertThat(pip.toelichting()).contains("26-03-2026", "01-03-2026", "Medische informatie van de huisarts",
                    "hoogstens 2 weken", "(regel T-1)");
        }

        @Test
        void naOntvangstVanDeInformatieGeldenNogHoogstensTweeWeken() {
            Termijn pip = bereken(Feiten.statushouder().kennisgeving("2026-01-02").huisvesting("2026-01-15")
                    .wachtOpDerden("2026-03-01", "Diplomawaardering (IDW)", "2026-04-20"), TermijnSoort.PIP_VASTSTELLEN);
            assertThat(pip.uiterlijkeDatum()).isEqualTo(d("2026-05-04"));
            assertThat(pip.toelichting()).contains("2 weken na ontvangst op 20-04-2026", "liep tot 26-03-2026");
            Termijn vroeg = bereken(Feiten.statushouder().kennisgeving("2026-01-02").huisvesting("2026-01-15")
                    .wachtOpDerden("2026-01-20", "Diplomawaardering (IDW)", "2026-01-25"), TermijnSoort.PIP_VASTSTELLEN);
            assertThat(vroeg.uiterlijkeDatum()).as("information in time: the ordinary deadline stays").isEqualTo(d("2026-03-26"));
        }

        @Test
        void eenVastgesteldPipIsVoldaanEnZegtOfHetOpTijdWas() {
            Feiten feiten = Feiten.statushouder().kennisgeving("2026-01-02").huisvesting("2026-01-15");
            Termijn opTijd = bereken(feiten.dagtekening("2026-03-20"), TermijnSoort.PIP_VASTSTELLEN);
            assertThat(opTijd.status(d("2026-06-01"))).isEqualTo(TermijnStatus.VOLDAAN);
            assertThat(opTijd.toelichting()).contains("op tijd", "20-03-2026");
            Termijn teLaat = bereken(feiten.dagtekening("2026-04-02"), TermijnSoort.PIP_VASTSTELLEN);
            assertThat(teLaat.toelichting()).contains("7 dagen na de uiterste datum 26-03-2026");
        }
    }

    @Nested
    class BredeIntake {

        @Test
        void streefdatumIsZesWekenNaDeStartVanDePipTermijn() {
            Termijn intake = bereken(Feiten.statushouder().kennisgeving("2026-01-02").huisvesting("2026-01-15"),
                    TermijnSoort.BREDE_INTAKE);
            assertThat(intake.uiterlijkeDatum()).isEqualTo(d("2026-02-26"));
            assertThat(intake.regel()).isEqualTo("T-2");
            assertThat(intake.toelichting()).contains("6 weken", "standaardinstelling");
        }

        @Test
        void eenGemeenteMetEenEigenStreefdatumZietDieInDeToelichting() {
            TermijnInstellingen instellingen = Feiten.metGemeente("0392", new TermijnInstellingen.Waarden(
                    null, 4, null, null, null, null, null));
            Termijn intake = termijn(Feiten.regels(instellingen).termijnen(Feiten.statushouder().kennisgeving("2026-01-02")
                    .huisvesting("2026-01-15").bouw("0392")), TermijnSoort.BREDE_INTAKE);
            assertThat(intake.uiterlijkeDatum()).isEqualTo(d("2026-02-12"));
            assertThat(intake.toelichting()).contains("4 weken", "instelling van gemeente 0392");
        }

        @Test
        void eenAfgerondeIntakeIsVoldaan() {
            Termijn intake = bereken(Feiten.statushouder().kennisgeving("2026-01-02").huisvesting("2026-01-15")
                    .intakeAfgerond("2026-02-10"), TermijnSoort.BREDE_INTAKE);
            assertThat(intake.status(d("2026-06-01"))).isEqualTo(TermijnStatus.VOLDAAN);
        }
    }

    @Nested
    class Inburgeringstermijn {

        @Test
        void verwachtDrieJaarVanafDeDagNaDeDagtekening() {
            Termijn termijn = bereken(Feiten.statushouder().dagtekening("2026-03-10").fase(Fase.INBURGERING),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.startdatum()).isEqualTo(d("2026-03-11"));
            assertThat(termijn.uiterlijkeDatum()).isEqualTo(d("2029-03-10"));
            assertThat(termijn.verwacht()).isTrue();
            assertThat(termijn.toelichting()).startsWith("Verwacht: inburgeringstermijn tot en met 10-03-2029");
        }

        @Test
        void deEinddatumVanDuoWintEnIsExclusief() {
            Termijn termijn = bereken(Feiten.statushouder().dagtekening("2026-03-10").einddatumDuo("2029-04-01")
                    .fase(Fase.INBURGERING), TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.uiterlijkeDatum()).isEqualTo(d("2029-03-31"));
            assertThat(termijn.verwacht()).isFalse();
            assertThat(termijn.toelichting()).contains("tot en met 31-03-2029 volgens DUO", "einddatum 01-04-2029 is de eerste dag daarna");
        }

        @Test
        void zesMaandenVoorHetEindeStaatHijOpDeAttentielijst() {
            Termijn termijn = bereken(Feiten.statushouder().dagtekening("2026-03-10").fase(Fase.INBURGERING),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.status(d("2028-09-09"))).isEqualTo(TermijnStatus.OPEN);
            assertThat(termijn.status(d("2028-09-10"))).isEqualTo(TermijnStatus.BINNENKORT);
            assertThat(termijn.status(d("2029-03-11"))).isEqualTo(TermijnStatus.VERLOPEN);
            assertThat(termijn.toelichting()).contains("Vanaf 10-09-2028 loopt hij binnen 6 maanden af (regel T-13)");
        }

        @Test
        void dagtekeningOpSchrikkeldagEindigtOpDeLaatsteDagVanFebruari() {
            Termijn termijn = bereken(Feiten.statushouder().dagtekening("2024-02-28").fase(Fase.INBURGERING),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.startdatum()).isEqualTo(d("2024-02-29"));
            assertThat(termijn.uiterlijkeDatum()).isEqualTo(d("2027-02-27"));
        }

        @Test
        void eenAfgerondDossierHeeftDePlichtVoldaan() {
            Termijn termijn = bereken(Feiten.statushouder().dagtekening("2023-03-10").fase(Fase.AFGEROND),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.status(d("2030-01-01"))).isEqualTo(TermijnStatus.VOLDAAN);
        }
    }

    @Nested
    class SchakelenEnVerlengen {

        @Test
        void schakelenKanTotAchttienMaandenNaDeDagtekening() {
            Termijn schakelen = bereken(Feiten.statushouder().dagtekening("2026-03-10").fase(Fase.INBURGERING),
                    TermijnSoort.SCHAKELEN);
            assertThat(schakelen.uiterlijkeDatum()).isEqualTo(d("2027-09-10"));
            assertThat(schakelen.status(d("2027-07-10"))).isEqualTo(TermijnStatus.BINNENKORT);
            assertThat(schakelen.status(d("2027-09-11"))).as("a window closes, it is not missed")
                    .isEqualTo(TermijnStatus.NIET_VAN_TOEPASSING);
            assertThat(schakelen.toelichting()).contains("onderwijsroute naar de B1-route kan altijd", "(regel T-6)");
        }

        @Test
        void eenGemeenteKanHetSchakelvensterBijDeStartVanDeTermijnLatenBeginnen() {
            TermijnInstellingen instellingen = Feiten.metGemeente("0392", new TermijnInstellingen.Waarden(
                    null, null, TermijnInstellingen.SchakelStart.START_TERMIJN, null, null, null, null));
            Termijn schakelen = termijn(Feiten.regels(instellingen).termijnen(Feiten.statushouder().dagtekening("2026-03-10")
                    .fase(Fase.INBURGERING).bouw("0392")), TermijnSoort.SCHAKELEN);
            assertThat(schakelen.uiterlijkeDatum()).isEqualTo(d("2027-09-11"));
        }

        @Test
        void hetVerlengingsvensterOpentZesMaandenVoorHetEinde() {
            Termijn verlenging = bereken(Feiten.statushouder().dagtekening("2026-03-10").fase(Fase.INBURGERING),
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
            List<Termijn> termijnen = Feiten.regels().termijnen(Feiten.statushouder().kennisgeving("2026-01-02").bouw());
            assertThat(termijn(termijnen, TermijnSoort.SCHAKELEN).uiterlijkeDatum()).isNull();
            assertThat(termijn(termijnen, TermijnSoort.VERLENGING_AANVRAGEN).uiterlijkeDatum()).isNull();
            assertThat(termijn(termijnen, TermijnSoort.INBURGERINGSTERMIJN).toelichting()).contains("nog niet vastgesteld");
        }
    }

    @Nested
    class AndereWetOfStatus {

        @Test
        void wi2013DossierHeeftGeenPipTermijnenEnZegtWaarom() {
            List<Termijn> termijnen = Feiten.regels().termijnen(Feiten.statushouder().wet(Wet.WI2013)
                    .kennisgeving("2021-05-01").huisvesting("2021-06-01").fase(Fase.INBURGERING).bouw());
            assertThat(termijnen).hasSize(5).allSatisfy(t -> {
                assertThat(t.status(d("2026-01-01"))).isEqualTo(TermijnStatus.NIET_VAN_TOEPASSING);
                assertThat(t.regel()).isEqualTo("PL-4");
                assertThat(t.toelichting()).contains("Wet inburgering 2013");
            });
        }

        @Test
        void wi2013MetEenEinddatumVanDuoToontDieTermijn() {
            Termijn termijn = bereken(Feiten.statushouder().wet(Wet.WI2013).einddatumDuo("2026-06-01").fase(Fase.INBURGERING),
                    TermijnSoort.INBURGERINGSTERMIJN);
            assertThat(termijn.uiterlijkeDatum()).isEqualTo(d("2026-05-31"));
            assertThat(termijn.regel()).isEqualTo("T-3");
        }

        @Test
        void eenUitgeschrevenDossierHeeftGeenLopendeTermijnen() {
            List<Termijn> termijnen = Feiten.regels().termijnen(Feiten.statushouder().kennisgeving("2026-01-02")
                    .huisvesting("2026-01-15").fase(Fase.UITGESCHREVEN).bouw());
            assertThat(termijnen).hasSize(5).allSatisfy(t ->
                    assertThat(t.status(d("2026-06-01"))).isEqualTo(TermijnStatus.NIET_VAN_TOEPASSING));
        }
    }
}
