package nl.inburgeringsregie.documenten;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The gemeente's statement for the late-offer extension ground ("verklaring uitblijven inburgeringsaanbod", T-5; issue
 * 16, ADR 0041): the person's name and date of birth, the PIP's dagtekening and leerroute, the day by which the course
 * should have started, the route placements with their registration and start, and the statement that the gemeente did
 * not offer the course in time, dated and signed by the gemeente's signatory ({@link BriefInstellingen}). As PDF with
 * embedded fonts, rendered as the beschikking is; Dutch only (it goes to DUO with the person's request, so no
 * own-language summary). The texts are in {@code documenten/brieven/i18n/brief.properties} ({@code verklaring.*}).
 */
@Component
public class VerklaringAanbod {

    /** A route placement as the statement shows it; {@code leerroute} an enum constant (its name is the text's code). */
    public record Plaatsing(
            String aanbieder, Enum<?> leerroute, String status, LocalDate aanmelddatum, LocalDate startdatum) {}

    /**
     * What the statement shows; the deciding module hands it over. {@code gestartOp} and {@code aanbieder}: the first
     * start of the course and its provider, null when none started; {@code datum}: the statement's date.
     */
    public record Verklaring(
            String gemeentecode,
            String kenmerk,
            LocalDate datum,
            String naam,
            LocalDate geboortedatum,
            LocalDate dagtekeningPip,
            Enum<?> leerroute,
            int maanden,
            LocalDate uiterlijk,
            LocalDate gestartOp,
            String aanbieder,
            List<Plaatsing> plaatsingen) {}

    /** A placement's line in the letter, dates written out. */
    record Regel(String aanbieder, String route, String status, String aanmelddatum, String startdatum) {}

    private static final Locale NL = Locale.of("nl", "NL");

    private final BriefInstellingenBron afzenders;
    private final ResourceBundleMessageSource teksten;
    private final SpringTemplateEngine sjablonen;

    VerklaringAanbod(BriefInstellingenBron afzenders) {
        this.afzenders = afzenders;
        this.teksten = Beschikking.teksten();
        this.sjablonen = Beschikking.sjablonen(teksten, Beschikking.standaardSjablonen());
    }

    /** The statement as PDF; the same facts give the same text. */
    public byte[] pdf(Verklaring v) {
        Context context = new Context(NL);
        context.setVariable("afzender", afzenders.afzender(v.gemeentecode()));
        context.setVariable("v", v);
        context.setVariable("naam", leesbareNaam(v.naam()));
        context.setVariable("geboortedatum", datum(v.geboortedatum()));
        context.setVariable("datum", datum(v.datum()));
        context.setVariable("dagtekening", datum(v.dagtekeningPip()));
        context.setVariable("uiterlijk", datum(v.uiterlijk()));
        context.setVariable("gestartOp", v.gestartOp() == null ? null : datum(v.gestartOp()));
        context.setVariable("route", route(v.leerroute()));
        context.setVariable(
                "plaatsingen",
                v.plaatsingen().stream()
                        .map(p -> new Regel(
                                p.aanbieder(),
                                route(p.leerroute()),
                                p.status(),
                                datum(p.aanmelddatum()),
                                datum(p.startdatum())))
                        .toList());
        return Beschikking.render(sjablonen.process("verklaring-aanbod", context));
    }

    private String route(Enum<?> leerroute) {
        return leerroute == null ? "–" : teksten.getMessage("brief.leerroute." + leerroute.name(), null, NL);
    }

    private static String datum(LocalDate d) {
        return d == null ? "–" : d.format(Beschikking.DATUM);
    }

    private static String leesbareNaam(String naam) {
        int komma = naam.indexOf(", ");
        return komma < 0 ? naam : naam.substring(komma + 2) + " " + naam.substring(0, komma);
    }
}
