package nl.inburgeringsregie.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Server-side time per kind of request, from the application's Tomcat access log, and the share of it spent writing
 * the audit log (issue 7). Gatling measures at the client, on the same two cores as the application; this reads what
 * Tomcat measured from the first byte of the request to the last byte of the response.
 *
 * <p>The application must write its access log in this pattern (docs/performance.md, "Server time and the audit
 * log's share"):
 *
 * <pre>{@code %{end:msec}t %m %{org.springframework.web.servlet.HandlerMapping.bestMatchingPattern}r %q %s %{us}T
 * %{HX-Request}i %{inburgeringsregie.audit-us}r}</pre>
 *
 * The path is the handler's pattern ({@code /inburgeraars/{id}}), never the path itself, so no identifier or BSN lands in
 * the log; {@code -} for what Spring MVC does not handle (the login form's post, static files). The query string does
 * hold values (a search's name prefix): this log is for benchmarks on synthetic data only.
 *
 * Run with {@code ./mvnw -P benchmark test-compile exec:exec@servertijden -Daccesslog=<file> [-Dvanaf=<epoch ms>]}:
 * only requests that ended at or after {@code vanaf} count (to leave out a warm-up). A kind of request is its method
 * and pattern, plus the names (never the values) of the query parameters that pick a different page ({@code zoek},
 * {@code fase}, {@code soort}), plus "(htmx)" for fragments. Requests to the DUO simulator (the application consulting
 * "DUO", which in production is DUO's server) are reported apart and left out of "all requests".
 */
public final class Servertijden {

    private static final String SIMULATOR = "/duo-simulator/";
    private static final List<String> PAGINA_PARAMETERS = List.of("zoek", "fase", "soort");

    record Verzoek(String soort, int status, long microseconden, long auditMicroseconden) {
    }

    private Servertijden() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: Servertijden <access log> [<from epoch ms>]");
            System.exit(2);
        }
        long vanaf = args.length > 1 && !args[1].isBlank() ? Long.parseLong(args[1]) : 0;
        List<Verzoek> verzoeken = new ArrayList<>();
        for (String regel : Files.readAllLines(Path.of(args[0]))) {
            Verzoek verzoek = lees(regel, vanaf);
            if (verzoek != null) {
                verzoeken.add(verzoek);
            }
        }
        System.out.print(rapport(verzoeken));
    }

    /** One access log line as a request, or null when it ended before {@code vanaf}. */
    static Verzoek lees(String regel, long vanaf) {
        String[] veld = regel.trim().split(" ");
        if (veld.length < 8 || Long.parseLong(veld[0]) < vanaf) {
            return null;
        }
        String pad = veld[2].equals("-") ? "(not Spring MVC: login post, static files)" : veld[2];
        List<String> parameters = veld[3].isEmpty() || veld[3].equals("-") ? List.of()
                : Arrays.stream(veld[3].replaceFirst("^\\?", "").split("&")).map(p -> p.split("=", 2)[0])
                .filter(PAGINA_PARAMETERS::contains).distinct().sorted().toList();
        String soort = veld[1] + " " + pad + (parameters.isEmpty() ? "" : " ?" + String.join("&", parameters))
                + ("true".equals(veld[6]) ? " (htmx)" : "");
        long audit = veld[7].equals("-") ? 0 : Long.parseLong(veld[7]);
        return new Verzoek(soort, Integer.parseInt(veld[4]), Long.parseLong(veld[5]), audit);
    }

    /** A table per kind of request, then all requests: count, errors (5xx), percentiles and the audit share. */
    static String rapport(List<Verzoek> verzoeken) {
        Map<String, List<Verzoek>> perSoort = new TreeMap<>();
        verzoeken.forEach(v -> perSoort.computeIfAbsent(v.soort(), s -> new ArrayList<>()).add(v));
        StringBuilder uit = new StringBuilder(String.format("%-52s %7s %5s %8s %8s %8s %8s %7s%n", "request (server time in ms)",
                "n", "5xx", "p50", "p95", "p99", "max", "audit"));
        perSoort.forEach((soort, lijst) -> {
            if (!soort.contains(SIMULATOR)) {
                uit.append(regel(soort, lijst));
            }
        });
        uit.append(regel("all requests", verzoeken.stream().filter(v -> !v.soort().contains(SIMULATOR)).toList()));
        uit.append(regel("DUO simulator (DUO's side, not counted above)",
                verzoeken.stream().filter(v -> v.soort().contains(SIMULATOR)).toList()));
        return uit.toString();
    }

    private static String regel(String naam, List<Verzoek> lijst) {
        long[] tijden = lijst.stream().mapToLong(Verzoek::microseconden).sorted().toArray();
        long totaal = Arrays.stream(tijden).sum();
        long audit = lijst.stream().mapToLong(Verzoek::auditMicroseconden).sum();
        long fouten = lijst.stream().filter(v -> v.status() >= 500).count();
        return String.format("%-52s %7d %5d %8.1f %8.1f %8.1f %8.1f %6.1f%%%n", naam, tijden.length, fouten,
                percentiel(tijden, 50) / 1000.0, percentiel(tijden, 95) / 1000.0, percentiel(tijden, 99) / 1000.0,
                tijden.length == 0 ? 0 : tijden[tijden.length - 1] / 1000.0, totaal == 0 ? 0 : 100.0 * audit / totaal);
    }

    /** The nearest-rank percentile of sorted values (0 for none). */
    static long percentiel(long[] gesorteerd, int p) {
        if (gesorteerd.length == 0) {
            return 0;
        }
        int rang = (int) Math.ceil(p / 100.0 * gesorteerd.length);
        return gesorteerd[Math.max(0, rang - 1)];
    }
}
