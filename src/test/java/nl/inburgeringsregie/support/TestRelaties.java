package nl.inburgeringsregie.support;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.gebruikers.Relatie;
import nl.inburgeringsregie.gebruikers.RelatieBron;

/**
 * A relationship source contributed from the test configuration, as a future module (providers, begeleiding, the
 * newcomer's own view) will contribute its own (ADR 0028): tests say "user U has relationship R to person P". Empty
 * unless a test gives a relationship, so every other test sees the application's own sources only.
 */
public class TestRelaties implements RelatieBron {

    private final Map<String, Set<Relatie>> relaties = new ConcurrentHashMap<>();

    public void geef(String gebruikersnaam, UUID persoon, Relatie relatie) {
        relaties.computeIfAbsent(sleutel(gebruikersnaam, persoon), k -> EnumSet.noneOf(Relatie.class))
                .add(relatie);
    }

    public void wis() {
        relaties.clear();
    }

    @Override
    public Set<Relatie> relaties(HuidigeGebruiker gebruiker, UUID persoon) {
        return relaties.getOrDefault(sleutel(gebruiker.gebruikersnaam(), persoon), Set.of());
    }

    private static String sleutel(String gebruikersnaam, UUID persoon) {
        return gebruikersnaam + "/" + persoon;
    }
}
