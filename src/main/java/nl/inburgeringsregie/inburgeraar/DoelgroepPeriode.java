package nl.inburgeringsregie.inburgeraar;

import java.time.LocalDate;

/**
 * One row of a dossier's doelgroep history (PL-6): the group, DUO's detailed value if known, the day it holds from,
 * and where it came from ({@link DoelgroepHistorie.Bron}).
 */
public record DoelgroepPeriode(
        Doelgroep doelgroep,
        GedetailleerdeDoelgroep gedetailleerdeDoelgroep,
        LocalDate geldigVanaf,
        DoelgroepHistorie.Bron bron) {}
