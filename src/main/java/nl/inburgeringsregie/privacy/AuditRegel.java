package nl.inburgeringsregie.privacy;

import java.time.Instant;
import java.util.UUID;

/** One row of the audit log. */
record AuditRegel(
        long id,
        Instant tijdstip,
        String gebruiker,
        String rollen,
        UUID inburgeraarId,
        String gemeentecode,
        AuditActie actie,
        String detail,
        String doel,
        String herkomst) {}
