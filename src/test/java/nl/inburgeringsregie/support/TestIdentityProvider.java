package nl.inburgeringsregie.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * A real OpenID Connect provider and OAuth2 authorization server for tests (issue 14 points 11 and 12): Spring
 * Authorization Server on its own embedded Tomcat and random port, at {@code http://127.0.0.1:<port>} (another host
 * name than the application's {@code localhost}, so the two keep their session cookies apart). It knows
 *
 * <ul>
 *   <li>the web client {@value #WEB_CLIENT} (authorization code, PKCE required, no consent screen), whose redirect URI
 *       the test sets once the application's port is known ({@link #staToe(String)});</li>
 *   <li>people who sign in at its login form (password {@value #WACHTWOORD}), each with claims of their own in the ID
 *       token ({@link #persoon});</li>
 *   <li>API clients (client credentials, secret {@value #WACHTWOORD}), each with claims of its own in its access token
 *       ({@link #apiClient}); their tokens are for the audience {@value #AUDIENCE} unless a client says otherwise.</li>
 * </ul>
 *
 * It also signs tokens of the test's own making with its key ({@link #teken}), for the expired and wrong-issuer cases.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String WEB_CLIENT = "inburgeringsregie-web";
    public static final String WACHTWOORD = "geheim";
    public static final String AUDIENCE = "inburgeringsregie-api";

    private final AnnotationConfigServletWebServerApplicationContext context;
    private final Clients clients;
    private final Map<String, Map<String, Object>> claimsPerPersoon;
    private final Map<String, Map<String, Object>> claimsPerClient;
    private final JWKSource<SecurityContext> sleutels;
    private final InMemoryUserDetailsManager personen;

    private TestIdentityProvider(AnnotationConfigServletWebServerApplicationContext context) {
        this.context = context;
        this.clients = context.getBean(Clients.class);
        this.claimsPerPersoon = context.getBean(Config.class).claimsPerPersoon;
        this.claimsPerClient = context.getBean(Config.class).claimsPerClient;
        this.sleutels = context.getBean(Config.class).sleutels;
        this.personen = context.getBean(InMemoryUserDetailsManager.class);
    }

    /** Starts the provider on a free port. */
    public static TestIdentityProvider start() {
        AnnotationConfigServletWebServerApplicationContext context =
                new AnnotationConfigServletWebServerApplicationContext();
        context.register(Config.class);
        context.refresh();
        return new TestIdentityProvider(context);
    }

    /** The issuer, e.g. {@code http://127.0.0.1:43123}. */
    public String issuer() {
        return "http://127.0.0.1:" + context.getWebServer().getPort();
    }

    /** Lets the web client come back to the application at this redirect URI, and after logging out at that one. */
    public void staToe(String redirectUri, String naUitloggen) {
        RegisteredClient web = clients.findByClientId(WEB_CLIENT);
        clients.save(RegisteredClient.from(web)
                .redirectUri(redirectUri)
                .postLogoutRedirectUri(naUitloggen)
                .build());
    }

    /** A person who signs in at the provider's login form, with these claims in the ID token. */
    public void persoon(String gebruikersnaam, Map<String, Object> claims) {
        personen.createUser(User.withUsername(gebruikersnaam)
                .password("{noop}" + WACHTWOORD)
                .roles("USER")
                .build());
        claimsPerPersoon.put(gebruikersnaam, claims);
    }

    /** An API client (client credentials grant) with these claims in its access tokens. */
    public void apiClient(String clientId, Map<String, Object> claims) {
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientSecret("{noop}" + WACHTWOORD)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope("inburgeringsregie")
                .build());
        claimsPerClient.put(clientId, claims);
    }

    /** Signs the claims with the provider's own key (RS256), as it signs its tokens. */
    public String teken(JwtClaimsSet claims) {
        JwtEncoder encoder = new NimbusJwtEncoder(sleutels);
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    /** Claims as the provider puts them in an access token for the audience, valid from now for the duration. */
    public JwtClaimsSet.Builder claims(String subject, Instant uitgegeven, Duration geldig) {
        return JwtClaimsSet.builder()
                .issuer(issuer())
                .subject(subject)
                .audience(List.of(AUDIENCE))
                .issuedAt(uitgegeven)
                .notBefore(uitgegeven)
                .expiresAt(uitgegeven.plus(geldig));
    }

    @Override
    public void close() {
        context.close();
    }

    /** The clients, changeable while the provider runs (the web client's redirect URI is only known later). */
    static final class Clients implements RegisteredClientRepository {

        private final Map<String, RegisteredClient> perId = new ConcurrentHashMap<>();

        @Override
        public void save(RegisteredClient client) {
            perId.values().removeIf(c -> c.getClientId().equals(client.getClientId()));
            perId.put(client.getId(), client);
        }

        @Override
        public RegisteredClient findById(String id) {
            return perId.get(id);
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return perId.values().stream()
                    .filter(c -> c.getClientId().equals(clientId))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A test configuration, so the application's component scan of the test classes leaves it alone. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    @EnableWebMvc
    static class Config {

        final Map<String, Map<String, Object>> claimsPerPersoon = new ConcurrentHashMap<>();
        final Map<String, Map<String, Object>> claimsPerClient = new ConcurrentHashMap<>();
        final JWKSource<SecurityContext> sleutels = sleutels();

        @Bean
        TomcatServletWebServerFactory tomcat() {
            return new TomcatServletWebServerFactory(0);
        }

        @Bean
        DispatcherServlet dispatcherServlet() {
            return new DispatcherServlet();
        }

        /** The provider's endpoints; the browser goes to the login form when it is not signed in here. */
        @Bean
        @Order(1)
        SecurityFilterChain autorisatieServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        /** Its login form (Spring Security's generated page). */
        @Bean
        @Order(2)
        SecurityFilterChain inloggen(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        /** Default endpoints; no fixed issuer: it is the URL the provider is asked at (http://127.0.0.1:port). */
        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        InMemoryUserDetailsManager personen() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }

        @Bean
        Clients clients() {
            Clients clients = new Clients();
            clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(WEB_CLIENT)
                    .clientSecret("{noop}" + WACHTWOORD)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUri("http://localhost/nog-niet-bekend")
                    .postLogoutRedirectUri("http://localhost/nog-niet-bekend")
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder()
                            .requireProofKey(true)
                            .requireAuthorizationConsent(false)
                            .build())
                    .build());
            return clients;
        }

        @Bean
        JWKSource<SecurityContext> jwkSource() {
            return sleutels;
        }

        /** For the provider's own user info endpoint, which checks its access tokens. */
        @Bean
        JwtDecoder jwtDecoder() {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(sleutels);
        }

        /** The claims of the person in the ID token; of the API client in its access token, with its audience. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    Map<String, Object> claims =
                            claimsPerPersoon.get(context.getPrincipal().getName());
                    if (claims != null) {
                        context.getClaims().claims(alle -> alle.putAll(claims));
                    }
                } else if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                        && AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                    Map<String, Object> claims = claimsPerClient.getOrDefault(
                            context.getRegisteredClient().getClientId(), Map.of());
                    context.getClaims().audience(List.of(AUDIENCE));
                    context.getClaims().claims(alle -> alle.putAll(claims));
                }
            };
        }

        private static JWKSource<SecurityContext> sleutels() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair paar = generator.generateKeyPair();
                RSAKey sleutel = new RSAKey.Builder((RSAPublicKey) paar.getPublic())
                        .privateKey((RSAPrivateKey) paar.getPrivate())
                        .keyID(UUID.randomUUID().toString())
                        .build();
                return new ImmutableJWKSet<>(new JWKSet(sleutel));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
