package nl.inburgeringsregie.infrastructure.fouten;

import java.util.List;

/**
 * Input that breaks a rule: each violation names the field, the Dutch message and, where one applies,
 * the rule id from the rule book. Answered as 400 problem+json (API) or shown next to the field (UI).
 */
public class InvalidInputException extends RuntimeException {

    /**
     * One broken rule on one field. {@code message} is a message key of the bundles ({@code fout.pip.pvtUren}), resolved
     * with {@code args} by the web layer in the user's language; a text that is no key is shown as it is (the older
     * form, being replaced module by module). {@code regel} may be null when no rule-book rule applies.
     */
    public record Violation(String field, String message, String regel, Object... args) {}

    /** The most violations one answer reports (h5, issue 14 point 7): a 50,000-row file does not make a 50,000-row report. */
    public static final int MAX_GEMELD = 100;

    private final List<Violation> violations;
    private final int weggelaten;

    public InvalidInputException(List<Violation> violations) {
        super("Invalid input: "
                + violations.stream().limit(MAX_GEMELD).map(Violation::field).toList());
        this.violations = List.copyOf(violations.size() > MAX_GEMELD ? violations.subList(0, MAX_GEMELD) : violations);
        this.weggelaten = Math.max(0, violations.size() - MAX_GEMELD);
    }

    /** How many violations beyond the first {@link #MAX_GEMELD} were left out of {@link #violations()}. */
    public int weggelaten() {
        return weggelaten;
    }

    public InvalidInputException(String field, String message, String regel) {
        this(List.of(new Violation(field, message, regel)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
