package nl.inburgeringsregie.gebruikers;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An API client signed in with an OAuth2 bearer token (a JWT the identity provider signed, issue 14 point 12). Its
 * principal is a {@link GebruikerAccount} as for HTTP Basic, made from the token's claims by the same
 * {@link ClaimToewijzing} as the web sign-in, so the rest of the application (rights, gemeenten, row-level security,
 * audit log) sees no difference. A valid token whose claims give no role or no gemeente is authenticated without any
 * right and with the reason ({@link #weigering()}): the API chain answers it with 403, not 401.
 */
final class TokenAuthenticatie extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Object principal;
    private final Jwt token;
    private final ClaimToewijzing.Weigering weigering;

    private TokenAuthenticatie(
            Object principal,
            Jwt token,
            ClaimToewijzing.Weigering weigering,
            Collection<? extends GrantedAuthority> rechten) {
        super(rechten);
        this.principal = principal;
        this.token = token;
        this.weigering = weigering;
        setAuthenticated(true);
    }

    /** The token's claims as a user here, or a token without rights and with the reason. */
    static Converter<Jwt, TokenAuthenticatie> converter(ClaimToewijzing toewijzing) {
        return jwt -> {
            try {
                GebruikerAccount account =
                        new GebruikerAccount(toewijzing.vastleggen(toewijzing.gebruiker(jwt.getClaims()), true), null);
                return new TokenAuthenticatie(account, jwt, null, account.getAuthorities());
            } catch (ClaimToewijzing.GeenToegang geen) {
                return new TokenAuthenticatie(
                        jwt.getSubject() == null ? "" : jwt.getSubject(), jwt, geen.weigering(), List.of());
            }
        };
    }

    /** Why the token gives no access here; null when it does. */
    ClaimToewijzing.Weigering weigering() {
        return weigering;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return principal instanceof GebruikerAccount account ? account.getUsername() : String.valueOf(principal);
    }
}
