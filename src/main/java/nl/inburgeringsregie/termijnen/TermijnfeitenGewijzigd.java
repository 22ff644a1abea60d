package nl.inburgeringsregie.termijnen;

import java.util.List;
import java.util.UUID;

/**
 * Published by a module whose own facts behind its deadlines ({@link TermijnBron}) changed: the read model of these
 * dossiers is rewritten synchronously, in the publisher's transaction ({@link TermijnenBijwerken}). Ids only, never a
 * BSN or a name. A change of the dossier itself needs none: {@code inburgeraar}'s own events do the same.
 */
public record TermijnfeitenGewijzigd(List<UUID> ids) {

    public TermijnfeitenGewijzigd {
        ids = List.copyOf(ids);
    }
}
