package nl.inburgeringsregie.gebruikers;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who and where as a person reads it (issue 21 point 2): a user by their name rather than their user name, a system
 * task by what it does, a gemeente by its name with its code. For templates ({@code ${@namen.gebruiker(r.gebruiker())}})
 * and controllers. Each name is looked up once per request: a list of 500 audit rows by three users costs three queries.
 */
@Component("namen")
public class Namen {

    private static final String CACHE = Namen.class.getName() + ".cache";
    private static final String SYSTEEM = "systeem:";

    private final GebruikerRepository repository;
    private final MessageSource berichten;

    Namen(GebruikerRepository repository, MessageSource berichten) {
        this.repository = repository;
        this.berichten = berichten;
    }

    /**
     * A user's name ("Sanne de Vries"); a system task ({@code systeem:<taak>}) as "Systeem: <what it does>"; an unknown
     * user name as it is (an account removed since).
     */
    public String gebruiker(String gebruikersnaam) {
        if (gebruikersnaam == null || gebruikersnaam.isBlank()) {
            return "–";
        }
        if (gebruikersnaam.startsWith(SYSTEEM)) {
            String taak = gebruikersnaam.substring(SYSTEEM.length());
            return bericht("namen.systeem", "{0}", bericht("namen.taak." + taak, taak));
        }
        return cache().computeIfAbsent(
                        "g:" + gebruikersnaam,
                        k -> repository
                                .vind(gebruikersnaam)
                                .map(a -> a.gebruiker().naam())
                                .orElse(gebruikersnaam));
    }

    /** Whether a text is the user name of a known account (a journal's old or new consultant). */
    public boolean isGebruiker(String tekst) {
        return tekst != null && !tekst.isBlank() && !gebruiker(tekst).equals(tekst);
    }

    /** A gemeente as "Haarlem (0392)"; an unknown code as it is. */
    public String gemeente(String code) {
        if (code == null || code.isBlank()) {
            return "–";
        }
        return cache().computeIfAbsent(
                        "m:" + code,
                        k -> repository
                                .gemeente(code.strip())
                                .map(g -> g.naam() + " (" + g.code() + ")")
                                .orElse(code));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> cache() {
        RequestAttributes verzoek = RequestContextHolder.getRequestAttributes();
        if (verzoek == null) {
            return new HashMap<>();
        }
        Object cache = verzoek.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (cache == null) {
            cache = new HashMap<String, String>();
            verzoek.setAttribute(CACHE, cache, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, String>) cache;
    }

    private String bericht(String sleutel, String standaard, Object... argumenten) {
        return berichten.getMessage(
                new DefaultMessageSourceResolvable(new String[] {sleutel}, argumenten, standaard),
                Locale.of("nl", "NL"));
    }
}
