package nl.inburgeringsregie.voortgang;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.inburgeringsregie.duo.DuoRoutegegevens.Examenresultaat;
import nl.inburgeringsregie.duo.DuoRoutegegevens.Examenvrijstelling;
import nl.inburgeringsregie.duo.DuoRoutegegevens.Routegegevens;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Examenonderdeel;
import nl.inburgeringsregie.pip.VastgesteldPip;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import nl.inburgeringsregie.uren.Urenboek;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The route status (issue 16, T-13): for the route the vastgesteld PIP sets, each requirement with its state and the
 * evidence the gemeente can see, as a pure derivation of the PIP's route, the doelgroep, DUO's exam results and the
 * dates reported (PVT, MAP, Z-route) and the hours ledger. The requirements per route (R-4 to R-8, decided for the PIP's
 * content by {@code pip.PipRegels}): the B1-route the four language exams at the PIP's level (A2 for the parts lowered,
 * T-7) and the KNM exam, the PVT and the MAP; the onderwijsroute the taalschakeltraject (completed at DUO, not visible in
 * the exchange: "onbekend") and the PVT; the Z-route 800 course hours, for an asielstatushouder 800 participation hours,
 * the PVT, the MAP and the completion (the eindgesprek, reported as {@code datumAfrondingZroute}). An exam counts when
 * passed at or above the required level; passed below it counts not (scenario 9). DUO decides whether the duty is
 * met (SS106); this is what the gemeente sees.
 */
@Beslist("R-12")
@Component
class Routebepaling {

    /** The state of one requirement. ONBEKEND: DUO decides it and the exchange does not show it. */
    enum Stand {
        GEDAAN,
        BEZIG,
        ONTBREEKT,
        ONBEKEND
    }

    /** One requirement: {@code code} names it (texts {@code route.eis.<code>}), with its rule and the evidence. */
    record Eis(String code, String naam, Stand stand, String regel, String bewijs) {}

    /**
     * What the requirements are derived from; {@code uren} may be null for the B1-route, which counts no hours (the
     * deadline source: the PVT and the MAP are then done or missing, never in progress).
     */
    record Feiten(VastgesteldPip.Route pip, Doelgroep doelgroep, Routegegevens duo, Urenboek.Urenoverzicht uren) {}

    private static final List<String> NIVEAUS = List.of("A2", "B1", "B2");

    private final MessageSourceAccessor berichten;

    Routebepaling(MessageSourceAccessor berichten) {
        this.berichten = berichten;
    }

    List<Eis> eisen(Feiten f) {
        List<Eis> eisen = new ArrayList<>();
        Leerroute route = f.pip().leerroute();
        if (route == Leerroute.B) {
            for (Examenonderdeel o : Examenonderdeel.values()) {
                eisen.add(examen(code(o), vereist(f.pip(), o), f.duo()));
            }
            eisen.add(examen("KNM", null, f.duo()));
        } else if (route == Leerroute.O) {
            eisen.add(new Eis(
                    "TAALSCHAKELTRAJECT",
                    naam("TAALSCHAKELTRAJECT"),
                    Stand.ONBEKEND,
                    "R-6",
                    berichten.getMessage("route.bewijs.taalschakeltraject", new Object[] {uren(f, "LESUREN")})));
        } else {
            eisen.add(uren(f, "LESUREN", "LESUREN"));
            if (f.doelgroep() == Doelgroep.ASIELSTATUSHOUDER) {
                eisen.add(uren(f, "PARTICIPATIE", "PARTICIPATIEUREN"));
            }
        }
        eisen.add(module("PVT", "R-7", f.duo().pvtOndertekend(), "route.bewijs.pvt", f));
        if (route != Leerroute.O) {
            eisen.add(module("MAP", "R-8", f.duo().mapEindgesprek(), "route.bewijs.map", f));
        }
        if (route == Leerroute.Z) {
            eisen.add(datum("ZROUTE", "R-5", f.duo().zrouteAfgerond(), "route.bewijs.zroute"));
        }
        return List.copyOf(eisen);
    }

    /** Whether everything the gemeente can see is done (ONBEKEND is not): DUO still decides. */
    static boolean volledig(List<Eis> eisen) {
        return eisen.stream().allMatch(e -> e.stand() == Stand.GEDAAN);
    }

    /** The names of the requirements not done, for the worklist's explanation. */
    static List<String> ontbreekt(List<Eis> eisen) {
        return eisen.stream()
                .filter(e -> e.stand() != Stand.GEDAAN)
                .map(Eis::naam)
                .toList();
    }

    /** T-7: A2 for a part lowered or a PIP at A2; otherwise the PIP's level (B1 when it names none, R-1). */
    static String vereist(VastgesteldPip.Route pip, Examenonderdeel o) {
        if (pip.niveau() == Niveau.A2 || pip.afgeschaald().contains(o)) {
            return "A2";
        }
        return "B1";
    }

    static String code(Examenonderdeel o) {
        return switch (o) {
            case LEZEN -> "LE";
            case LUISTEREN -> "LU";
            case SCHRIJVEN -> "SC";
            case SPREKEN -> "SP";
        };
    }

    /** passed at or above the required level counts; below it, failed or without result, the part is open. */
    private Eis examen(String onderdeel, String niveau, Routegegevens duo) {
        String code = "EXAMEN_" + onderdeel;
        String naam = niveau == null ? naam(code) : naam(code) + " (" + niveau + ")";
        List<Examenresultaat> resultaten = duo.examens().stream()
                .filter(e -> onderdeel.equals(e.onderdeel()))
                .sorted(Comparator.comparing(
                        Examenresultaat::examendatum, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        Integer pogingen = duo.gratisPogingen().get(onderdeel);
        String tegoed = pogingen == null
                ? ""
                : " " + berichten.getMessage("route.bewijs.gratisPogingen", new Object[] {pogingen});
        // a part DUO released the person from counts as done: an ontheffing always, a vrijstelling at or above the
        // level required.
        Optional<Examenvrijstelling> vrij = duo.vrijstellingen().stream()
                .filter(v -> onderdeel.equals(v.onderdeel()))
                .filter(v -> v.soort().equals("ONTHEFFING") || opNiveau(v.niveau(), niveau))
                .findFirst();
        if (vrij.isPresent()) {
            Examenvrijstelling v = vrij.get();
            return new Eis(
                    code, naam, Stand.GEDAAN, "R-4", berichten.getMessage("route.bewijs." + v.soort(), new Object[] {
                        v.grond() == null ? "–" : v.grond(), niveauTekst(v.niveau()), datum(v.datumOordeel())
                    }));
        }
        Optional<Examenresultaat> geslaagd = resultaten.stream()
                .filter(e -> "Geslaagd".equals(e.resultaat()) && opNiveau(e.niveau(), niveau))
                .findFirst();
        if (geslaagd.isPresent()) {
            Examenresultaat e = geslaagd.get();
            return new Eis(
                    code, naam, Stand.GEDAAN, "R-12", berichten.getMessage("route.bewijs.geslaagd", new Object[] {
                        niveauTekst(e.niveau()), datum(e.examendatum())
                    }));
        }
        Optional<Examenresultaat> onder = resultaten.stream()
                .filter(e -> "Geslaagd".equals(e.resultaat()))
                .reduce((a, b) -> b);
        if (onder.isPresent()) {
            Examenresultaat e = onder.get();
            return new Eis(
                    code,
                    naam,
                    Stand.BEZIG,
                    "R-12",
                    berichten.getMessage(
                                    "route.bewijs.onderNiveau",
                                    new Object[] {niveauTekst(e.niveau()), datum(e.examendatum()), niveau})
                            + tegoed);
        }
        if (!resultaten.isEmpty()) {
            Examenresultaat laatste = resultaten.getLast();
            String bewijs = "Geen".equals(laatste.resultaat())
                    ? berichten.getMessage("route.bewijs.geenResultaat", new Object[] {
                        datum(laatste.examendatum()),
                        laatste.redenGeenResultaat() == null ? "–" : laatste.redenGeenResultaat()
                    })
                    : berichten.getMessage(
                            "route.bewijs.gezakt",
                            new Object[] {niveauTekst(laatste.niveau()), datum(laatste.examendatum())});
            return new Eis(code, naam, Stand.BEZIG, "R-12", bewijs + tegoed);
        }
        return new Eis(code, naam, Stand.ONTBREEKT, "R-12", berichten.getMessage("route.bewijs.geenExamen") + tegoed);
    }

    private Eis uren(Feiten f, String doel, String code) {
        Urenboek.Doel d = f.uren().doelen().stream()
                .filter(x -> x.code().equals(doel))
                .findFirst()
                .orElseThrow();
        int norm = doel.equals("PARTICIPATIE") ? participatieNorm(d.doel(), f.duo()) : d.doel();
        String ontheffing =
                norm == d.doel() ? "" : " " + berichten.getMessage("route.bewijs.belastbaarheid", new Object[] {norm});
        Stand stand = d.uren().compareTo(BigDecimal.valueOf(norm)) >= 0
                ? Stand.GEDAAN
                : d.uren().signum() > 0 ? Stand.BEZIG : Stand.ONTBREEKT;
        BigDecimal nog =
                BigDecimal.valueOf(norm).subtract(d.uren()).max(BigDecimal.ZERO).stripTrailingZeros();
        return new Eis(
                code,
                naam(code),
                stand,
                "R-5",
                berichten.getMessage(
                                stand == Stand.GEDAAN ? "route.bewijs.urenGehaald" : "route.bewijs.uren",
                                new Object[] {d.uren().toPlainString(), norm, nog.toPlainString()})
                        + ontheffing);
    }

    /**
     * Scenario 7: the Z-route's participation hours an asielstatushouder must make: the configured target, capped by
     * a partial ontheffing DUO granted ({@code urenBelastbaarheidParticipatieactiviteit}; 0: none required). One place
     * for the rule: the route status and the Z-route's eindgesprek both ask it.
     */
    static int participatieNorm(int doel, Routegegevens duo) {
        return duo.participatieBelastbaarheid() == null ? doel : Math.min(doel, duo.participatieBelastbaarheid());
    }

    private static String uren(Feiten f, String doel) {
        return f.uren().doelen().stream()
                .filter(x -> x.code().equals(doel))
                .findFirst()
                .map(d -> d.uren().toPlainString())
                .orElse("0");
    }

    /**
     * The PVT or the MAP (R-7, R-8; issue 16's modules): done with the date DUO knows (melding or answer); without it, in
     * progress once hours were followed (when the ledger was read), else missing.
     */
    private Eis module(String code, String regel, LocalDate datum, String sleutel, Feiten f) {
        Optional<Urenboek.Doel> uren = f.uren() == null
                ? Optional.empty()
                : f.uren().doelen().stream().filter(x -> x.code().equals(code)).findFirst();
        if (datum == null && uren.isPresent() && uren.get().uren().signum() > 0) {
            Urenboek.Doel d = uren.get();
            return new Eis(
                    code, naam(code), Stand.BEZIG, regel, berichten.getMessage("route.bewijs.moduleUren", new Object[] {
                        d.uren().toPlainString(), d.doel()
                    }));
        }
        return datum(code, regel, datum, sleutel);
    }

    private Eis datum(String code, String regel, LocalDate datum, String sleutel) {
        if (datum == null) {
            return new Eis(code, naam(code), Stand.ONTBREEKT, regel, berichten.getMessage(sleutel + ".open"));
        }
        return new Eis(
                code, naam(code), Stand.GEDAAN, regel, berichten.getMessage(sleutel, new Object[] {datum(datum)}));
    }

    private static boolean opNiveau(String behaald, String vereist) {
        if (vereist == null) {
            return true;
        }
        return behaald != null && NIVEAUS.indexOf(behaald) >= NIVEAUS.indexOf(vereist);
    }

    private String naam(String code) {
        return berichten.getMessage("route.eis." + code);
    }

    private static String niveauTekst(String niveau) {
        return niveau == null ? "–" : niveau;
    }

    private static String datum(LocalDate d) {
        return d == null ? "–" : InburgeringTermijnen.datum(d);
    }
}
