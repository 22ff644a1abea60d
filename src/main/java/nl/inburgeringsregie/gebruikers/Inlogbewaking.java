package nl.inburgeringsregie.gebruikers;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles password guessing (issue 14, BIO / ASVS 2.2.1): after {@code maxPerAccount} failed sign-ins of one account,
 * or {@code maxPerAdres} from one client address, within {@code venster}, further attempts are refused — even with the
 * right password — until the oldest of those failures is older than the window. The web login then shows how long to
 * wait; HTTP Basic (API, DUO in the embedded default) answers 429 with Retry-After. Counted in the database, so every
 * instance of a cluster sees the same count. Each failure is announced ({@link InlogMislukt}) for the audit log.
 */
@Component
public class Inlogbewaking {

    /** {@code inburgeringsregie.inloggen.*}: the limits. */
    @ConfigurationProperties("inburgeringsregie.inloggen")
    record Instellingen(Integer maxPerAccount, Integer maxPerAdres, Duration venster) {

        Instellingen {
            maxPerAccount = maxPerAccount == null ? 5 : maxPerAccount;
            maxPerAdres = maxPerAdres == null ? 50 : maxPerAdres;
            venster = venster == null ? Duration.ofMinutes(15) : venster;
        }
    }

    /** A sign-in failed: for the audit log (module privacy). No password, ever. */
    public record InlogMislukt(String gebruikersnaam, String adres, Instant op) {}

    private final JdbcClient jdbc;
    private final Instellingen instellingen;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inlogbewaking(JdbcClient jdbc, Instellingen instellingen, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.instellingen = instellingen;
        this.events = events;
        this.clock = clock;
    }

    /** How long sign-ins of this account or from this address are refused; empty when they are not. */
    @Transactional(readOnly = true)
    public Optional<Duration> geblokkeerd(String gebruikersnaam, String adres) {
        Instant nu = Instant.now(clock);
        Instant vanaf = nu.minus(instellingen.venster());
        Optional<Instant> account = gebruikersnaam == null
                ? Optional.empty()
                : jdbc.sql("""
                select op from mislukte_inlog where gebruikersnaam = ? and op > ? order by op desc offset ? limit 1""")
                        .params(gebruikersnaam, Timestamp.from(vanaf), instellingen.maxPerAccount() - 1)
                        .query(Timestamp.class)
                        .optional()
                        .map(Timestamp::toInstant);
        Optional<Instant> adresBlok = adres == null
                ? Optional.empty()
                : jdbc.sql("""
                select op from mislukte_inlog where adres = ? and op > ? order by op desc offset ? limit 1""")
                        .params(adres, Timestamp.from(vanaf), instellingen.maxPerAdres() - 1)
                        .query(Timestamp.class)
                        .optional()
                        .map(Timestamp::toInstant);
        // Refused until the oldest of the counted failures leaves the window.
        return Stream.of(account, adresBlok)
                .flatMap(Optional::stream)
                .map(oudste -> Duration.between(nu, oudste.plus(instellingen.venster())))
                .filter(d -> !d.isNegative() && !d.isZero())
                .max(Duration::compareTo);
    }

    @EventListener
    @Transactional
    void mislukt(AbstractAuthenticationFailureEvent event) {
        Object naam = event.getAuthentication().getPrincipal();
        String gebruikersnaam = naam == null ? "" : naam.toString();
        String adres = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        Instant nu = Instant.now(clock);
        jdbc.sql("delete from mislukte_inlog where op < ?")
                .param(Timestamp.from(nu.minus(Duration.ofDays(1))))
                .update();
        jdbc.sql("insert into mislukte_inlog (gebruikersnaam, adres, op) values (?, ?, ?)")
                .params(afgekapt(gebruikersnaam), adres, Timestamp.from(nu))
                .update();
        events.publishEvent(new InlogMislukt(afgekapt(gebruikersnaam), adres, nu));
    }

    /** A successful sign-in at the login form clears the account's failures. */
    @EventListener
    @Transactional
    void gelukt(InteractiveAuthenticationSuccessEvent event) {
        jdbc.sql("delete from mislukte_inlog where gebruikersnaam = ?")
                .param(event.getAuthentication().getName())
                .update();
    }

    private static String afgekapt(String naam) {
        return naam.length() > 100 ? naam.substring(0, 100) : naam;
    }

    /**
     * Refuses a sign-in attempt (the login form's POST, or a request with HTTP Basic credentials) while its account or
     * address is blocked; other requests pass.
     */
    static final class Filter extends OncePerRequestFilter {

        /** What the refusal looks like on this chain. */
        interface Weigering {
            void weiger(HttpServletRequest request, HttpServletResponse response, Duration wachten) throws IOException;
        }

        private final Inlogbewaking bewaking;
        private final Weigering weigering;

        Filter(Inlogbewaking bewaking, Weigering weigering) {
            this.bewaking = bewaking;
            this.weigering = weigering;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Optional<String> gebruikersnaam = poging(request);
            if (gebruikersnaam.isPresent()) {
                Optional<Duration> wachten = bewaking.geblokkeerd(gebruikersnaam.get(), request.getRemoteAddr());
                if (wachten.isPresent()) {
                    weigering.weiger(request, response, wachten.get());
                    return;
                }
            }
            chain.doFilter(request, response);
        }

        /** The account a request tries to sign in as, if it is a sign-in attempt. */
        static Optional<String> poging(HttpServletRequest request) {
            if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
                return Optional.of(
                        Optional.ofNullable(request.getParameter("username")).orElse(""));
            }
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                try {
                    String decoded = new String(
                            Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                    int dubbelepunt = decoded.indexOf(':');
                    return Optional.of(dubbelepunt < 0 ? decoded : decoded.substring(0, dubbelepunt));
                } catch (IllegalArgumentException onleesbaar) {
                    return Optional.empty(); // Spring Security refuses it as it stands
                }
            }
            return Optional.empty();
        }
    }
}
