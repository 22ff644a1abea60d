package nl.inburgeringsregie.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Creates the audit log's monthly partitions ahead of time (V13__audit_log_per_maand.sql,
 * docs/adr/0013-audit-partitioning.md): every night, this month's and the next {@link #MAANDEN_VOORUIT} months'
 * partitions that do not exist yet, so a missed run or two changes nothing. A db-scheduler task (infrastructure
 * TakenPlanner): one instance in a cluster runs it. Rows of a month without a partition land in the default partition
 * (never lost), and the job warns about them.
 */
@Configuration
class AuditLogPartities {

    static final String TAAK = "auditlog-partities";
    static final int MAANDEN_VOORUIT = 3;
    private static final Logger log = LoggerFactory.getLogger(AuditLogPartities.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLogPartities(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> auditlogPartities() {
        return Tasks.recurring(TAAK, new Daily(ZoneId.of("Europe/Amsterdam"), LocalTime.of(2, 30)))
                .execute((instantie, context) -> maakAan());
    }

    /** Creates the missing partitions from this month (UTC, as the partitions) on; returns the names of the new ones. */
    List<String> maakAan() {
        LocalDate maand = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).withDayOfMonth(1);
        List<String> nieuw = new ArrayList<>();
        for (int i = 0; i <= MAANDEN_VOORUIT; i++) {
            String naam = jdbc.queryForObject("select audit_log_partitie(?)", String.class, maand.plusMonths(i));
            if (naam != null) {
                nieuw.add(naam);
            }
        }
        if (!nieuw.isEmpty()) {
            log.info("Audit log partitions created: {}", nieuw);
        }
        if (Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from audit_log_default)", Boolean.class))) {
            log.warn("The audit log's default partition holds rows: months without a partition (see ADR 0013)");
        }
        return nieuw;
    }
}
