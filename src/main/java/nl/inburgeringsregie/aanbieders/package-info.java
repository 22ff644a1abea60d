/**
 * Providers (aanbieders) and the placement of persons with them (issue 15, first part; ADR 0031): the provider with its
 * DUO instellingsnummer and keurmerken, its contracts per perceel of a regional procurement (gemeenten of this
 * installation, onderdeel, period, capacity, start moments, price), and a person's {@link
 * nl.inburgeringsregie.aanbieders.Plaatsing} with a contract for an onderdeel of their vastgesteld PIP, a lifecycle the
 * aggregate guards (AANGEMELD, WACHTLIJST or GEPLAATST, GESTART, AFGEROND or AFGEBROKEN). Contributes the relationship
 * AANBIEDER to the access decision (a provider's users reach the persons placed with their organisation) and journals
 * every step on the dossier through a {@code Dossiermelding}. Public: the demo data, and the named interface {@code
 * gebeurtenissen} with the events other modules may listen to ({@code PlaatsingGewijzigd}: the DUO module makes the
 * melding Inburgeringsaanbod from it, ADR 0034), and {@code Plaatsingsverloop}, the placements with their dates and
 * hours present for the route's timeline (ADR 0042). The attendance is a source of the hours ledger and each change tells it
 * ({@code uren.UrenGewijzigd}). It answers the PIP's extension point {@code pip.AfspraakPlaatsingen} (the placement
 * behind an agreement), so the PIP names the provider without depending on this module.
 */
@ApplicationModule(displayName = "Aanbieders")
package nl.inburgeringsregie.aanbieders;

import org.springframework.modulith.ApplicationModule;
