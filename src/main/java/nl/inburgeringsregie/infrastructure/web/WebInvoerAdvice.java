package nl.inburgeringsregie.infrastructure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.ModelAndView;

/**
 * Issue 14 point 7 (h5): a web form's list field ({@code kinderen[9999].voornaam}, {@code kinderen[-1]...}) binds only
 * rows the form can have; an index out of range or not a number is refused with 400 and the field named, never a 500
 * and never thousands of empty rows made in memory.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class WebInvoerAdvice {

    /** The most rows a form's list binds (the forms show fewer: 6 children). */
    static final int MAX_FORMULIERRIJEN = 50;

    @InitBinder
    void begrensLijsten(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_FORMULIERRIJEN);
    }

    /** Domain exceptions on a screen: the error page with the status they stand for (issue 13 point 5). */
    @ExceptionHandler(NotFoundException.class)
    void nietGevonden(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    @ExceptionHandler(ConflictException.class)
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.CONFLICT.value());
    }

    @ExceptionHandler(InvalidInputException.class)
    void ongeldig(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView ongeldigVeld(InvalidPropertyException e) {
        ModelAndView pagina = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        pagina.addObject("status", 400);
        String veld = e.getPropertyName();
        pagina.addObject(Invoerbewaking.GEWEIGERD_VELD, veld.length() > 100 ? veld.substring(0, 100) : veld);
        pagina.addObject(Invoerbewaking.GEWEIGERD_REDEN, "fout.invoer.index");
        pagina.addObject(Invoerbewaking.GEWEIGERD_MAX, Invoerbewaking.MAX_TEKST);
        return pagina;
    }
}
