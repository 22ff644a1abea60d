package nl.inburgeringsregie.termijnen;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.DoelgroepPeriode;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.Mijlpalen;
import nl.inburgeringsregie.inburgeraar.Onderbreking;
import nl.inburgeringsregie.inburgeraar.Wet;
import nl.inburgeringsregie.infrastructure.Beslist;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The deadlines of the inburgeringstermijn (T-3 with T-13's six-month attention, T-5's extension window, T-6's schakel
 * window) and the rules of history every deadline of the route follows (PL-4, PL-5, PL-6, T-15). Derived from the
 * dossier's dates and milestones; the rules every deadline of the route follows, which the modules that own the other route deadlines reuse ({@code intake} T-2, {@code pip} T-1):
 * the start moment ({@link #grondslag}, T-1's start is also T-2's), an uitgeschreven dossier has no running deadline
 * and a Wi2013 dossier no PIP ({@link #buitenDeRoute}, PL-4), a change of doelgroep applies from its date, never to a
 * deadline that was already over ({@link #perDoelgroep}, PL-6), a deadline recorded as missed ({@link Gemist}) stays
 * missed (T-15), and DUO's tijdelijke vrijstelling suspends a running deadline ({@link #opgeschort}, PL-5). Pure: the
 * same facts and settings give the same deadlines; "today" only enters through {@link Termijn#status}.
 */
@Beslist({"PL-5", "PL-6", "T-3", "T-5", "T-6", "T-13", "T-15"})
@Component
@Order(3)
public class InburgeringTermijnen implements TermijnBron {

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
    private final Function<String, TermijnInstellingen.Waarden> beheerd;

    InburgeringTermijnen(TermijnInstellingen instellingen, MessageSourceAccessor berichten, AlgemeneTermijnenwet atw) {
        this(instellingen, berichten, atw, gemeente -> null);
    }

    @Autowired
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
            Function<String, TermijnInstellingen.Waarden> beheerd) {
        this.instellingen = instellingen;
        this.berichten = berichten;
        this.atw = atw;
        this.beheerd = beheerd;
    }

    @Override
    public List<TermijnSoort> soorten() {
        return List.of(TermijnSoort.INBURGERINGSTERMIJN, TermijnSoort.SCHAKELEN, TermijnSoort.VERLENGING_AANVRAGEN);
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d) {
        return termijnen(d, Map.of());
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d, Map<TermijnSoort, Gemist> gemist) {
        Gemist termijnGemist = gemist.get(TermijnSoort.INBURGERINGSTERMIJN);
        if (d.fase() == Fase.UITGESCHREVEN) {
            return List.of(
                    buitenDeRoute(d, TermijnSoort.INBURGERINGSTERMIJN, "T-3", termijnGemist)
                            .orElseThrow(),
                    buitenDeRoute(d, TermijnSoort.SCHAKELEN, "T-6", gemist.get(TermijnSoort.SCHAKELEN))
                            .orElseThrow(),
                    buitenDeRoute(
                                    d,
                                    TermijnSoort.VERLENGING_AANVRAGEN,
                                    "T-5",
                                    gemist.get(TermijnSoort.VERLENGING_AANVRAGEN))
                            .orElseThrow());
        }
        TermijnInstellingen.Gebruikt gebruikt = gebruikt(d);
        if (d.wet() == Wet.WI2013) {
            // PL-4: no PIP and no schakelen; DUO's own termijn when it registered one.
            Termijn termijn = d.mijlpalen().einddatumInburgeringstermijn() != null
                    ? inburgeringstermijn(d, gebruikt)
                    : Termijn.gesloten(
                            TermijnSoort.INBURGERINGSTERMIJN,
                            "PL-4",
                            TermijnStatus.NIET_VAN_TOEPASSING,
                            tekst("termijn.wi2013.termijn"));
            return List.of(
                    vastgehouden(termijn, termijnGemist, null),
                    buitenDeRoute(d, TermijnSoort.SCHAKELEN, "T-6", gemist.get(TermijnSoort.SCHAKELEN))
                            .orElseThrow(),
                    buitenDeRoute(
                                    d,
                                    TermijnSoort.VERLENGING_AANVRAGEN,
                                    "T-5",
                                    gemist.get(TermijnSoort.VERLENGING_AANVRAGEN))
                            .orElseThrow());
        }
        Termijn termijn = vastgehouden(inburgeringstermijn(d, gebruikt), termijnGemist, null);
        return List.of(
                opgeschort(d, termijn), opgeschort(d, schakelen(d, gebruikt)), opgeschort(d, verlenging(d, termijn)));
    }

    /**
     * PL-4 and an uitgeschreven dossier: a deadline of the route that does not apply to this dossier, closed as
     * NIET_VAN_TOEPASSING with the reason (a missed one on record stays missed, T-15); empty when the route applies.
     */
    public Optional<Termijn> buitenDeRoute(Dossierfeiten d, TermijnSoort soort, String regel, Gemist gemist) {
        if (d.fase() == Fase.UITGESCHREVEN) {
            return Optional.of(vastgehouden(
                    Termijn.gesloten(soort, regel, TermijnStatus.NIET_VAN_TOEPASSING, tekst("termijn.uitgeschreven")),
                    gemist,
                    null));
        }
        if (d.wet() == Wet.WI2013) {
            return Optional.of(vastgehouden(
                    Termijn.gesloten(soort, "PL-4", TermijnStatus.NIET_VAN_TOEPASSING, tekst("termijn.wi2013")),
                    gemist,
                    null));
        }
        return Optional.empty();
    }

    /**
     * What a deadline of the route is computed from under one doelgroep: the start moment (T-1; also T-2's), the
     * gemeente's settings that apply (rule book C) and where they come from, as a sentence ({@code herkomst}).
     */
    public record Grondslag(
            Start start, int intakeWeken, int intakeWaarschuwingDagen, int pipWaarschuwingDagen, String herkomst) {}

    /**
     * A deadline of the route under the rules of history: computed ({@code berekening}) under the doelgroep valid at
     * the time (PL-6), held when it was recorded as missed (T-15; {@code gedaan}: the day of the act that meets it, or
     * null), and after DUO's new notice of a withdrawn vrijstelling's duty run from that notice (PL-5, T-15).
     */
    public Termijn perDoelgroep(
            Dossierfeiten d, Gemist gemist, LocalDate gedaan, Function<Grondslag, Termijn> berekening) {
        TermijnInstellingen.Gebruikt gebruikt = gebruikt(d);
        TermijnInstellingen.Waarden w = gebruikt.waarden();
        String herkomst = herkomst(d, gebruikt);
        return naNieuwePlicht(
                d,
                gemist,
                g -> perDoelgroep(
                        d,
                        dg -> berekening.apply(new Grondslag(
                                start(d, w, dg),
                                w.intakeWeken(),
                                w.intakeWaarschuwingDagen(),
                                w.pipWaarschuwingDagen(),
                                herkomst)),
                        gedaan,
                        g));
    }

    private TermijnInstellingen.Gebruikt gebruikt(Dossierfeiten d) {
        return instellingen.voor(d.gemeentecode(), beheerd.apply(d.gemeentecode()));
    }

    /**
     * PL-5 and T-15: once DUO withdrew a tijdelijke vrijstelling (SS129) and gave a new notice of the duty after a deadline
     * of the earlier duty was missed, the deadline of the new duty runs from that notice: the earlier miss stays on record
     * ({@code termijn_gemist}) and in the explanation, but is not held against the new period. Without such a new notice
     * (SS130 resumes the same duty) the miss holds as always.
     */
    private Termijn naNieuwePlicht(Dossierfeiten d, Gemist gemist, Function<Gemist, Termijn> berekening) {
        Onderbreking o = d.onderbreking();
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
        return berekening
                .apply(null)
                .aangevuld(bericht(
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
                return vastgehouden(termijn, gemist, gedaan)
                        .aangevuld(bericht(
                                "termijn.doelgroep.nietHerberekend",
                                groep(gebruikt.doelgroep()),
                                groep(wijziging.doelgroep()),
                                datum(vanaf)));
            }
            vorige = gebruikt;
            gebruikt = wijziging;
            termijn = berekening.apply(gebruikt.doelgroep());
        }
        return vastgehouden(termijn, gemist, gedaan)
                .aangevuld(bericht(
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
        String soort = tekst("termijn.soort." + t.soort().code());
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
                            t.verwacht())
                    .alsGemistOp(laatsteDag);
        }
        if (t.afsluiting() != null) {
            return t.aangevuld(bericht("termijn.gemist.eerder", datum(laatsteDag)))
                    .alsGemistOp(laatsteDag);
        }
        if (t.soort().equals(TermijnSoort.INBURGERINGSTERMIJN)
                && !t.verwacht()
                && t.uiterlijkeDatum() != null
                && t.uiterlijkeDatum().isAfter(laatsteDag)) {
            return t.aangevuld(bericht("termijn.gemist.nieuweTermijn", datum(laatsteDag)))
                    .alsGemistOp(laatsteDag);
        }
        String uitleg = bericht("termijn.gemist.open", soort, datum(laatsteDag));
        if (t.uiterlijkeDatum() != null && !t.uiterlijkeDatum().equals(laatsteDag)) {
            uitleg += " " + bericht("termijn.gemist.nuAnders", datum(t.uiterlijkeDatum()));
        } else if (t.uiterlijkeDatum() == null) {
            uitleg += " " + tekst("termijn.gemist.nuOnbekend");
        }
        return new Termijn(t.soort(), t.startdatum(), laatsteDag, null, null, t.regel(), uitleg, t.verwacht())
                .alsGemistOp(laatsteDag);
    }

    private String groep(Doelgroep doelgroep) {
        return tekst("termijn.doelgroep." + doelgroep.name());
    }

    /**
     * PL-5 (issue 12 part 4): DUO's tijdelijke vrijstelling suspends the duty. A running deadline carries DUO's
     * period (status OPGESCHORT within it, {@link Termijn#status}) and says so; closed ones stay as they are. After
     * the vrijstelling the deadlines run again; DUO's new termijn comes from DUO (SS130, SS102/SS103).
     */
    public Termijn opgeschort(Dossierfeiten d, Termijn t) {
        Onderbreking o = d.onderbreking();
        if (!o.vrijstelling()) {
            return t;
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
        return t.afsluiting() == null ? t.opgeschort(o.vrijstellingVan(), tot, uitleg) : t;
    }

    /** T-14: what the Algemene termijnenwet did to a last day, as a sentence (empty when it did not move it). */
    public String atwUitleg(AlgemeneTermijnenwet.Einde einde) {
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
    public record Start(LocalDate datum, String uitleg, List<String> ontbreekt) {}

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
                ? Termijn.gesloten(TermijnSoort.INBURGERINGSTERMIJN, "T-3", afsluiting, tekst("termijn.afgerond"))
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
            return Termijn.gesloten(
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
            return Termijn.gesloten(
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

    private String herkomst(Dossierfeiten d, TermijnInstellingen.Gebruikt gebruikt) {
        return gebruikt.eigenInstelling()
                ? bericht("termijn.instelling.gemeente", d.gemeentecode())
                : tekst("termijn.instelling.standaard");
    }

    private String tekst(String sleutel) {
        return berichten.getMessage(sleutel);
    }

    private String bericht(String sleutel, Object... argumenten) {
        return berichten.getMessage(sleutel, argumenten);
    }

    public static String datum(LocalDate datum) {
        return datum.format(DATUM);
    }
}
