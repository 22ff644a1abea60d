package nl.inburgeringsregie.termijnen;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.Voortgang;
import nl.inburgeringsregie.inburgeraar.Wet;

/**
 * The deadlines of the route itself, derived from the dossier's dates and milestones: T-2 brede intake,
 * T-1 PIP, T-3 inburgeringstermijn (with T-13's six-month attention), T-6 schakelen and T-5's extension
 * window. Pure: the same facts and settings give the same deadlines; "today" only enters through
 * {@link Termijn#status}. Wi2013 dossiers have no PIP (PL-4); an uitgeschreven dossier has no running
 * deadline.
 */
@Component
class InburgeringTermijnen implements TermijnBron {

    /** T-1: the PIP within 10 weeks of the start moment (statutory). */
    static final int PIP_WEKEN = 10;
    /** T-1: after third-party information arrives, at most 2 more weeks (statutory). */
    static final int NA_INFORMATIE_DERDEN_DAGEN = 14;
    /** T-3: the inburgeringstermijn (statutory). */
    static final int TERMIJN_JAREN = 3;
    /** T-6: switching leerroute within 18 months (statutory; the start point is configurable). */
    static final int SCHAKEL_MAANDEN = 18;
    /** T-5: the extension window opens 6 months before the end. */
    static final int VERLENGING_VENSTER_MAANDEN = 6;

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final TermijnInstellingen instellingen;
    private final MessageSourceAccessor berichten;

    InburgeringTermijnen(TermijnInstellingen instellingen, MessageSourceAccessor berichten) {
        this.instellingen = instellingen;
        this.berichten = berichten;
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d) {
        if (d.fase() == Fase.UITGESCHREVEN) {
            String uitleg = tekst("termijn.uitgeschreven");
            return Arrays.stream(TermijnSoort.values())
                    .map(s -> new Termijn(s, null, null, null, TermijnStatus.NIET_VAN_TOEPASSING, regelVan(s), uitleg, false))
                    .toList();
        }
        TermijnInstellingen.Gebruikt gebruikt = instellingen.voor(d.gemeentecode());
        if (d.wet() == Wet.WI2013) {
            return wi2013(d, gebruikt);
        }
        Start start = start(d, gebruikt.waarden());
        Termijn termijn = inburgeringstermijn(d, gebruikt);
        return opgeschort(d, List.of(intake(d, start, gebruikt), zonderGeldigPip(d, pip(d, start, gebruikt.waarden())), termijn,
                schakelen(d, gebruikt), verlenging(d, termijn)));
    }

    /**
     * P-3, T-3 (issue 12 part 4): after the vastgesteld PIP was withdrawn and until a new one is vastgesteld, T-1 is
     * not met: the deadline runs again with its statutory last day, and says since when no valid PIP exists. The start
     * of the inburgeringstermijn stays the first PIP's dagtekening (Wi2021 art. 11(3)).
     */
    private Termijn zonderGeldigPip(Dossierfeiten d, Termijn pip) {
        LocalDate ingetrokken = d.onderbreking().pipIngetrokkenOp();
        if (ingetrokken == null || pip.afsluiting() != TermijnStatus.VOLDAAN) {
            return pip;
        }
        String eerste = d.voortgang().dagtekeningPip() == null ? "–" : datum(d.voortgang().dagtekeningPip());
        return new Termijn(pip.soort(), pip.startdatum(), pip.uiterlijkeDatum(), pip.uiterlijkeDatum(), null, "T-1",
                bericht("termijn.pip.ingetrokken", datum(ingetrokken), eerste), false);
    }

    /**
     * PL-5 (issue 12 part 4): DUO's tijdelijke vrijstelling suspends the duty. Every running deadline carries DUO's
     * period (status OPGESCHORT within it, {@link Termijn#status}) and says so; closed ones stay as they are. After
     * the vrijstelling the deadlines run again; DUO's new termijn comes from DUO (SS130, SS102/SS103).
     */
    private List<Termijn> opgeschort(Dossierfeiten d, List<Termijn> termijnen) {
        nl.inburgeringsregie.inburgeraar.Onderbreking o = d.onderbreking();
        if (!o.vrijstelling()) {
            return termijnen;
        }
        LocalDate tot = o.opgeschortTot();
        String uitleg = o.vrijstellingIngetrokkenOp() != null
                ? bericht("termijn.opgeschort.ingetrokken", datum(o.vrijstellingVan()), tot == null ? "–" : datum(tot),
                        datum(o.vrijstellingIngetrokkenOp()))
                : tot == null ? bericht("termijn.opgeschort.zonderEinde", datum(o.vrijstellingVan()))
                : bericht("termijn.opgeschort", datum(o.vrijstellingVan()), datum(tot));
        return termijnen.stream().map(t -> t.afsluiting() == null ? t.opgeschort(o.vrijstellingVan(), tot, uitleg) : t).toList();
    }

    /** T-1's start moment: the later of DUO's notice and living in the gemeente; or the facts that are missing. */
    record Start(LocalDate datum, String uitleg, List<String> ontbreekt) {
    }

    Start start(Dossierfeiten d, TermijnInstellingen.Waarden w) {
        boolean statushouder = d.doelgroep() == Doelgroep.ASIELSTATUSHOUDER;
        String woonVeld;
        LocalDate woon;
        if (!statushouder) {
            woonVeld = "datumInschrijvingBrp";
            woon = d.datumInschrijvingBrp();
        } else if (w.pipStartStatushouder() == TermijnInstellingen.PipStart.KOPPELING) {
            woonVeld = "datumKoppeling";
            woon = d.datumKoppeling();
        } else {
            woonVeld = "datumHuisvesting";
            woon = d.datumHuisvesting();
        }
        List<String> ontbreekt = new ArrayList<>();
        if (d.datumKennisgeving() == null) {
            ontbreekt.add(tekst("termijn.feit.datumKennisgeving"));
        }
        if (woon == null) {
            ontbreekt.add(tekst("termijn.feit." + woonVeld));
        }
        if (!ontbreekt.isEmpty()) {
            return new Start(null, null, ontbreekt);
        }
        LocalDate datum = d.datumKennisgeving().isAfter(woon) ? d.datumKennisgeving() : woon;
        String uitleg = berichten.getMessage("termijn.start", new Object[] {datum(datum),
                datum(d.datumKennisgeving()), tekst("termijn.feit." + woonVeld), datum(woon)});
        return new Start(datum, uitleg, List.of());
    }

    private Termijn pip(Dossierfeiten d, Start start, TermijnInstellingen.Waarden w) {
        Voortgang v = d.voortgang();
        LocalDate dagtekening = v.dagtekeningPip();
        if (start.datum() == null) {
            return dagtekening != null
                    ? gesloten(TermijnSoort.PIP_VASTSTELLEN, "T-1", TermijnStatus.VOLDAAN, bericht("termijn.pip.voldaan", datum(dagtekening)))
                    : new Termijn(TermijnSoort.PIP_VASTSTELLEN, null, null, null, null, "T-1",
                            bericht("termijn.ontbreekt", String.join(" en ", start.ontbreekt()), "T-1"), false);
        }
        LocalDate uiterlijk = start.datum().plusWeeks(PIP_WEKEN);
        String uitleg = bericht("termijn.pip", datum(uiterlijk), PIP_WEKEN, start.uitleg());
        if (v.wachtOpDerdenSinds() != null && v.wachtOpDerdenOntvangen() != null) {
            LocalDate naInformatie = v.wachtOpDerdenOntvangen().plusDays(NA_INFORMATIE_DERDEN_DAGEN);
            if (naInformatie.isAfter(uiterlijk)) {
                uitleg = bericht("termijn.pip.naInformatie", datum(naInformatie), datum(v.wachtOpDerdenOntvangen()),
                        v.wachtOpDerdenReden(), datum(uiterlijk));
                uiterlijk = naInformatie;
            }
        }
        if (dagtekening != null) {
            long teLaat = java.time.temporal.ChronoUnit.DAYS.between(uiterlijk, dagtekening);
            return new Termijn(TermijnSoort.PIP_VASTSTELLEN, start.datum(), uiterlijk, null, TermijnStatus.VOLDAAN, "T-1",
                    teLaat > 0 ? bericht("termijn.pip.voldaanTeLaat", datum(dagtekening), datum(uiterlijk), teLaat)
                            : bericht("termijn.pip.voldaanOpTijd", datum(dagtekening), datum(uiterlijk)), false);
        }
        if (v.wachtOpDerdenSinds() != null && v.wachtOpDerdenOntvangen() == null) {
            // May be exceeded while waiting: no last day until the information arrives (T-1).
            return new Termijn(TermijnSoort.PIP_VASTSTELLEN, start.datum(), null, null, null, "T-1",
                    bericht("termijn.pip.wacht", datum(uiterlijk), datum(v.wachtOpDerdenSinds()), v.wachtOpDerdenReden(),
                            NA_INFORMATIE_DERDEN_DAGEN / 7), false);
        }
        return new Termijn(TermijnSoort.PIP_VASTSTELLEN, start.datum(), uiterlijk,
                uiterlijk.minusDays(w.pipWaarschuwingDagen()), null, "T-1", uitleg, false);
    }

    private Termijn intake(Dossierfeiten d, Start start, TermijnInstellingen.Gebruikt gebruikt) {
        Voortgang v = d.voortgang();
        if (v.datumBredeIntakeAfgerond() != null || v.dagtekeningPip() != null) {
            return gesloten(TermijnSoort.BREDE_INTAKE, "T-2", TermijnStatus.VOLDAAN, v.datumBredeIntakeAfgerond() != null
                    ? bericht("termijn.intake.voldaan", datum(v.datumBredeIntakeAfgerond()))
                    : bericht("termijn.intake.voldaanPip", datum(v.dagtekeningPip())));
        }
        if (start.datum() == null) {
            return new Termijn(TermijnSoort.BREDE_INTAKE, null, null, null, null, "T-2",
                    bericht("termijn.ontbreekt", String.join(" en ", start.ontbreekt()), "T-2"), false);
        }
        int weken = gebruikt.waarden().intakeWeken();
        LocalDate uiterlijk = start.datum().plusWeeks(weken);
        return new Termijn(TermijnSoort.BREDE_INTAKE, start.datum(), uiterlijk,
                uiterlijk.minusDays(gebruikt.waarden().intakeWaarschuwingDagen()), null, "T-2",
                bericht("termijn.intake", datum(uiterlijk), weken, datum(start.datum()), herkomst(d, gebruikt)), false);
    }

    private Termijn inburgeringstermijn(Dossierfeiten d, TermijnInstellingen.Gebruikt gebruikt) {
        Voortgang v = d.voortgang();
        int attentie = gebruikt.waarden().attentieMaanden();
        TermijnStatus afsluiting = d.fase() == Fase.AFGEROND ? TermijnStatus.VOLDAAN : null;
        LocalDate einde = v.einddatumInburgeringstermijn(); // DUO's, exclusive
        if (einde != null) {
            LocalDate laatsteDag = einde.minusDays(1);
            LocalDate start = v.dagtekeningPip() != null ? v.dagtekeningPip().plusDays(1) : einde.minusYears(TERMIJN_JAREN);
            String uitleg = bericht("termijn.termijn.duo", datum(laatsteDag), datum(einde))
                    + " " + bericht("termijn.termijn.attentie", datum(laatsteDag.minusMonths(attentie)), attentie)
                    + (afsluiting != null ? " " + tekst("termijn.afgerond") : "");
            return new Termijn(TermijnSoort.INBURGERINGSTERMIJN, start, laatsteDag, laatsteDag.minusMonths(attentie),
                    afsluiting, "T-3", uitleg, false);
        }
        if (v.dagtekeningPip() != null) {
            LocalDate start = v.dagtekeningPip().plusDays(1);
            LocalDate laatsteDag = start.plusYears(TERMIJN_JAREN).minusDays(1);
            String uitleg = bericht("termijn.termijn.verwacht", datum(laatsteDag), TERMIJN_JAREN, datum(v.dagtekeningPip()))
                    + " " + bericht("termijn.termijn.attentie", datum(laatsteDag.minusMonths(attentie)), attentie)
                    + (afsluiting != null ? " " + tekst("termijn.afgerond") : "");
            return new Termijn(TermijnSoort.INBURGERINGSTERMIJN, start, laatsteDag, laatsteDag.minusMonths(attentie),
                    afsluiting, "T-3", uitleg, true);
        }
        return afsluiting != null
                ? gesloten(TermijnSoort.INBURGERINGSTERMIJN, "T-3", afsluiting, tekst("termijn.afgerond"))
                : new Termijn(TermijnSoort.INBURGERINGSTERMIJN, null, null, null, null, "T-3",
                        tekst("termijn.termijn.nogGeenPip"), true);
    }

    private Termijn schakelen(Dossierfeiten d, TermijnInstellingen.Gebruikt gebruikt) {
        if (d.fase() == Fase.AFGEROND) {
            return gesloten(TermijnSoort.SCHAKELEN, "T-6", TermijnStatus.NIET_VAN_TOEPASSING, tekst("termijn.afgerond"));
        }
        LocalDate dagtekening = d.voortgang().dagtekeningPip();
        if (dagtekening == null) {
            return new Termijn(TermijnSoort.SCHAKELEN, null, null, null, null, "T-6", tekst("termijn.schakelen.nogGeenPip"), false);
        }
        boolean vanafTermijn = gebruikt.waarden().schakelStart() == TermijnInstellingen.SchakelStart.START_TERMIJN;
        LocalDate startpunt = vanafTermijn ? dagtekening.plusDays(1) : dagtekening;
        LocalDate laatsteDag = startpunt.plusMonths(SCHAKEL_MAANDEN);
        return new Termijn(TermijnSoort.SCHAKELEN, startpunt, laatsteDag,
                laatsteDag.minusMonths(gebruikt.waarden().schakelWaarschuwingMaanden()), null, "T-6",
                bericht("termijn.schakelen", datum(laatsteDag), SCHAKEL_MAANDEN,
                        tekst(vanafTermijn ? "termijn.schakelen.startTermijn" : "termijn.schakelen.dagtekening"),
                        datum(startpunt), herkomst(d, gebruikt)), false);
    }

    private Termijn verlenging(Dossierfeiten d, Termijn termijn) {
        if (d.fase() == Fase.AFGEROND) {
            return gesloten(TermijnSoort.VERLENGING_AANVRAGEN, "T-5", TermijnStatus.NIET_VAN_TOEPASSING, tekst("termijn.afgerond"));
        }
        if (termijn.uiterlijkeDatum() == null) {
            return new Termijn(TermijnSoort.VERLENGING_AANVRAGEN, null, null, null, null, "T-5",
                    bericht("termijn.verlenging.onbekend", VERLENGING_VENSTER_MAANDEN), true);
        }
        LocalDate einde = termijn.uiterlijkeDatum().plusDays(1);
        LocalDate opent = einde.minusMonths(VERLENGING_VENSTER_MAANDEN);
        return new Termijn(TermijnSoort.VERLENGING_AANVRAGEN, opent, termijn.uiterlijkeDatum(), opent, null, "T-5",
                bericht("termijn.verlenging", datum(opent), datum(termijn.uiterlijkeDatum()), VERLENGING_VENSTER_MAANDEN),
                termijn.verwacht());
    }

    private List<Termijn> wi2013(Dossierfeiten d, TermijnInstellingen.Gebruikt gebruikt) {
        String uitleg = tekst("termijn.wi2013");
        List<Termijn> termijnen = new ArrayList<>();
        for (TermijnSoort soort : TermijnSoort.values()) {
            if (soort == TermijnSoort.INBURGERINGSTERMIJN && d.voortgang().einddatumInburgeringstermijn() != null) {
                termijnen.add(inburgeringstermijn(d, gebruikt));
            } else if (soort == TermijnSoort.INBURGERINGSTERMIJN) {
                termijnen.add(gesloten(soort, "PL-4", TermijnStatus.NIET_VAN_TOEPASSING, tekst("termijn.wi2013.termijn")));
            } else {
                termijnen.add(gesloten(soort, "PL-4", TermijnStatus.NIET_VAN_TOEPASSING, uitleg));
            }
        }
        return termijnen;
    }

    private String herkomst(Dossierfeiten d, TermijnInstellingen.Gebruikt gebruikt) {
        return gebruikt.eigenInstelling() ? bericht("termijn.instelling.gemeente", d.gemeentecode())
                : tekst("termijn.instelling.standaard");
    }

    private static Termijn gesloten(TermijnSoort soort, String regel, TermijnStatus afsluiting, String uitleg) {
        return new Termijn(soort, null, null, null, afsluiting, regel, uitleg, false);
    }

    private static String regelVan(TermijnSoort soort) {
        return switch (soort) {
            case BREDE_INTAKE -> "T-2";
            case PIP_VASTSTELLEN -> "T-1";
            case INBURGERINGSTERMIJN -> "T-3";
            case SCHAKELEN -> "T-6";
            case VERLENGING_AANVRAGEN -> "T-5";
        };
    }

    private String tekst(String sleutel) {
        return berichten.getMessage(sleutel);
    }

    private String bericht(String sleutel, Object... argumenten) {
        return berichten.getMessage(sleutel, argumenten);
    }

    static String datum(LocalDate datum) {
        return datum.format(DATUM);
    }
}
