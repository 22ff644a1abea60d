package nl.inburgeringsregie.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.privacy.AuditLog.Betrokkene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention (issue 14 point 16): every night (db-scheduler task {@code bewaartermijnen}, 03:15 Europe/Amsterdam, one
 * run per cluster) what expired under {@link BewaartermijnInstellingen} goes:
 * <ol>
 * <li>a dossier whose duty ended at least the {@code dossier} period ago is destroyed with all that hangs on it; the
 * record of destruction keeps its id, gemeente, category and dates, nothing else;</li>
 * <li>health data (I-5) of a dossier whose duty ended at least the {@code bijzondere-gegevens} period ago is erased;</li>
 * <li>a handled data-subject request is deleted the {@code privacyverzoeken} period after it was handled;</li>
 * <li>a DUO notification about a BSN for which the gemeente has no dossier is deleted the
 * {@code notificaties-zonder-dossier} period after it was received (through {@link Persoonsgegevens}; with a dossier it
 * goes with the dossier);</li>
 * <li>the audit log's monthly partitions that ended at least the {@code auditlog} period ago are dropped (by the
 * database function {@code audit_log_maand_verwijderen} of V28_1, which runs as the table's owner and refuses a
 * month that ended less than twelve months ago).</li>
 * </ol>
 * A dossier under a legal hold, or with an open inzage or correction request, is left alone. Each dossier is handled
 * in its own transaction, with its audit row (user {@code systeem:bewaartermijnen}). "Today" is the injected clock.
 */
@Configuration
class Bewaring {

    static final String TAAK = "bewaartermijnen";
    private static final Logger log = LoggerFactory.getLogger(Bewaring.class);

    /** What one run did. */
    record Resultaat(
            List<UUID> vernietigd,
            List<UUID> geanonimiseerd,
            int verzoekenVerwijderd,
            int zonderDossierVerwijderd,
            List<String> auditPartities) {}

    private final JdbcClient jdbc;
    private final Dossierregister dossiers;
    private final List<Persoonsgegevens> bronnen;
    private final AuditLog auditLog;
    private final BewaartermijnInstellingen instellingen;
    private final TransactionTemplate transactie;
    private final Clock clock;

    Bewaring(
            JdbcClient jdbc,
            Dossierregister dossiers,
            List<Persoonsgegevens> bronnen,
            AuditLog auditLog,
            BewaartermijnInstellingen instellingen,
            TransactionTemplate transactie,
            Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.bronnen = bronnen;
        this.auditLog = auditLog;
        this.instellingen = instellingen;
        this.transactie = transactie;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> bewaartermijnen() {
        return Tasks.recurring(TAAK, new Daily(ZoneId.of("Europe/Amsterdam"), LocalTime.of(3, 15)))
                .execute((instantie, context) -> voerUit());
    }

    Resultaat voerUit() {
        return voerUit(instellingen);
    }

    /** One run with the given periods, today by the injected clock. */
    Resultaat voerUit(BewaartermijnInstellingen termijnen) {
        LocalDate vandaag = LocalDate.now(clock);
        List<UUID> vernietigd = new ArrayList<>();
        for (Dossierregister.Beeindigd b : dossiers.beeindigdUiterlijk(vandaag.minus(termijnen.dossier()))) {
            if (!vastgehouden(b.id()) && Boolean.TRUE.equals(transactie.execute(s -> vernietig(b)))) {
                vernietigd.add(b.id());
            }
        }
        List<UUID> geanonimiseerd = new ArrayList<>();
        for (Dossierregister.Beeindigd b : dossiers.beeindigdUiterlijk(vandaag.minus(termijnen.bijzondereGegevens()))) {
            if (!vernietigd.contains(b.id())
                    && !vastgehouden(b.id())
                    && Boolean.TRUE.equals(transactie.execute(s -> anonimiseer(b)))) {
                geanonimiseerd.add(b.id());
            }
        }
        LocalDate verzoekGrens = vandaag.minus(termijnen.privacyverzoeken());
        Integer verzoeken = transactie.execute(s -> jdbc.sql("delete from privacyverzoek where afgehandeld_op < ?")
                .params(Timestamp.from(
                        verzoekGrens.atStartOfDay(clock.getZone()).toInstant()))
                .update());
        Instant zonderDossierGrens = vandaag.minus(termijnen.notificatiesZonderDossier())
                .atStartOfDay(clock.getZone())
                .toInstant();
        Integer zonderDossier = transactie.execute(s -> bronnen.stream()
                .mapToInt(bron -> bron.verwijderZonderDossier(zonderDossierGrens))
                .sum());
        LocalDate auditGrens = vandaag.minus(termijnen.auditlog()).withDayOfMonth(1);
        List<String> partities;
        try {
            // One transaction for all months: when the database refuses one (less than twelve months ago), none goes.
            partities = transactie.execute(s -> jdbc.sql("""
                            select audit_log_maand_verwijderen(to_date(substr(c.relname, 11, 7), 'YYYY_MM'))
                            from pg_inherits i join pg_class c on c.oid = i.inhrelid
                            where i.inhparent = 'audit_log'::regclass and c.relname ~ '^audit_log_[0-9]{4}_[0-9]{2}$'
                              and (to_date(substr(c.relname, 11, 7), 'YYYY_MM') + interval '1 month')::date <= ?
                            order by c.relname""")
                    .params(Date.valueOf(auditGrens))
                    .query(String.class)
                    .list());
        } catch (DataAccessException e) {
            // The database refuses a boundary less than twelve months before its own date (a clock or setting gone
            // wrong): keep the log, say so, and let the rest of the run stand.
            log.warn(
                    "Audit log retention refused by the database for boundary {}: {}",
                    auditGrens,
                    e.getMostSpecificCause().getMessage());
            partities = List.of();
        }
        Resultaat resultaat = new Resultaat(
                vernietigd,
                geanonimiseerd,
                verzoeken == null ? 0 : verzoeken,
                zonderDossier == null ? 0 : zonderDossier,
                partities == null ? List.of() : partities);
        if (!vernietigd.isEmpty()
                || !geanonimiseerd.isEmpty()
                || resultaat.verzoekenVerwijderd() > 0
                || resultaat.zonderDossierVerwijderd() > 0
                || !resultaat.auditPartities().isEmpty()) {
            log.info(
                    "Retention: {} dossiers destroyed, {} anonymised, {} requests deleted, {} rows without a dossier "
                            + "deleted, audit partitions dropped: {}",
                    vernietigd.size(),
                    geanonimiseerd.size(),
                    resultaat.verzoekenVerwijderd(),
                    resultaat.zonderDossierVerwijderd(),
                    resultaat.auditPartities());
        }
        return resultaat;
    }

    /** A legal hold, or a data-subject request still open: keep everything as it is. */
    private boolean vastgehouden(UUID id) {
        return Boolean.TRUE.equals(
                jdbc.sql("""
                select exists (select 1 from bewaarblokkade where inburgeraar_id = ? and opgeheven_op is null)
                    or exists (select 1 from privacyverzoek where inburgeraar_id = ? and afgehandeld_op is null)""").params(id, id).query(Boolean.class).single());
    }

    private boolean vernietig(Dossierregister.Beeindigd b) {
        Dossierregister.Dossier dossier = dossiers.opId(b.id()).orElse(null);
        if (dossier == null) {
            return false;
        }
        Persoonsgegevens.Persoon persoon = new Persoonsgegevens.Persoon(b.id(), b.gemeentecode(), dossier.bsn());
        bronnen.forEach(bron -> bron.voorVernietiging(persoon));
        dossiers.vernietig(b.id());
        registreer(b, "DOSSIER");
        auditLog.registreerAlsSysteem(
                TAAK,
                AuditActie.VERNIETIGD,
                new Betrokkene(b.id(), b.gemeentecode()),
                "dossier vernietigd, einde plicht " + b.eindePlicht(),
                Doelbinding.BEWAREN_EN_VERNIETIGEN);
        return true;
    }

    private boolean anonimiseer(Dossierregister.Beeindigd b) {
        boolean gewist = false;
        for (Persoonsgegevens bron : bronnen) {
            gewist |= bron.wisBijzondereGegevens(b.id());
        }
        if (gewist) {
            registreer(b, "BIJZONDERE_GEGEVENS");
            auditLog.registreerAlsSysteem(
                    TAAK,
                    AuditActie.GEANONIMISEERD,
                    new Betrokkene(b.id(), b.gemeentecode()),
                    "gezondheid (I-5) gewist, einde plicht " + b.eindePlicht(),
                    Doelbinding.BEWAREN_EN_VERNIETIGEN);
        }
        return gewist;
    }

    private void registreer(Dossierregister.Beeindigd b, String categorie) {
        jdbc.sql("""
                insert into vernietiging (gemeentecode, inburgeraar_id, categorie, einde_plicht, uitgevoerd_op)
                values (?, ?, ?, ?, ?)""")
                .params(
                        b.gemeentecode(),
                        b.id(),
                        categorie,
                        Date.valueOf(b.eindePlicht()),
                        Timestamp.from(Instant.now(clock)))
                .update();
    }
}
