package nl.inburgeringsregie.termijnen;

import java.util.List;
import nl.inburgeringsregie.inburgeraar.InburgeraarGeregistreerd;
import nl.inburgeringsregie.inburgeraar.InburgeraarGewijzigd;
import nl.inburgeringsregie.inburgeraar.InburgeraarsGeladen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model in step with the facts: synchronously, in the transaction that changed them, so a
 * worklist never shows a deadline the dossier no longer has. The dossier's own changes come from {@code inburgeraar};
 * a module whose own facts behind its deadlines change publishes {@link TermijnfeitenGewijzigd}.
 */
@Component
class TermijnenBijwerken {

    private final Termijnen termijnen;

    TermijnenBijwerken(Termijnen termijnen) {
        this.termijnen = termijnen;
    }

    @EventListener
    void bij(InburgeraarGeregistreerd event) {
        termijnen.werkBij(List.of(event.inburgeraarId()));
    }

    @EventListener
    void bij(InburgeraarGewijzigd event) {
        termijnen.werkBij(List.of(event.inburgeraarId()));
    }

    @EventListener
    void bij(InburgeraarsGeladen event) {
        termijnen.werkBij(event.ids());
    }

    @EventListener
    void bij(TermijnfeitenGewijzigd event) {
        termijnen.werkBij(event.ids());
    }
}
