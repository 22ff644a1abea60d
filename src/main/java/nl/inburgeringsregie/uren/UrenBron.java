package nl.inburgeringsregie.uren;

import java.util.List;
import java.util.UUID;

/**
 * The extension point of the hours ledger: a module that owns hours (the provider's attendance in aanbieders)
 * implements it as a bean and answers a person's hours from its own records, so an hour is recorded once, where it
 * arises. Called inside the caller's transaction and access decision; it checks no rights itself.
 */
public interface UrenBron {

    List<Urenpost> uren(UUID inburgeraarId);
}
