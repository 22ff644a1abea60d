package nl.inburgeringsregie.termijnen;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * A request parameter {@code soort} (API and screens) through the registry: an empty value is no filter, a code no
 * source contributes is refused like any unparsable parameter (400 naming the parameter).
 */
@Component
class TermijnSoortConverter implements Converter<String, TermijnSoort> {

    private final TermijnSoorten soorten;

    TermijnSoortConverter(TermijnSoorten soorten) {
        this.soorten = soorten;
    }

    @Override
    public TermijnSoort convert(String code) {
        if (code.isBlank()) {
            return null;
        }
        return soorten.van(code.strip()).orElseThrow(() -> new IllegalArgumentException("Unknown deadline kind"));
    }
}
