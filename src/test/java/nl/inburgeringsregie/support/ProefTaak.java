package nl.inburgeringsregie.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The executions of the test's one-time db-scheduler task "proef-eenmalig" (TestConfig), in this JVM, by every
 * application instance in it: execution id and the port of the instance that ran it (issue 14 point 18).
 */
public final class ProefTaak {

    public static final String NAAM = "proef-eenmalig";

    public record Uitvoering(String id, String instantie) {}

    private static final List<Uitvoering> UITGEVOERD = new CopyOnWriteArrayList<>();

    private ProefTaak() {}

    static void uitgevoerd(String id, String instantie) {
        UITGEVOERD.add(new Uitvoering(id, instantie));
    }

    public static List<Uitvoering> uitgevoerd() {
        return List.copyOf(UITGEVOERD);
    }
}
