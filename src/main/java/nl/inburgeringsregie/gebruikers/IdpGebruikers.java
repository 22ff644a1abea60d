package nl.inburgeringsregie.gebruikers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Signs in a member of staff whom the identity provider authenticated (OpenID Connect authorization code with PKCE,
 * issue 14 point 11): Spring Security's {@link OidcUserService} reads the ID token and the user info; the claims become
 * a {@link Gebruiker} by {@link ClaimToewijzing}, which is written to {@code app_user}. Claims without a role or a
 * gemeente, or a user deactivated here, refuse the sign-in with an error whose code starts with {@value #WEIGERING}
 * (the login's failure handler shows the 403 page that says why).
 */
final class IdpGebruikers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** Prefix of the OAuth2 error code of a refusal by claims; the rest is a {@link ClaimToewijzing.Weigering}. */
    static final String WEIGERING = "inburgeringsregie_";

    private static final Logger log = LoggerFactory.getLogger(IdpGebruikers.class);

    private final OidcUserService oidc = new OidcUserService();
    private final ClaimToewijzing toewijzing;

    IdpGebruikers(ClaimToewijzing toewijzing) {
        this.toewijzing = toewijzing;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser oidcUser = oidc.loadUser(request);
        try {
            Gebruiker gebruiker = toewijzing.vastleggen(toewijzing.gebruiker(oidcUser.getClaims()), false);
            return new IdpGebruiker(gebruiker, oidcUser.getIdToken(), oidcUser.getUserInfo());
        } catch (ClaimToewijzing.GeenToegang geen) {
            // No names in the log: the identity provider's own log says who it was.
            log.info("Sign-in through the identity provider refused: {}", geen.weigering());
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(WEIGERING + geen.weigering().name()), geen.getMessage());
        }
    }
}
