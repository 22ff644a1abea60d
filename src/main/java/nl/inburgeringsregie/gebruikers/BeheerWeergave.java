package nl.inburgeringsregie.gebruikers;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.inburgeringsregie.infrastructure.web.Weergave;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The beheer journal and settings as a person reads them (issue 21 point 2). The journal stores facts — user names,
 * role names, gemeente codes, a setting's key and stored value ({@link AccountBeheer}, {@link InstellingenBeheer}) —
 * and this renders them: a user by name, a role by its label, a gemeente by its name, a setting by its label, a choice
 * by its label, yes/no as Ja/Nee. Rows written before this rendering existed read the same way: nothing stored changed.
 * For templates: {@code ${@beheerWeergave.waarde(r.onderwerp(), r.veld(), r.nieuweWaarde())}}.
 */
@Component("beheerWeergave")
public class BeheerWeergave {

    private static final Locale NEDERLANDS = Locale.of("nl", "NL");
    private static final String ACCOUNT = "account ";
    private static final String GEMEENTE = "gemeente ";

    /** An account's creation as {@code AccountBeheer} writes it: "naam; rollen A,B; gemeenten 0392; actief true". */
    private static final Pattern AANGEMAAKT = Pattern.compile("(?s)(.*); rollen (.*); gemeenten (.*); actief (\\w+)");

    private final Namen namen;
    private final Weergave weergave;
    private final MessageSource berichten;

    BeheerWeergave(Namen namen, Weergave weergave, MessageSource berichten) {
        this.namen = namen;
        this.weergave = weergave;
        this.berichten = berichten;
    }

    /** "account sanne" as "Account van Sanne de Vries", "gemeente 0392" as "Instellingen van Haarlem (0392)". */
    public String onderwerp(String onderwerp) {
        if (onderwerp != null && onderwerp.startsWith(ACCOUNT)) {
            return bericht(
                    "beheer.journaal.onderwerp.account",
                    onderwerp,
                    namen.gebruiker(onderwerp.substring(ACCOUNT.length())));
        }
        if (onderwerp != null && onderwerp.startsWith(GEMEENTE)) {
            return bericht(
                    "beheer.journaal.onderwerp.gemeente",
                    onderwerp,
                    namen.gemeente(onderwerp.substring(GEMEENTE.length())));
        }
        return weergave.tekst(onderwerp);
    }

    /** Which value changed: an account's field or a setting, by its label. */
    public String veld(String onderwerp, String veld) {
        if (veld == null) {
            return weergave.tekst(null);
        }
        return onderwerp != null && onderwerp.startsWith(GEMEENTE)
                ? bericht("beheer.instelling." + veld, veld)
                : bericht("beheer.journaal.veld." + veld, veld);
    }

    /** An old or new value as a person reads it. */
    public String waarde(String onderwerp, String veld, String waarde) {
        if (waarde == null || waarde.isBlank() || veld == null) {
            return weergave.tekst(waarde);
        }
        if (onderwerp != null && onderwerp.startsWith(GEMEENTE)) {
            return keuze(veld, waarde);
        }
        return switch (veld) {
            case "rollen" -> weergave.labels("Rol", waarde);
            case "gemeenten" -> gemeenten(waarde);
            case "actief" -> weergave.tekst(Boolean.parseBoolean(waarde.strip()));
            case "aangemaakt" -> aangemaakt(waarde);
            default -> weergave.tekst(waarde);
        };
    }

    /**
     * A setting's value: a choice by its label ({@code beheer.keuze.<sleutel>.<WAARDE>}), anything else as typed. Also
     * for the options and the configured default on the settings screen.
     */
    public String keuze(String sleutel, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return weergave.tekst(waarde);
        }
        return bericht("beheer.keuze." + sleutel + "." + waarde.strip(), weergave.tekst(waarde));
    }

    private String gemeenten(String codes) {
        return Arrays.stream(codes.split(","))
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .map(namen::gemeente)
                .collect(Collectors.joining(", "));
    }

    private String aangemaakt(String beschrijving) {
        Matcher m = AANGEMAAKT.matcher(beschrijving);
        if (!m.matches()) {
            return weergave.tekst(beschrijving);
        }
        return bericht(
                "beheer.journaal.aangemaakt",
                beschrijving,
                m.group(1),
                weergave.labels("Rol", m.group(2)),
                gemeenten(m.group(3)),
                weergave.tekst(Boolean.parseBoolean(m.group(4))));
    }

    private String bericht(String sleutel, String standaard, Object... argumenten) {
        return berichten.getMessage(
                new DefaultMessageSourceResolvable(new String[] {sleutel}, argumenten, standaard), NEDERLANDS);
    }
}
