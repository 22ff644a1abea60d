package nl.inburgeringsregie.intake;

import java.time.LocalDate;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Dossiermelding;

/**
 * The brede intake of a dossier was finished on {@code afgerondOp} (T-2): the dossier records the milestone and enters
 * the PIP phase (module inburgeraar), and the deadlines follow (issue 13 point 4, ADR 0027).
 */
public record BredeIntakeAfgerond(UUID inburgeraarId, LocalDate afgerondOp) implements Dossiermelding.IntakeAfgerond {}
