package nl.inburgeringsregie.infrastructure.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13 point 6, the other half of {@link StrikteVerzoeken}: an API operation that takes no request body (e.g.
 * {@code POST /api/v1/inburgeraars/{id}/pips}, which drafts from the intake) knows no field at all, so a body that
 * names fields is refused, 400 problem+json naming each one, instead of being ignored. An empty body and {@code {}}
 * pass; so do operations that read the request themselves (the COA import) and bodies that are not JSON.
 */
@Configuration
class VerzoekZonderInhoud implements WebMvcConfigurer, HandlerInterceptor {

    private final JsonMapper json;

    VerzoekZonderInhoud(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod methode)
                || !AnnotatedElementUtils.hasAnnotation(methode.getBeanType(), ApiController.class)
                || HttpMethod.GET.matches(request.getMethod())
                || Arrays.stream(methode.getMethodParameters()).anyMatch(VerzoekZonderInhoud::leestInhoud)
                || !json(request.getContentType())) {
            return true;
        }
        JsonNode boom;
        try {
            boom = json.readTree(request.getInputStream().readAllBytes());
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException(
                    "Request body of an operation that takes none is no JSON",
                    e,
                    new ServletServerHttpRequest(request));
        }
        if (boom.isMissingNode()) {
            return true; // no body, or only white space
        }
        if (!boom.isObject()) {
            throw new HttpMessageNotReadableException(
                    "Request body of an operation that takes none is no JSON object",
                    new ServletServerHttpRequest(request));
        }
        List<InvalidInputException.Violation> onbekend = boom.propertyNames().stream()
                .map(veld -> new InvalidInputException.Violation(veld, "api.veld.onbekend", null))
                .toList();
        if (!onbekend.isEmpty()) {
            throw new InvalidInputException(onbekend);
        }
        return true;
    }

    /** Whether the operation reads the body itself: a request body, a part, or the request or its stream. */
    private static boolean leestInhoud(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return parameter.hasParameterAnnotation(RequestBody.class)
                || parameter.hasParameterAnnotation(RequestPart.class)
                || ServletRequest.class.isAssignableFrom(type)
                || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type)
                || HttpEntity.class.isAssignableFrom(type);
    }

    /** Only a JSON body (or one without a type) is read here; another type is left to Spring MVC as before. */
    private static boolean json(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.isCompatibleWith(type)
                    || type.getSubtype().endsWith("+json");
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
