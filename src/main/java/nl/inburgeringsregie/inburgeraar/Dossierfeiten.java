package nl.inburgeringsregie.inburgeraar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The facts of a dossier that deadlines are derived from (module termijnen), with what a worklist shows of
 * the person: name, gemeente, consultant, and what interrupts the deadlines ({@link Onderbreking}). A read-only view;
 * the dossier itself stays in this module. {@code doelgroepHistorie}: the doelgroep over time (PL-6, T-15), oldest
 * first, as {@link DoelgroepHistorie#tijdlijn} makes it (the first period holds from the start; empty when no history
 * is known, then {@code doelgroep} holds throughout).
 */
public record Dossierfeiten(
        UUID id,
        String gemeentecode,
        String consulent,
        String naam,
        LocalDate geboortedatum,
        Doelgroep doelgroep,
        Wet wet,
        Fase fase,
        LocalDate datumKennisgeving,
        LocalDate datumKoppeling,
        LocalDate datumHuisvesting,
        LocalDate datumInschrijvingBrp,
        Mijlpalen mijlpalen,
        String adres,
        List<String> talen,
        String bsn,
        List<DoelgroepPeriode> doelgroepHistorie,
        Onderbreking onderbreking) {

    public Dossierfeiten {
        talen = talen == null ? List.of() : List.copyOf(talen);
        doelgroepHistorie = doelgroepHistorie == null ? List.of() : List.copyOf(doelgroepHistorie);
        onderbreking = onderbreking == null ? Onderbreking.GEEN : onderbreking;
    }

    /** Facts without a known doelgroep history (the current doelgroep holds throughout) and without an interruption. */
    public Dossierfeiten(
            UUID id,
            String gemeentecode,
            String consulent,
            String naam,
            LocalDate geboortedatum,
            Doelgroep doelgroep,
            Wet wet,
            Fase fase,
            LocalDate datumKennisgeving,
            LocalDate datumKoppeling,
            LocalDate datumHuisvesting,
            LocalDate datumInschrijvingBrp,
            Mijlpalen mijlpalen,
            String adres,
            List<String> talen,
            String bsn) {
        this(
                id,
                gemeentecode,
                consulent,
                naam,
                geboortedatum,
                doelgroep,
                wet,
                fase,
                datumKennisgeving,
                datumKoppeling,
                datumHuisvesting,
                datumInschrijvingBrp,
                mijlpalen,
                adres,
                talen,
                bsn,
                List.of(),
                Onderbreking.GEEN);
    }

    /** Facts with a doelgroep history, without an interruption. */
    public Dossierfeiten(
            UUID id,
            String gemeentecode,
            String consulent,
            String naam,
            LocalDate geboortedatum,
            Doelgroep doelgroep,
            Wet wet,
            Fase fase,
            LocalDate datumKennisgeving,
            LocalDate datumKoppeling,
            LocalDate datumHuisvesting,
            LocalDate datumInschrijvingBrp,
            Mijlpalen mijlpalen,
            String adres,
            List<String> talen,
            String bsn,
            List<DoelgroepPeriode> doelgroepHistorie) {
        this(
                id,
                gemeentecode,
                consulent,
                naam,
                geboortedatum,
                doelgroep,
                wet,
                fase,
                datumKennisgeving,
                datumKoppeling,
                datumHuisvesting,
                datumInschrijvingBrp,
                mijlpalen,
                adres,
                talen,
                bsn,
                doelgroepHistorie,
                Onderbreking.GEEN);
    }

    /** Facts with an interruption, without a known doelgroep history. */
    public Dossierfeiten(
            UUID id,
            String gemeentecode,
            String consulent,
            String naam,
            LocalDate geboortedatum,
            Doelgroep doelgroep,
            Wet wet,
            Fase fase,
            LocalDate datumKennisgeving,
            LocalDate datumKoppeling,
            LocalDate datumHuisvesting,
            LocalDate datumInschrijvingBrp,
            Mijlpalen mijlpalen,
            String adres,
            List<String> talen,
            String bsn,
            Onderbreking onderbreking) {
        this(
                id,
                gemeentecode,
                consulent,
                naam,
                geboortedatum,
                doelgroep,
                wet,
                fase,
                datumKennisgeving,
                datumKoppeling,
                datumHuisvesting,
                datumInschrijvingBrp,
                mijlpalen,
                adres,
                talen,
                bsn,
                List.of(),
                onderbreking);
    }
}
