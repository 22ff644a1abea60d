package nl.inburgeringsregie.gebruikers;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A user account as other modules may see it: no password. Serializable: it travels in the signed-in user's session,
 * which lives in the database (issue 14 point 18).
 */
public record Gebruiker(String gebruikersnaam, String naam, Set<Rol> rollen, List<String> gemeenten, boolean actief)
        implements Serializable {}
