package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.inburgeringsregie.infrastructure.Beslist;

/**
 * DUO's validation rules for meldingen (duo-m2m README; rule book, and the reporting side of and
 * R-8, whose plan side is {@code pip.PipRegels}'s), the one class that decides them:
 * checked before a melding is sent, so a consultant sees the rule at once instead of a refusal later, and enforced by
 * the DUO simulator as DUO would. Pure functions of the facts both sides know; a broken rule is a {@link Schending}
 * with its field, rule id and a message key of the bundles (i18n/duo.properties, {@code fout.duo.*}) with its
 * arguments.
 */
@Beslist({"R-9", "R-10", "R-11"})
public final class DuoRegels {

    /** A rule a melding breaks: the field, the rule id, and a message key with its arguments. */
    public record Schending(String veld, String regel, String sleutel, Object... args) {}

    /** The result a MAP or PVT melding reports: its field in DUO's message and its rule. */
    public enum Resultaat {
        MAP("datumEindgesprekMap", "R-8"),
        PVT("datumOndertekeningPvt", "R-7");

        private final String veld;
        private final String regel;

        Resultaat(String veld, String regel) {
            this.veld = veld;
            this.regel = regel;
        }

        /** The field of DUO's message (MAPPVTZroute API). */
        public String veld() {
            return veld;
        }

        /** The rule id: R-8 for the MAP, R-7 for the PVT. */
        public String regel() {
            return regel;
        }

        /** The last part of DUO's path: {@code map} or {@code pvt}. */
        public String pad() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

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

    /** DUO's values of indicatorAlfabetiseringsonderwijs. */
    public static final List<String> ALFABETISERING = List.of("A", "AA", "NVT");

    private DuoRegels() {}

    /**
     * MAP eindgesprek or PVT ondertekening with the verwijtbaar flag. {@code datum} null withdraws
     * an earlier date. Overschrijding: the date lies after the termijn's last day. "Nee" only when the termijn ended
     * at most two months before the date (our reading of "de einddatum valt binnen twee maanden", ADR 0012).
     */
    public static List<Schending> resultaat(Resultaat resultaat, LocalDate datum, String verwijtbaar, Feiten f) {
        String veld = resultaat.veld();
        String regel = resultaat.regel();
        List<Schending> s = new ArrayList<>();
        if (f.dagtekeningPip() == null) {
            s.add(new Schending(veld, regel, "fout.duo.geenPipVanGemeente"));
        }
        if (datum == null) {
            if (f.zrouteAfgerond() != null) {
                s.add(new Schending(veld, regel, "fout.duo.intrekkenNaZroute"));
            }
            if (verwijtbaar != null) {
                s.add(new Schending("verwijtbaar", "R-9", "fout.duo.verwijtbaarZonderDatum"));
            }
            return s;
        }
        if (datum.isAfter(f.vandaag())) {
            s.add(new Schending(veld, regel, "fout.duo.datumInToekomst"));
        }
        if (f.termijnStart() == null) {
            s.add(new Schending(veld, regel, "fout.duo.termijnNietGestart"));
        } else if (datum.isBefore(f.termijnStart())) {
            s.add(new Schending(veld, regel, "fout.duo.voorStartTermijn", f.termijnStart()));
        }
        if (f.zrouteAfgerond() != null && datum.isAfter(f.zrouteAfgerond())) {
            s.add(new Schending(veld, regel, "fout.duo.naAfrondingZroute", f.zrouteAfgerond()));
        }
        boolean overschrijding = f.termijnLaatsteDag() != null && datum.isAfter(f.termijnLaatsteDag());
        if (verwijtbaar == null && overschrijding) {
            s.add(new Schending("verwijtbaar", "R-9", "fout.duo.verwijtbaarNodig"));
        } else if (verwijtbaar != null && !overschrijding) {
            s.add(new Schending("verwijtbaar", "R-9", "fout.duo.verwijtbaarBinnenTermijn"));
        } else if ("Nee".equals(verwijtbaar)
                && datum.isAfter(f.termijnLaatsteDag().plusMonths(2))) {
            s.add(new Schending("verwijtbaar", "R-9", "fout.duo.verwijtbaarNee"));
        } else if (verwijtbaar != null && !verwijtbaar.equals("Ja") && !verwijtbaar.equals("Nee")) {
            s.add(new Schending("verwijtbaar", "R-9", "fout.duo.verwijtbaarWaarde"));
        }
        return s;
    }

    /** Z-route completed: only with a Z-route PIP, inside the termijn, not in the future. */
    public static List<Schending> zroute(LocalDate datum, Feiten f) {
        List<Schending> s = new ArrayList<>();
        if (datum == null) {
            s.add(new Schending("datumAfrondingZroute", "R-5", "fout.duo.zrouteDatum"));
            return s;
        }
        if (f.dagtekeningPip() == null || !"Z".equals(f.leerroute())) {
            s.add(new Schending("datumAfrondingZroute", "R-5", "fout.duo.zrouteZonderPip"));
        }
        if (datum.isAfter(f.vandaag())) {
            s.add(new Schending("datumAfrondingZroute", "R-5", "fout.duo.datumInToekomst"));
        }
        if (f.termijnStart() != null && datum.isBefore(f.termijnStart())) {
            s.add(new Schending("datumAfrondingZroute", "R-5", "fout.duo.zrouteVoorStartTermijn"));
        }
        return s;
    }

    /** Hours: 0 to 9999; participation hours only for an asielstatushouder. */
    public static List<Schending> uren(String soort, Integer uren, Feiten f) {
        List<Schending> s = new ArrayList<>();
        if (uren == null || uren < 0 || uren > 9999) {
            s.add(new Schending("uren", "R-11", "fout.duo.uren"));
        }
        if (soort.equals("participatieactiviteiten") && !f.asielstatushouder()) {
            s.add(new Schending("soort", "R-11", "fout.duo.participatieuren"));
        }
        return s;
    }

    /**
     * Inburgeringsaanbod: asielstatushouder with a PIP; the institution BoW-keurmerk holder (TST for the
     * onderwijsroute); dates not before the PIP's dagtekening; the course inside the termijn and after the offer;
     * alfabetiseringsonderwijs A, AA or NVT.
     */
    public static List<Schending> aanbod(
            Instelling instelling,
            LocalDate datumAanbod,
            LocalDate start,
            LocalDate einde,
            String alfabetisering,
            Feiten f) {
        List<Schending> s = new ArrayList<>();
        if (!f.asielstatushouder()) {
            s.add(new Schending("instellingsnummer", "R-10", "fout.duo.aanbodAlleenAsielstatushouder"));
        }
        if (f.dagtekeningPip() == null) {
            s.add(new Schending("instellingsnummer", "R-10", "fout.duo.geenPip"));
        }
        if (instelling == null) {
            s.add(new Schending("instellingsnummer", "R-10", "fout.duo.instellingOnbekend"));
        } else if ("O".equals(f.leerroute()) ? !instelling.tstKeurmerk() : !instelling.bowKeurmerk()) {
            s.add(new Schending(
                    "instellingsnummer",
                    "R-10",
                    "O".equals(f.leerroute()) ? "fout.duo.instellingZonderTst" : "fout.duo.instellingZonderBow"));
        }
        Map<String, LocalDate> datums = new LinkedHashMap<>();
        datums.put("datumInburgeringsaanbod", datumAanbod);
        datums.put("verwachteStartdatumOpleiding", start);
        datums.put("verwachteEinddatumOpleiding", einde);
        datums.forEach((veld, d) -> {
            if (d != null && f.dagtekeningPip() != null && d.isBefore(f.dagtekeningPip())) {
                s.add(new Schending(veld, "R-10", "fout.duo.voorDagtekeningPip", f.dagtekeningPip()));
            }
        });
        datums.forEach((veld, d) -> {
            if (d != null
                    && !veld.equals("datumInburgeringsaanbod")
                    && f.termijnStart() != null
                    && (d.isBefore(f.termijnStart())
                            || f.termijnLaatsteDag() != null && d.isAfter(f.termijnLaatsteDag()))) {
                s.add(new Schending(veld, "R-10", "fout.duo.buitenTermijn"));
            }
        });
        if (start != null && datumAanbod != null && start.isBefore(datumAanbod)) {
            s.add(new Schending("verwachteStartdatumOpleiding", "R-10", "fout.duo.opleidingVoorAanbod"));
        }
        if (start != null && einde != null && einde.isBefore(start)) {
            s.add(new Schending("verwachteEinddatumOpleiding", "R-10", "fout.duo.eindeVoorStart"));
        }
        if (!ALFABETISERING.contains(alfabetisering)) {
            s.add(new Schending("indicatorAlfabetiseringsonderwijs", "R-10", "fout.duo.alfabetisering"));
        }
        return s;
    }
}
