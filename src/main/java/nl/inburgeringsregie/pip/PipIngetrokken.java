package nl.inburgeringsregie.pip;

import java.time.LocalDate;
import java.util.UUID;

/** Published when a vastgesteld PIP was withdrawn (P-3), in the transaction of the withdrawal: DUO is to be told. */
public record PipIngetrokken(
        UUID pipId, UUID inburgeraarId, String gemeentecode, int versienummer, LocalDate ingetrokkenOp) {}
