package nl.inburgeringsregie.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session over real HTTP for the web UI: form login, cookies, CSRF token. For tests that
 * check status codes of UI endpoints without starting a browser.
 */
public class WebSessie {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies;
    private final HttpClient client;

    private WebSessie(String base) {
        this(base, new CookieManager());
    }

    private WebSessie(String base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The same browser (its cookies) talking to another application instance, as a load balancer would send it there
     * (issue 14 point 18).
     */
    public WebSessie via(String andereBase) {
        return new WebSessie(andereBase, cookies);
    }

    /** The value of a cookie this session holds (e.g. JSESSIONID). */
    public String cookie(String naam) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(naam))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No cookie " + naam));
    }

    public static WebSessie login(String base, String gebruiker) {
        WebSessie sessie = new WebSessie(base);
        String token = sessie.csrfVan("/login");
        HttpResponse<String> antwoord = sessie.post("/login", Map.of("username", gebruiker, "password", "demo"), token);
        if (antwoord.statusCode() != 302
                || antwoord.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Login failed for " + gebruiker);
        }
        return sessie;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** GETs as htmx does (header {@code HX-Request}): a page's part loaded after the page. */
    public HttpResponse<String> getHtmx(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("HX-Request", "true")
                .GET());
    }

    /** POSTs a form with a CSRF token taken from {@code csrfPagina}. */
    public HttpResponse<String> postMetCsrf(String path, Map<String, String> velden, String csrfPagina) {
        return post(path, velden, csrfVan(csrfPagina));
    }

    /** POSTs a form with the given CSRF token as it is (a forged or stale one). */
    public HttpResponse<String> postMetToken(String path, Map<String, String> velden, String token) {
        return post(path, velden, token);
    }

    /** A session that has not signed in (the login page not yet loaded). */
    public static WebSessie anoniem(String base) {
        return new WebSessie(base);
    }

    public String csrfVan(String pagina) {
        Matcher m = CSRF.matcher(get(pagina).body());
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on " + pagina);
        }
        return m.group(1);
    }

    private HttpResponse<String> post(String path, Map<String, String> velden, String csrf) {
        String body = velden.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + enc(csrf);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
