package nl.inburgeringsregie.gebruikers;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import nl.inburgeringsregie.infrastructure.web.Probleemantwoord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authentication for every request except the login page and static assets.
 * The REST API takes the local accounts over HTTP Basic (stateless, no CSRF) and, where configured, OAuth2 bearer tokens
 * (JWT); the web UI uses form login with CSRF protection and, where configured, OpenID Connect
 * ({@link IdpInloggen}, {@link Aanmelding}: local accounts are off when OpenID Connect is configured). Both map to the
 * same rights model.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Public: the login page, static assets, and the error page (it shows no data; without it a browser's
     * failed request for, say, a missing icon would be remembered as the page to return to after login).
     */
    static final String[] PUBLIEK = {"/login", "/error", "/static/**", "/webjars/**", "/favicon.ico"};

    /** Liveness and readiness for a load balancer or orchestrator: public, status only, no details. */
    static final String[] GEZONDHEID = {"/actuator/health/liveness", "/actuator/health/readiness"};

    /** No page of this application uses these browser features. */
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), " + "interest-cohort=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Sign-in outcomes as application events: {@link Inlogbewaking} counts the failures, the audit log records them. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /**
     * DUO's side of the M2M exchange (/duo/**), stateless, errors as DUO's Foutmelding. DUO signs in with its
     * PKIoverheid client certificate ({@link DuoCertificaat}; the container verifies it against
     * {@code server.ssl.trust-store}); HTTP Basic with the {@code duo} account only where
     * {@code inburgeringsregie.duo.basic-authenticatie} is true, which by default is the embedded default (demo, tests).
     */
    @Bean
    @Order(0)
    SecurityFilterChain duoKeten(
            HttpSecurity http,
            DuoCertificaat duoCertificaat,
            Inlogbewaking inlogbewaking,
            MessageSourceAccessor berichten,
            @Value("${inburgeringsregie.duo.basic-authenticatie:false}") boolean basicAuthenticatie)
            throws Exception {
        AuthenticationEntryPoint nietGeauthenticeerd = (request, response, e) -> foutmelding(
                response, HttpStatus.UNAUTHORIZED, berichten.getMessage("aanmelding.duo.nietGeauthenticeerd"));
        http.securityMatcher("/duo/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(Recht.DUO_BERICHTEN.authority()))
                .x509(x509 -> x509.x509PrincipalExtractor(DuoCertificaat::oin)
                        .authenticationUserDetailsService(duoCertificaat))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(nietGeauthenticeerd)
                        .accessDeniedHandler((request, response, e) -> foutmelding(
                                response,
                                HttpStatus.FORBIDDEN,
                                berichten.getMessage("aanmelding.duo.nietGeautoriseerd"))))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        if (basicAuthenticatie) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(nietGeauthenticeerd))
                    .addFilterBefore(
                            new Inlogbewaking.Filter(inlogbewaking, (request, response, wachten) -> {
                                response.setHeader("Retry-After", Long.toString(seconden(wachten)));
                                foutmelding(
                                        response,
                                        HttpStatus.TOO_MANY_REQUESTS,
                                        berichten.getMessage("aanmelding.duo.geblokkeerd"));
                            }),
                            BasicAuthenticationFilter.class);
        }
        return http.build();
    }

    // The DUO simulator (profile duo-simulator, demo and tests only) secures its DUO API itself with a chain of its own
    // (duo/DuoSimulatorToegang: only this application's DUO client, never anonymous); its control page
    // /duo-simulator/beheer is part of the web UI below (login, CSRF, the right DUO_SIMULATOR_BEDIENEN).

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Inlogbewaking inlogbewaking, MessageSourceAccessor berichten)
            throws Exception {
        // h6 (issue 14 point 12): OAuth2 bearer tokens (JWT) where configured; HTTP Basic only with local accounts.
        IdpInloggen idp = http.getSharedObject(ApplicationContext.class).getBean(IdpInloggen.class);
        AuthenticationEntryPoint nietIngelogd = (request, response, e) -> {
            if (IdpInloggen.idpOnbereikbaar(e)) {
                response.setHeader("Retry-After", "60");
                problem(
                        response,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        berichten.getMessage("aanmelding.api.idpOnbereikbaar"),
                        berichten.getMessage("aanmelding.api.idpOnbereikbaar.detail"));
            } else if (request.getHeader("Authorization") != null
                    && request.getHeader("Authorization").regionMatches(true, 0, "Bearer ", 0, 7)) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                problem(
                        response,
                        HttpStatus.UNAUTHORIZED,
                        berichten.getMessage("aanmelding.api.nietIngelogd"),
                        berichten.getMessage("aanmelding.api.tokenOngeldig"));
            } else {
                problem(
                        response,
                        HttpStatus.UNAUTHORIZED,
                        berichten.getMessage("aanmelding.api.nietIngelogd"),
                        berichten.getMessage(
                                idp.aanmelding().lokaleAccounts()
                                        ? "aanmelding.api.nietIngelogd.lokaal"
                                        : "aanmelding.api.nietIngelogd.token"));
            }
        };
        idp.api(http, nietIngelogd);
        if (idp.aanmelding().lokaleAccounts()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(nietIngelogd));
        }
        return http.securityMatcher("/api/**")
                .addFilterBefore(
                        new Inlogbewaking.Filter(inlogbewaking, (request, response, wachten) -> {
                            response.setHeader("Retry-After", Long.toString(seconden(wachten)));
                            problem(
                                    response,
                                    HttpStatus.TOO_MANY_REQUESTS,
                                    berichten.getMessage("aanmelding.api.geblokkeerd"),
                                    berichten.getMessage("aanmelding.api.geblokkeerd.detail"));
                        }),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().access(IdpInloggen.metToegang()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(nietIngelogd)
                        .accessDeniedHandler((request, response, e) -> {
                            String waarom = IdpInloggen.waarom(
                                    SecurityContextHolder.getContext().getAuthentication());
                            problem(
                                    response,
                                    HttpStatus.FORBIDDEN,
                                    berichten.getMessage("api.probleem.geenToegang"),
                                    berichten.getMessage(waarom != null ? waarom : "api.probleem.geenToegang.detail"));
                        }))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            Gebruikers gebruikers,
            PasswordEncoder wachtwoorden,
            AuthenticationEventPublisher aanmeldingen,
            Inlogbewaking inlogbewaking,
            @Value("${server.servlet.session.timeout:8h}") Duration sessieduur,
            @Value("${inburgeringsregie.sessie.voor-login:5m}") Duration voorLogin)
            throws Exception {
        // Machine accounts (DUO) never sign in to the web UI: refused before the password is even checked.
        DaoAuthenticationProvider accounts = new DaoAuthenticationProvider(gebruikers);
        accounts.setPasswordEncoder(wachtwoorden);
        AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
        accounts.setPreAuthenticationChecks(account -> {
            status.check(account);
            if (account instanceof GebruikerAccount a
                    && a.gebruiker().rollen().stream().anyMatch(Rol::machine)) {
                throw new DisabledException("Machine accounts do not sign in to the web UI");
            }
        });
        // A session made before login (the login form's CSRF token, the page to return to) lives briefly; login
        // gives the session its full length (server.servlet.session.timeout).
        SavedRequestAwareAuthenticationSuccessHandler naLogin = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws ServletException, IOException {
                HttpSession sessie = request.getSession(false);
                if (sessie != null) {
                    sessie.setMaxInactiveInterval((int) sessieduur.toSeconds());
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        naLogin.setDefaultTargetUrl("/");
        // Redirects to the login page are relative: the Host header a client sends is never echoed back.
        LoginUrlAuthenticationEntryPoint naarLogin = new LoginUrlAuthenticationEntryPoint("/login");
        naarLogin.setFavorRelativeUris(true);
        // h6 (issue 14 point 11): local accounts only where they are on; the identity provider's login where
        // configured.
        IdpInloggen idp = http.getSharedObject(ApplicationContext.class).getBean(IdpInloggen.class);
        ProviderManager manager = idp.providers(accounts);
        manager.setAuthenticationEventPublisher(aanmeldingen);
        if (idp.aanmelding().lokaleAccounts()) {
            http.formLogin(
                    form -> form.loginPage("/login").successHandler(naLogin).permitAll());
        }
        idp.web(http, naLogin);
        return http.authenticationManager(manager)
                .addFilterBefore(
                        new Inlogbewaking.Filter(
                                inlogbewaking,
                                (request, response, wachten) ->
                                        response.sendRedirect(request.getContextPath() + "/login?geblokkeerd")),
                        UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIEK)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, GEZONDHEID)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, IdpInloggen.GEEN_TOEGANG)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(
                        ex -> ex.authenticationEntryPoint(naarLogin).accessDeniedHandler(SecurityConfig::geweigerd))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?uitgelogd"))
                .addFilterAfter(new KorteSessieVoorLogin(voorLogin), AnonymousAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                .build();
    }

    /**
     * Gives a session that an anonymous request made (or kept) the short pre-login lifetime, so that loading the login
     * page over and over does not pile up sessions of the full length.
     */
    static final class KorteSessieVoorLogin extends OncePerRequestFilter {

        private final int seconden;

        KorteSessieVoorLogin(Duration duur) {
            this.seconden = (int) duur.toSeconds();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } finally {
                Authentication authentication =
                        SecurityContextHolder.getContext().getAuthentication();
                HttpSession sessie = request.getSession(false);
                if (sessie != null
                        && (authentication == null || authentication instanceof AnonymousAuthenticationToken)) {
                    try {
                        sessie.setMaxInactiveInterval(seconden);
                    } catch (IllegalStateException ongeldig) {
                        // invalidated meanwhile (logout): nothing to shorten
                    }
                }
            }
        }
    }

    // Issue 21 point 9 (h3): a refusal says why. The header (and the request attribute the error page reads) is set
    // only when the CSRF token was refused: the page belongs to a session that expired or was replaced, so "log in
    // again" is right; any other 403 means the signed-in user lacks the right, which the intake autosave then says.

    /** Response header on a 403: {@value #GEWEIGERD_SESSIE} when the page's session (its CSRF token) is no longer valid. */
    static final String GEWEIGERD_HEADER = "Inburgeringsregie-Geweigerd";

    static final String GEWEIGERD_SESSIE = "sessie";

    private static void geweigerd(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (e instanceof CsrfException) {
            response.setHeader(GEWEIGERD_HEADER, GEWEIGERD_SESSIE);
            request.setAttribute("sessieVerouderd", Boolean.TRUE);
        }
        new AccessDeniedHandlerImpl().handle(request, response, e);
    }

    private static long seconden(Duration wachten) {
        return Math.max(1, (wachten.toMillis() + 999) / 1000);
    }

    private static void foutmelding(HttpServletResponse response, HttpStatus status, String fouttekst)
            throws IOException {
        response.setHeader("API-Version", "1.8.0");
        Probleemantwoord.schrijf(response, status, Map.of("fouttekst", fouttekst));
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        Probleemantwoord.schrijf(response, status, title, detail, Map.of());
    }
}
