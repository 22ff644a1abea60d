package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.inburgeringsregie.gebruikers.Namen;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Wet;
import nl.inburgeringsregie.infrastructure.web.Weergave;
import nl.inburgeringsregie.leerroute.Leerroute;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DUO's answers and the reconciliation's differences as a person reads them (issue 21 point 2): each of DUO's fields
 * under a Dutch label ({@code duo.veld.<naam>}, else its name in words), DUO's codes by their meaning
 * ({@code duo.waarde.<veld>.<code>}), dates as dd-mm-jjjj, yes/no as Ja/Nee; a difference's values by their kind (a
 * doelgroep's label, a date, a gemeente's name, a leerroute's name). Templates use it as {@code @duoWeergave}.
 */
@Component("duoWeergave")
class DuoWeergave {

    private static final Locale NL = Locale.of("nl", "NL");

    /** One line of DUO's answer: a label and its value. */
    public record Regel(String label, String waarde) {}

    private final MessageSource berichten;
    private final Weergave weergave;
    private final Namen namen;

    DuoWeergave(MessageSource berichten, Weergave weergave, Namen namen) {
        this.berichten = berichten;
        this.weergave = weergave;
        this.namen = namen;
    }

    /** DUO's answer on one subject: one list of lines per element (a list answer has several). */
    public List<List<Regel>> elementen(DuoRaadpleging.Gegeven gegeven) {
        List<List<Regel>> elementen = new ArrayList<>();
        if (gegeven.inhoud() == null) {
            return elementen;
        }
        JsonNode node = JsonMapper.shared().readTree(gegeven.inhoud());
        for (JsonNode element : node.isArray() ? node : List.of(node)) {
            List<Regel> regels = new ArrayList<>();
            if (element.isObject()) {
                voegToe(null, element, regels);
            } else {
                regels.add(new Regel(label(gegeven.onderwerp().replace('/', '.')), waarde(null, element)));
            }
            elementen.add(regels);
        }
        return elementen;
    }

    private void voegToe(String voorvoegsel, JsonNode object, List<Regel> regels) {
        object.properties().forEach(e -> {
            String label = (voorvoegsel == null ? "" : voorvoegsel + ": ") + label(e.getKey());
            if (e.getValue().isObject()) {
                // DUO's PIP answer wraps the PIP itself in "pip": its fields read without a prefix.
                voegToe("pip".equals(e.getKey()) ? voorvoegsel : label, e.getValue(), regels);
            } else if (e.getValue().isArray()) {
                List<String> waarden = new ArrayList<>();
                e.getValue().forEach(w -> waarden.add(w.isObject() ? objectAlsTekst(w) : waarde(e.getKey(), w)));
                regels.add(new Regel(label, waarden.isEmpty() ? "–" : String.join("; ", waarden)));
            } else {
                regels.add(new Regel(label, waarde(e.getKey(), e.getValue())));
            }
        });
    }

    private String objectAlsTekst(JsonNode object) {
        List<String> delen = new ArrayList<>();
        object.properties().forEach(e -> delen.add(label(e.getKey()) + ": " + waarde(e.getKey(), e.getValue())));
        return String.join(", ", delen);
    }

    /** The Dutch label of one of DUO's fields; a field without one reads as its name in words. */
    String label(String veld) {
        return bericht("duo.veld." + veld, inWoorden(veld));
    }

    /** A value of one of DUO's fields: a code by its meaning, a date as dd-mm-jjjj, yes/no as Ja/Nee. */
    String waarde(String veld, JsonNode waarde) {
        if (waarde == null || waarde.isNull() || waarde.isMissingNode()) {
            return "–";
        }
        if (waarde.isBoolean()) {
            return weergave.tekst(waarde.asBoolean());
        }
        String tekst = waarde.asString();
        if ("gemeentecode".equals(veld)) {
            return namen.gemeente(tekst);
        }
        if (veld != null) {
            String code = bericht("duo.waarde." + veld + "." + tekst, null);
            if (code != null) {
                return code;
            }
        }
        return datum(tekst);
    }

    /** "datumKennisgevingInburgeringsplicht" → "Datum kennisgeving inburgeringsplicht". */
    static String inWoorden(String veld) {
        String woorden = veld.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(NL);
        return woorden.isEmpty() ? veld : Character.toUpperCase(woorden.charAt(0)) + woorden.substring(1);
    }

    /** The "ons" or "duo" value of a difference, by the kind of difference (stored as text, read here). */
    public String afwijking(Afstemming.Afwijking a, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return "–";
        }
        return switch (a.soort()) {
            case DOELGROEP -> enumLabel(Doelgroep.class, waarde);
            case ONBEKEND_BIJ_DUO -> enumLabel(Wet.class, waarde);
            case ANDERE_WET -> enumLabel(Wet.class, waarde.toUpperCase(NL));
            case ANDERE_GEMEENTE -> waarde.matches("\\d{4}") ? namen.gemeente(waarde) : weergave.tekst(waarde);
            case NIET_PLICHTIG ->
                "inburgeringsplichtig".equals(waarde) ? bericht("afstemming.waarde.plichtig", waarde) : waarde;
            case PIP_NIET_BIJ_DUO, PIP_NIET_BIJ_ONS, PIP_ANDERS -> pip(waarde);
            default -> weergave.tekst(waarde);
        };
    }

    /** "B, 2026-10-20" (leerroute, dagtekening) → "B1-route, dagtekening 20-10-2026". */
    private String pip(String waarde) {
        String[] delen = waarde.split(",\\s*", 2);
        String route = enumLabel(Leerroute.class, delen[0].strip());
        return delen.length < 2 || delen[1].isBlank()
                ? route
                : bericht("afstemming.waarde.pip", route + ", " + delen[1], route, datum(delen[1].strip()));
    }

    private <E extends Enum<E>> String enumLabel(Class<E> type, String naam) {
        try {
            return weergave.label(Enum.valueOf(type, naam));
        } catch (IllegalArgumentException e) {
            return weergave.tekst(naam);
        }
    }

    private static String datum(String tekst) {
        if (tekst.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(tekst).format(Weergave.DATUM);
            } catch (DateTimeParseException e) {
                return tekst;
            }
        }
        return Weergave.datumsInTekst(tekst);
    }

    private String bericht(String sleutel, String standaard, Object... argumenten) {
        try {
            return berichten.getMessage(
                    new DefaultMessageSourceResolvable(new String[] {sleutel}, argumenten, standaard), NL);
        } catch (NoSuchMessageException e) {
            return standaard;
        }
    }
}
