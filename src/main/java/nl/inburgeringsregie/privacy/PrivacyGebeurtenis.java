package nl.inburgeringsregie.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * Something the privacy officer did about a dossier that belongs in its journal (a correction under AVG art. 16, a
 * legal hold set or lifted): published in the transaction of the act; the inburgeraar module writes the journal line.
 */
public record PrivacyGebeurtenis(UUID inburgeraarId, String tekst, String gebruiker, Instant op) {}
