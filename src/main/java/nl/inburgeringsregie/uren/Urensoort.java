package nl.inburgeringsregie.uren;

/** The kinds of hours DUO counts: language lessons, KNM, participation (Z-route). Texts: uren.soort.<CODE>. */
public enum Urensoort {
    NT2,
    KNM,
    PARTICIPATIE
}
