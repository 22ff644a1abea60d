package nl.inburgeringsregie.privacy;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What one module holds about a person (issue 14 points 15 and 16): every module that stores personal data implements
 * this, so that the privacy module can show a person everything held about them (AVG art. 15) and retention can erase
 * what a module keeps, without the privacy module knowing the other modules' tables. Implementations read and write
 * only their own module's tables; they run for the privacy officer (inzage) or for the retention job (no user), never
 * check rights themselves, and are called only from the privacy module's services, which do.
 */
public interface Persoonsgegevens {

    /** The person asked about: the gemeente's dossier id (null when the gemeente has no dossier), gemeente and BSN. */
    record Persoon(UUID inburgeraarId, String gemeentecode, String bsn) {}

    /** The section of the inzage export this module fills (message key {@code inzage.onderdeel.<name>}). */
    String onderdeel();

    /** Everything this module holds about the person: per table its rows, every column, as plain values. */
    Map<String, List<Map<String, Object>>> van(Persoon persoon);

    /**
     * Retention, category special-category data (I-5): erases this module's health data of the dossier; true when
     * there was any.
     */
    default boolean wisBijzondereGegevens(UUID inburgeraarId) {
        return false;
    }

    /**
     * Retention, category dossier: removes what this module keeps about the person outside the dossier's own cascade
     * (rows keyed by BSN, not by dossier), just before the dossier itself is destroyed.
     */
    default void voorVernietiging(Persoon persoon) {}

    /**
     * Retention, category notifications without a dossier: deletes what this module keeps about a BSN for which the
     * gemeente has no dossier, received before {@code ontvangenVoor}; the number of rows deleted.
     */
    default int verwijderZonderDossier(Instant ontvangenVoor) {
        return 0;
    }

    /** The rows of a query with every value as JSON and HTML can show it (text, number, boolean, list, ISO date). */
    static List<Map<String, Object>> rijen(JdbcClient jdbc, String sql, Object... parameters) {
        return jdbc.sql(sql).params(parameters).query().listOfRows().stream()
                .map(Persoonsgegevens::gewoon)
                .toList();
    }

    private static Map<String, Object> gewoon(Map<String, Object> rij) {
        Map<String, Object> uit = new LinkedHashMap<>();
        rij.forEach((kolom, waarde) -> uit.put(kolom, gewoon(waarde)));
        return uit;
    }

    private static Object gewoon(Object waarde) {
        return switch (waarde) {
            case null -> null;
            case String s -> s;
            case Number n -> n;
            case Boolean b -> b;
            case Timestamp t -> t.toInstant().toString();
            case Date d -> d.toLocalDate().toString();
            case Array a -> {
                try {
                    Object elementen = a.getArray();
                    List<Object> lijst = new ArrayList<>();
                    if (elementen instanceof Object[] array) {
                        Arrays.stream(array).map(Persoonsgegevens::gewoon).forEach(lijst::add);
                    }
                    yield lijst;
                } catch (SQLException e) {
                    yield a.toString();
                }
            }
            default -> waarde.toString();
        };
    }
}
