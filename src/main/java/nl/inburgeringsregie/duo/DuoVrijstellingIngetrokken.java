package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Dossiermelding;

/** DUO withdrew the tijdelijke vrijstelling (SS129/SS130, PL-5): the deadlines run again from that day (ADR 0027). */
record DuoVrijstellingIngetrokken(UUID inburgeraarId, LocalDate ingetrokkenOp)
        implements Dossiermelding.DuoVrijstellingIngetrokken {}
