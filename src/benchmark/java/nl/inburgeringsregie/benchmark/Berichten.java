package nl.inburgeringsregie.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The application's Dutch texts for microbenchmarks, set up as Spring Boot sets up its message source: every bundle of
 * {@code spring.messages.basename} in application.yml, in that order (a lookup tries them in turn, so the order is part
 * of the cost), UTF-8, no fallback to the system locale, cached; and the locale of MessagesConfig (nl_NL).
 */
public final class Berichten {

    private Berichten() {
    }

    public static MessageSourceAccessor vanDeApplicatie() {
        ResourceBundleMessageSource bron = new ResourceBundleMessageSource();
        bron.setBasenames(basenames());
        bron.setDefaultEncoding("UTF-8");
        bron.setFallbackToSystemLocale(false);
        return new MessageSourceAccessor(bron, Locale.of("nl", "NL"));
    }

    private static String[] basenames() {
        try {
            for (PropertySource<?> bron : new YamlPropertySourceLoader().load("application",
                    new ClassPathResource("application.yml"))) {
                Object basenames = bron.getProperty("spring.messages.basename");
                if (basenames != null) {
                    return basenames.toString().split("\\s*,\\s*");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("No spring.messages.basename in application.yml");
    }
}
