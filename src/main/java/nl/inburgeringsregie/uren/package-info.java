/**
 * The hours ledger (issue 15, ADR 0031): every hour a person spent on the inburgering, once, with its kind and its
 * source. The ledger stores nothing itself: modules that own hours contribute them as {@link
 * nl.inburgeringsregie.uren.UrenBron} beans (the provider's attendance, module aanbieders; the hours during the brede
 * intake, module intake), so an hour has exactly one home and is never copied. A source that changes a person's hours
 * publishes {@link nl.inburgeringsregie.uren.UrenGewijzigd}; the DUO module sends the new totals (ADR 0034). It depends only on gebruikers, inburgeraar, privacy and infrastructure; the modules that
 * read it (pip for afschalen, T-7; aanbieders for the dossier's totals) or feed it depend on it, never the other way.
 */
@ApplicationModule(displayName = "Uren")
package nl.inburgeringsregie.uren;

import org.springframework.modulith.ApplicationModule;
