package nl.inburgeringsregie.gebruikers;

import java.io.Serial;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A member of staff signed in through the identity provider (OpenID Connect, issue 14 point 11): the ID token and user
 * info as Spring Security keeps them, and the {@link Gebruiker} the claims map to ({@link ClaimToewijzing}). Its
 * authorities are the rights of the roles, as for a local account. Serializable, so it may live in a session store.
 */
final class IdpGebruiker extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Gebruiker gebruiker;

    IdpGebruiker(Gebruiker gebruiker, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(GebruikerAccount.autoriteiten(gebruiker), idToken, userInfo);
        this.gebruiker = gebruiker;
    }

    /** Public: pages read it as {@code #authentication.principal.gebruiker}, as for a local account. */
    public Gebruiker gebruiker() {
        return gebruiker;
    }

    /** The user name here (the configured claim), not the identity provider's subject. */
    @Override
    public String getName() {
        return gebruiker.gebruikersnaam();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdpGebruiker that && super.equals(that) && gebruiker.equals(that.gebruiker);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + gebruiker.hashCode();
    }
}
