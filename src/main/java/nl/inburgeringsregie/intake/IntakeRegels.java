package nl.inburgeringsregie.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Kind;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.intake.Intake.LeefgebiedVerslag;
import nl.inburgeringsregie.intake.Keuzes.LbtResultaat;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rules of the brede intake (I-1 to I-3), each written once with its rule id, as pure functions of what they look
 * at; they apply I-5, R-2 ({@link Routeregels}) and R-3 (a routebesluit that departs from {@link Routeadvies} says
 * why) where the intake needs them. Each answers the reasons it refuses: {@link Violation}s with a message key of
 * {@code i18n/intake.properties} and its arguments (a label is itself a {@link MessageSourceResolvable}), which the web
 * layer resolves in the user's language (problem+json, or the screen's error summary). The route advice is
 * {@link Routeadvies}.
 */
@Beslist({"I-1", "I-2", "I-3"})
final class IntakeRegels {

    /** The longest text per field of a leefgebied (also COA's texts, I-4). */
    static final int MAX_TEKST = 4000;

    /** VVE age (I-2): from the 2nd birthday until the 4th (when the child goes to primary school). */
    static final int VVE_VANAF_JAREN = 2;

    static final int VVE_TOT_JAREN = 4;

    /** I-2, ADR 0039: the kinds of provision a child of the household can be referred to. */
    enum VveSoort {
        VOORSCHOOL,
        KINDEROPVANG
    }

    /**
     * I-2, ADR 0039: the gemeente's age limits in months (C): voorschool (VVE proper, peuteropvang) from
     * {@code voorschoolVanafMaanden}, kinderopvang from {@code kinderopvangVanafMaanden}, both until
     * {@code totMaanden} (the 4th birthday: primary school). A limit is reached on the same calendar date so many months
     * after birth; where that date does not exist (born 29 February, or on the 31st) on the month's last day, as
     * {@link LocalDate#plusMonths} gives: born 2024-02-29, two years old on 2026-02-28.
     */
    @Schema(name = "VveLeeftijdsgrenzen", description = "Leeftijdsgrenzen in maanden (regel I-2)")
    record VveGrenzen(int voorschoolVanafMaanden, int kinderopvangVanafMaanden, int totMaanden) {

        static final VveGrenzen STANDAARD = new VveGrenzen(VVE_VANAF_JAREN * 12, 0, VVE_TOT_JAREN * 12);

        /** The first day the child can be referred to the provision. */
        LocalDate vanaf(VveSoort soort, LocalDate geboren) {
            return geboren.plusMonths(soort == VveSoort.VOORSCHOOL ? voorschoolVanafMaanden : kinderopvangVanafMaanden);
        }

        /** The first day the child no longer can (it leaves the list): the 4th birthday by default. */
        LocalDate tot(LocalDate geboren) {
            return geboren.plusMonths(totMaanden);
        }

        boolean inAanmerking(VveSoort soort, LocalDate geboren, LocalDate peildatum) {
            return !peildatum.isBefore(vanaf(soort, geboren)) && peildatum.isBefore(tot(geboren));
        }

        /** VVE age: the voorschool's window. */
        boolean vveLeeftijd(LocalDate geboren, LocalDate peildatum) {
            return inAanmerking(VveSoort.VOORSCHOOL, geboren, peildatum);
        }

        /** On the list of children: eligible for some provision on the day. */
        boolean inBeeld(LocalDate geboren, LocalDate peildatum) {
            for (VveSoort soort : VveSoort.values()) {
                if (inAanmerking(soort, geboren, peildatum)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** DUO's score format (I-3): up to three digits, a comma, two decimals ("54,00"). */
    static final String DUO_SCORE = "\\d{1,3},\\d{2}";

    private IntakeRegels() {}

    /** The leefgebieden after a save, and what the rules refuse in it. */
    record Verslagen(List<LeefgebiedVerslag> verslagen, List<Violation> fouten) {}

    /**
     * I-1 and I-5: the leefgebieden as entered, merged into those stored. A leefgebied must be named; health (I-5) is
     * changed only by who works on the dossier (otherwise the stored text stays); financiële situatie belongs to a
     * statushouder's intake only (I-1); a score 1–5 only where the leefgebied has a scale (I-1); texts of at most
     * {@link #MAX_TEKST} characters. An unchanged text keeps its source (e.g. COA, I-4); empty leefgebieden go.
     */
    static Verslagen verslagen(
            Doelgroep doelgroep,
            List<LeefgebiedVerslag> opgeslagen,
            List<LeefgebiedVerslag> invoer,
            boolean bijzonder) {
        List<Violation> fouten = new ArrayList<>();
        Map<Leefgebied, LeefgebiedVerslag> resultaat = new LinkedHashMap<>();
        for (LeefgebiedVerslag oud : opgeslagen) {
            resultaat.put(oud.leefgebied(), oud);
        }
        List<LeefgebiedVerslag> nieuw = invoer == null ? List.of() : invoer;
        for (int i = 0; i < nieuw.size(); i++) {
            LeefgebiedVerslag v = nieuw.get(i);
            String veld = "leefgebieden[" + i + "]";
            if (v.leefgebied() == null) {
                fouten.add(new Violation(veld + ".leefgebied", "fout.leefgebied.leeg", "I-1"));
                continue;
            }
            if (v.leefgebied().bijzonder() && !bijzonder) {
                if (!leeg(v) && !gelijk(v, resultaat.get(v.leefgebied()))) {
                    fouten.add(new Violation(veld, "fout.leefgebied.bijzonder", "I-5"));
                }
                continue;
            }
            if (v.leefgebied().alleenStatushouder() && doelgroep != Doelgroep.ASIELSTATUSHOUDER && !leeg(v)) {
                fouten.add(new Violation(veld, "fout.leefgebied.statushouder", "I-1"));
            }
            if (v.score() != null && (!v.leefgebied().schaal() || v.score() < 1 || v.score() > 5)) {
                fouten.add(new Violation(veld + ".score", "fout.leefgebied.score", "I-1"));
            }
            Map<String, String> teksten = new LinkedHashMap<>();
            teksten.put("situatie", v.situatie());
            teksten.put("wensen", v.wensen());
            teksten.put("krachten", v.krachten());
            teksten.put("belemmeringen", v.belemmeringen());
            teksten.forEach((naam, tekst) -> {
                if (tekst != null && tekst.length() > MAX_TEKST) {
                    fouten.add(new Violation(veld + "." + naam, "fout.tekst.lang", null, MAX_TEKST));
                }
            });
            LeefgebiedVerslag oud = resultaat.get(v.leefgebied());
            String bron = oud != null && gelijk(v, oud) ? oud.bron() : null;
            resultaat.put(
                    v.leefgebied(),
                    new LeefgebiedVerslag(
                            v.leefgebied(),
                            tekst(v.situatie()),
                            v.score(),
                            tekst(v.wensen()),
                            tekst(v.krachten()),
                            tekst(v.belemmeringen()),
                            bron));
        }
        return new Verslagen(resultaat.values().stream().filter(v -> !leeg(v)).toList(), fouten);
    }

    /** An appointment has a time, says whether an interpreter came and whether the person did, and the language. */
    static List<Violation> afspraken(List<Intake.Afspraak> afspraken) {
        List<Violation> fouten = new ArrayList<>();
        List<Intake.Afspraak> lijst = afspraken == null ? List.of() : afspraken;
        for (int i = 0; i < lijst.size(); i++) {
            Intake.Afspraak a = lijst.get(i);
            if (a.tijdstip() == null) {
                fouten.add(new Violation("afspraken[" + i + "].tijdstip", "fout.afspraak.tijdstip", null));
            }
            if (a.tolkWijze() == null || a.opkomst() == null) {
                fouten.add(new Violation("afspraken[" + i + "]", "fout.afspraak.keuzes", null));
            }
            if (a.tolkWijze() != null && a.tolkWijze() != Keuzes.TolkWijze.GEEN && leeg(a.tolkTaal())) {
                fouten.add(new Violation("afspraken[" + i + "].tolkTaal", "fout.afspraak.tolkTaal", null));
            }
        }
        return fouten;
    }

    /**
     * The consultant's route decision beside the advice. R-2 (written in {@link Routeregels}): estimated hours only for
     * the B1-route of an asielstatushouder, 1 to 9999. R-3: a decision that differs from the advice says why, naming each difference.
     */
    static List<Violation> besluit(Doelgroep doelgroep, Intake.Routebesluit besluit) {
        List<Violation> fouten = new ArrayList<>();
        Routeregels.geschatteIntensiteit(besluit.leerroute(), doelgroep, besluit.uren())
                .ifPresent(sleutel ->
                        fouten.add(new Violation("routebesluit.geschatteIntensiteitB1Route", sleutel, "R-2")));
        if (besluit.wijktAf() && leeg(besluit.reden())) {
            // Issue 21 (h1), point 5: say which part differs from the advice, with both values.
            fouten.add(new Violation("routebesluit.reden", "fout.besluit.redenBij", "R-3", verschillen(besluit)));
        }
        return fouten;
    }

    /** The parts of a route decision that differ from the advice, as one text "a; b; c". */
    private static MessageSourceResolvable verschillen(Intake.Routebesluit b) {
        List<MessageSourceResolvable> verschillen = new ArrayList<>();
        if (b.leerroute() != b.adviesLeerroute()) {
            verschillen.add(
                    bericht("besluit.verschil.leerroute", leerroute(b.adviesLeerroute()), leerroute(b.leerroute())));
        }
        if (b.indicator() != b.adviesIndicator()) {
            verschillen.add(
                    bericht("besluit.verschil.indicator", indicator(b.adviesIndicator()), indicator(b.indicator())));
        }
        if (b.uren() != null && !b.uren().equals(b.adviesUren())) {
            verschillen.add(bericht(
                    "besluit.verschil.uren",
                    b.adviesUren() == null ? bericht("besluit.verschil.geenUren") : b.adviesUren(),
                    b.uren()));
        }
        return bericht("besluit.verschillen." + verschillen.size(), verschillen.toArray());
    }

    private static MessageSourceResolvable leerroute(Leerroute route) {
        return route == null ? bericht("besluit.verschil.geen") : bericht("intake.leerroute." + route.name());
    }

    private static MessageSourceResolvable indicator(Alfabetiseringsindicator indicator) {
        return indicator == null
                ? bericht("besluit.verschil.geen")
                : bericht("besluit.verschil.indicator." + indicator.name());
    }

    /**
     * I-3: the municipality's exemption comes with its decision and without a result; otherwise a result or a planned
     * date; a result has DUO's scores ("54,00") and the date it was taken, not in the future.
     */
    static List<Violation> leerbaarheidstoets(Intake.Leerbaarheidstoets lbt, LocalDate vandaag) {
        List<Violation> fouten = new ArrayList<>();
        if (lbt.vrijstelling() != null) {
            if (lbt.resultaat() != null) {
                fouten.add(new Violation("resultaat", "fout.lbt.vrijstellingEnResultaat", "I-3"));
            }
            if (leeg(lbt.vrijstellingBesluit())) {
                fouten.add(new Violation("vrijstellingBesluit", "fout.lbt.besluit", "I-3"));
            }
        } else if (lbt.resultaat() == null && lbt.gepland() == null) {
            fouten.add(new Violation("resultaat", "fout.lbt.leeg", "I-3"));
        } else if (lbt.resultaat() != null) {
            if (!Objects.toString(lbt.behaaldeScore(), "").matches(DUO_SCORE)) {
                fouten.add(new Violation("behaaldeScore", "fout.lbt.score", "I-3"));
            }
            if (!Objects.toString(lbt.benodigdeScore(), "").matches(DUO_SCORE)) {
                fouten.add(new Violation("benodigdeScore", "fout.lbt.score", "I-3"));
            }
            if (lbt.datumAfname() == null) {
                fouten.add(new Violation("datumAfname", "fout.lbt.datum", "I-3"));
            } else if (lbt.datumAfname().isAfter(vandaag)) {
                fouten.add(new Violation("datumAfname", "fout.datum.toekomst", "I-3"));
            }
        }
        return fouten;
    }

    /**
     * What finishing the intake requires: a situation for every leefgebied that applies (I-1); the parents informed
     * about VVE, at least when a child of the household is of VVE age, and the offer to talk without the partner
     * (I-2); an interpreter offered (I-1); the LBT's result or the exemption (I-3); a route decision.
     */
    static List<Violation> afronding(Doelgroep doelgroep, Intake intake, List<Kind> kinderen, LocalDate intakedatum) {
        return afronding(doelgroep, intake, kinderen, intakedatum, VveGrenzen.STANDAARD, intake.checklist());
    }

    /**
     * The same with the gemeente's VVE age limits and the I-2 checklist as it counts: the intake's ticks together with
     * the acts recorded on "Kinderen en VVE" (ADR 0039).
     */
    static List<Violation> afronding(
            Doelgroep doelgroep,
            Intake intake,
            List<Kind> kinderen,
            LocalDate intakedatum,
            VveGrenzen grenzen,
            Intake.Checklist c) {
        List<Violation> fouten = new ArrayList<>();
        for (Leefgebied leefgebied : Leefgebied.values()) {
            if (leefgebied.alleenStatushouder() && doelgroep != Doelgroep.ASIELSTATUSHOUDER) {
                continue;
            }
            LeefgebiedVerslag v = intake.verslag(leefgebied);
            if (v == null || leeg(v.situatie())) {
                fouten.add(new Violation(
                        "leefgebieden." + leefgebied.name(),
                        "fout.afronden.leefgebied",
                        "I-1",
                        bericht("leefgebied." + leefgebied.name())));
            }
        }
        List<String> vveKinderen = kinderenInVveLeeftijd(kinderen, intakedatum, grenzen);
        if (Boolean.FALSE.equals(c.vveInformatieGegeven())) {
            fouten.add(new Violation("checklist.vveInformatieGegeven", "fout.afronden.vve", "I-2"));
        } else if (c.vveInformatieGegeven() == null && !vveKinderen.isEmpty()) {
            fouten.add(new Violation(
                    "checklist.vveInformatieGegeven", "fout.afronden.vveKind", "I-2", String.join(", ", vveKinderen)));
        }
        if (!c.zonderPartnerAangeboden()) {
            fouten.add(new Violation("checklist.zonderPartnerAangeboden", "fout.afronden.zonderPartner", "I-2"));
        }
        if (!c.tolkAangeboden()) {
            fouten.add(new Violation("checklist.tolkAangeboden", "fout.afronden.tolk", "I-1"));
        }
        Intake.Leerbaarheidstoets lbt = intake.lbt();
        if (lbt.vrijstelling() == null && (lbt.resultaat() == null || lbt.resultaat() == LbtResultaat.ONBEKEND)) {
            fouten.add(new Violation("leerbaarheidstoets", "fout.afronden.lbt", "I-3"));
        }
        if (intake.routebesluit().leerroute() == null) {
            fouten.add(new Violation("routebesluit", "fout.afronden.besluit", "R-3"));
        }
        return fouten;
    }

    /**
     * I-2: the children of the household of VVE age on the intake date, i.e. from their 2nd birthday up to (not
     * including) their 4th birthday; a child born on 29 February has its birthday on 28 February in other years.
     */
    static List<String> kinderenInVveLeeftijd(List<Kind> kinderen, LocalDate intakedatum) {
        return kinderenInVveLeeftijd(kinderen, intakedatum, VveGrenzen.STANDAARD);
    }

    /** The same with the gemeente's limits (ADR 0039). */
    static List<String> kinderenInVveLeeftijd(List<Kind> kinderen, LocalDate intakedatum, VveGrenzen grenzen) {
        return kinderen.stream()
                .filter(k -> k.geboortedatum() != null && grenzen.vveLeeftijd(k.geboortedatum(), intakedatum))
                .map(Kind::voornaam)
                .toList();
    }

    static boolean leeg(LeefgebiedVerslag v) {
        return leeg(v.situatie())
                && v.score() == null
                && leeg(v.wensen())
                && leeg(v.krachten())
                && leeg(v.belemmeringen());
    }

    private static boolean gelijk(LeefgebiedVerslag a, LeefgebiedVerslag b) {
        return b != null
                && Objects.equals(tekst(a.situatie()), b.situatie())
                && Objects.equals(a.score(), b.score())
                && Objects.equals(tekst(a.wensen()), b.wensen())
                && Objects.equals(tekst(a.krachten()), b.krachten())
                && Objects.equals(tekst(a.belemmeringen()), b.belemmeringen());
    }

    static boolean leeg(String s) {
        return s == null || s.isBlank();
    }

    /** A text as stored: stripped, or null when blank. */
    static String tekst(String s) {
        return leeg(s) ? null : s.strip();
    }

    private static MessageSourceResolvable bericht(String sleutel, Object... argumenten) {
        return new DefaultMessageSourceResolvable(new String[] {sleutel}, argumenten);
    }
}
