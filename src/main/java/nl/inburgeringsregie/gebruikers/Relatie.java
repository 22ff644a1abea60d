package nl.inburgeringsregie.gebruikers;

/**
 * A relationship between a user and a person (an inburgeraar) through which the user may act on that person (ADR
 * 0028). A role reaches a person only through the relationships {@link Rol} lists for it; modules say which
 * relationships a user has to a person by contributing a {@link RelatieBron}.
 */
public enum Relatie {
    /** The user works for the person's gemeente (staff of the gemeente; the only relationship before ADR 0028). */
    GEMEENTE,
    /** The user is the person's assigned consultant. */
    CONSULENT,
    /** The user leads the team that holds the person's dossier (today: the team of the person's gemeente). */
    TEAM,
    /** The user works for a provider organisation that has a placement for the person (minimal data only). */
    AANBIEDER,
    /** The user works for a partner organisation that gives the person maatschappelijke begeleiding. */
    PARTNER,
    /** The user is the person themself (the newcomer's own view). */
    ZELF
}
