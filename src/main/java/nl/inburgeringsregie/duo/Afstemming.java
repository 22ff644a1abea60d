package nl.inburgeringsregie.duo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciliation of DUO's picture with ours, per gemeente: persons DUO says are ours but who have no dossier here
 * (from processed notifications), and meldingen DUO refused. Each line leads to the action that fixes it.
 */
@Service
class Afstemming {

    /** A person DUO notified about for whom this gemeente has no dossier. */
    record ZonderDossier(String bsn, String gemeentecode, String gebeurtenisId, Instant ontvangenOp) {
    }

    private final JdbcClient jdbc;

    Afstemming(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Still without a dossier: the latest notification per BSN whose person has not been registered since. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('RECHT_TEAM_OVERZIEN')")
    List<ZonderDossier> zonderDossier(List<String> gemeenten) {
        return jdbc.sql("""
                select distinct on (n.gemeentecode, n.bsn) n.bsn, n.gemeentecode, n.gebeurtenis_id, n.ontvangen_op
                from duo_notificatie n
                where n.status = 'ZONDER_DOSSIER' and n.gemeentecode = any(?)
                  and not exists (select 1 from inburgeraar i where i.gemeentecode = n.gemeentecode and i.bsn = n.bsn)
                order by n.gemeentecode, n.bsn, n.ontvangen_op desc""")
                .param(gemeenten.toArray(String[]::new))
                .query((rs, i) -> new ZonderDossier(rs.getString("bsn"), rs.getString("gemeentecode"),
                        rs.getString("gebeurtenis_id"), rs.getTimestamp("ontvangen_op").toInstant()))
                .list();
    }

    /** Meldingen DUO refused, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('RECHT_TEAM_OVERZIEN')")
    List<UUID> geweigerd(List<String> gemeenten) {
        return jdbc.sql("""
                select inburgeraar_id from duo_melding where status = 'GEWEIGERD' and gemeentecode = any(?)
                order by aangemaakt_op desc""")
                .param(gemeenten.toArray(String[]::new)).query(UUID.class).list();
    }
}
