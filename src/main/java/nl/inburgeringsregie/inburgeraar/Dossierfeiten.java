package nl.inburgeringsregie.inburgeraar;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The facts of a dossier that deadlines are derived from (module termijnen), with what a worklist shows of
 * the person: name, gemeente, consultant. A read-only view; the dossier itself stays in this module.
 */
public record Dossierfeiten(UUID id, String gemeentecode, String consulent, String naam, LocalDate geboortedatum,
                            Doelgroep doelgroep,
                            Wet wet, Fase fase, LocalDate datumKennisgeving, LocalDate datumKoppeling,
                            LocalDate datumHuisvesting, LocalDate datumInschrijvingBrp, Voortgang voortgang,
                            String adres, java.util.List<String> talen, String bsn) {

    public Dossierfeiten {
        talen = talen == null ? java.util.List.of() : java.util.List.copyOf(talen);
    }
}
