package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * DUO's validation rules for meldingen (duo-m2m README; rule book ), in one place: checked before a
 * melding is sent, so a consultant sees the rule at once instead of a refusal later, and enforced by the simulator
 * as DUO would. Pure functions of the facts both sides know.
 */
public final class DuoRegels {

    /** A rule a melding breaks: the field, the rule id, and a Dutch explanation. */
    public record Schending(String veld, String regel, String tekst) {}

    /**
     * What the rules need to know of a person: the doelgroep, the current PIP of this gemeente (null if none), the
     * inburgeringstermijn (start, last day inclusive; null when unknown), and the Z-route completion registered.
     */
    public record Feiten(
            boolean asielstatushouder,
            LocalDate dagtekeningPip,
            String leerroute,
            LocalDate termijnStart,
            LocalDate termijnLaatsteDag,
            LocalDate zrouteAfgerond,
            LocalDate vandaag) {}

    /** An institution as DUO lists it (GET /instellingen). */
    public record Instelling(String instellingsnummer, String naam, boolean bowKeurmerk, boolean tstKeurmerk) {}

    private DuoRegels() {}

    /**
     * MAP eindgesprek or PVT ondertekening with the verwijtbaar flag. {@code datum} null withdraws
     * an earlier date. Overschrijding: the date lies after the termijn's last day. "Nee" only when the termijn ended
     * at most two months before the date (our reading of "de einddatum valt binnen twee maanden", ADR 0012).
     */
    public static List<Schending> resultaat(String veld, String regel, LocalDate datum, String verwijtbaar, Feiten f) {
        List<Schending> s = new ArrayList<>();
        if (f.dagtekeningPip() == null) {
            s.add(new Schending(veld, regel, "Er is geen actuele PIP van deze gemeente bij DUO; meld eerst de PIP."));
        }
        if (datum == null) {
            if (f.zrouteAfgerond() != null) {
                s.add(new Schending(
                        veld,
                        regel,
                        "De datum kan niet worden ingetrokken: de afronding van de Z-route is geregistreerd."));
            }
            if (verwijtbaar != null) {
                s.add(new Schending("verwijtbaar", "R-9", "Verwijtbaar hoort alleen bij een datum."));
            }
            return s;
        }
        if (datum.isAfter(f.vandaag())) {
            s.add(new Schending(veld, regel, "De datum mag niet in de toekomst liggen."));
        }
        if (f.termijnStart() == null) {
            s.add(new Schending(
                    veld, regel, "De inburgeringstermijn is nog niet gestart; de datum kan nog niet worden gemeld."));
        } else if (datum.isBefore(f.termijnStart())) {
            s.add(new Schending(
                    veld,
                    regel,
                    "De datum mag niet voor de start van de inburgeringstermijn (" + f.termijnStart() + ") liggen."));
        }
        if (f.zrouteAfgerond() != null && datum.isAfter(f.zrouteAfgerond())) {
            s.add(new Schending(
                    veld,
                    regel,
                    "De datum mag niet na de afronding van de Z-route (" + f.zrouteAfgerond() + ") liggen."));
        }
        boolean overschrijding = f.termijnLaatsteDag() != null && datum.isAfter(f.termijnLaatsteDag());
        if (verwijtbaar == null && overschrijding) {
            s.add(new Schending(
                    "verwijtbaar", "R-9", "De termijn is overschreden: geef aan of dat verwijtbaar is (Ja of Nee)."));
        } else if (verwijtbaar != null && !overschrijding) {
            s.add(new Schending(
                    "verwijtbaar",
                    "R-9",
                    "Verwijtbaar alleen opgeven als de inburgeringstermijn is overschreden; "
                            + "laat het leeg als de datum binnen de termijn valt."));
        } else if ("Nee".equals(verwijtbaar)
                && datum.isAfter(f.termijnLaatsteDag().plusMonths(2))) {
            s.add(new Schending(
                    "verwijtbaar",
                    "R-9",
                    "'Nee' kan alleen als de termijn binnen twee maanden voor de datum eindigde."));
        } else if (verwijtbaar != null && !verwijtbaar.equals("Ja") && !verwijtbaar.equals("Nee")) {
            s.add(new Schending("verwijtbaar", "R-9", "Verwijtbaar is Ja, Nee of leeg."));
        }
        return s;
    }

    /** Z-route completed: only with a Z-route PIP, inside the termijn, not in the future. */
    public static List<Schending> zroute(LocalDate datum, Feiten f) {
        List<Schending> s = new ArrayList<>();
        if (datum == null) {
            s.add(new Schending("datumAfrondingZroute", "R-5", "Vul de datum van afronding van de Z-route in."));
            return s;
        }
        if (f.dagtekeningPip() == null || !"Z".equals(f.leerroute())) {
            s.add(new Schending("datumAfrondingZroute", "R-5", "Alleen bij een actuele PIP met de Z-route."));
        }
        if (datum.isAfter(f.vandaag())) {
            s.add(new Schending("datumAfrondingZroute", "R-5", "De datum mag niet in de toekomst liggen."));
        }
        if (f.termijnStart() != null && datum.isBefore(f.termijnStart())) {
            s.add(new Schending(
                    "datumAfrondingZroute",
                    "R-5",
                    "De datum mag niet voor de start van de inburgeringstermijn liggen."));
        }
        return s;
    }

    /** Hours: 0 to 9999; participation hours only for an asielstatushouder. */
    public static List<Schending> uren(String soort, Integer uren, Feiten f) {
        List<Schending> s = new ArrayList<>();
        if (uren == null || uren < 0 || uren > 9999) {
            s.add(new Schending("uren", "R-11", "Het aantal uren is een geheel getal van 0 tot en met 9999."));
        }
        if (soort.equals("participatieactiviteiten") && !f.asielstatushouder()) {
            s.add(new Schending("soort", "R-11", "Participatie-uren worden alleen voor asielstatushouders gemeld."));
        }
        return s;
    }

    /**
     * Inburgeringsaanbod: asielstatushouder with a PIP; the institution BoW-keurmerk holder (TST for the
     * onderwijsroute); dates not before the PIP's dagtekening; the course inside the termijn and after the offer.
     */
    public static List<Schending> aanbod(
            Instelling instelling, LocalDate datumAanbod, LocalDate start, LocalDate einde, Feiten f) {
        List<Schending> s = new ArrayList<>();
        if (!f.asielstatushouder()) {
            s.add(new Schending(
                    "instellingsnummer",
                    "R-10",
                    "Een inburgeringsaanbod wordt alleen voor asielstatushouders gemeld."));
        }
        if (f.dagtekeningPip() == null) {
            s.add(new Schending("instellingsnummer", "R-10", "Er is geen actuele PIP; meld eerst de PIP."));
        }
        if (instelling == null) {
            s.add(new Schending("instellingsnummer", "R-10", "De instelling is niet bekend bij DUO."));
        } else if ("O".equals(f.leerroute()) ? !instelling.tstKeurmerk() : !instelling.bowKeurmerk()) {
            s.add(new Schending(
                    "instellingsnummer",
                    "R-10",
                    "O".equals(f.leerroute())
                            ? "Voor de onderwijsroute moet de instelling een erkende taalschakelinstelling (TST) zijn."
                            : "De instelling heeft geen keurmerk van Blik op Werk."));
        }
        for (var datum : new Object[][] {
            {"datumInburgeringsaanbod", datumAanbod},
            {"verwachteStartdatumOpleiding", start},
            {"verwachteEinddatumOpleiding", einde}
        }) {
            LocalDate d = (LocalDate) datum[1];
            if (d != null && f.dagtekeningPip() != null && d.isBefore(f.dagtekeningPip())) {
                s.add(new Schending(
                        (String) datum[0],
                        "R-10",
                        "De datum mag niet voor de dagtekening van de PIP (" + f.dagtekeningPip() + ") liggen."));
            }
        }
        for (var datum :
                new Object[][] {{"verwachteStartdatumOpleiding", start}, {"verwachteEinddatumOpleiding", einde}}) {
            LocalDate d = (LocalDate) datum[1];
            if (d != null
                    && f.termijnStart() != null
                    && (d.isBefore(f.termijnStart())
                            || f.termijnLaatsteDag() != null && d.isAfter(f.termijnLaatsteDag()))) {
                s.add(new Schending((String) datum[0], "R-10", "De datum moet binnen de inburgeringstermijn liggen."));
            }
        }
        if (start != null && datumAanbod != null && start.isBefore(datumAanbod)) {
            s.add(new Schending(
                    "verwachteStartdatumOpleiding", "R-10", "De opleiding kan niet voor het aanbod beginnen."));
        }
        if (start != null && einde != null && einde.isBefore(start)) {
            s.add(new Schending("verwachteEinddatumOpleiding", "R-10", "De einddatum ligt voor de startdatum."));
        }
        return s;
    }
}
