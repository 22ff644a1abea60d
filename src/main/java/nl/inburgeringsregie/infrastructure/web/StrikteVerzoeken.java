package nl.inburgeringsregie.infrastructure.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;
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

    /**
     * The OpenAPI document says the same (ADR 0030): every object schema a request body uses, itself or nested, gets
     * {@code additionalProperties: false}. Schemas shared by a request and a response (a PUT takes back what GET gave,
     * e.g. {@code Inburgeraar}) get it too: the response never holds other fields either, and a field added later
     * changes the committed document anyway. A schema only responses use is left open. Where a PUT's request schema
     * differs from its response's, the request body says which of the response's fields may be sent back and are
     * ignored ({@link TeruggestuurdeRepresentatie}).
     */
    @Bean
    @SuppressWarnings({"rawtypes", "unchecked"})
    OpenApiCustomizer strikteVerzoekenOpenApi(MessageSourceAccessor berichten) {
        return openApi -> {
            Map<String, Schema> schemas = openApi.getComponents() == null
                    ? null
                    : openApi.getComponents().getSchemas();
            if (schemas == null || openApi.getPaths() == null) {
                return;
            }
            Deque<Schema> open = new ArrayDeque<>();
            Set<String> gezien = new TreeSet<>();
            for (PathItem pad : openApi.getPaths().values()) {
                for (Operation operatie : pad.readOperations()) {
                    if (operatie.getRequestBody() != null) {
                        schemas(operatie.getRequestBody().getContent()).forEach(open::push);
                    }
                }
                if (pad.getPut() != null) {
                    teruggestuurd(pad.getPut(), schemas, berichten);
                }
            }
            while (!open.isEmpty()) {
                Schema schema = open.pop();
                String ref = naam(schema);
                if (ref != null) {
                    if (gezien.add(ref) && schemas.get(ref) != null) {
                        open.push(schemas.get(ref));
                    }
                    continue;
                }
                if (schema.getProperties() != null) {
                    schema.setAdditionalProperties(Boolean.FALSE);
                    ((Map<String, Schema>) schema.getProperties()).values().forEach(open::push);
                }
                if (schema.getItems() != null) {
                    open.push(schema.getItems());
                }
                Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                        .filter(Objects::nonNull)
                        .forEach(delen -> ((List<Schema>) delen).forEach(open::push));
            }
        };
    }

    /** A PUT whose response has fields its request lacks: the request body names them (sent back, ignored). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void teruggestuurd(Operation put, Map<String, Schema> schemas, MessageSourceAccessor berichten) {
        ApiResponse ok = put.getResponses() == null ? null : put.getResponses().get("200");
        String verzoek = schemas(
                        put.getRequestBody() == null
                                ? null
                                : put.getRequestBody().getContent())
                .map(StrikteVerzoeken::naam)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        String antwoord = schemas(ok == null ? null : ok.getContent())
                .map(StrikteVerzoeken::naam)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        if (verzoek == null || antwoord == null || verzoek.equals(antwoord)) {
            return;
        }
        Schema van = schemas.get(verzoek);
        Schema naar = schemas.get(antwoord);
        if (van == null || naar == null || naar.getProperties() == null) {
            return;
        }
        Set<String> alleenLezen = new TreeSet<>(naar.getProperties().keySet());
        if (van.getProperties() != null) {
            alleenLezen.removeAll(van.getProperties().keySet());
        }
        if (!alleenLezen.isEmpty()) {
            put.getRequestBody().setDescription(berichten.getMessage("api.openapi.teruggestuurd", new Object[] {
                antwoord, String.join(", ", alleenLezen)
            }));
        }
    }

    @SuppressWarnings("rawtypes")
    private static Stream<Schema> schemas(Content inhoud) {
        return inhoud == null
                ? Stream.empty()
                : inhoud.values().stream().map(MediaType::getSchema).filter(Objects::nonNull);
    }

    @SuppressWarnings("rawtypes")
    private static String naam(Schema schema) {
        String ref = schema.get$ref();
        return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }
}
