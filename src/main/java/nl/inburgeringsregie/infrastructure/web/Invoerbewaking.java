package nl.inburgeringsregie.infrastructure.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Array;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.ArrayType;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.LogicalType;

/**
 * Issue 14 point 7 (h5): one guard for all input, so that no text or list reaches the database that PostgreSQL refuses
 * (a NUL byte: 500 before) or that has no bound (a 1 MB note, 5,000 children). Every request body the JSON mapper reads
 * and every request parameter (form fields, query strings, multipart fields) passes here:
 * <ul>
 *   <li>no text holds a NUL character or a lone UTF-16 surrogate;</li>
 *   <li>no text is longer than {@link #MAX_TEKST} characters and no JSON list longer than {@link #MAX_LIJST} items,
 *       unless a field documents a smaller maximum (its own rule, e.g. names 200, children 20);</li>
 *   <li>JSON integers are never read as dates or enum values (a date is {@code "2025-01-31"}, an enum its name).</li>
 * </ul>
 * Refused as 400: problem+json naming the field over the API, the error page naming the field in the web UI. The
 * OpenAPI document states the same maxima on every string ({@code maxLength}) and array ({@code maxItems}) that has
 * no smaller one of its own.
 */
@Configuration
public class Invoerbewaking {

    /** The longest text any field accepts (characters); fields with a rule of their own accept less. */
    public static final int MAX_TEKST = 10_000;

    /** The most items any JSON list accepts; lists with a rule of their own accept fewer. */
    public static final int MAX_LIJST = 1_000;

    /** Whether a text holds a character no field accepts (a NUL or a lone surrogate), whatever its length. */
    public static boolean bevatOngeldigTeken(String tekst) {
        return ongeldigTeken(tekst) != null;
    }

    /** Why a text is refused, as a message key of i18n/algemeen.properties; null when it is acceptable. */
    static String fout(String tekst) {
        return tekst.length() > MAX_TEKST ? "fout.invoer.teLang" : ongeldigTeken(tekst);
    }

    private static String ongeldigTeken(String tekst) {
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c == 0) {
                return "fout.invoer.nul";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < tekst.length() && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                    i++;
                } else {
                    return "fout.invoer.surrogaat";
                }
            } else if (Character.isLowSurrogate(c)) {
                return "fout.invoer.surrogaat";
            }
        }
        return null;
    }

    /** A JSON value the guard refuses; {@link ApiExceptionHandler} names its field with the Dutch message. */
    static final class Geweigerd extends MismatchedInputException {

        private final String sleutel;

        Geweigerd(JsonParser parser, String sleutel, JavaType type) {
            super(parser, "Refused input (" + sleutel + ")", type);
            this.sleutel = sleutel;
        }

        String sleutel() {
            return sleutel;
        }
    }

    @Bean
    JsonMapperBuilderCustomizer invoerbewakingJson() {
        return builder -> {
            SimpleModule module = new SimpleModule("invoerbewaking");
            module.addDeserializer(String.class, new Tekst());
            module.setDeserializerModifier(new Lijsten());
            builder.addModule(module);
            // An integer is not an enum value, nor a date: "doelgroep": 3 or "geboortedatum": 20250101 is refused.
            builder.withCoercionConfig(
                    LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
            builder.withCoercionConfig(
                    LogicalType.DateTime,
                    c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
            JsonFormat.Value streng = JsonFormat.Value.forLeniency(false);
            for (Class<?> type : new Class<?>[] {
                LocalDate.class,
                LocalDateTime.class,
                LocalTime.class,
                Instant.class,
                OffsetDateTime.class,
                ZonedDateTime.class
            }) {
                builder.withConfigOverride(type, o -> o.setFormat(streng));
            }
        };
    }

    /** Every JSON string: the standard reading, then the guard. */
    static final class Tekst extends StdScalarDeserializer<String> {

        Tekst() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String tekst = StringDeserializer.instance.deserialize(p, ctxt);
            String fout = tekst == null ? null : fout(tekst);
            if (fout != null) {
                throw new Geweigerd(p, fout, ctxt.constructType(String.class));
            }
            return tekst;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** Wraps every collection and array reader with the maximum number of items. */
    static final class Lijsten extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyCollectionDeserializer(
                DeserializationConfig config,
                CollectionType type,
                BeanDescription.Supplier beanDesc,
                ValueDeserializer<?> deserializer) {
            return new BegrensdeLijst(deserializer);
        }

        @Override
        public ValueDeserializer<?> modifyArrayDeserializer(
                DeserializationConfig config,
                ArrayType type,
                BeanDescription.Supplier beanDesc,
                ValueDeserializer<?> deserializer) {
            return new BegrensdeLijst(deserializer);
        }
    }

    static final class BegrensdeLijst extends DelegatingDeserializer {

        BegrensdeLijst(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new BegrensdeLijst(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            return controleer(p, ctxt, super.deserialize(p, ctxt));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) {
            return controleer(p, ctxt, super.deserialize(p, ctxt, intoValue));
        }

        private Object controleer(JsonParser p, DeserializationContext ctxt, Object lijst) {
            int aantal = lijst instanceof Collection<?> c
                    ? c.size()
                    : lijst != null && lijst.getClass().isArray() ? Array.getLength(lijst) : 0;
            // Only what a client sends (a request is being handled): the application's own stored events, republished
            // by Spring Modulith without a request (a demo batch holds 2,000 ids), are not input.
            if (aantal > MAX_LIJST && RequestContextHolder.getRequestAttributes() != null) {
                throw new Geweigerd(p, "fout.invoer.teVeel", ctxt.constructType(Collection.class));
            }
            return lijst;
        }
    }

    /** The same maxima in the OpenAPI document, on every string and array that has no smaller one of its own. */
    @Bean
    OpenApiCustomizer invoerbewakingOpenApi() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            openApi.getComponents().getSchemas().values().forEach(Invoerbewaking::begrens);
        };
    }

    @SuppressWarnings("rawtypes")
    private static void begrens(Schema schema) {
        if (schema == null) {
            return;
        }
        String type = schema.getType() != null
                ? schema.getType()
                : schema.getTypes() != null && schema.getTypes().size() == 1
                        ? String.valueOf(schema.getTypes().iterator().next())
                        : null;
        if ("string".equals(type)
                && schema.getMaxLength() == null
                && schema.getEnum() == null
                && schema.getFormat() == null) {
            schema.setMaxLength(MAX_TEKST);
        }
        if ("array".equals(type)) {
            if (schema.getMaxItems() == null) {
                schema.setMaxItems(MAX_LIJST);
            }
            begrens(schema.getItems());
        }
        if (schema.getProperties() != null) {
            for (Object eigenschap : ((Map<?, ?>) schema.getProperties()).values()) {
                begrens((Schema) eigenschap);
            }
        }
    }

    /**
     * Every request parameter (form field, query string, multipart field) passes the same guard as JSON text, before
     * Spring Security and any controller: a NUL byte never reaches a query.
     */
    @Bean
    FilterRegistrationBean<Parameterfilter> invoerbewakingParameters(MessageSourceAccessor berichten) {
        FilterRegistrationBean<Parameterfilter> registratie =
                new FilterRegistrationBean<>(new Parameterfilter(berichten));
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registratie;
    }

    /** Request attribute naming the refused field for the error page. */
    public static final String GEWEIGERD_VELD = "invoerGeweigerdVeld";
    /** Request attribute with the message key of the refusal for the error page. */
    public static final String GEWEIGERD_REDEN = "invoerGeweigerdReden";
    /** Request attribute with the text maximum, the argument of the refusal's message. */
    public static final String GEWEIGERD_MAX = "invoerGeweigerdMax";

    static final class Parameterfilter extends OncePerRequestFilter {

        private final MessageSourceAccessor berichten;

        Parameterfilter(MessageSourceAccessor berichten) {
            this.berichten = berichten;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Map<String, String[]> parameters;
            try {
                String type = request.getContentType();
                if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                    // Parsed explicitly: implicit parsing would drop a body over the limit silently (and CSRF then
                    // answers 403 for a file that is only too large).
                    request.getParts();
                }
                parameters = request.getParameterMap();
            } catch (IllegalStateException | IllegalArgumentException | IOException | ServletException onleesbaar) {
                // Tomcat refuses a multipart body over spring.servlet.multipart.* limits, or one it cannot parse.
                weiger(
                        request,
                        response,
                        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "bestand",
                        "fout.invoer.teGroot");
                return;
            }
            for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
                String fout = fout(parameter.getKey());
                String veld = fout == null ? parameter.getKey() : "?";
                for (String waarde : parameter.getValue()) {
                    if (fout == null && waarde != null) {
                        fout = fout(waarde);
                    }
                }
                if (fout != null) {
                    weiger(request, response, HttpServletResponse.SC_BAD_REQUEST, veld, fout);
                    return;
                }
            }
            chain.doFilter(request, response);
        }

        private void weiger(
                HttpServletRequest request, HttpServletResponse response, int status, String veld, String sleutel)
                throws IOException {
            String pad = request.getRequestURI();
            if (pad.startsWith("/api/") || pad.startsWith("/duo/")) {
                // Field names here are the client's own parameter names, never echoed unescaped into HTML.
                Probleemantwoord.schrijf(
                        response,
                        HttpStatus.valueOf(status),
                        berichten.getMessage("api.probleem.ongeldigeInvoer"),
                        berichten.getMessage("api.probleem.ongeldigeInvoer.detail"),
                        Map.of(
                                "invalidParams",
                                List.of(Map.of(
                                        "name", veld, "reason", berichten.getMessage(sleutel, new Object[] {MAX_TEKST
                                        })))));
                return;
            }
            if (status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                // The body could not be parsed, so no error dispatch can run on it: a small page of its own.
                response.setStatus(status);
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>"
                                + berichten.getMessage("fout.pagina.413") + "</title></head><body><main><h1>"
                                + berichten.getMessage("fout.pagina.413") + "</h1><p>"
                                + berichten.getMessage("fout.pagina.413.uitleg")
                                + "</p><p><a href=\"/\">" + berichten.getMessage("fout.pagina.terug")
                                + "</a></p></main></body></html>");
                return;
            }
            request.setAttribute(GEWEIGERD_VELD, veld.length() > 100 ? veld.substring(0, 100) : veld);
            request.setAttribute(GEWEIGERD_REDEN, sleutel);
            request.setAttribute(GEWEIGERD_MAX, MAX_TEKST);
            response.sendError(status);
        }
    }
}
