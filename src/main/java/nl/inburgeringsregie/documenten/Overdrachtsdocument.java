package nl.inburgeringsregie.documenten;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The warm handover document (T-9): what the partner organisation's begeleider hands the sociaal wijkteam after the
 * period of maatschappelijke begeleiding, as PDF with embedded fonts (rendered as the beschikking is). It holds only what
 * begeleiding knows and the receiving team needs: the person's name and date of birth, the period, the leefgebieden
 * worked on, the number of contacts and hours, the handover's date, team and summary; never the intake, health or
 * handhaving. The texts are in {@code documenten/brieven/i18n/brief*.properties} ({@code overdracht.*}).
 */
@Component
public class Overdrachtsdocument {

    /** What the document shows; the begeleiding module hands it over. */
    public record Overdracht(
            String gemeentecode,
            String naam,
            LocalDate geboortedatum,
            String partnerorganisatie,
            LocalDate startdatum,
            LocalDate einddatum,
            LocalDate overdrachtDatum,
            String team,
            String samenvatting,
            boolean gezamenlijk,
            int contacten,
            String uren,
            List<String> leefgebieden) {}

    private final BriefInstellingenBron afzenders;
    private final SpringTemplateEngine sjablonen;

    Overdrachtsdocument(BriefInstellingenBron afzenders) {
        this.afzenders = afzenders;
        this.sjablonen = Beschikking.sjablonen(Beschikking.teksten(), Beschikking.standaardSjablonen());
    }

    /** The handover document as PDF; the same facts give the same text. */
    public byte[] pdf(Overdracht o) {
        Context context = new Context(Locale.of("nl", "NL"));
        context.setVariable("afzender", afzenders.afzender(o.gemeentecode()));
        context.setVariable("o", o);
        context.setVariable("naam", leesbareNaam(o.naam()));
        context.setVariable("geboortedatum", datum(o.geboortedatum()));
        context.setVariable("periode", datum(o.startdatum()) + " – " + datum(o.einddatum()));
        context.setVariable("overdrachtDatum", datum(o.overdrachtDatum()));
        return Beschikking.render(sjablonen.process("overdracht", context));
    }

    private static String datum(LocalDate d) {
        return d == null ? "–" : d.format(Beschikking.DATUM);
    }

    private static String leesbareNaam(String naam) {
        int komma = naam.indexOf(", ");
        return komma < 0 ? naam : naam.substring(komma + 2) + " " + naam.substring(0, komma);
    }
}
