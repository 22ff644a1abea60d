/**
 * The DUO simulator (profile duo-simulator: tests and the embedded demo only, never with an external database): a
 * stand-in for DUO that serves DUO's M2M APIs from DUO's own OpenAPI files ({@code classpath:duo/openapi}, copies of
 * DUO's published files) and validates both sides of every exchange against them, enforces DUO's rules with the same
 * rule class as the municipality's side ({@link nl.inburgeringsregie.duo.DuoRegels}), and asks the T-3 termijn it
 * registers from {@code termijnen}. Its control page lets a user with the right DUO_SIMULATOR_BEDIENEN send a
 * notification as DUO; it knows the demo's people when demo data is loaded. A module of its own, outside
 * {@code duo}'s API: {@code duo} never depends on it (the simulator hands the DUO client its secret through
 * {@link nl.inburgeringsregie.duo.DuoAanmelding}).
 */
@ApplicationModule(displayName = "DUO-simulator")
package nl.inburgeringsregie.duosimulator;

import org.springframework.modulith.ApplicationModule;
