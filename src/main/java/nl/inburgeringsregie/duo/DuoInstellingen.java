package nl.inburgeringsregie.duo;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inburgeringsregie.duo.*}: DUO's OIN, where DUO's APIs are ({@code base-url}, the root under which the
 * spec's paths hang), each gemeente's OIN — the {@code doel} of a notification names the gemeente — and how long to
 * wait for DUO ({@code timeout}, to connect and for an answer; a melding that times out is tried again later).
 */
@ConfigurationProperties("inburgeringsregie.duo")
public record DuoInstellingen(
        @DefaultValue("00000001003214345000") String oin,
        String baseUrl,
        Map<String, String> gemeenten,
        @DefaultValue("10s") Duration timeout) {

    public DuoInstellingen {
        gemeenten = gemeenten == null ? Map.of() : Map.copyOf(gemeenten);
    }

    /** The gemeentecode whose OIN this is. */
    public Optional<String> gemeenteVan(String oin) {
        return gemeenten.entrySet().stream()
                .filter(e -> e.getValue().equals(oin))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
