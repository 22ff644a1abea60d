/**
 * The PIP (Plan Inburgering en Participatie): a structured, versioned plan and beschikking (P-1 to P-5) drafted
 * from the intake, with its agreements, vaststellen with the dagtekening (P-4), new versions for schakelen (T-6),
 * afschalen (T-7) and other reasons, and withdrawal. The termijn starts the day after the first dagtekening and
 * never moves (T-3). {@link nl.inburgeringsregie.pip.Pip} guards its own lifecycle (what it allows now:
 * {@code mag}); the rules are {@code PipRegels}'s; the beschikking letter is rendered by module {@code documenten}.
 * {@link nl.inburgeringsregie.pip.AfspraakPlaatsingen} is an extension point: the module that places persons with
 * providers (aanbieders, above this one) names the placement behind an agreement.
 */
@ApplicationModule(displayName = "PIP")
package nl.inburgeringsregie.pip;

import org.springframework.modulith.ApplicationModule;
