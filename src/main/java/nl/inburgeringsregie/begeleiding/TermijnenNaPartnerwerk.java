package nl.inburgeringsregie.begeleiding;

import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadlines' read model after a partner organisation's begeleider changed a begeleiding (ADR 0036). The begeleider
 * works for no gemeente: their connection may neither read the facts every deadline is derived from (the PIP, the
 * intake) nor write the read model, which row-level security keeps per gemeente. So the rewrite runs once their
 * change is committed, as system work in a transaction of its own, from all the dossier's facts; the daily job would
 * repair a failure. Staff of the gemeente rewrite in their own transaction ({@link Begeleidingen}).
 */
@Component
class TermijnenNaPartnerwerk {

    /** A begeleiding of these persons was changed by a user who works for no gemeente of theirs. */
    record DoorPartnerGewijzigd(List<UUID> ids) {}

    private final ApplicationEventPublisher events;
    private final TransactionTemplate nieuweTransactie;

    TermijnenNaPartnerwerk(ApplicationEventPublisher events, PlatformTransactionManager transacties) {
        this.events = events;
        this.nieuweTransactie = new TransactionTemplate(transacties);
        nieuweTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void naWijziging(DoorPartnerGewijzigd gewijzigd) {
        SecurityContext gebruiker = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            nieuweTransactie.executeWithoutResult(
                    status -> events.publishEvent(new TermijnfeitenGewijzigd(gewijzigd.ids())));
        } finally {
            SecurityContextHolder.setContext(gebruiker);
        }
    }
}
