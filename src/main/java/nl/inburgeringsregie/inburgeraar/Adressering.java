package nl.inburgeringsregie.inburgeraar;

import java.util.List;

/**
 * Whom a letter is addressed to (the beschikking, module documenten through pip): the name ("Geslachtsnaam,
 * Voornamen"), the address on one line (null when none is known) and the languages the person reads, for the
 * summary in their own language. Read apart from {@link Dossierfeiten} (issue 13 point 5).
 */
public record Adressering(String naam, String adres, List<String> talen) {

    public Adressering {
        talen = talen == null ? List.of() : List.copyOf(talen);
    }
}
