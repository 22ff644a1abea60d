package nl.inburgeringsregie.duo;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Every half minute (a cluster-safe db-scheduler task): deliver the meldingen that are due, each validated against
 * DUO's specification before it leaves; and retry the processing of notifications that failed while DUO was down
 * (Spring Modulith's incomplete event publications older than a minute).
 */
@Configuration
class MeldingenVersturen {

    static final String TAAK = "duo-versturen";
    private static final Logger log = LoggerFactory.getLogger(MeldingenVersturen.class);

    private final Meldingen meldingen;
    private final DuoClient duo;
    private final IncompleteEventPublications onvoltooid;
    private final ReentrantLock bezig = new ReentrantLock();

    MeldingenVersturen(Meldingen meldingen, DuoClient duo, IncompleteEventPublications onvoltooid) {
        this.meldingen = meldingen;
        this.duo = duo;
        this.onvoltooid = onvoltooid;
    }

    @Bean
    RecurringTask<Void> duoVersturen() {
        return Tasks.recurring(TAAK, FixedDelay.of(Duration.ofSeconds(30))).execute((instantie, context) -> {
            verstuur();
            onvoltooid.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(1));
        });
    }

    /**
     * Sends every due melding once; returns how many DUO accepted. Runs one at a time in this instance, so a caller
     * returns only after every melding due at its call has been tried (the recurring task and a direct call never
     * interleave); across instances each melding is claimed ({@link Meldingen#teVersturen}).
     */
    int verstuur() {
        bezig.lock();
        try {
            return verstuurGeclaimde();
        } finally {
            bezig.unlock();
        }
    }

    private int verstuurGeclaimde() {
        int verzonden = 0;
        for (Meldingen.Melding m : meldingen.teVersturen(100)) {
            try {
                DuoClient.Uitkomst uitkomst =
                        duo.verstuur(m.api(), m.methode(), m.gemeentecode(), m.pad(), m.bericht());
                if (uitkomst.geaccepteerd()) {
                    meldingen.verzonden(m);
                    verzonden++;
                } else {
                    meldingen.geweigerd(m, uitkomst.fouttekst());
                }
            } catch (DuoClient.DuoFout e) {
                meldingen.mislukt(m, e.getMessage());
                log.warn("Melding {} to DUO failed, retried later", m.id());
            }
        }
        return verzonden;
    }
}
