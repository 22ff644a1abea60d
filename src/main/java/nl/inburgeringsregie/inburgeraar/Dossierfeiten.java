package nl.inburgeringsregie.inburgeraar;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The facts of a dossier that deadlines are derived from (module termijnen), with what a worklist shows of
 * the person: name, gemeente, consultant, and what interrupts the deadlines ({@link Onderbreking}). A read-only view; the dossier itself stays in this module.
 */
public record Dossierfeiten(UUID id, String gemeentecode, String consulent, String naam, LocalDate geboortedatum,
                            Doelgroep doelgroep,
                            Wet wet, Fase fase, LocalDate datumKennisgeving, LocalDate datumKoppeling,
                            LocalDate datumHuisvesting, LocalDate datumInschrijvingBrp, Voortgang voortgang,
                            String adres, java.util.List<String> talen, String bsn, Onderbreking onderbreking) {

    public Dossierfeiten {
        talen = talen == null ? java.util.List.of() : java.util.List.copyOf(talen);
        onderbreking = onderbreking == null ? Onderbreking.GEEN : onderbreking;
    }

    /** A dossier without a withdrawn PIP or a tijdelijke vrijstelling (issue 12 part 4 added {@link Onderbreking}). */
    public Dossierfeiten(UUID id, String gemeentecode, String consulent, String naam, LocalDate geboortedatum,
                         Doelgroep doelgroep, Wet wet, Fase fase, LocalDate datumKennisgeving, LocalDate datumKoppeling,
                         LocalDate datumHuisvesting, LocalDate datumInschrijvingBrp, Voortgang voortgang,
                         String adres, java.util.List<String> talen, String bsn) {
        this(id, gemeentecode, consulent, naam, geboortedatum, doelgroep, wet, fase, datumKennisgeving, datumKoppeling,
                datumHuisvesting, datumInschrijvingBrp, voortgang, adres, talen, bsn, Onderbreking.GEEN);
    }
}
