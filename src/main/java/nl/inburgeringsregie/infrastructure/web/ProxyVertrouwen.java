package nl.inburgeringsregie.infrastructure.web;

import java.util.Locale;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/**
 * Forwarded headers are trusted only from a named proxy (issue 14 point 10). {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} decide the client address (which the failed-login throttle counts and the audit log
 * records) and the scheme; whoever may set them can pose as any address. The start refuses:
 * <ul>
 *   <li>{@code server.forward-headers-strategy=native} without a non-empty
 *       {@code server.tomcat.remoteip.internal-proxies}: Tomcat's default trusts every private address range (10/8,
 *       172.16/12, 192.168/16, ...), so any machine in the data centre could forge them; an empty value trusts
 *       everyone;</li>
 *   <li>{@code server.forward-headers-strategy=framework}: Spring's ForwardedHeaderFilter takes the headers from any
 *       sender, whatever proxy is named.</li>
 * </ul>
 * The default ({@code none}, application.yml) ignores the headers altogether.
 */
@Component
class ProxyVertrouwen {

    static final String STRATEGIE = "server.forward-headers-strategy";
    static final String PROXIES = "server.tomcat.remoteip.internal-proxies";

    ProxyVertrouwen(ConfigurableEnvironment environment) {
        controleer(environment);
    }

    static void controleer(ConfigurableEnvironment environment) {
        Binder binder = Binder.get(environment);
        String strategie = binder.bind(STRATEGIE, String.class)
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .orElse("none");
        if (strategie.equals("framework")) {
            throw new IllegalStateException(STRATEGIE + "=framework trusts X-Forwarded-* headers from any sender: use "
                    + STRATEGIE + "=native with " + PROXIES + "=<a regex of your proxy's own address> "
                    + "(README, Production)");
        }
        if (strategie.equals("native")
                && binder.bind(PROXIES, String.class).map(String::isBlank).orElse(true)) {
            throw new IllegalStateException(STRATEGIE + "=native needs " + PROXIES + "=<a regex of your proxy's own "
                    + "address>: without it Tomcat trusts X-Forwarded-* headers from every private address, with an "
                    + "empty value from everyone (README, Production)");
        }
    }
}
