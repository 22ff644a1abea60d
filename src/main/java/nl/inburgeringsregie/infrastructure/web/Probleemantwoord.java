package nl.inburgeringsregie.infrastructure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON answer written by code that runs before Spring MVC (a servlet filter, a security handler), with Jackson
 * (issue 13 point 6: no JSON assembled in strings): an RFC 9457 problem, or a bare JSON object.
 */
public final class Probleemantwoord {

    private Probleemantwoord() {}

    /** Writes {@code application/problem+json}: type about:blank, title, status, detail and the extra members. */
    public static void schrijf(
            HttpServletResponse response, HttpStatus status, String title, String detail, Map<String, ?> extra)
            throws IOException {
        Map<String, Object> probleem = new LinkedHashMap<>();
        probleem.put("type", "about:blank");
        probleem.put("title", title);
        probleem.put("status", status.value());
        probleem.put("detail", detail);
        probleem.putAll(extra);
        schrijf(response, status, MediaType.APPLICATION_PROBLEM_JSON_VALUE, probleem);
    }

    /** Writes {@code inhoud} as {@code application/json}. */
    public static void schrijf(HttpServletResponse response, HttpStatus status, Map<String, ?> inhoud)
            throws IOException {
        schrijf(response, status, MediaType.APPLICATION_JSON_VALUE, inhoud);
    }

    private static void schrijf(HttpServletResponse response, HttpStatus status, String type, Object inhoud)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JsonMapper.shared().writeValueAsString(inhoud));
    }
}
