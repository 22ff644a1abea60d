package nl.inburgeringsregie.infrastructure.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.infrastructure.bestand.Csvbestand;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the REST API as application/problem+json (RFC 9457) with Dutch titles, and for invalid
 * input an {@code invalidParams} list naming each field, its message and rule (NL API Design Rules).
 * Never a stack trace, never a 500 for input.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = invalidParams(e.violations());
        if (e.weggelaten() > 0) {
            // h5: a bounded report says how many more there were.
            problem.setProperty("weggelaten", e.weggelaten());
        }
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "api.probleem.nietGevonden", tekst(e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "api.probleem.conflict", tekst(e.getMessage()));
        if (e.link() != null) {
            problem.setProperty("bestaand", e.link());
        }
        if (e.veld() != null) {
            problem.setProperty(
                    "invalidParams",
                    List.of(
                            e.regel() == null
                                    ? Map.of("name", e.veld(), "reason", tekst(e.getMessage()))
                                    : Map.of("name", e.veld(), "reason", tekst(e.getMessage()), "regel", e.regel())));
        }
        return problem;
    }

    /** An uploaded file over its limit (the COA import, a provider's attendance): 413 with the limit. */
    @ExceptionHandler(Csvbestand.TeGroot.class)
    ProblemDetail teGroot(Csvbestand.TeGroot e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "api.probleem.teGroot", e.getMessage());
        problem.setProperty("maxBytes", e.maxBytes());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleVersion(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "api.probleem.gelijktijdig", tekst("api.probleem.gelijktijdig.detail"));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "api.probleem.geenToegang", tekst("api.probleem.geenToegang.detail"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalidParams(List.of(new InvalidInputException.Violation(e.getName(), "api.veld.vorm", null)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidInputException.Violation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new InvalidInputException.Violation(
                        error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()), null))
                .toList();
        return ResponseEntity.badRequest().body(invalidParams(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = JsonErrors.field(e);
        // h5 (issue 14 point 7): a text or list the input guard refused says why.
        for (Throwable cause = e.getCause(); field != null && cause != null; cause = cause.getCause()) {
            if (cause instanceof Invoerbewaking.Geweigerd geweigerd) {
                return ResponseEntity.badRequest()
                        .body(invalidParams(List.of(new InvalidInputException.Violation(
                                field,
                                messages.getMessage(
                                        geweigerd.sleutel(),
                                        new Object[] {Invoerbewaking.MAX_TEKST, Invoerbewaking.MAX_LIJST},
                                        LocaleContextHolder.getLocale()),
                                null))));
            }
        }
        if (field != null) {
            // Issue 13 point 6: a field the request type does not have is refused, and named, not ignored.
            String reden = JsonErrors.onbekendVeld(e) ? "api.veld.onbekend" : "api.veld.nietToegestaan";
            return ResponseEntity.badRequest()
                    .body(invalidParams(List.of(new InvalidInputException.Violation(field, reden, null))));
        }
        return ResponseEntity.badRequest()
                .body(problem(
                        HttpStatus.BAD_REQUEST,
                        "api.probleem.ongeldigVerzoek",
                        tekst("api.probleem.ongeldigVerzoek.detail")));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in API request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "api.probleem.intern", tekst("api.probleem.intern.detail"));
    }

    ProblemDetail invalidParams(List<InvalidInputException.Violation> violations) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST, "api.probleem.ongeldigeInvoer", tekst("api.probleem.ongeldigeInvoer.detail"));
        problem.setProperty(
                "invalidParams",
                violations.stream()
                        .map(v -> v.regel() == null
                                ? Map.of("name", v.field(), "reason", tekst(v))
                                : Map.of("name", v.field(), "reason", tekst(v), "regel", v.regel()))
                        .toList());
        return problem;
    }

    /** A violation's text in the user's language: its message key resolved, or the text it carries. */
    private String tekst(InvalidInputException.Violation v) {
        return messages.getMessage(v.message(), v.args(), v.message(), LocaleContextHolder.getLocale());
    }

    /** A message key resolved in the user's language; a text that is no key is returned as it is. */
    private String tekst(String sleutel) {
        return messages.getMessage(sleutel, null, sleutel, LocaleContextHolder.getLocale());
    }

    /** A problem whose title is the message key {@code titel} resolved, with {@code detail} as it is. */
    private ProblemDetail problem(HttpStatus status, String titel, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(tekst(titel));
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
