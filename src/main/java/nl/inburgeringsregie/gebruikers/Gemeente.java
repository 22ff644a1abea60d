package nl.inburgeringsregie.gebruikers;

/** A gemeente served by this installation, by its CBS code (four digits, e.g. 0392 Haarlem). */
public record Gemeente(String code, String naam) {}
