package nl.inburgeringsregie.privacy;

/** What was done with personal data. */
public enum AuditActie {
    /** Opened a dossier or a part of it. */
    DOSSIER_BEKEKEN,
    /** The person appeared in a list or search result. */
    IN_ZOEKRESULTAAT,
    /** Registered a new person. */
    GEREGISTREERD,
    /** Changed a field (the detail names it). */
    GEWIJZIGD,
    /** Read the dossier journal. */
    JOURNAAL_BEKEKEN,
    /** Read the deadlines or the timeline of a dossier. */
    TERMIJNEN_BEKEKEN,
    /** Read special-category data (health, I-5) of a dossier one works on. */
    BIJZONDERE_GEGEVENS_BEKEKEN,
    /** A message from DUO with personal data was received. */
    DUO_BERICHT_ONTVANGEN,
    /** Asked DUO for a person's data (raadpleging, reconciliation). */
    DUO_GEGEVENS_OPGEVRAAGD,
    /** Sent a melding with a person's data to DUO (the outcome in the detail). */
    DUO_MELDING_VERSTUURD,
    /** Exported data. */
    GEEXPORTEERD,
    /** A sign-in failed (no person concerned; the attempted account name and the client address are recorded). */
    INLOG_MISLUKT,
    /** Read a person's audit trail (the privacy officer, e.g. for an AVG inzage request; issue 21 point 7). */
    AUDITSPOOR_BEKEKEN,
    // h8 (issue 14 points 6 and 16)
    /** Assigned a dossier holding special-category data without being a team lead, with a reason (I-5, break-the-glass). */
    DOORBRAAK,
    /** Retention destroyed the dossier (the system's job; the id remains, nothing else). */
    VERNIETIGD,
    /** Retention erased the dossier's special-category data (health, I-5); the rest stays. */
    GEANONIMISEERD
}
