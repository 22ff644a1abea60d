package nl.inburgeringsregie.gebruikers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Authentication for every request except the login page and static assets.
 * The REST API takes the local accounts over HTTP Basic (stateless, no CSRF); the web UI uses form login
 * with CSRF protection. A later OIDC login adds a chain here, it does not replace the rights model.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Public: the login page, static assets, and the error page (it shows no data; without it a browser's
     * failed request for, say, a missing icon would be remembered as the page to return to after login).
     */
    static final String[] PUBLIEK = {"/login", "/error", "/static/**", "/webjars/**", "/favicon.ico"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * DUO's side of the M2M exchange (/duo/**), stateless, errors as DUO's Foutmelding. DUO signs in with its
     * PKIoverheid client certificate ({@link DuoCertificaat}; the container verifies it against
     * {@code server.ssl.trust-store}); HTTP Basic with the {@code duo} account only where
     * {@code inburgeringsregie.duo.basic-authenticatie} is true, which by default is the embedded default (demo, tests).
     */
    @Bean
    @Order(0)
    SecurityFilterChain duoKeten(HttpSecurity http, DuoCertificaat duoCertificaat,
                                 @Value("${inburgeringsregie.duo.basic-authenticatie:false}") boolean basicAuthenticatie)
            throws Exception {
        AuthenticationEntryPoint nietGeauthenticeerd = (request, response, e) ->
                foutmelding(response, HttpStatus.UNAUTHORIZED, "De afzender kan niet worden geauthenticeerd.");
        http
                .securityMatcher("/duo/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(Recht.DUO_BERICHTEN.authority()))
                .x509(x509 -> x509.x509PrincipalExtractor(DuoCertificaat::oin).authenticationUserDetailsService(duoCertificaat))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(nietGeauthenticeerd).accessDeniedHandler((request, response, e) ->
                        foutmelding(response, HttpStatus.FORBIDDEN, "Niet geautoriseerd.")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        if (basicAuthenticatie) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(nietGeauthenticeerd));
        }
        return http.build();
    }

    /**
     * The DUO simulator (profile duo-simulator, for tests and the demo) stands in for DUO itself, which authenticates
     * municipalities by certificate: no login of ours, stateless, no CSRF. Without the profile these paths do not exist.
     */
    @Bean
    @Order(0)
    SecurityFilterChain duoSimulatorKeten(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/duo-simulator/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problem(response, HttpStatus.UNAUTHORIZED, "Niet ingelogd",
                                "Deze API vraagt om inloggen (HTTP Basic met een lokaal account).")))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        problem(response, HttpStatus.FORBIDDEN, "Geen toegang",
                                "Uw rol geeft geen recht op deze handeling (zie docs/rollen.md).")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIEK).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?uitgelogd"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'none'; form-action 'self'")))
                .build();
    }

    private static void foutmelding(HttpServletResponse response, HttpStatus status, String fouttekst)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("API-Version", "1.8.0");
        response.getWriter().write("{\"fouttekst\":\"" + fouttekst + "\"}");
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}");
    }
}
