package nl.inburgeringsregie.infrastructure.web;

import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.validation.BindingResult;

/**
 * The one way a screen shows a domain refusal (issue 13 point 6): each violation goes into the form's
 * {@link BindingResult} with its message key as error code and its arguments, so Thymeleaf's {@code #fields} shows it
 * next to the field in the user's language. A violation on a field the form does not have becomes a global error.
 */
public final class Formulierfouten {

    private Formulierfouten() {}

    public static void toon(InvalidInputException e, BindingResult binding) {
        for (InvalidInputException.Violation v : e.violations()) {
            if (heeftVeld(binding, v.field())) {
                binding.rejectValue(v.field(), v.message(), v.args(), v.message());
            } else {
                binding.reject(v.message(), v.args(), v.message());
            }
        }
    }

    /** A violation's text, for a message above the page (a flash message): its key resolved with its arguments. */
    public static String tekst(InvalidInputException.Violation v, MessageSourceAccessor berichten) {
        return berichten.getMessage(v.message(), v.args(), v.message());
    }

    /** A refusal's message key resolved; a text that is no key is returned as it is. */
    public static String tekst(String sleutel, MessageSourceAccessor berichten) {
        return berichten.getMessage(sleutel, null, sleutel);
    }

    private static boolean heeftVeld(BindingResult binding, String veld) {
        if (binding.getTarget() == null || veld == null || veld.isBlank()) {
            return false;
        }
        try {
            return binding.getFieldType(veld) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
