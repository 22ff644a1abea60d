package nl.inburgeringsregie.inburgeraar;

import nl.inburgeringsregie.gebruikers.Namen;
import nl.inburgeringsregie.infrastructure.web.Weergave;
import org.springframework.stereotype.Component;

/**
 * A journal value as a person reads it (issue 21 point 2): the journal keeps what changed as stored text (a phase's
 * constant, an ISO date, a user name, a gemeente code); the dossier page shows the phase's label, the date as
 * dd-mm-jjjj, the consultant's name, the gemeente's name. Also for rows written before this existed.
 */
@Component("journaalWeergave")
public class JournaalWeergave {

    private final Weergave weergave;
    private final Namen namen;

    JournaalWeergave(Weergave weergave, Namen namen) {
        this.weergave = weergave;
        this.namen = namen;
    }

    /** An old or new value of a journal row, read by its field. */
    public String waarde(String veld, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return "–";
        }
        return switch (veld == null ? "" : veld) {
            case "fase" -> label(Fase.class, waarde);
            case "geslacht" -> label(Geslacht.class, waarde);
            case "wet" -> label(Wet.class, waarde);
            case "consulent" -> namen.gebruiker(waarde);
            case "gemeentecode" -> namen.gemeente(waarde);
            case "tolkNodig" -> weergave.tekst("ja".equals(waarde));
            default -> weergave.tekst(waarde);
        };
    }

    private <E extends Enum<E>> String label(Class<E> type, String naam) {
        try {
            return weergave.label(Enum.valueOf(type, naam));
        } catch (IllegalArgumentException e) {
            return weergave.tekst(naam);
        }
    }
}
