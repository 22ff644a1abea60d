package nl.inburgeringsregie.duo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.MagDuoBerichten;
import nl.inburgeringsregie.gebruikers.MagTeamOverzien;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.privacy.Doelbinding;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * DUO's notifications: stored once per berichtId (a repeat changes nothing), with their status: ONTVANGEN for a
 * known event awaiting processing, ONBEKEND for an event this system does not know (kept and shown, never dropped).
 */
@Service
class Notificaties {

    /**
     * ONTVANGEN: known, awaiting processing; ONBEKEND: an event this system does not know; VERWERKT: the dossier
     * was updated from DUO; ZONDER_DOSSIER: DUO names a person without a dossier here (reconciliation);
     * NIET_ONDERSTEUND: known but not processed yet by this version; FOUT: DUO could not be reached, retried.
     */
    enum Status {
        ONTVANGEN,
        ONBEKEND,
        VERWERKT,
        ZONDER_DOSSIER,
        NIET_ONDERSTEUND,
        FOUT
    }

    /** {@code inburgeraarId}: the gemeente's dossier of the BSN, null when it has none (issue 14 point 14). */
    record Notificatie(
            UUID berichtId,
            String gemeentecode,
            String gebeurtenisId,
            String bsn,
            OffsetDateTime registratieDatumTijd,
            Status status,
            Instant ontvangenOp,
            UUID inburgeraarId) {}

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final DossierfeitenLezer dossiers;

    Notificaties(
            JdbcClient jdbc,
            AuditLog auditLog,
            Clock clock,
            ApplicationEventPublisher events,
            DossierfeitenLezer dossiers) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.auditLog = auditLog;
        this.clock = clock;
        this.events = events;
    }

    /** A stored notification to process: gemeente, event and BSN. */
    record Te(UUID berichtId, String gemeentecode, String gebeurtenisId, String bsn) {}

    /**
     * Claims the processing of a notification for the calling transaction and says whether it is still to be done
     * (issue 14 point 18). A transaction-scoped advisory lock on the berichtId makes a second processing of the same
     * notification — another instance republishing the event at its start, a resubmission racing a slow run — wait until
     * the first has committed; it then finds the outcome recorded and does nothing. The lock is no row lock, so
     * {@link #markeer} (its own transaction) can still write the row.
     */
    @Transactional
    boolean claimVerwerking(UUID berichtId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 1421))")
                .param("duo_notificatie:" + berichtId)
                .query((rs, i) -> 1)
                .list();
        String status = jdbc.sql("select status from duo_notificatie where bericht_id = ?")
                .param(berichtId)
                .query(String.class)
                .optional()
                .orElse(null);
        return status != null && (status.equals(Status.ONTVANGEN.name()) || status.equals(Status.FOUT.name()));
    }

    @Transactional(readOnly = true)
    Te lees(UUID berichtId) {
        return jdbc.sql(
                        "select bericht_id, gemeentecode, gebeurtenis_id, bsn from duo_notificatie where bericht_id = ?")
                .param(berichtId)
                .query((rs, i) -> new Te(
                        rs.getObject("bericht_id", UUID.class),
                        rs.getString("gemeentecode"),
                        rs.getString("gebeurtenis_id"),
                        rs.getString("bsn")))
                .single();
    }

    /**
     * DUO's date of the notice and doelgroep of a person without a dossier here, for the prefilled registration. In its
     * own transaction, like {@link #markeer}, so the processing's transaction holds no lock on the notification.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void duoGegevens(UUID berichtId, LocalDate kennisgeving, String doelgroep) {
        jdbc.sql("update duo_notificatie set datum_kennisgeving = ?, doelgroep = ? where bericht_id = ?")
                .params(kennisgeving, doelgroep, berichtId)
                .update();
    }

    /** Records the outcome of processing; in its own transaction so a failure is recorded while the work is retried. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void markeer(UUID berichtId, Status status, String fout) {
        jdbc.sql("update duo_notificatie set status = ?, fout = ?, verwerkt_op = ? where bericht_id = ?")
                .params(status.name(), fout, Timestamp.from(Instant.now(clock)), berichtId)
                .update();
    }

    /** Stores the notification; true when it is new, false when this berichtId was already received. */
    @Transactional
    @MagDuoBerichten
    boolean ontvang(
            UUID berichtId,
            String gemeentecode,
            String bron,
            String doel,
            String gebeurtenisId,
            String bsn,
            Long vNummer,
            OffsetDateTime registratieDatumTijd,
            String bericht) {
        Status status = Gebeurtenis.van(gebeurtenisId).isPresent() ? Status.ONTVANGEN : Status.ONBEKEND;
        boolean nieuw = jdbc.sql("""
                insert into duo_notificatie (bericht_id, gemeentecode, bron, doel, gebeurtenis_id, bsn, v_nummer,
                    registratie_datum_tijd, bericht, status, ontvangen_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (bericht_id) do nothing""")
                        .params(
                                berichtId,
                                gemeentecode,
                                bron,
                                doel,
                                gebeurtenisId,
                                bsn,
                                vNummer,
                                Timestamp.from(registratieDatumTijd.toInstant()),
                                bericht,
                                status.name(),
                                Timestamp.from(Instant.now(clock)))
                        .update()
                == 1;
        if (nieuw) {
            // Linked to the person when the gemeente has a dossier for the BSN (issue 14 point 14), so the privacy
            // officer finds the message in the person's audit trail.
            UUID inburgeraarId =
                    bsn == null ? null : dossiers.idVan(gemeentecode, bsn).orElse(null);
            auditLog.registreer(
                    AuditActie.DUO_BERICHT_ONTVANGEN,
                    new AuditLog.Betrokkene(inburgeraarId, gemeentecode),
                    "notificatie " + gebeurtenisId + " " + berichtId,
                    Doelbinding.GEGEVENSUITWISSELING_DUO);
            if (status == Status.ONTVANGEN) {
                events.publishEvent(new NotificatieOntvangen(
                        berichtId,
                        SecurityContextHolder.getContext().getAuthentication().getName()));
            }
        }
        return nieuw;
    }

    /**
     * The newest notifications of the gemeenten, for the team lead's view of the exchange. Each shows a BSN: the list
     * counts as reading each person on it, audited in this transaction (issue 14 point 14): with the dossier's id when
     * the gemeente has one, else without a person but naming the notification, which holds the BSN.
     */
    @Transactional
    @MagTeamOverzien
    List<Notificatie> laatste(List<String> gemeenten, int max) {
        List<Notificatie> lijst = jdbc.sql("""
                select n.bericht_id, n.gemeentecode, n.gebeurtenis_id, n.bsn, n.registratie_datum_tijd, n.status, n.ontvangen_op,
                       i.id as inburgeraar_id
                from duo_notificatie n left join inburgeraar i on i.gemeentecode = n.gemeentecode and i.bsn = n.bsn
                where n.gemeentecode = any(?) order by n.ontvangen_op desc limit ?""")
                .params(gemeenten.toArray(String[]::new), max)
                .query((rs, i) -> new Notificatie(
                        rs.getObject("bericht_id", UUID.class),
                        rs.getString("gemeentecode"),
                        rs.getString("gebeurtenis_id"),
                        rs.getString("bsn"),
                        rs.getObject("registratie_datum_tijd", OffsetDateTime.class),
                        Status.valueOf(rs.getString("status")),
                        rs.getTimestamp("ontvangen_op").toInstant(),
                        rs.getObject("inburgeraar_id", UUID.class)))
                .list();
        auditLog.registreer(
                AuditActie.IN_ZOEKRESULTAAT,
                lijst.stream()
                        .filter(n -> n.bsn() != null && n.inburgeraarId() != null)
                        .map(n -> new AuditLog.Betrokkene(n.inburgeraarId(), n.gemeentecode()))
                        .distinct()
                        .toList(),
                "DUO-notificaties");
        List<Notificatie> zonder = lijst.stream()
                .filter(n -> n.bsn() != null && n.inburgeraarId() == null)
                .toList();
        auditLog.registreerElk(
                AuditActie.IN_ZOEKRESULTAAT,
                zonder.stream()
                        .map(n -> new AuditLog.Betrokkene(null, n.gemeentecode()))
                        .toList(),
                zonder.stream().map(n -> zonderDossier(n.berichtId())).toList());
        return lijst;
    }

    /**
     * The audit detail of a BSN shown for which the gemeente has no dossier: the notification that holds it (never the
     * BSN itself).
     */
    static String zonderDossier(UUID berichtId) {
        return "DUO-notificatie zonder dossier " + berichtId;
    }
}
