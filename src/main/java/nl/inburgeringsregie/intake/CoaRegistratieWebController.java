package nl.inburgeringsregie.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * T-12 in the browser (ADR 0037): on the intake page the consultant records COA's profile received outside the import
 * and the handover conversation held; back to the page with a message, or with the errors above the form.
 */
@Controller
class CoaRegistratieWebController {

    private final CoaRegistraties registraties;
    private final MessageSourceAccessor berichten;

    CoaRegistratieWebController(CoaRegistraties registraties, MessageSourceAccessor berichten) {
        this.registraties = registraties;
        this.berichten = berichten;
    }

    @PostMapping("/inburgeraars/{id}/coa-overdracht/profiel")
    @MagDossierWijzigen
    String profiel(
            @PathVariable UUID id,
            @RequestParam(required = false) String ontvangenOp,
            @RequestParam(required = false) String bron,
            RedirectAttributes redirect) {
        return vastleggen(
                id, redirect, () -> registraties.profielOntvangen(id, datum("ontvangenOp", ontvangenOp), bron));
    }

    @PostMapping("/inburgeraars/{id}/coa-overdracht/gesprek")
    @MagDossierWijzigen
    String gesprek(
            @PathVariable UUID id,
            @RequestParam(required = false) String gehoudenOp,
            @RequestParam(required = false) String deelnemers,
            RedirectAttributes redirect) {
        return vastleggen(
                id, redirect, () -> registraties.gesprekGehouden(id, datum("gehoudenOp", gehoudenOp), deelnemers));
    }

    private String vastleggen(UUID id, RedirectAttributes redirect, Runnable vastlegging) {
        try {
            vastlegging.run();
            redirect.addFlashAttribute("melding", "coaRegistratie.bewaard");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "coaFouten",
                    IntakeWebController.teksten(berichten, e.violations()).stream()
                            .map(Violation::message)
                            .toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("coaFouten", List.of(e.getMessage()));
        }
        return "redirect:/inburgeraars/" + id + "/intake#coa";
    }

    /** A date as the browser's date field sends it; empty is none; anything else is an error on its field. */
    private LocalDate datum(String veld, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(waarde.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(veld, berichten.getMessage("fout.coaRegistratie.datumOngeldig"), "T-12");
        }
    }
}
