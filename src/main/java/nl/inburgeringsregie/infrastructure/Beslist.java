package nl.inburgeringsregie.infrastructure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one class that decides the rules it names (rule ids of the rule book, {@code regels.md}, and of the ADRs,
 * such as ADR 0031's AB-*): where the rule is computed, checked or enforced. Other classes cite the id where they apply
 * the decision, but only this class decides it; a second class claiming the same id fails {@code RegelindexTest},
 * which also writes the index {@code docs/regelindex.md} from these annotations (issue 13). Changes no behaviour.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Beslist {

    /** The rule ids this class decides, such as {@code "T-1"}. */
    String[] value();
}
