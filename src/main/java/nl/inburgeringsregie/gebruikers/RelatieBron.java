package nl.inburgeringsregie.gebruikers;

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
}
