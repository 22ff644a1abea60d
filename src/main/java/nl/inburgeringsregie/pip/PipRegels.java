package nl.inburgeringsregie.pip;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.intake.Keuzes.LbtResultaat;
import nl.inburgeringsregie.intake.Routeregels;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Onderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.PipStatus;
import nl.inburgeringsregie.pip.PipKeuzes.Wijzigingsreden;
import nl.inburgeringsregie.uren.Urenboek;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rules of the PIP's content and its changes (P-1, P-2, P-4, R-1, R-4 to R-8, T-7, H-3), decided here once. It
 * applies the decisions of others with their ids: R-2's combinations of {@link Routeregels} (shared with the intake's
 * routebesluit), T-6's schakel window of {@code InburgeringTermijnen} (its last day handed in), P-3's lifecycle of
 * {@link Pip}, whose reasons it checks. Pure functions of the plan and the facts they need, as
 * {@code InburgeringTermijnen} and {@code DuoRegels}. Each answers the violations it finds, each with its field, its
 * message key (with arguments) and its rule id; the web layer turns them into problem+json or field errors.
 */
@Beslist({"P-1", "P-2", "P-4", "R-1", "R-4", "R-5", "R-6", "R-7", "R-8", "T-7", "H-3"})
final class PipRegels {

    /** the participatieverklaringstraject takes at least 12 hours. */
    static final int PVT_MINIMUM_UREN = 12;

    static final int MAX_TEKST = 4000;

    /** The most agreements one PIP holds (h5, issue 14 point 7). */
    static final int MAX_AFSPRAKEN = 50;

    /** the Z-route's course hours (NT2 and KNM) and, for an asielstatushouder, its participation hours. */
    static final int Z_LESUREN = 800;

    static final int Z_PARTICIPATIEUREN = 800;

    /** The hours of one agreement: 0 to 9999, as DUO accepts them. */
    static final int MAX_AFSPRAAKUREN = 9999;

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /**
     * What vaststellen needs to know beyond the plan: the doelgroep, the start of the duty and the settling in the
     * gemeente (P-4), the dossier's first dagtekening (P-4), the intake's routebesluit and leerbaarheidstoets, the
     * last day of the schakel window (T-6; null when there is none) and today.
     */
    record Feiten(
            Doelgroep doelgroep,
            LocalDate datumKennisgeving,
            LocalDate gevestigd,
            LocalDate eersteDagtekening,
            Leerroute routebesluit,
            LbtResultaat lbt,
            LocalDate schakelenTotEnMet,
            LocalDate vandaag) {}

    private PipRegels() {}

    /**
     * The content of a concept as entered: R-1, R-2 (level and hours by route, decided by {@link Routeregels}), T-7 (A2 in the
     * B1-route only after afschalen), P-2, the lengths of the texts and each agreement's own fields (P-1, R-6, R-7,
     * H-3). {@code eersteVersie}: this is version 1; {@code afgeschaald}: this version lowered exam parts to A2.
     */
    static List<Violation> inhoud(PipService.Inhoud i, boolean eersteVersie, boolean afgeschaald, Doelgroep doelgroep) {
        List<Violation> fouten = new ArrayList<>();
        Routeregels.niveau(i.leerroute(), i.niveau(), eersteVersie)
                .ifPresent(sleutel -> fouten.add(new Violation("niveau", sleutel, "R-2")));
        if (i.leerroute() == Leerroute.B && i.niveau() == Niveau.A2 && !eersteVersie && !afgeschaald) {
            fouten.add(new Violation("niveau", "fout.pip.a2ZonderAfschalen", "T-7"));
        }
        if (i.leerroute() != null && i.leerroute() != Leerroute.Z && i.niveau() == null) {
            fouten.add(new Violation("niveau", "fout.pip.niveau", "R-1"));
        }
        Routeregels.geschatteIntensiteit(i.leerroute(), doelgroep, i.geschatteIntensiteitB1Route())
                .ifPresent(sleutel -> fouten.add(new Violation("geschatteIntensiteitB1Route", sleutel, "R-2")));
        if (Boolean.TRUE.equals(i.oneens()) && tekst(i.standpuntGemeente()) == null) {
            fouten.add(new Violation("standpuntGemeente", "fout.pip.standpunt", "P-2"));
        }
        for (String t : new String[] {i.zienswijze(), i.standpuntGemeente(), i.motiveringLeerroute()}) {
            if (t != null && t.length() > MAX_TEKST) {
                fouten.add(new Violation("tekst", "fout.tekst.lang", null, MAX_TEKST));
            }
        }
        List<Pip.Afspraak> afspraken = i.afspraken() == null ? List.of() : i.afspraken();
        if (afspraken.size() > MAX_AFSPRAKEN) {
            // h5 (issue 14 point 7): a documented maximum for the list, API and form alike.
            fouten.add(new Violation("afspraken", "fout.lijst.lang", null, MAX_AFSPRAKEN));
            afspraken = afspraken.subList(0, MAX_AFSPRAKEN);
        }
        for (int n = 0; n < afspraken.size(); n++) {
            afspraak(afspraken.get(n), "afspraken[" + n + "]", i.leerroute(), fouten);
        }
        return fouten;
    }

    /** One agreement: P-1 (what, who, described, by when or how often), R-7, R-6, H-3 and its hours. */
    private static void afspraak(Pip.Afspraak a, String veld, Leerroute route, List<Violation> fouten) {
        if (a.onderdeel() == null || a.eigenaar() == null) {
            fouten.add(new Violation(veld, "fout.pip.afspraakKeuzes", "P-1"));
            return;
        }
        if (tekst(a.omschrijving()) == null) {
            fouten.add(new Violation(veld + ".omschrijving", "fout.pip.afspraakOmschrijving", "P-1"));
        } else if (a.omschrijving().length() > MAX_TEKST) {
            fouten.add(new Violation(veld + ".omschrijving", "fout.tekst.lang", null, MAX_TEKST));
        }
        if (a.uiterlijk() == null && tekst(a.frequentie()) == null) {
            fouten.add(new Violation(veld + ".uiterlijk", "fout.pip.afspraakWanneer", "P-1"));
        }
        if (a.onderdeel() == Onderdeel.PVT && (a.uren() == null || a.uren() < PVT_MINIMUM_UREN)) {
            fouten.add(new Violation(veld + ".uren", "fout.pip.pvtUren", "R-7", PVT_MINIMUM_UREN));
        }
        if (a.onderdeel() == Onderdeel.MAP && route == Leerroute.O) {
            fouten.add(new Violation(veld + ".onderdeel", "fout.pip.mapOnderwijsroute", "R-6"));
        }
        if (a.handhaafbaar() && !a.onderdeel().inburgering()) {
            fouten.add(new Violation(veld + ".handhaafbaar", "fout.pip.handhaafbaar", "H-3"));
        }
        if (a.uren() != null && (a.uren() < 0 || a.uren() > MAX_AFSPRAAKUREN)) {
            fouten.add(new Violation(veld + ".uren", "fout.pip.afspraakUren", null));
        }
    }

    /**
     * Vaststellen (P-3, P-4): the whole plan as for a concept, and besides a leerroute, agreements (P-1), the
     * onderdelen of its route, the reason for a departing leerroute, the dagtekening (P-4) and, for
     * a new leerroute, the schakel window on the dagtekening (T-6). {@code huidige}: the version this one replaces, or
     * null.
     */
    static List<Violation> vaststelling(Pip pip, Pip huidige, LocalDate dagtekening, Feiten f) {
        List<Violation> fouten = new ArrayList<>(inhoud(
                PipService.Inhoud.van(pip),
                pip.versienummer() == 1,
                !pip.afschalenOnderdelen().isEmpty(),
                f.doelgroep()));
        if (pip.leerroute() == null) {
            fouten.add(new Violation("leerroute", "fout.pip.leerroute", "R-1"));
        }
        if (pip.afspraken().isEmpty()) {
            fouten.add(new Violation("afspraken", "fout.pip.afspraken", "P-1"));
        }
        onderdelen(pip, f.doelgroep() == Doelgroep.ASIELSTATUSHOUDER, fouten);
        motivering(pip, f, fouten);
        dagtekening(dagtekening, f, huidige, fouten);
        schakelvenster(pip, huidige, dagtekening, f, fouten);
        return fouten;
    }

    /**
     * P-1, R-4 to R-8 (Wi2021 art. 15): the onderdelen the PIP of its route must hold before it can be vastgesteld, one
     * violation per missing onderdeel with its rule. B1-route: leerroute, KNM, PVT, MAP; onderwijsroute: leerroute
     * (the taalschakeltraject), KNM, PVT and no MAP (refused per agreement); Z-route: leerroute and KNM with 800 course
     * hours together, for an asielstatushouder 800 participation hours, KNM, PVT, MAP. PVT's 12 hours are checked
     * per agreement.
     */
    private static void onderdelen(Pip pip, boolean asielstatushouder, List<Violation> fouten) {
        Leerroute route = pip.leerroute();
        if (route == null) {
            return;
        }
        Set<Onderdeel> aanwezig = EnumSet.noneOf(Onderdeel.class);
        pip.afspraken().forEach(a -> aanwezig.add(a.onderdeel()));
        String leerrouteRegel = switch (route) {
            case B -> "R-4";
            case O -> "R-6";
            case Z -> "R-5";
        };
        if (!aanwezig.contains(Onderdeel.LEERROUTE)) {
            ontbreekt(fouten, Onderdeel.LEERROUTE, leerrouteRegel, "fout.pip.ontbreekt.leerroute." + route.name());
        }
        if (!aanwezig.contains(Onderdeel.KNM)) {
            ontbreekt(fouten, Onderdeel.KNM, route == Leerroute.O ? "P-1" : leerrouteRegel, "fout.pip.ontbreekt.knm");
        }
        if (!aanwezig.contains(Onderdeel.PVT)) {
            ontbreekt(fouten, Onderdeel.PVT, "R-7", "fout.pip.ontbreekt.pvt");
        }
        if (route != Leerroute.O && !aanwezig.contains(Onderdeel.MAP)) {
            ontbreekt(fouten, Onderdeel.MAP, "R-8", "fout.pip.ontbreekt.map");
        }
        if (route == Leerroute.Z) {
            int lesuren = uren(pip, Onderdeel.LEERROUTE) + uren(pip, Onderdeel.KNM);
            if (aanwezig.contains(Onderdeel.LEERROUTE) && lesuren < Z_LESUREN) {
                fouten.add(new Violation(
                        "afspraken.LEERROUTE.uren", "fout.pip.ontbreekt.zLesuren", "R-5", Z_LESUREN, lesuren));
            }
            int participatie = uren(pip, Onderdeel.PARTICIPATIE);
            if (asielstatushouder && participatie < Z_PARTICIPATIEUREN) {
                fouten.add(new Violation(
                        "afspraken.PARTICIPATIE",
                        "fout.pip.ontbreekt.zParticipatie",
                        "R-5",
                        Z_PARTICIPATIEUREN,
                        participatie));
            }
        }
    }

    private static void ontbreekt(List<Violation> fouten, Onderdeel onderdeel, String regel, String sleutel) {
        fouten.add(new Violation("afspraken." + onderdeel.name(), sleutel, regel, regel));
    }

    private static int uren(Pip pip, Onderdeel onderdeel) {
        return pip.afspraken().stream()
                .filter(a -> a.onderdeel() == onderdeel && a.uren() != null && a.uren() > 0)
                .mapToInt(Pip.Afspraak::uren)
                .sum();
    }

    /**
     * a leerroute that departs from the intake's routebesluit, or contradicts the leerbaarheidstoets (Z-route with
     * "B1-route haalbaar"; B1-route or onderwijsroute with "B1-route niet haalbaar"), needs its reason on this version.
     */
    private static void motivering(Pip pip, Feiten f, List<Violation> fouten) {
        if (pip.leerroute() == null || pip.motiveringLeerroute() != null) {
            return;
        }
        if (f.routebesluit() != null && f.routebesluit() != pip.leerroute()) {
            fouten.add(new Violation(
                    "motiveringLeerroute",
                    "fout.pip.motivering.routebesluit",
                    "R-3",
                    new DefaultMessageSourceResolvable(
                            "intake.leerroute." + f.routebesluit().name())));
        }
        boolean tegen = (f.lbt() == LbtResultaat.B1_ROUTE_HAALBAAR && pip.leerroute() == Leerroute.Z)
                || (f.lbt() == LbtResultaat.B1_ROUTE_NIET_HAALBAAR && pip.leerroute() != Leerroute.Z);
        if (tegen) {
            fouten.add(new Violation(
                    "motiveringLeerroute",
                    "fout.pip.motivering.lbt",
                    "R-3",
                    f.lbt().duo()));
        }
    }

    /** P-4: not before the duty, not before settling in the gemeente, not before the current PIP's; not in the future. */
    private static void dagtekening(LocalDate dagtekening, Feiten f, Pip huidige, List<Violation> fouten) {
        if (dagtekening == null) {
            fouten.add(new Violation("dagtekeningPip", "fout.pip.dagtekening", "P-4"));
            return;
        }
        if (dagtekening.isAfter(f.vandaag())) {
            fouten.add(new Violation("dagtekeningPip", "fout.pip.dagtekeningToekomst", "P-4"));
        }
        if (f.datumKennisgeving() != null && dagtekening.isBefore(f.datumKennisgeving())) {
            fouten.add(new Violation("dagtekeningPip", "fout.pip.dagtekeningVoorPlicht", "P-4"));
        }
        if (f.gevestigd() != null && dagtekening.isBefore(f.gevestigd())) {
            fouten.add(new Violation("dagtekeningPip", "fout.pip.dagtekeningVoorVestiging", "P-4"));
        }
        LocalDate eerdere = f.eersteDagtekening();
        LocalDate vorige = huidige == null ? null : huidige.dagtekeningPip();
        if ((eerdere != null && dagtekening.isBefore(eerdere)) || (vorige != null && dagtekening.isBefore(vorige))) {
            fouten.add(new Violation("dagtekeningPip", "fout.pip.dagtekeningVoorVorige", "P-4"));
        }
    }

    /**
     * T-6 at vaststellen: a version whose leerroute differs from the vastgestelde one it replaces is a switch; its
     * dagtekening must fall inside the schakel window, but for onderwijsroute → B1-route (any time).
     */
    private static void schakelvenster(Pip pip, Pip huidige, LocalDate dagtekening, Feiten f, List<Violation> fouten) {
        if (dagtekening == null
                || huidige == null
                || huidige.status() != PipStatus.VASTGESTELD
                || huidige.leerroute() == null
                || pip.leerroute() == null
                || !isSchakelen(huidige.leerroute(), pip.leerroute())) {
            return;
        }
        LocalDate laatsteDag = f.schakelenTotEnMet();
        if (laatsteDag == null || dagtekening.isAfter(laatsteDag)) {
            fouten.add(new Violation(
                    "leerroute",
                    "fout.pip.schakelenVensterVaststellen",
                    "T-6",
                    laatsteDag == null ? "–" : laatsteDag.format(DATUM),
                    dagtekening.format(DATUM)));
        }
    }

    /** T-6: a change of leerroute that must fall inside the schakel window; onderwijsroute → B1-route can any time. */
    private static boolean isSchakelen(Leerroute van, Leerroute naar) {
        return naar != van && !(van == Leerroute.O && naar == Leerroute.B);
    }

    /**
     * A change of the vastgestelde PIP (P-3): its reason and justification; for schakelen another leerroute inside the
     * schakel window (T-6); for afschalen the B1-route, the exam parts, at least 600 course hours and their source
     * (T-7).
     */
    static List<Violation> wijziging(
            Pip huidige, PipService.Wijziging w, LocalDate schakelenTotEnMet, LocalDate vandaag, BigDecimal nt2Uren) {
        List<Violation> fouten = new ArrayList<>();
        if (w.reden() == null) {
            fouten.add(new Violation("reden", "fout.pip.reden", "P-3"));
        }
        if (tekst(w.toelichting()) == null) {
            fouten.add(new Violation("toelichting", "fout.pip.toelichting", "P-3"));
        } else if (w.toelichting().length() > MAX_TEKST) {
            fouten.add(new Violation("toelichting", "fout.tekst.lang", null, MAX_TEKST));
        }
        if (w.reden() == Wijzigingsreden.SCHAKELEN) {
            schakelen(huidige, w, schakelenTotEnMet, vandaag, fouten);
        } else if (w.reden() == Wijzigingsreden.AFSCHALEN) {
            afschalen(huidige, w, nt2Uren, fouten);
        }
        return fouten;
    }

    private static void schakelen(
            Pip huidige, PipService.Wijziging w, LocalDate totEnMet, LocalDate vandaag, List<Violation> fouten) {
        if (w.leerroute() == null || w.leerroute() == huidige.leerroute()) {
            fouten.add(new Violation("leerroute", "fout.pip.schakelenRoute", "T-6"));
            return;
        }
        if (isSchakelen(huidige.leerroute(), w.leerroute()) && (totEnMet == null || vandaag.isAfter(totEnMet))) {
            fouten.add(new Violation(
                    "leerroute", "fout.pip.schakelenVenster", "T-6", totEnMet == null ? "–" : totEnMet.format(DATUM)));
        }
    }

    /** T-7: the hours are the ledger's NT2 hours at a keurmerk institution ({@link Urenboek#AFSCHALEN_NT2_UREN}). */
    private static void afschalen(Pip huidige, PipService.Wijziging w, BigDecimal nt2Uren, List<Violation> fouten) {
        if (huidige.leerroute() != Leerroute.B) {
            fouten.add(new Violation("reden", "fout.pip.afschalenRoute", "T-7"));
            return;
        }
        if (w.afschalenOnderdelen() == null || w.afschalenOnderdelen().isEmpty()) {
            fouten.add(new Violation("afschalenOnderdelen", "fout.pip.afschalenOnderdelen", "T-7"));
        }
        if (nt2Uren.compareTo(BigDecimal.valueOf(Urenboek.AFSCHALEN_NT2_UREN)) < 0) {
            fouten.add(new Violation(
                    "lesuren",
                    "fout.pip.afschalenUren",
                    "T-7",
                    Urenboek.AFSCHALEN_NT2_UREN,
                    nt2Uren.stripTrailingZeros().toPlainString()));
        }
    }

    /** Withdrawing (P-3): the reason is given, and fits. */
    static List<Violation> intrekking(String reden) {
        if (tekst(reden) == null) {
            return List.of(new Violation("reden", "fout.pip.intrekReden", "P-3"));
        }
        if (reden.length() > MAX_TEKST) {
            return List.of(new Violation("reden", "fout.tekst.lang", null, MAX_TEKST));
        }
        return List.of();
    }

    /** P-3: a new PIP can be made only while there is neither a concept nor a vastgesteld one (after a withdrawal). */
    static boolean nieuwPipMogelijk(List<Pip> versies) {
        return versies.stream().noneMatch(p -> p.status() == PipStatus.CONCEPT || p.status() == PipStatus.VASTGESTELD);
    }

    /** P-3: one concept at a time; a change of the vastgesteld PIP waits until the open concept is done. */
    static boolean heeftConcept(List<Pip> versies) {
        return versies.stream().anyMatch(p -> p.status() == PipStatus.CONCEPT);
    }

    static String tekst(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
