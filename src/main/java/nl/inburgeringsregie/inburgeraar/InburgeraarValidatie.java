package nl.inburgeringsregie.inburgeraar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;

/**
 * Every check on registered facts, in one place for the API and the UI. Each violation names the JSON
 * field, says in Dutch (message bundle, keys {@code fout.*}) what is wrong and, where the rule book has
 * one, the rule id.
 */
final class InburgeraarValidatie {

    static final int MAX_TEKST = 200;
    /** The most children a dossier records (h5, issue 14 point 7; the form has 6 rows). */
    static final int MAX_KINDEREN = 20;

    private final List<Violation> fouten = new ArrayList<>();

    private InburgeraarValidatie() {}

    /** The violations, each with a message key of i18n/inburgeraar.properties and its arguments (issue 13 point 6). */
    static List<Violation> controleer(InburgeraarGegevens g, LocalDate vandaag) {
        InburgeraarValidatie v = new InburgeraarValidatie();
        v.alles(g, vandaag);
        return List.copyOf(v.fouten);
    }

    private void alles(InburgeraarGegevens g, LocalDate vandaag) {
        if (leeg(g.gemeentecode())) {
            fout("gemeentecode", "fout.gemeentecode.leeg");
        } else if (!g.gemeentecode().matches("[0-9]{4}")) {
            fout("gemeentecode", "fout.gemeentecode.vorm");
        }
        if (leeg(g.bsn())) {
            fout("bsn", "fout.bsn.leeg");
        } else if (!g.bsn().matches("[0-9]{9}")) {
            fout("bsn", "fout.bsn.vorm");
        } else if (!Bsn.isGeldig(g.bsn())) {
            fout("bsn", "fout.bsn.elfproef");
        }
        if (leeg(g.geslachtsnaam())) {
            fout("geslachtsnaam", "fout.geslachtsnaam.leeg");
        }
        lengte("geslachtsnaam", g.geslachtsnaam());
        lengte("voornamen", g.voornamen());
        if (g.geboortedatum() == null) {
            fout("geboortedatum", "fout.geboortedatum.leeg");
        } else if (g.geboortedatum().isAfter(vandaag)) {
            fout("geboortedatum", "fout.datum.toekomst");
        } else if (g.geboortedatum().isBefore(vandaag.minusYears(120))) {
            fout("geboortedatum", "fout.geboortedatum.oud");
        }
        if (g.geslacht() == null) {
            fout("geslacht", "fout.geslacht.leeg");
        }
        for (int i = 0; i < g.nationaliteiten().size(); i++) {
            if (!Codes.isLand(g.nationaliteiten().get(i))) {
                fout(
                        "nationaliteiten[" + i + "]",
                        "fout.landcode",
                        g.nationaliteiten().get(i));
            }
        }
        if (!leeg(g.landVanHerkomst()) && !Codes.isLand(g.landVanHerkomst())) {
            fout("landVanHerkomst", "fout.landcode", g.landVanHerkomst());
        }
        for (int i = 0; i < g.talen().size(); i++) {
            if (!Codes.isTaal(g.talen().get(i))) {
                fout("talen[" + i + "]", "fout.taalcode", g.talen().get(i));
            }
        }
        if (g.tolkNodig() && leeg(g.tolkTaal())) {
            fout("tolkTaal", "fout.tolktaal.leeg");
        } else if (g.tolkNodig() && !Codes.isTaal(g.tolkTaal())) {
            fout("tolkTaal", "fout.taalcode", g.tolkTaal());
        }
        Contactgegevens c = g.contact();
        if (!leeg(c.email()) && !c.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            fout("contact.email", "fout.email");
        }
        if (!leeg(c.telefoon()) && !c.telefoon().matches("\\+?[0-9 ()-]{6,20}")) {
            fout("contact.telefoon", "fout.telefoon");
        }
        if (!leeg(c.postcode()) && !c.postcode().matches("[1-9][0-9]{3} ?[A-Za-z]{2}")) {
            fout("contact.postcode", "fout.postcode");
        }
        lengte("contact.straat", c.straat());
        lengte("contact.huisnummer", c.huisnummer());
        lengte("contact.woonplaats", c.woonplaats());
        if (g.partner() != null) {
            if (leeg(g.partner().naam())) {
                fout("partner.naam", "fout.partner.naam");
            }
            lengte("partner.naam", g.partner().naam());
            nietInToekomst("partner.geboortedatum", g.partner().geboortedatum(), vandaag);
        }
        if (g.kinderen().size() > MAX_KINDEREN) {
            // h5 (issue 14 point 7): a documented maximum (5,000 children were accepted before).
            fout("kinderen", "fout.kinderen.teVeel", MAX_KINDEREN);
        }
        for (int i = 0; i < Math.min(g.kinderen().size(), MAX_KINDEREN); i++) {
            Kind kind = g.kinderen().get(i);
            if (leeg(kind.voornaam())) {
                fout("kinderen[" + i + "].voornaam", "fout.kind.voornaam");
            }
            lengte("kinderen[" + i + "].voornaam", kind.voornaam());
            if (kind.geboortedatum() == null) {
                regel("kinderen[" + i + "].geboortedatum", "I-2", "fout.kind.geboortedatum");
            } else {
                nietInToekomst("kinderen[" + i + "].geboortedatum", kind.geboortedatum(), vandaag);
            }
        }
        if (g.doelgroep() == null) {
            regel("doelgroep", "PL-3", "fout.doelgroep.leeg");
        } else if (g.gedetailleerdeDoelgroep() != null
                && !g.gedetailleerdeDoelgroep().hoortBij(g.doelgroep())) {
            regel(
                    "gedetailleerdeDoelgroep",
                    "PL-3",
                    "fout.doelgroep.gedetailleerd",
                    g.gedetailleerdeDoelgroep().duoWaarde(),
                    g.doelgroep().duoWaarde());
        }
        if (g.wet() == null) {
            regel("wet", "PL-4", "fout.wet.leeg");
        }
        datum("datumKennisgeving", g.datumKennisgeving(), g.geboortedatum(), vandaag);
        datum("datumKoppeling", g.datumKoppeling(), g.geboortedatum(), vandaag);
        datum("datumHuisvesting", g.datumHuisvesting(), g.geboortedatum(), vandaag);
        datum("datumInschrijvingBrp", g.datumInschrijvingBrp(), g.geboortedatum(), vandaag);
        datum("datumStartBijstand", g.datumStartBijstand(), g.geboortedatum(), vandaag);
        voortgang(g, vandaag);
    }

    /** The milestones: not in the future (except DUO's end date), in a possible order, per law (PL-4, T-1, T-3). */
    private void voortgang(InburgeraarGegevens g, LocalDate vandaag) {
        Mijlpalen v = g.mijlpalen();
        datum("voortgang.datumBredeIntakeAfgerond", v.datumBredeIntakeAfgerond(), g.geboortedatum(), vandaag);
        datum("voortgang.dagtekeningPip", v.dagtekeningPip(), g.geboortedatum(), vandaag);
        datum("voortgang.wachtOpDerdenSinds", v.wachtOpDerdenSinds(), g.geboortedatum(), vandaag);
        datum("voortgang.wachtOpDerdenOntvangen", v.wachtOpDerdenOntvangen(), g.geboortedatum(), vandaag);
        if (v.dagtekeningPip() != null && g.wet() == Wet.WI2013) {
            regel("voortgang.dagtekeningPip", "PL-4", "fout.pip.wi2013");
        }
        if (v.einddatumInburgeringstermijn() != null
                && v.dagtekeningPip() != null
                && !v.einddatumInburgeringstermijn().isAfter(v.dagtekeningPip())) {
            regel("voortgang.einddatumInburgeringstermijn", "T-3", "fout.einddatum.voorDagtekening");
        }
        if (v.wachtOpDerdenSinds() != null && leeg(v.wachtOpDerdenReden())) {
            regel("voortgang.wachtOpDerdenReden", "T-1", "fout.wachtOpDerden.reden");
        }
        lengte("voortgang.wachtOpDerdenReden", v.wachtOpDerdenReden());
        if (v.wachtOpDerdenOntvangen() != null && v.wachtOpDerdenSinds() == null) {
            regel("voortgang.wachtOpDerdenSinds", "T-1", "fout.wachtOpDerden.sinds");
        } else if (v.wachtOpDerdenOntvangen() != null
                && v.wachtOpDerdenOntvangen().isBefore(v.wachtOpDerdenSinds())) {
            regel("voortgang.wachtOpDerdenOntvangen", "T-1", "fout.wachtOpDerden.ontvangenVoorSinds");
        }
    }

    private void datum(String veld, LocalDate datum, LocalDate geboorte, LocalDate vandaag) {
        nietInToekomst(veld, datum, vandaag);
        if (datum != null && geboorte != null && datum.isBefore(geboorte)) {
            fout(veld, "fout.datum.voorGeboorte");
        }
    }

    private void lengte(String veld, String waarde) {
        if (waarde != null && waarde.length() > MAX_TEKST) {
            fout(veld, "fout.tekst.lang", MAX_TEKST);
        }
    }

    private void nietInToekomst(String veld, LocalDate datum, LocalDate vandaag) {
        if (datum != null && datum.isAfter(vandaag)) {
            fout(veld, "fout.datum.toekomst");
        }
    }

    private void fout(String veld, String sleutel, Object... argumenten) {
        fouten.add(new Violation(veld, sleutel, null, argumenten));
    }

    private void regel(String veld, String regel, String sleutel, Object... argumenten) {
        fouten.add(new Violation(veld, sleutel, regel, argumenten));
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
