package nl.inburgeringsregie.plichtindicatie;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.inburgeringsregie.inburgeraar.Codes;
import nl.inburgeringsregie.inburgeraar.Wet;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The pre-screen itself (PL-2, with the law a duty would fall under, PL-4, and the label that DUO decides, PL-1), as a
 * pure function of the question, the configured figures and the texts.
 * Each criterion of PL-2 gives a reason: it points to the duty, rules it out, or cannot be judged from what
 * is known. One criterion that rules the duty out makes the indication NIET_PLICHTIG; otherwise one
 * unknown makes it ONBEKEND; otherwise PLICHTIG. Every answer ends with the PL-1 reminder that DUO decides.
 */
@Beslist({"PL-1", "PL-2", "PL-4"})
final class Plichtindicatie {

    enum Indicatie {
        PLICHTIG,
        NIET_PLICHTIG,
        ONBEKEND
    }

    /** What a criterion says about the duty. */
    enum Uitkomst {
        SLUIT_UIT,
        ONBEKEND,
        WIJST_OP_PLICHT,
        TER_INFORMATIE
    }

    /**
     * The question. {@code verblijfSinds}: since when the person lives in the Netherlands with this residence right
     * (the day it was granted); it decides which law applies (PL-4) and whether a Turkish national is plichtig.
     */
    record Vraag(
            LocalDate geboortedatum,
            List<String> nationaliteiten,
            String verblijfsdoel,
            Integer jarenLeerplichtigInNederland,
            Boolean nederlandsDiploma,
            LocalDate peildatum,
            LocalDate verblijfSinds) {

        Vraag(
                LocalDate geboortedatum,
                List<String> nationaliteiten,
                String verblijfsdoel,
                Integer jarenLeerplichtigInNederland,
                Boolean nederlandsDiploma,
                LocalDate peildatum) {
            this(
                    geboortedatum,
                    nationaliteiten,
                    verblijfsdoel,
                    jarenLeerplichtigInNederland,
                    nederlandsDiploma,
                    peildatum,
                    null);
        }
    }

    record Reden(String regel, Uitkomst uitkomst, String toelichting) {}

    /** The indication; {@code wet} the law a duty would fall under (PL-4), null while unknown. */
    record Uitslag(Indicatie indicatie, String omschrijving, LocalDate peildatum, List<Reden> redenen, Wet wet) {}

    /** Years of compulsory schooling age (5 to 18) that can be spent in the Netherlands. */
    static final int MAX_LEERPLICHTJAREN = 13;
    /** Residence in the Netherlands during compulsory schooling age that takes the duty away (PL-2). */
    static final int VRIJSTELLENDE_LEERPLICHTJAREN = 8;

    static final int MINIMUMLEEFTIJD = 18;

    private final PlichtindicatieInstellingen instellingen;
    private final MessageSourceAccessor berichten;

    Plichtindicatie(PlichtindicatieInstellingen instellingen, MessageSourceAccessor berichten) {
        this.instellingen = instellingen;
        this.berichten = berichten;
    }

    /** Judges the question on its peildatum (today when the question has none); refuses invalid input. */
    Uitslag beoordeel(Vraag vraag, LocalDate vandaag) {
        LocalDate peildatum = vraag.peildatum() != null ? vraag.peildatum() : vandaag;
        controleer(vraag, peildatum);
        List<Reden> redenen = new ArrayList<>();
        redenen.add(leeftijd(vraag.geboortedatum(), peildatum));
        redenen.add(nationaliteit(vraag.nationaliteiten(), peildatum, vraag.verblijfSinds()));
        redenen.add(verblijfsdoel(vraag.verblijfsdoel()));
        redenen.add(leerplicht(vraag.jarenLeerplichtigInNederland()));
        redenen.add(diploma(vraag.nederlandsDiploma()));

        Indicatie indicatie = redenen.stream().anyMatch(r -> r.uitkomst() == Uitkomst.SLUIT_UIT)
                ? Indicatie.NIET_PLICHTIG
                : redenen.stream().anyMatch(r -> r.uitkomst() == Uitkomst.ONBEKEND)
                        ? Indicatie.ONBEKEND
                        : Indicatie.PLICHTIG;
        List<Reden> geordend = new ArrayList<>(
                redenen.stream().sorted(Comparator.comparing(Reden::uitkomst)).toList());
        Wet wet = vraag.verblijfSinds() == null
                ? null
                : vraag.verblijfSinds().isBefore(Wet.WI2021_VANAF) ? Wet.WI2013 : Wet.WI2021;
        if (indicatie != Indicatie.NIET_PLICHTIG) {
            geordend.add(wet(wet, vraag.verblijfSinds()));
        }
        geordend.add(new Reden("PL-1", Uitkomst.TER_INFORMATIE, tekst("plicht.reden.duoBeslist")));
        return new Uitslag(
                indicatie,
                tekst("plicht.indicatie." + indicatie.name()),
                peildatum,
                List.copyOf(geordend),
                indicatie == Indicatie.NIET_PLICHTIG ? null : wet);
    }

    /** PL-4: residence since before 1 January 2022 means Wi2013 (no PIP), from then on Wi2021. */
    private Reden wet(Wet wet, LocalDate verblijfSinds) {
        if (wet == null) {
            return new Reden(
                    "PL-4",
                    Uitkomst.TER_INFORMATIE,
                    berichten.getMessage("plicht.reden.wet.onbekend", new Object[] {datum(Wet.WI2021_VANAF)}));
        }
        return new Reden(
                "PL-4", Uitkomst.TER_INFORMATIE, berichten.getMessage("plicht.reden.wet." + wet.name(), new Object[] {
                    datum(verblijfSinds), datum(Wet.WI2021_VANAF)
                }));
    }

    private Reden leeftijd(LocalDate geboortedatum, LocalDate peildatum) {
        if (geboortedatum == null) {
            return reden(Uitkomst.ONBEKEND, "plicht.reden.leeftijd.onbekend");
        }
        LocalDate achttien = geboortedatum.plusYears(MINIMUMLEEFTIJD);
        if (peildatum.isBefore(achttien)) {
            return reden(Uitkomst.SLUIT_UIT, "plicht.reden.leeftijd.jonger", datum(achttien));
        }
        Period aowLeeftijd = instellingen.aowLeeftijdVoor(geboortedatum);
        LocalDate aowDatum = geboortedatum.plus(aowLeeftijd);
        String leeftijd = aowLeeftijd.getMonths() == 0
                ? berichten.getMessage("plicht.aowLeeftijd.jaren", new Object[] {aowLeeftijd.getYears()})
                : berichten.getMessage(
                        "plicht.aowLeeftijd.jarenMaanden",
                        new Object[] {aowLeeftijd.getYears(), aowLeeftijd.getMonths()});
        if (!peildatum.isBefore(aowDatum)) {
            return reden(Uitkomst.SLUIT_UIT, "plicht.reden.leeftijd.aow", leeftijd, datum(aowDatum));
        }
        return reden(Uitkomst.WIJST_OP_PLICHT, "plicht.reden.leeftijd.binnen", leeftijd, datum(aowDatum));
    }

    private Reden nationaliteit(List<String> nationaliteiten, LocalDate peildatum, LocalDate verblijfSinds) {
        if (nationaliteiten == null || nationaliteiten.isEmpty()) {
            return reden(Uitkomst.ONBEKEND, "plicht.reden.nationaliteit.onbekend");
        }
        List<String> vrijgesteld = nationaliteiten.stream()
                .filter(n -> instellingen.vrijgesteldeNationaliteiten().contains(n))
                .toList();
        if (!vrijgesteld.isEmpty()) {
            return reden(Uitkomst.SLUIT_UIT, "plicht.reden.nationaliteit.eu", landen(vrijgesteld));
        }
        if (nationaliteiten.contains("TR")) {
            // Turkish nationals were exempt under Wi2013: only who came from 2022 on (Wi2021) is plichtig (PL-2, PL-4).
            LocalDate vanaf = instellingen.turkseNationaliteitPlichtigVanaf();
            if (peildatum.isBefore(vanaf)) {
                return reden(Uitkomst.SLUIT_UIT, "plicht.reden.nationaliteit.turksVoor", datum(vanaf));
            }
            if (verblijfSinds == null) {
                return reden(Uitkomst.ONBEKEND, "plicht.reden.nationaliteit.turksSindsOnbekend", datum(vanaf));
            }
            return verblijfSinds.isBefore(vanaf)
                    ? reden(
                            Uitkomst.SLUIT_UIT,
                            "plicht.reden.nationaliteit.turksVerblijfVoor",
                            datum(verblijfSinds),
                            datum(vanaf))
                    : reden(Uitkomst.WIJST_OP_PLICHT, "plicht.reden.nationaliteit.turks", datum(vanaf));
        }
        return reden(Uitkomst.WIJST_OP_PLICHT, "plicht.reden.nationaliteit.buitenEu", landen(nationaliteiten));
    }

    private Reden verblijfsdoel(String code) {
        if (code == null || code.isBlank()) {
            return reden(Uitkomst.ONBEKEND, "plicht.reden.verblijfsdoel.onbekend");
        }
        Verblijfsdoel doel = Verblijfsdoel.vanCode(code).orElseThrow();
        String naam = tekst("verblijfsdoel." + doel.code());
        return switch (doel.tijdelijk()) {
            case JA -> reden(Uitkomst.SLUIT_UIT, "plicht.reden.verblijfsdoel.tijdelijk", naam);
            case NEE -> reden(Uitkomst.WIJST_OP_PLICHT, "plicht.reden.verblijfsdoel.nietTijdelijk", naam);
            case HANGT_AF -> reden(Uitkomst.ONBEKEND, "plicht.reden.verblijfsdoel.arbeid");
        };
    }

    private Reden leerplicht(Integer jaren) {
        if (jaren == null) {
            return reden(Uitkomst.ONBEKEND, "plicht.reden.leerplicht.onbekend", VRIJSTELLENDE_LEERPLICHTJAREN);
        }
        return jaren >= VRIJSTELLENDE_LEERPLICHTJAREN
                ? reden(Uitkomst.SLUIT_UIT, "plicht.reden.leerplicht.acht", jaren, VRIJSTELLENDE_LEERPLICHTJAREN)
                : reden(
                        Uitkomst.WIJST_OP_PLICHT,
                        "plicht.reden.leerplicht.minder",
                        jaren,
                        VRIJSTELLENDE_LEERPLICHTJAREN);
    }

    private Reden diploma(Boolean diploma) {
        if (diploma == null) {
            return reden(Uitkomst.ONBEKEND, "plicht.reden.diploma.onbekend");
        }
        return diploma
                ? reden(Uitkomst.SLUIT_UIT, "plicht.reden.diploma.ja")
                : reden(Uitkomst.WIJST_OP_PLICHT, "plicht.reden.diploma.nee");
    }

    private void controleer(Vraag vraag, LocalDate peildatum) {
        List<Violation> fouten = new ArrayList<>();
        if (vraag.geboortedatum() != null && vraag.geboortedatum().isAfter(peildatum)) {
            fouten.add(new Violation("geboortedatum", tekst("plicht.fout.geboortedatum.naPeildatum"), "PL-2"));
        }
        List<String> nationaliteiten = vraag.nationaliteiten() == null ? List.of() : vraag.nationaliteiten();
        for (int i = 0; i < nationaliteiten.size(); i++) {
            if (!Codes.isLand(nationaliteiten.get(i))) {
                fouten.add(new Violation(
                        "nationaliteiten[" + i + "]",
                        berichten.getMessage("plicht.fout.nationaliteit", new Object[] {nationaliteiten.get(i)}),
                        "PL-2"));
            }
        }
        if (vraag.verblijfsdoel() != null
                && !vraag.verblijfsdoel().isBlank()
                && Verblijfsdoel.vanCode(vraag.verblijfsdoel()).isEmpty()) {
            fouten.add(new Violation(
                    "verblijfsdoel",
                    berichten.getMessage("plicht.fout.verblijfsdoel", new Object[] {
                        String.join(
                                ", ",
                                Arrays.stream(Verblijfsdoel.values())
                                        .map(Verblijfsdoel::code)
                                        .toList())
                    }),
                    "PL-2"));
        }
        if (vraag.verblijfSinds() != null && vraag.verblijfSinds().isAfter(peildatum)) {
            fouten.add(new Violation("verblijfSinds", tekst("plicht.fout.verblijfSinds.naPeildatum"), "PL-4"));
        } else if (vraag.verblijfSinds() != null
                && vraag.geboortedatum() != null
                && vraag.verblijfSinds().isBefore(vraag.geboortedatum())) {
            fouten.add(new Violation("verblijfSinds", tekst("plicht.fout.verblijfSinds.voorGeboorte"), "PL-4"));
        }
        Integer jaren = vraag.jarenLeerplichtigInNederland();
        if (jaren != null && (jaren < 0 || jaren > MAX_LEERPLICHTJAREN)) {
            fouten.add(new Violation(
                    "jarenLeerplichtigInNederland",
                    berichten.getMessage("plicht.fout.leerplichtjaren", new Object[] {MAX_LEERPLICHTJAREN}),
                    "PL-2"));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
    }

    private Reden reden(Uitkomst uitkomst, String sleutel, Object... argumenten) {
        return new Reden("PL-2", uitkomst, berichten.getMessage(sleutel, argumenten));
    }

    private String tekst(String sleutel) {
        return berichten.getMessage(sleutel);
    }

    private static String datum(LocalDate datum) {
        return datum.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl")));
    }

    private static String landen(List<String> codes) {
        return String.join(
                ", ",
                codes.stream().map(c -> Codes.landNaam(c) + " (" + c + ")").toList());
    }
}
