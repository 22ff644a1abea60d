package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Dossiermelding;

/** DUO answered with a tijdelijke vrijstelling (PL-5): its period interrupts the deadlines (ADR 0027). */
record DuoVrijstellingOntvangen(UUID inburgeraarId, LocalDate van, LocalDate tot)
        implements Dossiermelding.DuoVrijstelling {}
