package nl.inburgeringsregie.infrastructure.web;

import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Finds the JSON field an unreadable request body failed on, for a message that names it. */
final class JsonErrors {

    private JsonErrors() {}

    static String field(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                String path = jackson.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining("."));
                return path.replace(".[", "[");
            }
        }
        return null;
    }

    /** Whether the body failed on a field its type does not have (issue 13 point 6: refused, not ignored). */
    static boolean onbekendVeld(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException) {
                return true;
            }
        }
        return false;
    }
}
