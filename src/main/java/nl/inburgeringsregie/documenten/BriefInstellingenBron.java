package nl.inburgeringsregie.documenten;

import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.gebruikers.GemeenteInstellingen;
import nl.inburgeringsregie.gebruikers.GemeenteInstellingen.Instelling;
import org.springframework.stereotype.Component;

/**
 * Issue 14 point 13 (h5): the letter's sender block and signatory a functioneel beheerder sets per gemeente in the UI,
 * over {@code inburgeringsregie.brieven.gemeenten.<code>.*}, which stays the default. A change holds for letters made
 * after it.
 */
@Component
class BriefInstellingenBron implements GemeenteInstellingen.Bron {

    private final BriefInstellingen configuratie;
    private final GemeenteInstellingen gezet;

    BriefInstellingenBron(BriefInstellingen configuratie, GemeenteInstellingen gezet) {
        this.configuratie = configuratie;
        this.gezet = gezet;
    }

    @Override
    public String groep() {
        return "brief";
    }

    @Override
    public List<Instelling> instellingen(String gemeentecode) {
        BriefInstellingen.Afzender a = configuratie.afzender(gemeentecode);
        return List.of(
                Instelling.tekst("brief.naam", a.naam(), 100),
                Instelling.tekst("brief.afdeling", a.afdeling(), 100),
                Instelling.tekst("brief.adres", a.adres(), 200),
                Instelling.tekst("brief.telefoon", a.telefoon(), 30),
                Instelling.tekst("brief.email", a.email(), 100),
                Instelling.tekst("brief.ondertekenaar", a.ondertekenaar(), 100),
                Instelling.tekst("brief.functie", a.functie(), 200));
    }

    /** The sender of the gemeente's letters: each value set in the UI, otherwise the configuration's. */
    BriefInstellingen.Afzender afzender(String gemeentecode) {
        BriefInstellingen.Afzender a = configuratie.afzender(gemeentecode);
        Map<String, String> w = gezet.van(gemeentecode);
        return new BriefInstellingen.Afzender(
                w.getOrDefault("brief.naam", a.naam()),
                w.getOrDefault("brief.afdeling", a.afdeling()),
                w.getOrDefault("brief.adres", a.adres()),
                w.getOrDefault("brief.telefoon", a.telefoon()),
                w.getOrDefault("brief.email", a.email()),
                w.getOrDefault("brief.ondertekenaar", a.ondertekenaar()),
                w.getOrDefault("brief.functie", a.functie()));
    }
}
