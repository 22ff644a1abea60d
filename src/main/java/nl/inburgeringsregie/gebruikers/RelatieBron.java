package nl.inburgeringsregie.gebruikers;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Extension point of the access decision (ADR 0028): a module that knows a relationship between users and persons
 * contributes a bean of this type, and {@link Toegang} asks every such bean. The dossier module says who works for the
 * person's gemeente, who is the consultant and whose team holds the dossier; a provider module will say which
 * organisation has a placement for the person, a begeleiding module which partner guides the person. Adding a
 * relationship-based role so needs no change in the modules that own the dossier or the deadlines.
 */
public interface RelatieBron {

    /**
     * The relationships {@code gebruiker} has to the person with id {@code persoon}; empty when there are none or when
     * the person does not exist (or is not visible to the user's database connection).
     */
    Set<Relatie> relaties(HuidigeGebruiker gebruiker, UUID persoon);

    /**
     * The same for many persons at once (an upload of many rows): per person its relationships, absent or empty when
     * there are none. A source answers it with one statement where it can; this default asks per person.
     */
    default Map<UUID, Set<Relatie>> relaties(HuidigeGebruiker gebruiker, Collection<UUID> personen) {
        Map<UUID, Set<Relatie>> perPersoon = new HashMap<>();
        personen.forEach(persoon -> perPersoon.put(persoon, relaties(gebruiker, persoon)));
        return perPersoon;
    }
}
