package nl.inburgeringsregie.termijnen;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily job: rebuild the deadline read model from the facts (so changed settings and the passing of time are
 * reflected) and record the day's signals. A db-scheduler task (infrastructure TakenPlanner): its schedule is a row
 * in {@code scheduled_tasks} that exactly one application instance picks, so with several instances it still runs
 * once a day (docs/adr/0009-termijnen.md).
 *
 * <p>Issue 21 point 12: each run that ends records the day (by the injected clock) in {@code dagelijkse_taak}. An
 * application that starts on a day the job has not run yet (a new installation, a clock past midnight since the last
 * run) runs it at once: through the one-time task {@value #INHALEN} with the day as its instance, so that instances
 * starting together run it once between them. Off with {@code inburgeringsregie.termijnen.dagelijks.bij-start=false}.
 */
@Configuration
class DagelijkseTermijnen {

    static final String TAAK = "termijnen-dagelijks";
    static final String INHALEN = "termijnen-inhalen";
    private static final Logger log = LoggerFactory.getLogger(DagelijkseTermijnen.class);

    private final Termijnen termijnen;
    private final Signalen signalen;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DagelijkseTermijnen(Termijnen termijnen, Signalen signalen, Clock clock, JdbcClient jdbc, DataSource dataSource) {
        this.termijnen = termijnen;
        this.signalen = signalen;
        this.clock = clock;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Bean
    RecurringTask<Void> termijnenDagelijks(
            @Value("${inburgeringsregie.termijnen.dagelijks.tijd:05:30}") LocalTime tijd) {
        return Tasks.recurring(TAAK, new Daily(ZoneId.of("Europe/Amsterdam"), tijd))
                .execute((instantie, context) -> voerUit());
    }

    /** The start-up run of a day the job has not run yet (its instance is the day). */
    @Bean
    OneTimeTask<Void> termijnenInhalen() {
        return Tasks.oneTime(INHALEN).execute((instantie, context) -> {
            if (laatsteDag()
                    .filter(dag -> !dag.isBefore(LocalDate.parse(instantie.getId())))
                    .isPresent()) {
                return; // the daily run of that day came first
            }
            voerUit();
        });
    }

    /** At start-up: run the job once today when it has not run today. */
    @EventListener(ApplicationReadyEvent.class)
    void bijStart(ApplicationReadyEvent gestart) {
        if (gestart.getApplicationContext()
                        .getEnvironment()
                        .getProperty("inburgeringsregie.termijnen.dagelijks.bij-start", Boolean.class, true)
                && gestart.getApplicationContext()
                        .getEnvironment()
                        .getProperty("inburgeringsregie.taken.actief", Boolean.class, true)) {
            inhalen();
        }
    }

    /**
     * Schedules today's catch-up run when the job has not run today; returns whether it did. Due at once: the first
     * instance that looks for due tasks runs it (within inburgeringsregie.taken.peilinterval).
     */
    boolean inhalen() {
        LocalDate vandaag = LocalDate.now(clock);
        if (laatsteDag().filter(dag -> !dag.isBefore(vandaag)).isPresent()) {
            return false;
        }
        log.info("The daily deadline job has not run today: running it now");
        // The scheduler's due time is its own (system) time, not the application's day.
        return SchedulerClient.Builder.create(dataSource, termijnenInhalen())
                .build()
                .scheduleIfNotExists(termijnenInhalen().instance(vandaag.toString()), Instant.now(Clock.systemUTC()));
    }

    /** The last day (by the application's clock) a run of the job ended, if any. */
    Optional<LocalDate> laatsteDag() {
        return jdbc.sql("select laatste_dag from dagelijkse_taak where taak = ?")
                .param(TAAK)
                .query(LocalDate.class)
                .optional();
    }

    /** One run: rebuild the read model, then record signals; returns the number of new signals. */
    int voerUit() {
        LocalDate vandaag = LocalDate.now(clock);
        long start = System.nanoTime();
        int dossiers = termijnen.werkAllesBij();
        long herberekend = System.nanoTime();
        int nieuw = signalen.registreer(vandaag);
        jdbc.sql("""
                insert into dagelijkse_taak (taak, laatste_dag, uitvoeringen) values (?, ?, 1)
                on conflict (taak) do update set laatste_dag = excluded.laatste_dag,
                                                 uitvoeringen = dagelijkse_taak.uitvoeringen + 1""").params(TAAK, vandaag).update();
        log.info(
                "Daily deadlines: {} dossiers recomputed in {} ms, {} new signals in {} ms",
                dossiers,
                (herberekend - start) / 1_000_000,
                nieuw,
                (System.nanoTime() - herberekend) / 1_000_000);
        return nieuw;
    }
}
