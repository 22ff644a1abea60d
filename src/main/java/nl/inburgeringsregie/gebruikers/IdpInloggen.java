package nl.inburgeringsregie.gebruikers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * The identity provider's part of the security chains (h6, issue 14 points 11 and 12), kept out of {@link SecurityConfig}
 * so that it only calls in here: the OpenID Connect login of the web UI (authorization code with PKCE) and the OAuth2
 * bearer tokens (JWT) of the API, both mapping claims to users with {@link ClaimToewijzing}.
 */
@Component
class IdpInloggen {

    /** The page that says why the identity provider's user has no access here (403). */
    static final String GEEN_TOEGANG = "/login/geen-toegang";

    private final Aanmelding aanmelding;
    private final ClaimToewijzing toewijzing;
    private final ObjectProvider<ClientRegistrationRepository> registraties;
    private final ObjectProvider<JwtDecoder> tokens;

    IdpInloggen(
            Aanmelding aanmelding,
            ClaimToewijzing toewijzing,
            ObjectProvider<ClientRegistrationRepository> registraties,
            ObjectProvider<JwtDecoder> tokens) {
        this.aanmelding = aanmelding;
        this.toewijzing = toewijzing;
        this.registraties = registraties;
        this.tokens = tokens;
    }

    Aanmelding aanmelding() {
        return aanmelding;
    }

    /** The web UI's sign-in providers: local accounts where they are on, the identity provider where configured. */
    ProviderManager providers(AuthenticationProvider lokaleAccounts) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        if (aanmelding.lokaleAccounts()) {
            providers.add(lokaleAccounts);
        }
        if (aanmelding.viaIdentityProvider()) {
            providers.add(new OidcAuthorizationCodeAuthenticationProvider(
                    new RestClientAuthorizationCodeTokenResponseClient(), new IdpGebruikers(toewijzing)));
        }
        return new ProviderManager(providers);
    }

    /**
     * The OpenID Connect login on the web chain, when configured: {@code /oauth2/authorization/<id>} sends the browser to
     * the identity provider, always with PKCE (S256), even for a confidential client; {@code /login/oauth2/code/<id>}
     * takes the code back. A refusal by claims goes to {@value #GEEN_TOEGANG}, any other failure back to the login
     * page. Logging out also ends the session at the identity provider (RP-initiated logout) when it offers that.
     */
    void web(HttpSecurity http, AuthenticationSuccessHandler naLogin) throws Exception {
        if (!aanmelding.viaIdentityProvider()) {
            return;
        }
        ClientRegistrationRepository repository = registraties.getObject();
        DefaultOAuth2AuthorizationRequestResolver metPkce = new DefaultOAuth2AuthorizationRequestResolver(
                repository, DefaultOAuth2AuthorizationRequestResolver.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        metPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        AuthenticationFailureHandler mislukt = (request, response, e) -> {
            String code = e instanceof OAuth2AuthenticationException oauth2
                    ? oauth2.getError().getErrorCode()
                    : "";
            if (code.startsWith(IdpGebruikers.WEIGERING)) {
                response.sendRedirect(request.getContextPath() + GEEN_TOEGANG + "?reden="
                        + code.substring(IdpGebruikers.WEIGERING.length()));
            } else {
                response.sendRedirect(request.getContextPath() + "/login?idpfout");
            }
        };
        OidcClientInitiatedLogoutSuccessHandler uitloggen = new OidcClientInitiatedLogoutSuccessHandler(repository);
        uitloggen.setPostLogoutRedirectUri("{baseUrl}/login?uitgelogd");
        uitloggen.setDefaultTargetUrl("/login?uitgelogd");
        http.oauth2Login(login -> login.loginPage("/login")
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(metPkce))
                        .successHandler(naLogin)
                        .failureHandler(mislukt))
                .logout(logout -> logout.logoutSuccessHandler(uitloggen));
    }

    /**
     * OAuth2 bearer tokens (JWT) on the API chain, when a decoder is configured
     * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}, with {@code audiences}).
     * An invalid token (signature, issuer, audience, expiry) answers 401 through {@code nietIngelogd}; an identity
     * provider that cannot be reached 503 there too (never 500).
     */
    void api(HttpSecurity http, AuthenticationEntryPoint nietIngelogd) throws Exception {
        JwtDecoder decoder = tokens.getIfAvailable();
        if (decoder == null) {
            return;
        }
        JwtDecoder bereikbaar = token -> {
            try {
                return decoder.decode(token);
            } catch (JwtDecoderInitializationException onbereikbaar) {
                throw new JwtException("The identity provider's configuration could not be read", onbereikbaar);
            }
        };
        // A JwtAuthenticationProvider of its own, without the event publisher: a refused token is no failed password
        // (Inlogbewaking would count its text as a user name).
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(bereikbaar);
        provider.setJwtAuthenticationConverter(TokenAuthenticatie.converter(toewijzing));
        http.oauth2ResourceServer(server -> server.authenticationEntryPoint(nietIngelogd)
                .jwt(jwt -> jwt.authenticationManager(new ProviderManager(provider)))
                .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                    @Override
                    public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                        AuthenticationEntryPointFailureHandler naarIngang =
                                new AuthenticationEntryPointFailureHandler(nietIngelogd);
                        naarIngang.setRethrowAuthenticationServiceException(false);
                        filter.setAuthenticationFailureHandler(naarIngang);
                        return filter;
                    }
                }));
    }

    /**
     * The API's rule: signed in, and — for a bearer token — with a role and a gemeente from its claims. A valid token
     * without them is refused with 403 ({@link #waarom(Authentication)} says why), not treated as anonymous.
     */
    static AuthorizationManager<RequestAuthorizationContext> metToegang() {
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
            Authentication wie = authentication.get();
            boolean ingelogd = wie != null && wie.isAuthenticated() && !(wie instanceof AnonymousAuthenticationToken);
            return (AuthorizationResult) new AuthorizationDecision(
                    ingelogd && !(wie instanceof TokenAuthenticatie token && token.weigering() != null));
        };
    }

    /**
     * Why a signed-in API client is refused, when its token's claims are the reason: the message key
     * {@code aanmelding.api.weigering.<Weigering>}; else null.
     */
    static String waarom(Authentication authentication) {
        if (authentication instanceof TokenAuthenticatie token && token.weigering() != null) {
            return "aanmelding.api.weigering." + token.weigering().name();
        }
        return null;
    }

    /** Whether an authentication failure is the identity provider being unreachable (503) rather than a bad token. */
    static boolean idpOnbereikbaar(AuthenticationException e) {
        return e instanceof AuthenticationServiceException;
    }
}
