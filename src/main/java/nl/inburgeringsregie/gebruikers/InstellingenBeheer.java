package nl.inburgeringsregie.gebruikers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 14 point 13 (h5): a gemeente's settings as the beheer screen shows and changes them — every setting the modules
 * describe ({@link GemeenteInstellingen.Bron}), its configured default and the value set here. Each change is checked
 * (a number in its range, a choice from its list, a text within its length) and journaled with old and new value; an
 * empty field returns the setting to the configuration.
 */
@Service
class InstellingenBeheer {

    /** One setting on the screen. */
    record Regel(String groep, GemeenteInstellingen.Instelling instelling, String waarde, boolean eigen) {

        public String veld() {
            return instelling.sleutel();
        }
    }

    private final List<GemeenteInstellingen.Bron> bronnen;
    private final GemeenteInstellingen instellingen;
    private final BeheerJournaal journaal;
    private final Gebruikers gebruikers;
    private final MessageSourceAccessor berichten;

    InstellingenBeheer(
            List<GemeenteInstellingen.Bron> bronnen,
            GemeenteInstellingen instellingen,
            BeheerJournaal journaal,
            Gebruikers gebruikers,
            MessageSourceAccessor berichten) {
        this.bronnen = bronnen;
        this.instellingen = instellingen;
        this.journaal = journaal;
        this.gebruikers = gebruikers;
        this.berichten = berichten;
    }

    @MagInstellingenBeheren
    List<Regel> van(String gemeentecode) {
        eigenGemeente(gemeentecode);
        Map<String, String> gezet = instellingen.van(gemeentecode);
        List<Regel> regels = new ArrayList<>();
        for (GemeenteInstellingen.Bron bron : bronnen) {
            for (GemeenteInstellingen.Instelling instelling : bron.instellingen(gemeentecode)) {
                String eigen = gezet.get(instelling.sleutel());
                regels.add(new Regel(
                        bron.groep(), instelling, eigen != null ? eigen : instelling.standaard(), eigen != null));
            }
        }
        return regels;
    }

    @Transactional
    @MagInstellingenBeheren
    void wijzig(String gemeentecode, Map<String, String> nieuw) {
        List<Regel> regels = van(gemeentecode);
        List<Violation> fouten = new ArrayList<>();
        for (Regel regel : regels) {
            String waarde = nieuw.get(regel.veld());
            if (waarde != null && !waarde.isBlank()) {
                controleer(regel.instelling(), waarde.strip(), fouten);
            }
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        String door = gebruikers.huidige().gebruikersnaam();
        for (Regel regel : regels) {
            if (!nieuw.containsKey(regel.veld())) {
                continue;
            }
            String waarde =
                    nieuw.get(regel.veld()) == null || nieuw.get(regel.veld()).isBlank()
                            ? null
                            : nieuw.get(regel.veld()).strip();
            String oudGezet = regel.eigen() ? regel.waarde() : null;
            // Typing the configured value keeps the setting on the configuration.
            if (waarde != null
                    && !regel.eigen()
                    && waarde.equals(regel.instelling().standaard())) {
                continue;
            }
            if (Objects.equals(waarde, oudGezet)) {
                continue;
            }
            instellingen.zet(gemeentecode, regel.veld(), waarde, door);
            journaal.schrijf(
                    door,
                    onderwerp(gemeentecode),
                    regel.veld(),
                    regel.waarde(),
                    waarde != null ? waarde : regel.instelling().standaard());
        }
    }

    static String onderwerp(String gemeentecode) {
        return "gemeente " + gemeentecode;
    }

    private void eigenGemeente(String gemeentecode) {
        if (!gebruikers.huidige().werktVoor(gemeentecode)) {
            throw new NotFoundException(berichten.getMessage("beheer.fout.gemeenteOnbekend"));
        }
    }

    private void controleer(GemeenteInstellingen.Instelling instelling, String waarde, List<Violation> fouten) {
        String veld = instelling.sleutel();
        if (!instelling.keuzes().isEmpty()) {
            if (!instelling.keuzes().contains(waarde)) {
                fouten.add(new Violation(veld, berichten.getMessage("beheer.fout.keuze"), null));
            }
        } else if (instelling.min() != null) {
            try {
                int getal = Integer.parseInt(waarde);
                if (getal < instelling.min() || getal > instelling.max()) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                fouten.add(new Violation(
                        veld,
                        berichten.getMessage("beheer.fout.getal", new Object[] {instelling.min(), instelling.max()}),
                        null));
            }
        } else if (waarde.length() > instelling.maxLengte() || waarde.chars().anyMatch(c -> c < 0x20)) {
            fouten.add(new Violation(
                    veld, berichten.getMessage("beheer.fout.tekst", new Object[] {instelling.maxLengte()}), null));
        }
    }
}
