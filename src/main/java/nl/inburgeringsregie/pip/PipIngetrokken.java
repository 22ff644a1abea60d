package nl.inburgeringsregie.pip;

import java.time.LocalDate;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Dossiermelding;

/**
 * Published when a vastgesteld PIP was withdrawn (P-3), in the transaction of the withdrawal: the dossier has no valid
 * PIP from that day (module inburgeraar, T-1) and DUO is to be told (module duo).
 */
public record PipIngetrokken(
        UUID pipId, UUID inburgeraarId, String gemeentecode, int versienummer, LocalDate ingetrokkenOp)
        implements Dossiermelding.PipIngetrokken {}
