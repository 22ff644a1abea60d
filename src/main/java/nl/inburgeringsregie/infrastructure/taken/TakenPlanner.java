package nl.inburgeringsregie.infrastructure.taken;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

/**
 * One db-scheduler for the whole application, running every {@link RecurringTask} bean the modules define (the daily
 * deadline job, DUO deliveries, …). Each schedule is a row in {@code scheduled_tasks} that exactly one application
 * instance picks, so in a cluster every run happens once (docs/adr/0009-termijnen.md). Off with
 * {@code inburgeringsregie.taken.actief=false}.
 */
@Component
class TakenPlanner implements SmartLifecycle {

    private final Scheduler scheduler;
    private volatile boolean actief;

    TakenPlanner(DataSource dataSource, List<RecurringTask<?>> taken,
                 @Value("${inburgeringsregie.taken.actief:true}") boolean aan) {
        this.scheduler = aan && !taken.isEmpty()
                ? Scheduler.create(dataSource).startTasks(List.copyOf(taken)).threads(2).build() : null;
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
