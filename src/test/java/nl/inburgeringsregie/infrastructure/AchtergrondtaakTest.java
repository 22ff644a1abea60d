package nl.inburgeringsregie.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import nl.inburgeringsregie.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 13 point 6: a background task (a task a screen starts, an @Async listener) runs as the user who submitted it,
 * through Spring Security's delegating executor, not by a context copied by hand; it cannot change the submitter's
 * context, and leaves its thread without one.
 */
class AchtergrondtaakTest extends IntegrationTest {

    @Autowired
    private TaskExecutor taken;

    /** The executor @Async uses (by its name, as @EnableAsync looks it up). */
    @Autowired
    @Qualifier("taskExecutor")
    private Executor asyncTaken;

    @AfterEach
    void leeg() {
        SecurityContextHolder.clearContext();
    }

    private static Authentication als(String gebruiker) {
        return new TestingAuthenticationToken(gebruiker, null, "RECHT_TEAM_OVERZIEN");
    }

    @Test
    void eenAchtergrondtaakZietDeGebruikerDieHemStartte() throws Exception {
        for (Executor executor : List.of(taken, asyncTaken)) {
            SecurityContextHolder.getContext().setAuthentication(als("teamleider"));
            CompletableFuture<String> wie = new CompletableFuture<>();
            executor.execute(() -> wie.complete(
                    SecurityContextHolder.getContext().getAuthentication().getName()));
            assertThat(wie.get(10, TimeUnit.SECONDS)).isEqualTo("teamleider");
        }
    }

    @Test
    void eenTaakDieZichAlsIemandAndersAanmeldtVerandertDeContextVanDeIndienerNiet() throws Exception {
        Authentication indiener = als("teamleider");
        SecurityContextHolder.getContext().setAuthentication(indiener);
        CompletableFuture<Authentication> daarna = new CompletableFuture<>();
        taken.execute(() -> {
            SecurityContextHolder.getContext().setAuthentication(als("duo-verwerker"));
            daarna.complete(SecurityContextHolder.getContext().getAuthentication());
        });
        assertThat(daarna.get(10, TimeUnit.SECONDS).getName()).isEqualTo("duo-verwerker");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(indiener);
    }

    @Test
    void zonderIngelogdeGebruikerDraaitDeTaakZonderGebruiker() throws Exception {
        SecurityContextHolder.clearContext();
        CompletableFuture<Boolean> leeg = new CompletableFuture<>();
        taken.execute(() -> leeg.complete(SecurityContextHolder.getContext().getAuthentication() == null));
        assertThat(leeg.get(10, TimeUnit.SECONDS)).isTrue();
    }
}
