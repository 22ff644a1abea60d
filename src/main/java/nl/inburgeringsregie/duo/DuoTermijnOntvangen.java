package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Dossiermelding;

/** DUO answered with its registered inburgeringstermijn (T-3: DUO's value wins), its exclusive end (ADR 0027). */
record DuoTermijnOntvangen(UUID inburgeraarId, LocalDate einddatum) implements Dossiermelding.DuoTermijn {}
