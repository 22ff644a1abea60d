/**
 * Privacy: the append-only audit log of every read and write of personal data (who, which person, what,
 * why, when, from where), and the privacy officer's view of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package nl.inburgeringsregie.privacy;
