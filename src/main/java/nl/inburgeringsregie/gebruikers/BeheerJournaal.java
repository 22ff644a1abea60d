package nl.inburgeringsregie.gebruikers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 14 point 13 (h5): every change the functioneel beheerder makes — to an account or to a gemeente's setting — with
 * who, when, the old and the new value, append-only ({@code beheer_journaal}). A password is never written here, only
 * that it was reset.
 */
@Service
class BeheerJournaal {

    /** One change. {@code onderwerp} names what changed (an account, a gemeente), {@code veld} which of its values. */
    public record Regel(
            Instant tijdstip,
            String gebruiker,
            String onderwerp,
            String veld,
            String oudeWaarde,
            String nieuweWaarde) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    BeheerJournaal(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes one change in the caller's transaction (so a refused change leaves no line). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void schrijf(String gebruiker, String onderwerp, String veld, String oud, String nieuw) {
        jdbc.sql("""
                insert into beheer_journaal (occurred_at, username, onderwerp, veld, oude_waarde, nieuwe_waarde)
                values (?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(Instant.now(clock)), gebruiker, onderwerp, veld, oud, nieuw)
                .update();
    }

    /** The latest changes, newest first; {@code onderwerp} null for all. */
    @Transactional(readOnly = true)
    public List<Regel> recent(String onderwerp, int aantal) {
        return jdbc.sql("""
                select * from beheer_journaal where (cast(:onderwerp as text) is null or onderwerp = :onderwerp)
                order by occurred_at desc, id desc limit :aantal""")
                .param("onderwerp", onderwerp)
                .param("aantal", aantal)
                .query((rs, i) -> new Regel(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"),
                        rs.getString("onderwerp"),
                        rs.getString("veld"),
                        rs.getString("oude_waarde"),
                        rs.getString("nieuwe_waarde")))
                .list();
    }
}
