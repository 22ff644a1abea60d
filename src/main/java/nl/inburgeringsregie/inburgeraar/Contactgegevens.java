package nl.inburgeringsregie.inburgeraar;

/** Contact details; every part optional. */
public record Contactgegevens(
        String telefoon, String email, String straat, String huisnummer, String postcode, String woonplaats) {

    public static final Contactgegevens LEEG = new Contactgegevens(null, null, null, null, null, null);
}
