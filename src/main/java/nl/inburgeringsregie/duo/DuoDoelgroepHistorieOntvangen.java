package nl.inburgeringsregie.duo;

import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Dossiermelding;

/** DUO answered with a person's doelgroep history (PL-6): each period enters the dossier's history (ADR 0027). */
record DuoDoelgroepHistorieOntvangen(UUID inburgeraarId, List<Dossiermelding.DoelgroepVanaf> perioden)
        implements Dossiermelding.DuoDoelgroepHistorie {

    DuoDoelgroepHistorieOntvangen {
        perioden = List.copyOf(perioden);
    }
}
