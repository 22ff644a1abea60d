/**
 * Privacy: the append-only audit log of every read and write of personal data (who, which person, what,
 * why, when, from where), and the privacy officer's view of it; the data subject's requests for inzage and correction
 * (AVG art. 15, 16), retention with legal holds and a record of destruction, break-the-glass assignments (I-5), and the
 * processing register (AVG art. 30). Modules that store personal data take part through
 * {@link nl.inburgeringsregie.privacy.Persoonsgegevens}, so this module depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package nl.inburgeringsregie.privacy;
