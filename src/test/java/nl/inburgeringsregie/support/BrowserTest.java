package nl.inburgeringsregie.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the browser tests: the real application over real HTTP, driven by Playwright in the Chromium at
 * {@code browser.executable} (default /usr/bin/chromium; Playwright never downloads a browser). Without
 * that browser the tests are skipped with a message, unless {@code BROWSER_TESTS_REQUIRED=true} (set by
 * CI), which makes a missing browser a failure.
 */
public abstract class BrowserTest extends IntegrationTest {

    /** WCAG 2.1 level A and AA, as axe-core tags them. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Path SCHERMAFDRUKKEN = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        Path chromium = Paths.get(System.getProperty("browser.executable", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            String bericht = "Browser tests skipped: no Chromium at " + chromium
                    + " (install it with: apt-get install -y chromium)";
            if ("true".equalsIgnoreCase(System.getenv("BROWSER_TESTS_REQUIRED"))) {
                throw new IllegalStateException(
                        bericht.replace("skipped", "required") + "; BROWSER_TESTS_REQUIRED=true");
            }
            System.err.println("*** " + bericht + " ***");
            Assumptions.abort(bericht);
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPagina() {
        context = browser.newContext(
                new Browser.NewContextOptions().setLocale("nl-NL").setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void sluitPagina() {
        if (context != null) {
            context.close();
        }
    }

    protected String url(String pad) {
        return baseUrl() + pad;
    }

    /**
     * Waits until the page is loaded and htmx has no request, swap or settle under way (the parts a page loads after
     * itself, such as the signal count and a dossier's deadlines): a concrete condition, not a network-idle pause of
     * half a second per page.
     */
    protected void wachtOpHtmx() {
        page.waitForFunction("() => document.readyState === 'complete'"
                + " && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')");
    }

    /** Signs in through the login page, as a user would: type, then Enter. */
    protected void logIn(String gebruiker) {
        page.navigate(url("/login"));
        page.getByLabel("Gebruikersnaam").fill(gebruiker);
        page.getByLabel("Wachtwoord").fill("demo");
        page.getByLabel("Wachtwoord").press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
    }

    /** Runs axe-core on the current page and fails on any WCAG 2.1 A/AA violation; keeps a screenshot. */
    protected void controleerToegankelijkheid(String naam) {
        try {
            Files.createDirectories(SCHERMAFDRUKKEN);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCHERMAFDRUKKEN.resolve(naam + ".png"))
                .setFullPage(true));
        AxeResults resultaat = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertThat(resultaat.getViolations())
                .as(() -> naam + " (" + page.url() + ") has WCAG 2.1 AA violations:\n"
                        + beschrijf(resultaat.getViolations()))
                .isEmpty();
    }

    private static String beschrijf(List<Rule> overtredingen) {
        return overtredingen.stream()
                .map(r -> "- " + r.getId() + ": " + r.getHelp() + " → "
                        + r.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
