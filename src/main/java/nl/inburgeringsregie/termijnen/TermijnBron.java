package nl.inburgeringsregie.termijnen;

import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;

/**
 * What a module that owns facts implements to contribute its deadlines: from a dossier's facts (and its own,
 * looked up by the dossier's id), the deadlines it knows of, one per kind. A pure derivation: no storage, no
 * "today". The termijnen module collects every bean of this type.
 */
public interface TermijnBron {

    List<Termijn> termijnen(Dossierfeiten dossier);

    /**
     * The same, with the deadlines of this dossier that were recorded as missed (T-15), by kind: a source that knows
     * the acts behind its deadlines keeps a missed deadline missed. By default the records are not used.
     */
    default List<Termijn> termijnen(Dossierfeiten dossier, Map<TermijnSoort, Gemist> gemist) {
        return termijnen(dossier);
    }
}
