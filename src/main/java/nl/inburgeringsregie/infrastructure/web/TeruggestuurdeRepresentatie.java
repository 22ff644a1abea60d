package nl.inburgeringsregie.infrastructure.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A PUT takes back the representation its GET gave (fetch, change, send back): the representation's read-only fields,
 * those its response type has and its request type lacks (an id, a status, a version number), are left out before the
 * body is read, so that {@link StrikteVerzoeken} refuses only a field the resource does not have at all (issue 13 point
 * 6). Only top-level fields: nested objects are the same type both ways.
 */
@ControllerAdvice(annotations = ApiController.class)
class TeruggestuurdeRepresentatie extends RequestBodyAdviceAdapter {

    private final JsonMapper json;

    TeruggestuurdeRepresentatie(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.hasMethodAnnotation(PutMapping.class)
                && !alleenLezen(parameter, targetType).isEmpty();
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        byte[] inhoud = inputMessage.getBody().readAllBytes();
        try {
            if (json.readTree(inhoud) instanceof ObjectNode object) {
                object.remove(alleenLezen(parameter, targetType));
                inhoud = json.writeValueAsBytes(object);
            }
        } catch (JacksonException onleesbaar) {
            // left as it is: the converter reports it as for any other request
        }
        return bericht(inhoud, inputMessage.getHeaders());
    }

    /** The fields of the response's record type that the request's record type does not have. */
    private static Set<String> alleenLezen(MethodParameter parameter, Type targetType) {
        ResolvableType antwoord = ResolvableType.forMethodReturnType(parameter.getMethod());
        if (ResponseEntity.class.equals(antwoord.resolve())) {
            antwoord = antwoord.getGeneric(0);
        }
        Set<String> velden = velden(antwoord.resolve());
        velden.removeAll(velden(ResolvableType.forType(targetType).resolve()));
        return velden;
    }

    private static Set<String> velden(Class<?> type) {
        RecordComponent[] componenten = type == null ? null : type.getRecordComponents();
        return componenten == null
                ? new HashSet<>()
                : Arrays.stream(componenten).map(RecordComponent::getName).collect(Collectors.toSet());
    }

    private static HttpInputMessage bericht(byte[] inhoud, HttpHeaders headers) {
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(inhoud);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
