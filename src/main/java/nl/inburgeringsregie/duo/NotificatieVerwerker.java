package nl.inburgeringsregie.duo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Async;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes a stored notification after its transaction committed, asynchronously, through Spring Modulith's event
 * publication registry: a run that fails (DUO unreachable) stays incomplete and is retried (on restart and by
 * resubmission), its notification marked FOUT meanwhile. It acts as the account DUO delivered with, so rights,
 * journal and audit name DUO. Each event writes a line in the dossier's journal and fetches the subjects it points to
 * (Gebeurtenissen.md) into the dossier ({@link DuoRaadpleging}: duty and doelgroep PL-1, termijn T-3); a duty met
 * closes the route, a duty withdrawn or a death takes the dossier out. A person without a dossier here is left for
 * reconciliation.
 *
 * <p>Exactly once, also with several instances (issue 14 point 18): the event may be delivered again (an instance
 * republishes outstanding events at its start, a resubmission may race a slow run), so each run first claims the
 * notification ({@link Notificaties#claimVerwerking}) and does nothing when its outcome is already recorded.
 *
 * <p>At most {@value #GELIJKTIJDIG} notifications are processed at once; the others wait for their turn without a
 * database connection. Each one holds a connection for its transaction (while it asks DUO) and takes a second for the
 * outcome ({@link Notificaties#markeer}, REQUIRES_NEW). Unbounded, a burst of notifications took every connection of
 * the pool, each run holding its first and waiting for its second: a deadlock that stalled the whole application (every
 * request waiting for a connection) until the pool's 30 s timeout. Found by the benchmark of issue 7's DUO burst.
 */
@Component
class NotificatieVerwerker {

    private final Notificaties notificaties;
    private final DuoRaadpleging raadpleging;
    private final DossierfeitenLezer dossiers;
    private final ApplicationEventPublisher events;
    private final UserDetailsService accounts;
    private final MessageSource berichten;
    private final TransactionTemplate transactie;
    private final Semaphore beurten = new Semaphore(GELIJKTIJDIG, true);
    private final Clock clock;

    /** Notifications processed at once: each takes up to two connections of the pool (maximum-pool-size 20). */
    static final int GELIJKTIJDIG = 4;

    NotificatieVerwerker(
            Notificaties notificaties,
            DuoRaadpleging raadpleging,
            DossierfeitenLezer dossiers,
            ApplicationEventPublisher events,
            UserDetailsService accounts,
            MessageSource berichten,
            PlatformTransactionManager transacties,
            Clock clock) {
        this.clock = clock;
        this.berichten = berichten;
        this.transactie = new TransactionTemplate(transacties);
        this.transactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.notificaties = notificaties;
        this.raadpleging = raadpleging;
        this.dossiers = dossiers;
        this.events = events;
        this.accounts = accounts;
    }

    /** What @ApplicationModuleListener stands for (async, after commit, its own transaction), with a turn first. */
    @Async
    @TransactionalEventListener
    void verwerk(NotificatieOntvangen ontvangen) {
        beurten.acquireUninterruptibly();
        try {
            transactie.executeWithoutResult(status -> verwerkInTransactie(ontvangen));
        } finally {
            beurten.release();
        }
    }

    private void verwerkInTransactie(NotificatieOntvangen ontvangen) {
        UserDetails account = accounts.loadUserByUsername(ontvangen.gebruiker());
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        try {
            if (!notificaties.claimVerwerking(ontvangen.berichtId())) {
                return; // processed already, on this instance or another (issue 14 point 18)
            }
            Notificaties.Te n = notificaties.lees(ontvangen.berichtId());
            Gebeurtenis gebeurtenis = Gebeurtenis.van(n.gebeurtenisId()).orElseThrow();
            Notificaties.Status uitkomst;
            if (n.bsn() == null) {
                uitkomst = Notificaties.Status.NIET_ONDERSTEUND;
            } else {
                uitkomst = dossiers.idVan(n.gemeentecode(), n.bsn())
                        .map(id -> {
                            events.publishEvent(new DuoGebeurtenisVerwerkt(
                                    id,
                                    gebeurtenis.name() + ": "
                                            + berichten.getMessage(
                                                    "koppeling.gebeurtenis." + gebeurtenis.name(),
                                                    null,
                                                    Locale.forLanguageTag("nl")),
                                    gebeurtenis.fase()));
                            raadpleging.haalOp(id, n.gemeentecode(), n.bsn(), gebeurtenis.onderwerpen());
                            if (gebeurtenis.hervat()) {
                                // PL-5 (issue 12 part 4): the tijdelijke vrijstelling is withdrawn, the deadlines run
                                // again.
                                events.publishEvent(new DuoVrijstellingIngetrokken(id, LocalDate.now(clock)));
                            }
                            return Notificaties.Status.VERWERKT;
                        })
                        .orElseGet(() -> {
                            if (gebeurtenis.onderwerpen().contains("inburgeringsplicht")) {
                                notificaties.duoGegevens(
                                        n.berichtId(),
                                        raadpleging.kennisgeving(n.gemeentecode(), n.bsn()),
                                        raadpleging.doelgroep(n.gemeentecode(), n.bsn()));
                            }
                            return Notificaties.Status.ZONDER_DOSSIER;
                        });
            }
            notificaties.markeer(n.berichtId(), uitkomst, null);
        } catch (DuoClient.DuoFout e) {
            notificaties.markeer(ontvangen.berichtId(), Notificaties.Status.FOUT, e.getMessage());
            throw e;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
