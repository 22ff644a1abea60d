package nl.inburgeringsregie.inburgeraar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The facts of a dossier that other modules' rules need (deadlines, DUO's rules, the PIP, the route advice): its
 * dates and codes, the gemeente and consultant, and what interrupts the deadlines ({@link Onderbreking}). No BSN,
 * name or address (issue 13 point 5): a module that truly needs the person's identity reads it apart
 * ({@link DossierfeitenLezer#bsn}, {@link DossierfeitenLezer#adressering}, {@link DossierfeitenLezer#namen}). A
 * read-only view; the dossier itself stays in this module. {@code geboortedatum}: for the route advice's age.
 * {@code doelgroepHistorie}: the doelgroep over time (PL-6, T-15), oldest first, as {@link DoelgroepHistorie#tijdlijn}
 * makes it (the first period holds from the start; empty when no history is known, then {@code doelgroep} holds
 * throughout). {@code datumStartBijstand}: the start of the person's bijstand right (O-1, T-8: the ontzorging's period
 * counts from it), null when not on bijstand.
 */
public record Dossierfeiten(
        UUID id,
        String gemeentecode,
        String consulent,
        LocalDate geboortedatum,
        Doelgroep doelgroep,
        Wet wet,
        Fase fase,
        LocalDate datumKennisgeving,
        LocalDate datumKoppeling,
        LocalDate datumHuisvesting,
        LocalDate datumInschrijvingBrp,
        Mijlpalen mijlpalen,
        List<DoelgroepPeriode> doelgroepHistorie,
        Onderbreking onderbreking,
        LocalDate datumStartBijstand) {

    public Dossierfeiten {
        doelgroepHistorie = doelgroepHistorie == null ? List.of() : List.copyOf(doelgroepHistorie);
        onderbreking = onderbreking == null ? Onderbreking.GEEN : onderbreking;
    }

    /** These facts with this doelgroep history (PL-6). */
    public Dossierfeiten metDoelgroepHistorie(List<DoelgroepPeriode> historie) {
        return new Dossierfeiten(
                id,
                gemeentecode,
                consulent,
                geboortedatum,
                doelgroep,
                wet,
                fase,
                datumKennisgeving,
                datumKoppeling,
                datumHuisvesting,
                datumInschrijvingBrp,
                mijlpalen,
                historie,
                onderbreking,
                datumStartBijstand);
    }
}
