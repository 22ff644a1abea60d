package nl.inburgeringsregie.termijnen;

import java.util.List;

import nl.inburgeringsregie.inburgeraar.Dossierfeiten;

/**
 * What a module that owns facts implements to contribute its deadlines: from a dossier's facts (and its own,
 * looked up by the dossier's id), the deadlines it knows of, one per kind. A pure derivation: no storage, no
 * "today". The termijnen module collects every bean of this type.
 */
public interface TermijnBron {

    List<Termijn> termijnen(Dossierfeiten dossier);
}
