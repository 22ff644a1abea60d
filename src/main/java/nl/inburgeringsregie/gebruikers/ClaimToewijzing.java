package nl.inburgeringsregie.gebruikers;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Who a user of an identity provider is here (issue 14 points 11 and 12): the one mapping from the claims of an OpenID
 * Connect ID token or user info (staff signing in to the web UI) or of a JWT access token (API clients) to a
 * {@link Gebruiker} — user name, name, roles and gemeenten — by configuration ({@code inburgeringsregie.oidc.*},
 * README "Production: sign-in with OpenID Connect and API tokens").
 *
 * <p>Roles: every value of the configured role claims (a JSON array, or a string of values separated by spaces or
 * commas, such as the {@code scope} claim) that the {@code rollen} map names, or that is itself the name of a role
 * (CONSULENT, ...). Gemeenten: every value of the gemeente claims that the {@code gemeenten} map names, or that is
 * itself a four-digit gemeente code. Anything else is ignored; the machine role DUO never comes from a claim (DUO signs
 * in with its certificate). Claim names may be paths into nested claims with dots, e.g. Keycloak's
 * {@code realm_access.roles}.
 *
 * <p>The identity provider is the source of truth: on every sign-in (and for API clients on the first request and on
 * every change) the user's row in {@code app_user} is written with the roles and gemeenten of the claims, so that the
 * rest of the application (the consultants of a gemeente, assigning a dossier) sees them like any account. That row
 * has a random password nobody knows; the beheerder's deactivation ({@code active = false}) is kept and refuses the
 * sign-in.
 */
@Component
class ClaimToewijzing {

    /** {@code inburgeringsregie.oidc.*}: which claims say who someone is, and what their values mean here. */
    @ConfigurationProperties("inburgeringsregie.oidc")
    record Instellingen(
            String gebruikersnaamClaim,
            String naamClaim,
            List<String> rollenClaims,
            List<String> gemeentenClaims,
            Map<String, Rol> rollen,
            Map<String, String> gemeenten) {

        Instellingen {
            gebruikersnaamClaim = gebruikersnaamClaim == null || gebruikersnaamClaim.isBlank()
                    ? "preferred_username"
                    : gebruikersnaamClaim;
            naamClaim = naamClaim == null || naamClaim.isBlank() ? "name" : naamClaim;
            rollenClaims =
                    rollenClaims == null || rollenClaims.isEmpty() ? List.of("rollen") : List.copyOf(rollenClaims);
            gemeentenClaims = gemeentenClaims == null || gemeentenClaims.isEmpty()
                    ? List.of("gemeenten")
                    : List.copyOf(gemeentenClaims);
            rollen = rollen == null ? Map.of() : Map.copyOf(rollen);
            gemeenten = gemeenten == null ? Map.of() : Map.copyOf(gemeenten);
        }
    }

    /** Why the claims give no access here. */
    enum Weigering {
        /** Neither the configured user name claim nor {@code sub}. */
        GEEN_GEBRUIKERSNAAM,
        /** No claim value that maps to a role of this application. */
        GEEN_ROL,
        /** No claim value that maps to a gemeente. */
        GEEN_GEMEENTE,
        /** The beheerder deactivated this user here, or the name is that of a machine account. */
        GEBLOKKEERD
    }

    /** A refusal as an exception, for the sign-in (403 page) and for API tokens (403 problem). */
    static final class GeenToegang extends RuntimeException {

        private final Weigering weigering;

        GeenToegang(Weigering weigering) {
            super("No access from the identity provider's claims: " + weigering);
            this.weigering = weigering;
        }

        Weigering weigering() {
            return weigering;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ClaimToewijzing.class);
    private static final Pattern GEMEENTECODE = Pattern.compile("\\d{4}");
    /** A user name is at most this long (the audit log and journal keep it). */
    private static final int MAX_GEBRUIKERSNAAM = 100;

    private static final int MAX_NAAM = 200;
    /** Users already written as they are: no database read or write per API request. Bounded, and briefly. */
    private static final int MAX_BEKEND = 10_000;

    private static final long BEKEND_NANOS = TimeUnit.SECONDS.toNanos(60);

    private record Bekend(Gebruiker gebruiker, long sinds) {}

    private final Instellingen instellingen;
    private final GebruikerRepository repository;
    private final PasswordEncoder wachtwoorden;
    private final Map<String, Bekend> bekend = new ConcurrentHashMap<>();

    ClaimToewijzing(Instellingen instellingen, GebruikerRepository repository, PasswordEncoder wachtwoorden) {
        this.instellingen = instellingen;
        this.repository = repository;
        this.wachtwoorden = wachtwoorden;
    }

    /**
     * The user the claims describe, as the identity provider says (not yet written here).
     *
     * @throws GeenToegang when the claims name no user, no role, or no gemeente for a role of the gemeente
     */
    Gebruiker gebruiker(Map<String, Object> claims) {
        String gebruikersnaam = tekst(claims, instellingen.gebruikersnaamClaim())
                .or(() -> tekst(claims, "sub"))
                .map(ClaimToewijzing::veilig)
                .filter(naam -> !naam.isBlank() && naam.length() <= MAX_GEBRUIKERSNAAM)
                .orElseThrow(() -> new GeenToegang(Weigering.GEEN_GEBRUIKERSNAAM));
        String naam = tekst(claims, instellingen.naamClaim())
                .map(ClaimToewijzing::veilig)
                .filter(n -> !n.isBlank())
                .map(n -> n.length() > MAX_NAAM ? n.substring(0, MAX_NAAM) : n)
                .orElse(gebruikersnaam);
        EnumSet<Rol> rollen = EnumSet.noneOf(Rol.class);
        for (String waarde : waarden(claims, instellingen.rollenClaims())) {
            rol(waarde).filter(rol -> !rol.machine()).ifPresent(rollen::add);
        }
        if (rollen.isEmpty()) {
            throw new GeenToegang(Weigering.GEEN_ROL);
        }
        Set<String> gemeenten = new LinkedHashSet<>();
        for (String waarde : waarden(claims, instellingen.gemeentenClaims())) {
            String code = instellingen.gemeenten().getOrDefault(waarde, waarde);
            if (GEMEENTECODE.matcher(code).matches()) {
                gemeenten.add(code);
            }
        }
        // A provider's or partner organisation's user works for no gemeente (ADR 0031, 0036): only roles of the
        // gemeente need one.
        if (gemeenten.isEmpty() && !rollen.stream().allMatch(Rol::buitenGemeente)) {
            throw new GeenToegang(Weigering.GEEN_GEMEENTE);
        }
        return new Gebruiker(gebruikersnaam, naam, rollen, List.copyOf(gemeenten), true);
    }

    /**
     * Writes the user of the identity provider to {@code app_user} (roles, gemeenten and name as the claims say) and
     * returns them as stored. Refuses a user the beheerder deactivated here, and a name that belongs to a machine
     * account (an identity provider's user called "duo" never becomes DUO, nor changes DUO's account).
     *
     * @param perVerzoek true for an API request (a bearer token on every request): a recent check may be reused
     */
    Gebruiker vastleggen(Gebruiker vanIdp, boolean perVerzoek) {
        // Per API request, the same claims within a minute of the last check are not checked again: a deactivation here
        // takes effect within that minute on every instance. A sign-in always checks.
        Bekend eerder = perVerzoek ? bekend.get(vanIdp.gebruikersnaam()) : null;
        if (eerder != null && eerder.gebruiker().equals(vanIdp) && System.nanoTime() - eerder.sinds() < BEKEND_NANOS) {
            return eerder.gebruiker();
        }
        Optional<GebruikerAccount> bestaand = repository.vind(vanIdp.gebruikersnaam());
        if (bestaand.isPresent()) {
            Gebruiker hier = bestaand.get().gebruiker();
            if (!hier.actief() || hier.rollen().stream().anyMatch(Rol::machine)) {
                bekend.remove(vanIdp.gebruikersnaam());
                throw new GeenToegang(Weigering.GEBLOKKEERD);
            }
            if (!hier.equals(vanIdp)) {
                repository.bewaar(vanIdp, bestaand.get().wachtwoordHash());
            }
        } else {
            repository.bewaar(vanIdp, onbekendWachtwoord());
            log.info("Account created on first sign-in through the identity provider");
        }
        if (bekend.size() >= MAX_BEKEND) {
            bekend.clear();
        }
        bekend.put(vanIdp.gebruikersnaam(), new Bekend(vanIdp, System.nanoTime()));
        return vanIdp;
    }

    private Optional<Rol> rol(String waarde) {
        Rol gekoppeld = instellingen.rollen().get(waarde);
        if (gekoppeld != null) {
            return Optional.of(gekoppeld);
        }
        for (Rol rol : Rol.values()) {
            if (rol.name().equals(waarde)) {
                return Optional.of(rol);
            }
        }
        return Optional.empty();
    }

    /** All values of the named claims: arrays as their elements, strings split on spaces and commas. */
    static List<String> waarden(Map<String, Object> claims, List<String> namen) {
        List<String> waarden = new ArrayList<>();
        for (String naam : namen) {
            Object waarde = claim(claims, naam);
            if (waarde instanceof Collection<?> lijst) {
                lijst.stream()
                        .filter(Objects::nonNull)
                        .map(String::valueOf)
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .forEach(waarden::add);
            } else if (waarde instanceof String tekst) {
                for (String deel : tekst.split("[\\s,]+")) {
                    if (!deel.isEmpty()) {
                        waarden.add(deel);
                    }
                }
            }
        }
        return waarden;
    }

    private static Optional<String> tekst(Map<String, Object> claims, String naam) {
        Object waarde = claim(claims, naam);
        return waarde instanceof String tekst ? Optional.of(tekst.trim()) : Optional.empty();
    }

    /** A claim by name, or by a path of names separated by dots into nested JSON objects. */
    static Object claim(Map<String, Object> claims, String naam) {
        if (claims.containsKey(naam)) {
            return claims.get(naam);
        }
        Object huidig = claims;
        for (String deel : naam.split("\\.")) {
            if (!(huidig instanceof Map<?, ?> map)) {
                return null;
            }
            huidig = map.get(deel);
        }
        return huidig;
    }

    /** No control characters or lone surrogates from outside into names (they end up in pages and logs). */
    private static String veilig(String tekst) {
        StringBuilder schoon = new StringBuilder(tekst.length());
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (Character.isISOControl(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < tekst.length()
                    && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                schoon.append(c).append(tekst.charAt(++i));
            } else if (!Character.isSurrogate(c)) {
                schoon.append(c);
            }
        }
        return schoon.toString().trim();
    }

    private String onbekendWachtwoord() {
        byte[] geheim = new byte[32];
        new SecureRandom().nextBytes(geheim);
        return wachtwoorden.encode(Base64.getEncoder().encodeToString(geheim));
    }
}
