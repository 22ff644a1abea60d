package nl.inburgeringsregie.gebruikers;

import java.util.List;
import java.util.Set;

/**
 * The signed-in user as the rest of the application sees them: who, in which roles, for which gemeenten.
 */
public record HuidigeGebruiker(String gebruikersnaam, String naam, Set<Rol> rollen, List<String> gemeenten) {

    public boolean mag(Recht recht) {
        return rollen.stream().anyMatch(rol -> rol.heeft(recht));
    }

    public boolean werktVoor(String gemeentecode) {
        return gemeenten.contains(gemeentecode);
    }

    /** Roles as one string for the audit log. */
    public String rollenTekst() {
        return String.join(",", rollen.stream().map(Enum::name).sorted().toList());
    }
}
