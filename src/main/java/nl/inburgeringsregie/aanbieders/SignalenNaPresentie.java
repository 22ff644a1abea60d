package nl.inburgeringsregie.aanbieders;

import java.util.UUID;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * AB-8 (ADR 0033): after a provider's attendance report commits, the persons' deadline read model is rewritten as
 * system work, in a transaction of its own. Not in the provider's transaction: the read model belongs to the gemeente
 * (row-level security by gemeente), and a provider's user may neither read nor write it; a file of 500 participants
 * is not kept waiting for it either. Until it ran, the worklist shows the signals of the previous report; the daily
 * job rewrites everything anyway.
 */
@Component
class SignalenNaPresentie {

    /** The key space of the advisory locks (hashtextextended's seed) of these rewrites. */
    private static final int SLOT = 1533;

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactie;
    private final JdbcClient jdbc;

    SignalenNaPresentie(ApplicationEventPublisher events, PlatformTransactionManager transacties, JdbcClient jdbc) {
        this.events = events;
        this.transactie = new TransactionTemplate(transacties);
        this.jdbc = jdbc;
    }

    @Async
    @TransactionalEventListener
    void na(PresentieGemeld gemeld) {
        // System work, as the daily job: without the provider's user, so row-level security lets the rewrite through.
        SecurityContextHolder.clearContext();
        transactie.executeWithoutResult(status -> {
            // Two reports of one person in quick succession: their rewrites run one after the other (a transaction-
            // scoped advisory lock per person, taken in one order), so the second sees the first's rows and replaces
            // them instead of colliding with them.
            jdbc.sql("""
                    select pg_advisory_xact_lock(sleutel) from (
                        select distinct hashtextextended(id::text, ?) as sleutel from unnest(?::uuid[]) as id
                        order by 1) as sleutels""")
                    .params(SLOT, gemeld.inburgeraarIds().toArray(UUID[]::new))
                    .query()
                    .listOfRows();
            events.publishEvent(new TermijnfeitenGewijzigd(gemeld.inburgeraarIds()));
        });
    }
}
