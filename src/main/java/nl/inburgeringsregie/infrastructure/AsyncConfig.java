package nl.inburgeringsregie.infrastructure;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Asynchronous event listeners (@Async after-commit listeners, as Spring Modulith's) run on Boot's task executor. */
@Configuration
@EnableAsync
class AsyncConfig {}
