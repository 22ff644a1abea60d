/**
 * The municipality–DUO exchange over DUO's own M2M APIs (docs/adr/0012-duo-koppeling.md, 0029-duo-module-surface.md).
 * Every message exchanged with DUO, both ways, is validated against DUO's specifications in classpath:duo/openapi
 * ({@link DuoSpecificaties}).
 * <ul>
 * <li>Notificering: DUO's Notificatie API implemented here ({@code POST /duo/v1/notificaties}), each notification
 * stored once per berichtId and processed after commit, exactly once, through Spring Modulith's event publication
 * registry: a journal line on the dossier, DUO's data fetched into it, and the phase moved where the event says so
 * (duty met: AFGEROND; withdrawn or deceased: UITGESCHREVEN).</li>
 * <li>Raadpleging: what DUO knows of a person, kept with the date it was fetched; DUO's duty, doelgroep (PL-1, PL-6),
 * termijn (T-3) and tijdelijke vrijstelling (PL-5) replace ours in the dossier.</li>
 * <li>Melding-bevestiging: the meldingen to DUO (PIP and its withdrawal, MAP, PVT, Z-route, hours, inburgeringsaanbod,
 * contactpersoon), checked against DUO's rules first and delivered through an outbox with retries
 * (table duo_melding, a db-scheduler task). The inburgeringsaanbod follows the placement (event {@code
 * aanbieders.gebeurtenissen.PlaatsingGewijzigd}) and the hours the ledger's totals (event {@code uren.UrenGewijzigd}),
 * never typed (ADR 0034).</li>
 * <li>Afstemming: reconciliation of DUO's picture with ours, each difference linked to what fixes it, or marked as seen
 * with a reason.</li>
 * <li>The screens: a dossier's DUO page, and the team lead's DUO messages and reconciliation.</li>
 * </ul>
 * The module's API is what the DUO simulator (module {@code duosimulator}) builds on: DUO's rules ({@link DuoRegels}),
 * DUO's files ({@link DuoSpecificaties}), the settings ({@link DuoInstellingen}) and the extension point for the
 * client's credentials ({@link DuoAanmelding}).
 * Everything else is package-private.
 */
@ApplicationModule(displayName = "DUO-koppeling")
package nl.inburgeringsregie.duo;

import org.springframework.modulith.ApplicationModule;
