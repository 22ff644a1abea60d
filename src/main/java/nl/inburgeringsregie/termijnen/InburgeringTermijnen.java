package nl.inburgeringsregie.termijnen;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.DoelgroepPeriode;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.Mijlpalen;
import nl.inburgeringsregie.inburgeraar.Wet;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The deadlines of the route itself, derived from the dossier's dates and milestones: T-2 brede intake,
 * T-1 PIP, T-3 inburgeringstermijn (with T-13's six-month attention), T-6 schakelen and T-5's extension
 * window. Pure: the same facts and settings give the same deadlines; "today" only enters through
 * {@link Termijn#status}. Wi2013 dossiers have no PIP (PL-4); an uitgeschreven dossier has no running
 * deadline. History is kept (T-15): a deadline recorded as missed ({@link Gemist}) stays missed, a third-party wait
 * only counts when it began by the last day, and a change of doelgroep (PL-6) applies from its date, never to a
 * deadline that was already over. The Algemene termijnenwet moves T-1's last days to a working day (T-14).
 */
@Component
class InburgeringTermijnen implements TermijnBron {

    /** T-1: the PIP within 10 weeks of the start moment (statutory). */
    static final int PIP_WEKEN = 10;
    /** T-1: after third-party information arrives, at most 2 more weeks (statutory). */
    static final int NA_INFORMATIE_DERDEN_DAGEN = 14;
    /** T-3: the inburgeringstermijn (statutory). */
    static final int TERMIJN_JAREN = Inburgeringstermijn.JAREN;
    /** T-6: switching leerroute within 18 months (statutory; the start point is configurable). */
    static final int SCHAKEL_MAANDEN = 18;
    /** T-5: the extension window opens 6 months before the end. */
    static final int VERLENGING_VENSTER_MAANDEN = 6;

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final TermijnInstellingen instellingen;
    private final MessageSourceAccessor berichten;
    private final AlgemeneTermijnenwet atw;

    /** h5 (issue 14 point 13): the values a beheerder set in the UI per gemeente, over the configuration. */
    private final java.util.function.Function<String, TermijnInstellingen.Waarden> beheerd;

    InburgeringTermijnen(TermijnInstellingen instellingen, MessageSourceAccessor berichten, AlgemeneTermijnenwet atw) {
        this(instellingen, berichten, atw, gemeente -> null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    InburgeringTermijnen(
            TermijnInstellingen instellingen,
            MessageSourceAccessor berichten,
            AlgemeneTermijnenwet atw,
            TermijnInstellingenBron bron) {
        this(instellingen, berichten, atw, bron::beheerd);
    }

    InburgeringTermijnen(
            TermijnInstellingen instellingen,
            MessageSourceAccessor berichten,
            AlgemeneTermijnenwet atw,
            java.util.function.Function<String, TermijnInstellingen.Waarden> beheerd) {
        this.instellingen = instellingen;
        this.berichten = berichten;
        this.atw = atw;
        this.beheerd = beheerd;
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d) {
        return termijnen(d, Map.of());
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d, Map<TermijnSoort, Gemist> gemist) {
        if (d.fase() == Fase.UITGESCHREVEN) {
            String uitleg = tekst("termijn.uitgeschreven");
            return Arrays.stream(TermijnSoort.values())
                    .map(s -> vastgehouden(
                            new Termijn(
                                    s, null, null, null, TermijnStatus.NIET_VAN_TOEPASSING, regelVan(s), uitleg, false),
                            gemist.get(s),
                            null))
                    .toList();
        }
        TermijnInstellingen.Gebruikt gebruikt = instellingen.voor(d.gemeentecode(), beheerd.apply(d.gemeentecode()));
        if (d.wet() == Wet.WI2013) {
            return wi2013(d, gebruikt).stream()
                    .map(t -> vastgehouden(t, gemist.get(t.soort()), null))
                    .toList();
        }
        Mijlpalen v = d.mijlpalen();
        LocalDate intakeGedaan =
                v.datumBredeIntakeAfgerond() != null ? v.datumBredeIntakeAfgerond() : v.dagtekeningPip();
        Termijn intake = naNieuwePlicht(
                d,
                gemist.get(TermijnSoort.BREDE_INTAKE),
                g -> perDoelgroep(d, dg -> intake(d, start(d, gebruikt.waarden(), dg), gebruikt), intakeGedaan, g));
        Termijn pip = zonderGeldigPip(
                d,
                naNieuwePlicht(
                        d,
                        gemist.get(TermijnSoort.PIP_VASTSTELLEN),
                        g -> perDoelgroep(
                                d,
                                dg -> pip(d, start(d, gebruikt.waarden(), dg), gebruikt.waarden()),
                                v.dagtekeningPip(),
                                g)));
        Termijn termijn =
                vastgehouden(inburgeringstermijn(d, gebruikt), gemist.get(TermijnSoort.INBURGERINGSTERMIJN), null);
        return opgeschort(d, List.of(intake, pip, termijn, schakelen(d, gebruikt), verlenging(d, termijn)));
    }

    /**
     * PL-5 and T-15: once DUO withdrew a tijdelijke vrijstelling (SS129) and gave a new notice of the duty after a deadline
     * of the earlier duty was missed, the deadline of the new duty runs from that notice: the earlier miss stays on record
     * ({@code termijn_gemist}) and in the explanation, but is not held against the new period. Without such a new notice
     * (SS130 resumes the same duty) the miss holds as always.
     */
    private Termijn naNieuwePlicht(Dossierfeiten d, Gemist gemist, Function<Gemist, Termijn> berekening) {
        nl.inburgeringsregie.inburgeraar.Onderbreking o = d.onderbreking();
        LocalDate kennisgeving = d.datumKennisgeving();
        boolean nieuwePlicht = gemist != null
                && o.vrijstellingIngetrokkenOp() != null
                && kennisgeving != null
                && kennisgeving.isAfter(gemist.laatsteDag())
                && o.vrijstellingVan() != null
                && !kennisgeving.isBefore(o.vrijstellingVan());
        if (!nieuwePlicht) {
            return berekening.apply(gemist);
        }
        return aangevuld(
                berekening.apply(null),
                bericht(
                        "termijn.gemist.vorigePlicht",
                        datum(gemist.laatsteDag()),
                        datum(o.vrijstellingIngetrokkenOp()),
                        datum(kennisgeving)));
    }

    /**
     * PL-6 and T-15: a deadline computed under the doelgroep valid at the time. It starts under the first group of the
     * history; at each change it is computed again under the new group, unless it was already over before the change
     * date (its last day, or the act, lies before it): then it stays as it was. The explanation names the group used
     * and the change. Then a missed deadline on record is held ({@link #vastgehouden}).
     */
    private Termijn perDoelgroep(
            Dossierfeiten d, Function<Doelgroep, Termijn> berekening, LocalDate gedaan, Gemist gemist) {
        List<DoelgroepPeriode> perioden = d.doelgroepHistorie();
        if (perioden.size() < 2) {
            return vastgehouden(berekening.apply(d.doelgroep()), gemist, gedaan);
        }
        DoelgroepPeriode gebruikt = perioden.getFirst();
        DoelgroepPeriode vorige = null;
        Termijn termijn = berekening.apply(gebruikt.doelgroep());
        for (DoelgroepPeriode wijziging : perioden.subList(1, perioden.size())) {
            LocalDate vanaf = wijziging.geldigVanaf();
            boolean voorbij = termijn.uiterlijkeDatum() != null
                            && termijn.uiterlijkeDatum().isBefore(vanaf)
                    || gedaan != null && gedaan.isBefore(vanaf);
            if (voorbij) {
                return aangevuld(
                        vastgehouden(termijn, gemist, gedaan),
                        bericht(
                                "termijn.doelgroep.nietHerberekend",
                                groep(gebruikt.doelgroep()),
                                groep(wijziging.doelgroep()),
                                datum(vanaf)));
            }
            vorige = gebruikt;
            gebruikt = wijziging;
            termijn = berekening.apply(gebruikt.doelgroep());
        }
        return aangevuld(
                vastgehouden(termijn, gemist, gedaan),
                bericht(
                        "termijn.doelgroep.gewijzigd",
                        groep(gebruikt.doelgroep()),
                        datum(gebruikt.geldigVanaf()),
                        groep(vorige.doelgroep())));
    }

    /**
     * T-15: a deadline recorded as missed stays missed. Done later ({@code gedaan}): VOLDAAN, "voldaan, N dagen te
     * laat", with the missed day kept. Not done: the missed last day holds whatever the facts now give, except that
     * DUO's own new end of the inburgeringstermijn (an extension, T-5) runs on with the missed day on record.
     */
    private Termijn vastgehouden(Termijn t, Gemist gemist, LocalDate gedaan) {
        if (gemist == null) {
            return t;
        }
        LocalDate laatsteDag = gemist.laatsteDag();
        String soort = tekst("termijn.soort." + t.soort().name());
        if (gedaan != null) {
            long dagen = ChronoUnit.DAYS.between(laatsteDag, gedaan);
            String uitleg = dagen > 0
                    ? bericht("termijn.gemist.voldaan", soort, dagen, datum(gedaan), datum(laatsteDag))
                    : bericht(
                            "termijn.gemist.voldaanVoor",
                            soort,
                            datum(gedaan),
                            datum(laatsteDag),
                            datum(gemist.vastgelegdOp()));
            return new Termijn(
                    t.soort(),
                    t.startdatum(),
                    laatsteDag,
                    null,
                    TermijnStatus.VOLDAAN,
                    t.regel(),
                    uitleg,
                    t.verwacht(),
                    laatsteDag);
        }
        if (t.afsluiting() != null) {
            return new Termijn(
                    t.soort(),
                    t.startdatum(),
                    t.uiterlijkeDatum(),
                    t.binnenkortVanaf(),
                    t.afsluiting(),
                    t.regel(),
                    t.toelichting() + " " + bericht("termijn.gemist.eerder", datum(laatsteDag)),
                    t.verwacht(),
                    laatsteDag);
        }
        if (t.soort() == TermijnSoort.INBURGERINGSTERMIJN
                && !t.verwacht()
                && t.uiterlijkeDatum() != null
                && t.uiterlijkeDatum().isAfter(laatsteDag)) {
            return new Termijn(
                    t.soort(),
                    t.startdatum(),
                    t.uiterlijkeDatum(),
                    t.binnenkortVanaf(),
                    null,
                    t.regel(),
                    t.toelichting() + " " + bericht("termijn.gemist.nieuweTermijn", datum(laatsteDag)),
                    false,
                    laatsteDag);
        }
        String uitleg = bericht("termijn.gemist.open", soort, datum(laatsteDag));
        if (t.uiterlijkeDatum() != null && !t.uiterlijkeDatum().equals(laatsteDag)) {
            uitleg += " " + bericht("termijn.gemist.nuAnders", datum(t.uiterlijkeDatum()));
        } else if (t.uiterlijkeDatum() == null) {
            uitleg += " " + tekst("termijn.gemist.nuOnbekend");
        }
        return new Termijn(
                t.soort(), t.startdatum(), laatsteDag, null, null, t.regel(), uitleg, t.verwacht(), laatsteDag);
    }

    private static Termijn aangevuld(Termijn t, String extra) {
        return new Termijn(
                t.soort(),
                t.startdatum(),
                t.uiterlijkeDatum(),
                t.binnenkortVanaf(),
                t.afsluiting(),
                t.regel(),
                t.toelichting() + " " + extra,
                t.verwacht(),
                t.gemistOp());
    }

    private String groep(Doelgroep doelgroep) {
        return tekst("termijn.doelgroep." + doelgroep.name());
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
        String eerste = d.mijlpalen().dagtekeningPip() == null
                ? "–"
                : datum(d.mijlpalen().dagtekeningPip());
        return new Termijn(
                pip.soort(),
                pip.startdatum(),
                pip.uiterlijkeDatum(),
                pip.uiterlijkeDatum(),
                null,
                "T-1",
                bericht("termijn.pip.ingetrokken", datum(ingetrokken), eerste),
                false,
                pip.gemistOp());
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
                ? bericht(
                        "termijn.opgeschort.ingetrokken",
                        datum(o.vrijstellingVan()),
                        tot == null ? "–" : datum(tot),
                        datum(o.vrijstellingIngetrokkenOp()))
                : tot == null
                        ? bericht("termijn.opgeschort.zonderEinde", datum(o.vrijstellingVan()))
                        : bericht("termijn.opgeschort", datum(o.vrijstellingVan()), datum(tot));
        return termijnen.stream()
                .map(t -> t.afsluiting() == null ? t.opgeschort(o.vrijstellingVan(), tot, uitleg) : t)
                .toList();
    }

    /** T-14: what the Algemene termijnenwet did to a last day, as a sentence (empty when it did not move it). */
    private String atwUitleg(AlgemeneTermijnenwet.Einde einde) {
        return einde.verschoven()
                ? " "
                        + bericht(
                                "termijn.atw",
                                datum(einde.berekend()),
                                einde.reden().orElse(""),
                                datum(einde.datum()))
                : "";
    }

    /** T-1's start moment: the later of DUO's notice and living in the gemeente; or the facts that are missing. */
    record Start(LocalDate datum, String uitleg, List<String> ontbreekt) {}

    Start start(Dossierfeiten d, TermijnInstellingen.Waarden w) {
        return start(d, w, d.doelgroep());
    }

    /** The start moment under this doelgroep (PL-6: the group valid at the time). */
    Start start(Dossierfeiten d, TermijnInstellingen.Waarden w, Doelgroep doelgroep) {
        boolean statushouder = doelgroep == Doelgroep.ASIELSTATUSHOUDER;
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
        String uitleg = berichten.getMessage("termijn.start", new Object[] {
            datum(datum), datum(d.datumKennisgeving()), tekst("termijn.feit." + woonVeld), datum(woon)
        });
        return new Start(datum, uitleg, List.of());
    }

    private Termijn pip(Dossierfeiten d, Start start, TermijnInstellingen.Waarden w) {
        Mijlpalen v = d.mijlpalen();
        LocalDate dagtekening = v.dagtekeningPip();
        if (start.datum() == null) {
            return dagtekening != null
                    ? gesloten(
                            TermijnSoort.PIP_VASTSTELLEN,
                            "T-1",
                            TermijnStatus.VOLDAAN,
                            bericht("termijn.pip.voldaan", datum(dagtekening)))
                    : new Termijn(
                            TermijnSoort.PIP_VASTSTELLEN,
                            null,
                            null,
                            null,
                            null,
                            "T-1",
                            bericht("termijn.ontbreekt", String.join(" en ", start.ontbreekt()), "T-1"),
                            false);
        }
        // T-14: the 10 weeks run to the next working day when they end on a weekend day or feestdag (Atw).
        AlgemeneTermijnenwet.Einde gewoon = atw.einde(
                AlgemeneTermijnenwet.Periode.PIP_VASTSTELLEN, start.datum().plusWeeks(PIP_WEKEN));
        LocalDate uiterlijk = gewoon.datum();
        String uitleg = bericht("termijn.pip", datum(uiterlijk), PIP_WEKEN, start.uitleg()) + atwUitleg(gewoon);
        // T-15: the third-party exception counts only when the wait began by the last day; a later wait stays in the
        // journal but moves nothing.
        LocalDate wachtSinds = v.wachtOpDerdenSinds();
        boolean wachtTelt = wachtSinds != null && !wachtSinds.isAfter(uiterlijk);
        String wachtTeLaat = wachtSinds != null && !wachtTelt
                ? " " + bericht("termijn.pip.wachtTeLaat", datum(wachtSinds), v.wachtOpDerdenReden(), datum(uiterlijk))
                : "";
        if (wachtTelt && v.wachtOpDerdenOntvangen() != null) {
            AlgemeneTermijnenwet.Einde naInformatie = atw.einde(
                    AlgemeneTermijnenwet.Periode.PIP_NA_INFORMATIE_DERDEN,
                    v.wachtOpDerdenOntvangen().plusDays(NA_INFORMATIE_DERDEN_DAGEN));
            if (naInformatie.datum().isAfter(uiterlijk)) {
                uitleg = bericht(
                                "termijn.pip.naInformatie",
                                datum(naInformatie.datum()),
                                datum(v.wachtOpDerdenOntvangen()),
                                v.wachtOpDerdenReden(),
                                datum(uiterlijk))
                        + atwUitleg(naInformatie);
                uiterlijk = naInformatie.datum();
            }
        }
        if (dagtekening != null) {
            long teLaat = ChronoUnit.DAYS.between(uiterlijk, dagtekening);
            return new Termijn(
                    TermijnSoort.PIP_VASTSTELLEN,
                    start.datum(),
                    uiterlijk,
                    null,
                    TermijnStatus.VOLDAAN,
                    "T-1",
                    (teLaat > 0
                                    ? bericht("termijn.pip.voldaanTeLaat", datum(dagtekening), datum(uiterlijk), teLaat)
                                    : bericht("termijn.pip.voldaanOpTijd", datum(dagtekening), datum(uiterlijk)))
                            + wachtTeLaat,
                    false,
                    teLaat > 0 ? uiterlijk : null);
        }
        if (wachtTelt && v.wachtOpDerdenOntvangen() == null) {
            // May be exceeded while waiting: no last day until the information arrives (T-1).
            return new Termijn(
                    TermijnSoort.PIP_VASTSTELLEN,
                    start.datum(),
                    null,
                    null,
                    null,
                    "T-1",
                    bericht(
                            "termijn.pip.wacht",
                            datum(uiterlijk),
                            datum(wachtSinds),
                            v.wachtOpDerdenReden(),
                            NA_INFORMATIE_DERDEN_DAGEN / 7),
                    false);
        }
        return new Termijn(
                TermijnSoort.PIP_VASTSTELLEN,
                start.datum(),
                uiterlijk,
                uiterlijk.minusDays(w.pipWaarschuwingDagen()),
                null,
                "T-1",
                uitleg + wachtTeLaat,
                false);
    }

    private Termijn intake(Dossierfeiten d, Start start, TermijnInstellingen.Gebruikt gebruikt) {
        Mijlpalen v = d.mijlpalen();
        int weken = gebruikt.waarden().intakeWeken();
        if (v.datumBredeIntakeAfgerond() != null || v.dagtekeningPip() != null) {
            LocalDate gedaan = v.datumBredeIntakeAfgerond() != null ? v.datumBredeIntakeAfgerond() : v.dagtekeningPip();
            String uitleg = v.datumBredeIntakeAfgerond() != null
                    ? bericht("termijn.intake.voldaan", datum(v.datumBredeIntakeAfgerond()))
                    : bericht("termijn.intake.voldaanPip", datum(v.dagtekeningPip()));
            if (start.datum() != null && gedaan.isAfter(start.datum().plusWeeks(weken))) {
                // Done after the target: met, and late (T-15 keeps that visible).
                LocalDate uiterlijk = start.datum().plusWeeks(weken);
                return new Termijn(
                        TermijnSoort.BREDE_INTAKE,
                        start.datum(),
                        uiterlijk,
                        null,
                        TermijnStatus.VOLDAAN,
                        "T-2",
                        uitleg + " "
                                + bericht(
                                        "termijn.gemist.voldaan",
                                        tekst("termijn.soort.BREDE_INTAKE"),
                                        ChronoUnit.DAYS.between(uiterlijk, gedaan),
                                        datum(gedaan),
                                        datum(uiterlijk)),
                        false,
                        uiterlijk);
            }
            return gesloten(TermijnSoort.BREDE_INTAKE, "T-2", TermijnStatus.VOLDAAN, uitleg);
        }
        if (start.datum() == null) {
            return new Termijn(
                    TermijnSoort.BREDE_INTAKE,
                    null,
                    null,
                    null,
                    null,
                    "T-2",
                    bericht("termijn.ontbreekt", String.join(" en ", start.ontbreekt()), "T-2"),
                    false);
        }
        LocalDate uiterlijk = start.datum().plusWeeks(weken);
        return new Termijn(
                TermijnSoort.BREDE_INTAKE,
                start.datum(),
                uiterlijk,
                uiterlijk.minusDays(gebruikt.waarden().intakeWaarschuwingDagen()),
                null,
                "T-2",
                bericht("termijn.intake", datum(uiterlijk), weken, datum(start.datum()), herkomst(d, gebruikt)),
                false);
    }

    private Termijn inburgeringstermijn(Dossierfeiten d, TermijnInstellingen.Gebruikt gebruikt) {
        Mijlpalen v = d.mijlpalen();
        int attentie = gebruikt.waarden().attentieMaanden();
        TermijnStatus afsluiting = d.fase() == Fase.AFGEROND ? TermijnStatus.VOLDAAN : null;
        LocalDate einde = v.einddatumInburgeringstermijn(); // DUO's, exclusive
        if (einde != null) {
            LocalDate laatsteDag = einde.minusDays(1);
            LocalDate start = v.dagtekeningPip() != null
                    ? v.dagtekeningPip().plusDays(1)
                    : laatsteDag.minusYears(TERMIJN_JAREN).plusDays(1);
            String uitleg = bericht("termijn.termijn.duo", datum(laatsteDag), datum(einde))
                    + " " + bericht("termijn.termijn.attentie", datum(laatsteDag.minusMonths(attentie)), attentie)
                    + (afsluiting != null ? " " + tekst("termijn.afgerond") : "");
            return new Termijn(
                    TermijnSoort.INBURGERINGSTERMIJN,
                    start,
                    laatsteDag,
                    laatsteDag.minusMonths(attentie),
                    afsluiting,
                    "T-3",
                    uitleg,
                    false);
        }
        if (v.dagtekeningPip() != null) {
            Inburgeringstermijn verwacht = Inburgeringstermijn.naDagtekening(v.dagtekeningPip());
            LocalDate start = verwacht.startdatum();
            LocalDate laatsteDag = verwacht.laatsteDag();
            String uitleg = bericht(
                            "termijn.termijn.verwacht", datum(laatsteDag), TERMIJN_JAREN, datum(v.dagtekeningPip()))
                    + " " + bericht("termijn.termijn.attentie", datum(laatsteDag.minusMonths(attentie)), attentie)
                    + (afsluiting != null ? " " + tekst("termijn.afgerond") : "");
            return new Termijn(
                    TermijnSoort.INBURGERINGSTERMIJN,
                    start,
                    laatsteDag,
                    laatsteDag.minusMonths(attentie),
                    afsluiting,
                    "T-3",
                    uitleg,
                    true);
        }
        return afsluiting != null
                ? gesloten(TermijnSoort.INBURGERINGSTERMIJN, "T-3", afsluiting, tekst("termijn.afgerond"))
                : new Termijn(
                        TermijnSoort.INBURGERINGSTERMIJN,
                        null,
                        null,
                        null,
                        null,
                        "T-3",
                        tekst("termijn.termijn.nogGeenPip"),
                        true);
    }

    private Termijn schakelen(Dossierfeiten d, TermijnInstellingen.Gebruikt gebruikt) {
        if (d.fase() == Fase.AFGEROND) {
            return gesloten(
                    TermijnSoort.SCHAKELEN, "T-6", TermijnStatus.NIET_VAN_TOEPASSING, tekst("termijn.afgerond"));
        }
        LocalDate dagtekening = d.mijlpalen().dagtekeningPip();
        if (dagtekening == null) {
            return new Termijn(
                    TermijnSoort.SCHAKELEN,
                    null,
                    null,
                    null,
                    null,
                    "T-6",
                    tekst("termijn.schakelen.nogGeenPip"),
                    false);
        }
        boolean vanafTermijn = gebruikt.waarden().schakelStart() == TermijnInstellingen.SchakelStart.START_TERMIJN;
        LocalDate startpunt = vanafTermijn ? dagtekening.plusDays(1) : dagtekening;
        LocalDate laatsteDag = startpunt.plusMonths(SCHAKEL_MAANDEN);
        return new Termijn(
                TermijnSoort.SCHAKELEN,
                startpunt,
                laatsteDag,
                laatsteDag.minusMonths(gebruikt.waarden().schakelWaarschuwingMaanden()),
                null,
                "T-6",
                bericht(
                        "termijn.schakelen",
                        datum(laatsteDag),
                        SCHAKEL_MAANDEN,
                        tekst(vanafTermijn ? "termijn.schakelen.startTermijn" : "termijn.schakelen.dagtekening"),
                        datum(startpunt),
                        herkomst(d, gebruikt)),
                false);
    }

    private Termijn verlenging(Dossierfeiten d, Termijn termijn) {
        if (d.fase() == Fase.AFGEROND) {
            return gesloten(
                    TermijnSoort.VERLENGING_AANVRAGEN,
                    "T-5",
                    TermijnStatus.NIET_VAN_TOEPASSING,
                    tekst("termijn.afgerond"));
        }
        if (termijn.uiterlijkeDatum() == null) {
            return new Termijn(
                    TermijnSoort.VERLENGING_AANVRAGEN,
                    null,
                    null,
                    null,
                    null,
                    "T-5",
                    bericht("termijn.verlenging.onbekend", VERLENGING_VENSTER_MAANDEN),
                    true);
        }
        LocalDate einde = termijn.uiterlijkeDatum().plusDays(1);
        LocalDate opent = einde.minusMonths(VERLENGING_VENSTER_MAANDEN);
        return new Termijn(
                TermijnSoort.VERLENGING_AANVRAGEN,
                opent,
                termijn.uiterlijkeDatum(),
                opent,
                null,
                "T-5",
                bericht(
                        "termijn.verlenging",
                        datum(opent),
                        datum(termijn.uiterlijkeDatum()),
                        VERLENGING_VENSTER_MAANDEN),
                termijn.verwacht());
    }

    private List<Termijn> wi2013(Dossierfeiten d, TermijnInstellingen.Gebruikt gebruikt) {
        String uitleg = tekst("termijn.wi2013");
        List<Termijn> termijnen = new ArrayList<>();
        for (TermijnSoort soort : TermijnSoort.values()) {
            if (soort == TermijnSoort.INBURGERINGSTERMIJN && d.mijlpalen().einddatumInburgeringstermijn() != null) {
                termijnen.add(inburgeringstermijn(d, gebruikt));
            } else if (soort == TermijnSoort.INBURGERINGSTERMIJN) {
                termijnen.add(
                        gesloten(soort, "PL-4", TermijnStatus.NIET_VAN_TOEPASSING, tekst("termijn.wi2013.termijn")));
            } else {
                termijnen.add(gesloten(soort, "PL-4", TermijnStatus.NIET_VAN_TOEPASSING, uitleg));
            }
        }
        return termijnen;
    }

    private String herkomst(Dossierfeiten d, TermijnInstellingen.Gebruikt gebruikt) {
        return gebruikt.eigenInstelling()
                ? bericht("termijn.instelling.gemeente", d.gemeentecode())
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
