package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossiermelding;
import nl.inburgeringsregie.inburgeraar.GedetailleerdeDoelgroep;

/** DUO answered with a person's duty and doelgroep (PL-1, PL-6): the dossier takes them over (ADR 0027). */
record DuoPlichtOntvangen(
        UUID inburgeraarId,
        LocalDate kennisgeving,
        Doelgroep doelgroep,
        GedetailleerdeDoelgroep gedetailleerdeDoelgroep,
        LocalDate doelgroepVanaf)
        implements Dossiermelding.DuoPlicht {}
