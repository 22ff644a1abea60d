package nl.inburgeringsregie.infrastructure.taken;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One db-scheduler for the whole application, running every {@link RecurringTask} bean the modules define (the daily
 * deadline job, DUO deliveries, …). Each schedule is a row in {@code scheduled_tasks} that exactly one application
 * instance picks, so in a cluster every run happens once (docs/adr/0009-termijnen.md). Off with
 * {@code inburgeringsregie.taken.actief=false}. {@link OneTimeTask} beans are known too: an execution of one that any
 * instance schedules runs once in the cluster. Every instance looks for due executions each
 * {@code inburgeringsregie.taken.peilinterval} (10 s).
 */
@Component
class TakenPlanner implements SmartLifecycle {

    private final Scheduler scheduler;
    private volatile boolean actief;

    TakenPlanner(
            DataSource dataSource,
            List<RecurringTask<?>> taken,
            ObjectProvider<OneTimeTask<?>> eenmaligeTaken,
            @Value("${inburgeringsregie.taken.actief:true}") boolean aan,
            @Value("${inburgeringsregie.taken.peilinterval:10s}") Duration peilinterval) {
        // One-time tasks (h7, issue 14 point 18): executions scheduled by any instance run once, on whichever picks
        // them.
        List<OneTimeTask<?>> eenmalig = eenmaligeTaken.orderedStream().toList();
        this.scheduler = aan && !(taken.isEmpty() && eenmalig.isEmpty())
                ? Scheduler.create(dataSource, List.<Task<?>>copyOf(eenmalig))
                        .startTasks(List.copyOf(taken))
                        .threads(2)
                        .pollingInterval(peilinterval)
                        .build()
                : null;
    }

    @Override
    public void start() {
        if (scheduler != null) {
            scheduler.start();
        }
        actief = true;
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.stop();
        }
        actief = false;
    }

    @Override
    public boolean isRunning() {
        return actief;
    }
}
