package nl.inburgeringsregie.infrastructure.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;

/** Dutch texts from the message bundle for code that builds messages (validation, letters). */
@Configuration
class MessagesConfig {

    static final Locale NEDERLANDS = Locale.of("nl", "NL");

    @Bean
    MessageSourceAccessor messageSourceAccessor(MessageSource messageSource) {
        return new MessageSourceAccessor(messageSource, NEDERLANDS);
    }
}
