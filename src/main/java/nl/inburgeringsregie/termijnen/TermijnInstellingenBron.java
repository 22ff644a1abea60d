package nl.inburgeringsregie.termijnen;

import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.gebruikers.GemeenteInstellingen;
import nl.inburgeringsregie.gebruikers.GemeenteInstellingen.Instelling;
import org.springframework.stereotype.Component;

/**
 * Issue 14 point 13 (h5): the deadline settings a functioneel beheerder sets per gemeente in the UI (module gebruikers,
 * "Beheer"), over {@code inburgeringsregie.termijnen.*}, which stays the default. Only the values the rule book marks C;
 * the statutory figures are law, not settings ({@link InburgeringTermijnen}). A change holds for deadlines computed
 * after it (a dossier's next change, the daily job); it never reopens a deadline already missed (T-15).
 */
@Component
class TermijnInstellingenBron implements GemeenteInstellingen.Bron {

    static final String INTAKE_WEKEN = "termijnen.intakeWeken";
    static final String PIP_START = "termijnen.pipStartStatushouder";
    static final String SCHAKEL_START = "termijnen.schakelStart";
    static final String ATTENTIE_MAANDEN = "termijnen.attentieMaanden";
    static final String PIP_WAARSCHUWING = "termijnen.pipWaarschuwingDagen";
    static final String INTAKE_WAARSCHUWING = "termijnen.intakeWaarschuwingDagen";
    static final String SCHAKEL_WAARSCHUWING = "termijnen.schakelWaarschuwingMaanden";

    private final TermijnInstellingen configuratie;
    private final GemeenteInstellingen gezet;

    TermijnInstellingenBron(TermijnInstellingen configuratie, GemeenteInstellingen gezet) {
        this.configuratie = configuratie;
        this.gezet = gezet;
    }

    @Override
    public String groep() {
        return "termijnen";
    }

    @Override
    public List<Instelling> instellingen(String gemeentecode) {
        TermijnInstellingen.Waarden w = configuratie.voor(gemeentecode).waarden();
        return List.of(
                Instelling.getal(INTAKE_WEKEN, w.intakeWeken(), 1, 52),
                Instelling.keuze(PIP_START, w.pipStartStatushouder(), TermijnInstellingen.PipStart.values()),
                Instelling.keuze(SCHAKEL_START, w.schakelStart(), TermijnInstellingen.SchakelStart.values()),
                Instelling.getal(ATTENTIE_MAANDEN, w.attentieMaanden(), 1, 24),
                Instelling.getal(PIP_WAARSCHUWING, w.pipWaarschuwingDagen(), 0, 70),
                Instelling.getal(INTAKE_WAARSCHUWING, w.intakeWaarschuwingDagen(), 0, 70),
                Instelling.getal(SCHAKEL_WAARSCHUWING, w.schakelWaarschuwingMaanden(), 0, 18));
    }

    /** The values set in the UI for a gemeente, or null when none is. */
    TermijnInstellingen.Waarden beheerd(String gemeentecode) {
        Map<String, String> waarden = gezet.van(gemeentecode);
        if (waarden.keySet().stream().noneMatch(k -> k.startsWith("termijnen."))) {
            return null;
        }
        return new TermijnInstellingen.Waarden(
                keuze(waarden.get(PIP_START), TermijnInstellingen.PipStart.class),
                getal(waarden.get(INTAKE_WEKEN)),
                keuze(waarden.get(SCHAKEL_START), TermijnInstellingen.SchakelStart.class),
                getal(waarden.get(ATTENTIE_MAANDEN)),
                getal(waarden.get(PIP_WAARSCHUWING)),
                getal(waarden.get(INTAKE_WAARSCHUWING)),
                getal(waarden.get(SCHAKEL_WAARSCHUWING)));
    }

    private static Integer getal(String waarde) {
        try {
            return waarde == null ? null : Integer.valueOf(waarde);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E keuze(String waarde, Class<E> type) {
        try {
            return waarde == null ? null : Enum.valueOf(type, waarde);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
