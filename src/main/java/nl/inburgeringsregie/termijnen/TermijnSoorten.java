package nl.inburgeringsregie.termijnen;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every kind of deadline the application knows: those each {@link TermijnBron} declares, in the order of the sources
 * ({@code @Order}) and within a source in its own order (the order of a dossier's deadlines and of the team filter).
 * The one place that turns a stored or requested code into a {@link TermijnSoort}: the read model, the missed
 * deadlines (T-15), the signals, the API's and the screens' filters. A code no source declares is not a kind.
 */
@Component
public class TermijnSoorten {

    private final Map<String, TermijnSoort> perCode = new LinkedHashMap<>();
    private final List<TermijnSoort> alle;

    TermijnSoorten(List<TermijnBron> bronnen) {
        for (TermijnBron bron : bronnen) {
            for (TermijnSoort soort : bron.soorten()) {
                if (perCode.putIfAbsent(soort.code(), soort) != null) {
                    throw new IllegalStateException("Two sources contribute the deadline kind " + soort.code());
                }
            }
        }
        alle = List.copyOf(perCode.values());
    }

    /** Every kind, in order. */
    public List<TermijnSoort> alle() {
        return alle;
    }

    /** The kind of this code, if a source contributes it. */
    public Optional<TermijnSoort> van(String code) {
        return Optional.ofNullable(code == null ? null : perCode.get(code));
    }

    /** The kind of a stored code; a code no source contributes (any longer) is an error. */
    TermijnSoort bekend(String code) {
        return van(code).orElseThrow(() -> new IllegalStateException("Unknown deadline kind " + code));
    }

    /** Deadlines in the order of their kinds; a kind no source declares is an error. */
    Comparator<Termijn> volgorde() {
        return Comparator.comparingInt(t -> plaats(t.soort()));
    }

    private int plaats(TermijnSoort soort) {
        int plaats = alle.indexOf(soort);
        if (plaats < 0) {
            throw new IllegalStateException("A source returned the undeclared deadline kind " + soort.code());
        }
        return plaats;
    }
}
