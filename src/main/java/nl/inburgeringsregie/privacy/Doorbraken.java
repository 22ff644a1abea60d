package nl.inburgeringsregie.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagPrivacyrechtenBeheren;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.privacy.AuditLog.Betrokkene;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Break-the-glass (issue 14 point 6, rule I-5): an assignment by someone who is not a team lead that opens a dossier's
 * special-category data is allowed only with a reason; it is recorded here, audited, and the privacy officer sees and
 * reviews it ({@code /privacy/doorbraken}).
 */
@Service
public class Doorbraken {

    /** One recorded break-the-glass assignment. */
    public record Doorbraak(
            long id,
            UUID inburgeraarId,
            String gemeentecode,
            Instant tijdstip,
            String gebruiker,
            String toegewezenAan,
            String reden,
            String beoordeeldDoor,
            Instant beoordeeldOp) {}

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Gebruikers gebruikers;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    Doorbraken(
            JdbcClient jdbc, AuditLog auditLog, Gebruikers gebruikers, MessageSourceAccessor berichten, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.gebruikers = gebruikers;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** Records the signed-in user's assignment with its reason, in the assignment's transaction, and audits it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registreer(Betrokkene dossier, String toegewezenAan, String reden) {
        jdbc.sql("""
                insert into doorbraak (inburgeraar_id, gemeentecode, occurred_at, username, toegewezen_aan, reden)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        dossier.inburgeraarId(),
                        dossier.gemeentecode(),
                        Timestamp.from(Instant.now(clock)),
                        gebruikers.huidige().gebruikersnaam(),
                        toegewezenAan,
                        reden)
                .update();
        auditLog.registreer(AuditActie.DOORBRAAK, dossier, "toegewezen aan " + toegewezenAan + " (I-5)");
    }

    /** The break-the-glass assignments of the user's gemeenten, not yet reviewed first, then newest first. */
    @Transactional(readOnly = true)
    @MagPrivacyrechtenBeheren
    public List<Doorbraak> lijst(int max) {
        return jdbc.sql("""
                select * from doorbraak where gemeentecode = any(?)
                order by (beoordeeld_op is null) desc, occurred_at desc, id desc limit ?""")
                .params(gebruikers.huidige().gemeenten().toArray(String[]::new), max)
                .query(Doorbraken::doorbraak)
                .list();
    }

    /** The privacy officer marks one reviewed; a second time is 409. */
    @Transactional
    @MagPrivacyrechtenBeheren
    public void beoordeel(long id) {
        Doorbraak d = jdbc.sql("select * from doorbraak where id = ? and gemeentecode = any(?)")
                .params(id, gebruikers.huidige().gemeenten().toArray(String[]::new))
                .query(Doorbraken::doorbraak)
                .optional()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("doorbraak.fout.nietGevonden")));
        if (d.beoordeeldOp() != null) {
            throw new ConflictException(berichten.getMessage("doorbraak.fout.alBeoordeeld"), null);
        }
        jdbc.sql("update doorbraak set beoordeeld_door = ?, beoordeeld_op = ? where id = ?")
                .params(gebruikers.huidige().gebruikersnaam(), Timestamp.from(Instant.now(clock)), id)
                .update();
    }

    private static Doorbraak doorbraak(ResultSet rs, int rij) throws SQLException {
        Timestamp beoordeeld = rs.getTimestamp("beoordeeld_op");
        return new Doorbraak(
                rs.getLong("id"),
                rs.getObject("inburgeraar_id", UUID.class),
                rs.getString("gemeentecode"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("username"),
                rs.getString("toegewezen_aan"),
                rs.getString("reden"),
                rs.getString("beoordeeld_door"),
                beoordeeld == null ? null : beoordeeld.toInstant());
    }
}
