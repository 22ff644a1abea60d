package nl.inburgeringsregie.gebruikers;

import java.util.List;
import java.util.Set;

/** A user account as other modules may see it: no password. Serializable: it is part of a signed-in session. */
public record Gebruiker(String gebruikersnaam, String naam, Set<Rol> rollen, List<String> gemeenten, boolean actief)
        implements java.io.Serializable {
}
