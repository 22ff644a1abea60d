package nl.inburgeringsregie.gebruikers;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * How people sign in to this installation (issue 14 point 11): with local accounts (user name and password, the
 * embedded default), through the identity provider (OpenID Connect), or both.
 *
 * <ul>
 *   <li>OpenID Connect is on as soon as a client registration is configured
 *       ({@code spring.security.oauth2.client.registration.<id>.*}).</li>
 *   <li>Local accounts — the login form, and HTTP Basic on the API — are on by default only in the embedded default
 *       (embedded database) without OpenID Connect; {@code inburgeringsregie.inloggen.lokale-accounts} overrides that
 *       (true: on, as in the embedded demo with a test provider or an installation that chooses local accounts
 *       knowingly; false: never). Production configures OpenID Connect, so local accounts are off there.</li>
 *   <li>An external database without OpenID Connect and without that setting refuses to start: signing in there
 *       with local accounts must be a choice, never a fall-back.</li>
 * </ul>
 */
@Component
public class Aanmelding {

    /** An identity provider on the login page: its registration id (the path to start its login) and its name. */
    public record Idp(String id, String naam) {}

    private static final Logger log = LoggerFactory.getLogger(Aanmelding.class);

    private final List<Idp> idps;
    private final boolean lokaleAccounts;

    Aanmelding(
            ObjectProvider<ClientRegistrationRepository> registraties,
            @Value("${inburgeringsregie.inloggen.lokale-accounts:#{null}}") Boolean lokaleAccounts,
            @Value("${inburgeringsregie.embedded-database.active:false}") boolean ingebed) {
        List<Idp> gevonden = new ArrayList<>();
        ClientRegistrationRepository repository = registraties.getIfAvailable();
        if (repository instanceof Iterable<?> alle) {
            for (Object registratie : alle) {
                if (registratie instanceof ClientRegistration r && r.getScopes().contains("openid")) {
                    gevonden.add(new Idp(r.getRegistrationId(), r.getClientName()));
                }
            }
        }
        this.idps = List.copyOf(gevonden);
        if (lokaleAccounts == null && idps.isEmpty() && !ingebed) {
            throw new IllegalStateException("No sign-in configured for an external database: configure an OpenID "
                    + "Connect client (spring.security.oauth2.client.registration.*, with scope openid), or set "
                    + "inburgeringsregie.inloggen.lokale-accounts=true to sign in with local accounts knowingly "
                    + "(README, Production)");
        }
        this.lokaleAccounts = lokaleAccounts != null ? lokaleAccounts : idps.isEmpty() && ingebed;
        if (idps.isEmpty() && !this.lokaleAccounts) {
            throw new IllegalStateException(
                    "Nobody can sign in: inburgeringsregie.inloggen.lokale-accounts is false and "
                            + "no OpenID Connect client is configured (spring.security.oauth2.client.registration.*, with scope openid)");
        }
        if (this.lokaleAccounts && !ingebed) {
            log.warn("Local accounts are on outside the embedded default; production signs in through OpenID Connect "
                    + "(README, Production)");
        }
    }

    /** Whether local accounts sign in (login form, HTTP Basic on the API). */
    public boolean lokaleAccounts() {
        return lokaleAccounts;
    }

    /** Whether staff sign in through an identity provider; then roles and gemeenten come from its claims. */
    public boolean viaIdentityProvider() {
        return !idps.isEmpty();
    }

    /** The configured identity providers (OpenID Connect client registrations with scope openid). */
    public List<Idp> idps() {
        return idps;
    }
}
