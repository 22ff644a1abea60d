package nl.inburgeringsregie.infrastructure.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13 point 6: a request body of the API with a field its type does not have is refused, 400 problem+json naming
 * the field ({@link ApiExceptionHandler}), never silently ignored; at any depth (a nested object, a list item). Only
 * the server's JSON converter is strict: the application's {@link JsonMapper} (DUO messages, COA files, the
 * {@code RestClient}) keeps reading leniently what others send, as their specifications allow additions.
 */
@Configuration
class StrikteVerzoeken {

    /** Runs after Boot's own customizer, so that this converter replaces the default JSON converter. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer onbekendeVeldenGeweigerd(JsonMapper json) {
        JsonMapper streng = json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(streng));
    }
}
