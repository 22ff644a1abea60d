package nl.inburgeringsregie.infrastructure;

import java.util.function.Supplier;
import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.task.DelegatingSecurityContextAsyncTaskExecutor;

/**
 * Background work: asynchronous event listeners (@Async after-commit listeners, as Spring Modulith's) and tasks a
 * screen starts (a comparison with DUO) run on one task executor, Boot's (virtual threads), wrapped in Spring Security's
 * {@link DelegatingSecurityContextAsyncTaskExecutor} (issue 13 point 6): a task runs as the user who submitted it, and
 * its thread is left as it was found afterwards. No task copies the security context by hand.
 */
@Configuration
@EnableAsync
class AsyncConfig {

    /** Replaces Boot's {@code applicationTaskExecutor} (and is the {@code taskExecutor} that @Async looks for). */
    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    AsyncTaskExecutor applicationTaskExecutor(SimpleAsyncTaskExecutorBuilder builder) {
        DelegatingSecurityContextAsyncTaskExecutor executor =
                new DelegatingSecurityContextAsyncTaskExecutor(builder.build());
        executor.setSecurityContextHolderStrategy(new EigenKopie(SecurityContextHolder.getContextHolderStrategy()));
        return executor;
    }

    /**
     * The submitter's context handed over as a copy (same authentication, its own object): a task that signs in as
     * someone else (a DUO notification processed as its account) changes its own context, never the submitting
     * request's, which may still be running and be saved in its session afterwards.
     */
    private record EigenKopie(SecurityContextHolderStrategy strategie) implements SecurityContextHolderStrategy {

        @Override
        public SecurityContext getContext() {
            SecurityContext kopie = strategie.createEmptyContext();
            kopie.setAuthentication(strategie.getContext().getAuthentication());
            return kopie;
        }

        @Override
        public Supplier<SecurityContext> getDeferredContext() {
            return this::getContext;
        }

        @Override
        public void setContext(SecurityContext context) {
            strategie.setContext(context);
        }

        @Override
        public void clearContext() {
            strategie.clearContext();
        }

        @Override
        public SecurityContext createEmptyContext() {
            return strategie.createEmptyContext();
        }
    }
}
