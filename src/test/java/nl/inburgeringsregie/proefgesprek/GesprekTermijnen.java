package nl.inburgeringsregie.proefgesprek;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import nl.inburgeringsregie.termijnen.Termijn;
import nl.inburgeringsregie.termijnen.TermijnBron;
import nl.inburgeringsregie.termijnen.TermijnSoort;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A module that exists only in the tests, to prove that {@link TermijnBron} is the extension point (issue 13 point 4):
 * it adds the kind TEST_GESPREK, a window of two weeks before a planned conversation, without any change to
 * {@code termijnen} or {@code inburgeraar}. Its facts are its own (planned conversations, here in memory) and only a
 * dossier a test plans a conversation for has the deadline; every other dossier of the shared test context gets
 * nothing from it. Its texts are its own bundle ({@code i18n/proefgesprek}), added to the application's message source
 * as a real module's bundle is listed in {@code spring.messages.basename}.
 */
@Component
class GesprekTermijnen implements TermijnBron {

    static final TermijnSoort TEST_GESPREK = new TermijnSoort("TEST_GESPREK", true);

    private final Map<UUID, LocalDate> gepland = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;

    GesprekTermijnen(ApplicationEventPublisher events, MessageSource berichten, MessageSourceAccessor accessor) {
        this.events = events;
        ((ResourceBundleMessageSource) berichten).addBasenames("i18n/proefgesprek");
        this.berichten = accessor;
    }

    /** Plans a conversation: this module's fact changes, so it asks for the dossier's deadlines to be rewritten. */
    @Transactional
    void plan(UUID dossier, LocalDate op) {
        gepland.put(dossier, op);
        events.publishEvent(new TermijnfeitenGewijzigd(List.of(dossier)));
    }

    @Override
    public List<TermijnSoort> soorten() {
        return List.of(TEST_GESPREK);
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten dossier) {
        LocalDate op = gepland.get(dossier.id());
        if (op == null) {
            return List.of();
        }
        return List.of(new Termijn(
                TEST_GESPREK,
                op.minusWeeks(2),
                op,
                op.minusWeeks(1),
                null,
                "TEST-1",
                berichten.getMessage("termijn.testGesprek", new Object[] {InburgeringTermijnen.datum(op)}),
                false));
    }
}
