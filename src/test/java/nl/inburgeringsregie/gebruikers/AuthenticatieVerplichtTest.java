package nl.inburgeringsregie.gebruikers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.RequestMappings;
import nl.inburgeringsregie.support.RequestMappings.Endpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every request mapping of the application and proves that each one requires authentication:
 * the API answers 401 problem+json, the web UI redirects to the login page. Only the login page and
 * static assets are public.
 */
class AuthenticatieVerplichtTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mapping;

    @Test
    void elkeRequestMappingVraagtOmInloggen() {
        List<Endpoint> endpoints = RequestMappings.alle(mapping, UUID.randomUUID());
        assertThat(endpoints)
                .as("the walk must find the application's endpoints")
                .hasSizeGreaterThan(10);
        Api anoniem = new Api(baseUrl(), null, null);
        List<String> open = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if ((endpoint.template().equals("/login")
                            || endpoint.template().equals("/error")
                            || endpoint.template().equals("/login/geen-toegang"))
                    && endpoint.method().equals("GET")) {
                // public by design: the login page, the generic error page, and the page that tells someone the
                // identity provider signed in why they have no access here (h6; no data)
                continue;
            }
            Api.Antwoord antwoord = anoniem.send(endpoint.method(), endpoint.path());
            // The DUO simulator's DUO API (profile duo-simulator) answers like DUO: 401 to anyone but our own DUO
            // client.
            boolean api = endpoint.path().startsWith("/api/")
                    || endpoint.path().startsWith("/duo/")
                    || endpoint.path().startsWith("/duo-simulator/v1/");
            boolean beschermd = api
                    ? antwoord.status() == 401
                    : antwoord.status() == 302 && antwoord.header("Location").endsWith("/login")
                            || antwoord.status() == 403
                                    && !endpoint.method().equals("GET"); // CSRF refuses an anonymous POST first
            if (!beschermd) {
                open.add(endpoint + " -> " + antwoord.status() + " " + antwoord.header("Location"));
            }
        }
        assertThat(open).as("endpoints reachable without login").isEmpty();
    }

    @Test
    void actuatorEnOpenApiVragenOmInloggen() {
        Api anoniem = new Api(baseUrl(), null, null);
        assertThat(anoniem.get("/api/v1/openapi.json").status()).isEqualTo(401);
        assertThat(anoniem.get("/actuator/health").status()).isEqualTo(302);
    }

    @Test
    void apiZonderInloggenGeeftProblemJson() {
        Api.Antwoord antwoord = new Api(baseUrl(), null, null).get("/api/v1/inburgeraars");
        assertThat(antwoord.status()).isEqualTo(401);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
        assertThat(antwoord.json().get("title").asString()).isEqualTo("Niet ingelogd");
    }

    @Test
    void verkeerdWachtwoordGeeft401() {
        assertThat(new Api(baseUrl(), "consulent", "fout")
                        .get("/api/v1/inburgeraars")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void loginPaginaEnStatischeBestandenZijnOpenbaar() {
        Api anoniem = new Api(baseUrl(), null, null);
        assertThat(anoniem.get("/login").status()).isEqualTo(200);
        assertThat(anoniem.get("/static/css/app.css").status()).isEqualTo(200);
        assertThat(anoniem.get("/webjars/htmx.org/dist/htmx.min.js").status()).isEqualTo(200);
        // A missing asset answers 404 and is not remembered as the page to return to after login.
        assertThat(anoniem.get("/static/css/bestaat-niet.css").status()).isEqualTo(404);
    }
}
