package nl.inburgeringsregie.uren;

import java.util.UUID;

/**
 * A person's hours changed at a source (a provider's attendance report or upload, hours recorded during the brede
 * intake): published by the source in the transaction of the change, once per person however many rows changed, so a
 * listener can send the new totals (DUO's GevolgdeUren takes totals, ADR 0034). Names the person, never the hours.
 */
public record UrenGewijzigd(UUID inburgeraarId, String gemeentecode) {}
