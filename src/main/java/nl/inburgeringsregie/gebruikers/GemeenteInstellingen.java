package nl.inburgeringsregie.gebruikers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issue 14 point 13 (h5): the per-gemeente settings a functioneel beheerder sets in the UI ({@code gemeente_instelling}),
 * over the configuration, which stays the default: a key without a row holds the configured value. Modules that own a
 * setting describe it with a {@link Bron} and read the values set here with {@link #van(String)}; the beheer screen
 * ({@link BeheerController}) lists, checks and journals them.
 *
 * <p>Read often (every deadline computation), changed rarely: the values per gemeente are kept in memory and read again
 * from the database at most every {@link #VERS} (so another instance's change holds there within that time) and at once
 * after a change here.
 */
@Service
public class GemeenteInstellingen {

    /** How long another instance may still use the previous value. */
    static final Duration VERS = Duration.ofSeconds(30);

    /** A setting a module owns, one value per gemeente. {@code keuzes} for a choice, {@code min}/{@code max} for a number. */
    public record Instelling(
            String sleutel, String standaard, List<String> keuzes, Integer min, Integer max, int maxLengte) {

        public static Instelling getal(String sleutel, Object standaard, int min, int max) {
            return new Instelling(
                    sleutel, standaard == null ? null : String.valueOf(standaard), List.of(), min, max, 9);
        }

        public static Instelling keuze(String sleutel, Enum<?> standaard, Enum<?>[] keuzes) {
            return new Instelling(
                    sleutel,
                    standaard == null ? null : standaard.name(),
                    Arrays.stream(keuzes).map(Enum::name).toList(),
                    null,
                    null,
                    50);
        }

        public static Instelling tekst(String sleutel, String standaard, int maxLengte) {
            return new Instelling(sleutel, standaard, List.of(), null, null, maxLengte);
        }
    }

    /**
     * A module's settings for the beheer screen: a group (message key {@code beheer.groep.<groep>}) with its settings,
     * each with the configured default for the gemeente (message key {@code beheer.instelling.<sleutel>}).
     */
    public interface Bron {
        String groep();

        List<Instelling> instellingen(String gemeentecode);
    }

    private record Gelezen(Map<String, String> waarden, Instant op) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Gelezen> cache = new ConcurrentHashMap<>();

    GemeenteInstellingen(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The values set in the UI for a gemeente, by key; keys without one follow the configuration. */
    public Map<String, String> van(String gemeentecode) {
        Instant nu = Instant.now();
        Gelezen gelezen = cache.get(gemeentecode);
        if (gelezen == null || gelezen.op().plus(VERS).isBefore(nu)) {
            Map<String, String> waarden = new HashMap<>();
            jdbc.sql("select sleutel, waarde from gemeente_instelling where gemeentecode = ?")
                    .param(gemeentecode)
                    .query(rs -> {
                        waarden.put(rs.getString("sleutel"), rs.getString("waarde"));
                    });
            gelezen = new Gelezen(Map.copyOf(waarden), nu);
            cache.put(gemeentecode, gelezen);
        }
        return gelezen.waarden();
    }

    public Optional<String> waarde(String gemeentecode, String sleutel) {
        return Optional.ofNullable(van(gemeentecode).get(sleutel));
    }

    /** Sets (or with null removes, back to the configuration) one value, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void zet(String gemeentecode, String sleutel, String waarde, String door) {
        if (waarde == null) {
            jdbc.sql("delete from gemeente_instelling where gemeentecode = ? and sleutel = ?")
                    .params(gemeentecode, sleutel)
                    .update();
        } else {
            jdbc.sql("""
                    insert into gemeente_instelling (gemeentecode, sleutel, waarde, gewijzigd_op, gewijzigd_door)
                    values (?, ?, ?, ?, ?)
                    on conflict (gemeentecode, sleutel) do update set waarde = excluded.waarde,
                        gewijzigd_op = excluded.gewijzigd_op, gewijzigd_door = excluded.gewijzigd_door""")
                    .params(gemeentecode, sleutel, waarde, Timestamp.from(Instant.now(clock)), door)
                    .update();
        }
        cache.remove(gemeentecode);
        // Also after the commit (or rollback): a read between this change and the commit must not stay cached.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.remove(gemeentecode);
                }
            });
        }
    }

    /** Forgets what was read, after a rollback of a change (the next read asks the database). */
    void vergeet(String gemeentecode) {
        cache.remove(gemeentecode);
    }
}
