package nl.inburgeringsregie.termijnen;

import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;

/**
 * The extension point of deadlines: what a module that owns facts implements, as a bean, to contribute its kinds of
 * deadline. It declares its kinds ({@link #soorten()}, collected by {@link TermijnSoorten}; their texts are
 * {@code termijn.soort.<code>} and {@code actie.<code>}) and derives, from a dossier's facts (and its own, looked up by
 * the dossier's id), the deadlines of those kinds, one per kind, each with its rule id and a Dutch explanation. A
 * pure derivation: no storage, no "today". A module whose own facts change publishes {@link TermijnfeitenGewijzigd},
 * so that the read model is rewritten in its transaction. The order of sources ({@code @Order}) is the order of the
 * kinds. The rules every route deadline follows (the start moment T-1, PL-4, PL-5, PL-6, T-15) are
 * {@link InburgeringTermijnen}'s to reuse.
 */
public interface TermijnBron {

    /** The kinds this source contributes; every deadline it returns is of one of them. */
    List<TermijnSoort> soorten();

    List<Termijn> termijnen(Dossierfeiten dossier);

    /**
     * The same, with the deadlines of this dossier that were recorded as missed (T-15), by kind: a source that knows
     * the acts behind its deadlines keeps a missed deadline missed. By default the records are not used.
     */
    default List<Termijn> termijnen(Dossierfeiten dossier, Map<TermijnSoort, Gemist> gemist) {
        return termijnen(dossier);
    }
}
