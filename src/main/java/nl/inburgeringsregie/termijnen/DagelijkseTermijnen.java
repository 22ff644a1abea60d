package nl.inburgeringsregie.termijnen;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;

/**
 * The daily job: rebuild the deadline read model from the facts (so changed settings and the passing of time are
 * reflected) and record the day's signals. A db-scheduler task (infrastructure TakenPlanner): its schedule is a row
 * in {@code scheduled_tasks} that exactly one application instance picks, so with several instances it still runs
 * once a day (docs/adr/0009-termijnen.md).
 */
@Configuration
class DagelijkseTermijnen {

    static final String TAAK = "termijnen-dagelijks";
    private static final Logger log = LoggerFactory.getLogger(DagelijkseTermijnen.class);

    private final Termijnen termijnen;
    private final Signalen signalen;
    private final Clock clock;

    DagelijkseTermijnen(Termijnen termijnen, Signalen signalen, Clock clock) {
        this.termijnen = termijnen;
        this.signalen = signalen;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> termijnenDagelijks(@Value("${inburgeringsregie.termijnen.dagelijks.tijd:05:30}") LocalTime tijd) {
        return Tasks.recurring(TAAK, new Daily(ZoneId.of("Europe/Amsterdam"), tijd)).execute((instantie, context) -> voerUit());
    }

    /** One run: rebuild the read model, then record signals; returns the number of new signals. */
    int voerUit() {
        LocalDate vandaag = LocalDate.now(clock);
        long start = System.nanoTime();
        int dossiers = termijnen.werkAllesBij();
        long herberekend = System.nanoTime();
        int nieuw = signalen.registreer(vandaag);
        log.info("Daily deadlines: {} dossiers recomputed in {} ms, {} new signals in {} ms", dossiers,
                (herberekend - start) / 1_000_000, nieuw, (System.nanoTime() - herberekend) / 1_000_000);
        return nieuw;
    }
}
