package nl.inburgeringsregie.privacy;

import java.sql.Timestamp;
import nl.inburgeringsregie.gebruikers.Inlogbewaking;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every failed sign-in in the audit log (issue 14): the attempted account, the client address, no person. */
@Component
class MislukteInlogAudit {

    private final JdbcTemplate jdbc;

    MislukteInlogAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void registreer(Inlogbewaking.InlogMislukt mislukt) {
        jdbc.update(
                """
                insert into audit_log (occurred_at, username, roles, inburgeraar_id, gemeentecode, action, detail,
                                       purpose, client_address)
                values (?, ?, '', null, null, ?, null, ?, ?)""",
                Timestamp.from(mislukt.op()),
                mislukt.gebruikersnaam(),
                AuditActie.INLOG_MISLUKT.name(),
                Doelbinding.BEVEILIGING.omschrijving(),
                mislukt.adres());
    }
}
