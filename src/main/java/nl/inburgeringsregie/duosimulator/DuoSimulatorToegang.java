package nl.inburgeringsregie.duosimulator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.duo.DuoAanmelding;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call the DUO simulator's DUO API ({@code /duo-simulator/v1/**}, profile duo-simulator only). Real DUO
 * authenticates a gemeente by its PKIoverheid certificate; the simulator stands in for that with a secret that only
 * this application's DUO client knows (handed to it as a {@link DuoAanmelding}): configured as {@code inburgeringsregie.duo.simulator.sleutel}, or else
 * generated at start and never written anywhere. The client sends it as a bearer token; the chain compares it in
 * constant time and answers anything else — anonymous, a person's login, a wrong secret — with 401 in DUO's Foutmelding.
 * The simulator's control page ({@code /duo-simulator/beheer}) is not here: it is part of the web UI, behind its
 * login, CSRF and the right {@code DUO_SIMULATOR_BEDIENEN}. Without the profile neither this chain nor the simulator
 * exists.
 */
@Configuration(proxyBeanMethods = false)
@Profile("duo-simulator")
class DuoSimulatorToegang {

    /**
     * The simulator's client credential: the secret the application's DUO client sends, to the simulator's DUO API
     * only (a path under {@link DuoSimulator#VOORVOEGSEL}).
     */
    static final class Sleutel implements DuoAanmelding {

        private final byte[] waarde;

        Sleutel(String waarde) {
            this.waarde = waarde.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void meldAan(URI url, HttpHeaders headers) {
            if (url.getPath().contains(DuoSimulator.VOORVOEGSEL + "/")) {
                headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + new String(waarde, StandardCharsets.UTF_8));
            }
        }

        /** Whether an Authorization header carries this secret; constant time in the secret's content. */
        boolean klopt(String authorization) {
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                return false;
            }
            return MessageDigest.isEqual(
                    waarde, authorization.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Sleutel[verborgen]";
        }
    }

    /** The authority of the simulator's only client. */
    static final String CLIENT = "DUO_SIMULATOR_CLIENT";

    @Bean
    Sleutel duoSimulatorSleutel(@Value("${inburgeringsregie.duo.simulator.sleutel:}") String geconfigureerd) {
        if (!geconfigureerd.isBlank()) {
            return new Sleutel(geconfigureerd);
        }
        byte[] toeval = new byte[32];
        new SecureRandom().nextBytes(toeval);
        return new Sleutel(Base64.getUrlEncoder().withoutPadding().encodeToString(toeval));
    }

    @Bean
    @Order(0)
    SecurityFilterChain duoSimulatorKeten(HttpSecurity http, Sleutel sleutel) throws Exception {
        return http.securityMatcher(DuoSimulator.VOORVOEGSEL + "/**")
                .addFilterBefore(new SleutelFilter(sleutel), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(CLIENT))
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> foutmelding(
                                response, HttpStatus.UNAUTHORIZED, "De afzender kan niet worden geauthenticeerd."))
                        .accessDeniedHandler((request, response, e) -> foutmelding(
                                response, HttpStatus.UNAUTHORIZED, "De afzender kan niet worden geauthenticeerd.")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Authenticates a request that carries the secret; any other request stays anonymous (and gets 401). */
    private static final class SleutelFilter extends OncePerRequestFilter {

        private final Sleutel sleutel;

        SleutelFilter(Sleutel sleutel) {
            this.sleutel = sleutel;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (sleutel.klopt(request.getHeader(HttpHeaders.AUTHORIZATION))) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "duo-client", null, List.of(new SimpleGrantedAuthority(CLIENT))));
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }

        /** A slow answer (the simulator's fault mode) is dispatched again asynchronously: check there too. */
        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }
    }

    private static void foutmelding(HttpServletResponse response, HttpStatus status, String fouttekst)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("WWW-Authenticate", "Bearer");
        response.getWriter().write(JsonMapper.shared().writeValueAsString(Map.of("fouttekst", fouttekst)));
    }
}
