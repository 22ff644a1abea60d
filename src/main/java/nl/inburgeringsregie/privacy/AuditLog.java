package nl.inburgeringsregie.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.infrastructure.database.Unnest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log (privacy module). Every read and write of personal data is recorded here,
 * in the same transaction as the read or write. There is no way to change or delete a row: the table
 * has triggers that refuse UPDATE, DELETE and TRUNCATE, and this class offers none.
 */
@Service
public class AuditLog {

    /** A person touched by an access: their id and gemeente. */
    public record Betrokkene(UUID inburgeraarId, String gemeentecode) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Gebruikers gebruikers;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Gebruikers gebruikers, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.gebruikers = gebruikers;
        this.clock = clock;
    }

    /** Records one access by the signed-in user for the default purpose. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registreer(AuditActie actie, Betrokkene betrokkene, String detail) {
        registreer(actie, List.of(betrokkene), detail);
    }

    /** Records one access by the signed-in user (or system client) for the given purpose. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registreer(AuditActie actie, Betrokkene betrokkene, String detail, Doelbinding doel) {
        schrijf(actie, List.of(betrokkene), detail, doel);
    }

    /**
     * Records an access by a background task of the system itself (no signed-in user), e.g. the job that delivers
     * meldingen to DUO: the user is {@code systeem:<taak>}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registreerAlsSysteem(
            String taak, AuditActie actie, Betrokkene betrokkene, String detail, Doelbinding doel) {
        jdbcTemplate.update(
                """
                insert into audit_log (occurred_at, username, roles, inburgeraar_id, gemeentecode, action, detail,
                                       purpose, client_address)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(Instant.now(clock)),
                "systeem:" + taak,
                "SYSTEEM",
                betrokkene.inburgeraarId(),
                betrokkene.gemeentecode(),
                actie.name(),
                detail,
                doel.omschrijving(),
                null);
    }

    /** Records one access per person (a search result counts as reading each person in it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registreer(AuditActie actie, Collection<Betrokkene> betrokkenen, String detail) {
        schrijf(actie, betrokkenen, detail, Doelbinding.UITVOERING_WET_INBURGERING);
    }

    /**
     * Records one access per person, each with its own detail ({@code details.get(i)} for {@code betrokkenen.get(i)}),
     * in one statement: e.g. a list of DUO notifications whose BSNs have no dossier here, each row naming the
     * notification that holds the BSN (issue 14 point 14).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registreerElk(AuditActie actie, List<Betrokkene> betrokkenen, List<String> details) {
        if (betrokkenen.size() != details.size()) {
            throw new IllegalArgumentException("one detail per person");
        }
        List<String> kopie = List.copyOf(details);
        schrijf(actie, betrokkenen, i -> kopie.get(i), Doelbinding.UITVOERING_WET_INBURGERING);
    }

    /** {@link #registreerElk(AuditActie, List, List)} for the given purpose (h8: the privacy officer's lists). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registreerElk(AuditActie actie, List<Betrokkene> betrokkenen, List<String> details, Doelbinding doel) {
        if (betrokkenen.size() != details.size()) {
            throw new IllegalArgumentException("one detail per person");
        }
        List<String> kopie = List.copyOf(details);
        schrijf(actie, betrokkenen, i -> kopie.get(i), doel);
    }

    private void schrijf(AuditActie actie, Collection<Betrokkene> betrokkenen, String detail, Doelbinding doel) {
        schrijf(actie, betrokkenen, i -> detail, doel);
    }

    private void schrijf(
            AuditActie actie, Collection<Betrokkene> betrokkenen, IntFunction<Object> detail, Doelbinding doel) {
        if (betrokkenen.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        Timestamp nu = Timestamp.from(Instant.now(clock));
        String herkomst = herkomst();
        List<Betrokkene> rijen = List.copyOf(betrokkenen);
        // One statement for all rows (a worklist page lists up to 500 people): far cheaper than a JDBC batch.
        jdbcTemplate.execute((ConnectionCallback<Integer>) con -> Unnest.voerUit(
                con,
                """
                insert into audit_log (occurred_at, username, roles, inburgeraar_id, gemeentecode, action, detail,
                                       purpose, client_address)
                select ?::timestamptz, ?::text, ?::text, c1::uuid, c2, ?::text, c3, ?::text, ?::text
                from unnest(%s) as t(%s)""",
                rijen.size(),
                List.of(i -> rijen.get(i).inburgeraarId(), i -> rijen.get(i).gemeentecode(), detail),
                nu,
                gebruiker.gebruikersnaam(),
                gebruiker.rollenTekst(),
                actie.name(),
                doel.omschrijving(),
                herkomst));
        telSchrijftijd(System.nanoTime() - start);
    }

    /** The audit trail of one person, newest first; only rows of the given gemeenten. */
    @Transactional(readOnly = true)
    List<AuditRegel> vanInburgeraar(UUID inburgeraarId, List<String> gemeenten, int max) {
        return jdbc.sql("""
                select * from audit_log where inburgeraar_id = ? and gemeentecode = any(?)
                order by occurred_at desc, id desc limit ?""")
                .params(inburgeraarId, gemeenten.toArray(String[]::new), max)
                .query(AuditLog::regel)
                .list();
    }

    /** What one user did in the given gemeenten, newest first. */
    @Transactional(readOnly = true)
    List<AuditRegel> vanGebruiker(String gebruikersnaam, List<String> gemeenten, int max) {
        return jdbc.sql("""
                select * from audit_log where username = ? and gemeentecode = any(?)
                order by occurred_at desc, id desc limit ?""")
                .params(gebruikersnaam, gemeenten.toArray(String[]::new), max)
                .query(AuditLog::regel)
                .list();
    }

    /** The newest rows of the log in the given gemeenten. */
    @Transactional(readOnly = true)
    List<AuditRegel> laatste(List<String> gemeenten, int max) {
        return jdbc.sql("select * from audit_log where gemeentecode = any(?) order by id desc limit ?")
                .params(gemeenten.toArray(String[]::new), max)
                .query(AuditLog::regel)
                .list();
    }

    private static AuditRegel regel(ResultSet rs, int row) throws SQLException {
        return new AuditRegel(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("username"),
                rs.getString("roles"),
                rs.getObject("inburgeraar_id", UUID.class),
                rs.getString("gemeentecode"),
                AuditActie.valueOf(rs.getString("action")),
                rs.getString("detail"),
                rs.getString("purpose"),
                rs.getString("client_address"));
    }

    /**
     * The request attribute holding the time this request spent writing the audit log, in microseconds, summed.
     * Benchmarks log it with Tomcat's access log ({@code %{inburgeringsregie.audit-us}r}, docs/performance.md) to
     * show what the log costs the request path.
     */
    public static final String SCHRIJFTIJD_ATTRIBUUT = "inburgeringsregie.audit-us";

    private static void telSchrijftijd(long nanos) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var request = attributes.getRequest();
            long eerder = request.getAttribute(SCHRIJFTIJD_ATTRIBUUT) instanceof Long l ? l : 0L;
            request.setAttribute(SCHRIJFTIJD_ATTRIBUUT, eerder + nanos / 1_000);
        }
    }

    private static String herkomst() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return "systeem";
    }
}
