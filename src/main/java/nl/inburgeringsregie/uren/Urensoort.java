package nl.inburgeringsregie.uren;

/**
 * The kinds of hours of the route: those DUO counts (R-5, R-11: language lessons, KNM, participation in the Z-route)
 * and the hours followed in the two modules the law measures apart (issue 16): the PVT (R-7, at least 12 hours) and
 * the MAP (R-8, its practical part; the minimum is configuration). DUO receives no PVT or MAP hours, only their end
 * dates. Texts: uren.soort.<CODE>.
 */
public enum Urensoort {
    NT2,
    KNM,
    PARTICIPATIE,
    PVT,
    MAP
}
