package nl.inburgeringsregie.infrastructure.web;

import java.util.List;

/**
 * Input that breaks a rule: each violation names the field, the Dutch message and, where one applies,
 * the rule id from the rule book. Answered as 400 problem+json (API) or shown next to the field (UI).
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

    /** One broken rule on one field. {@code regel} may be null when no rule-book rule applies. */
    public record Violation(String field, String message, String regel) {
    }

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("Invalid input: " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message, String regel) {
        this(List.of(new Violation(field, message, regel)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
