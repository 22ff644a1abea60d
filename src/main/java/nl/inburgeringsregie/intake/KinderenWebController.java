package nl.inburgeringsregie.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.web.Formulierfouten;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page "Kinderen en VVE" of a dossier (issue 17, rule I-2, ADR 0039): the children of VVE age with their
 * referrals, a form per child to record or change one, and I-2's two acts. A refusal comes back at the top of the page,
 * naming its rule.
 */
@Controller
class KinderenWebController {

    private final Kinderen kinderen;
    private final Toegang toegang;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    KinderenWebController(Kinderen kinderen, Toegang toegang, MessageSourceAccessor berichten, Clock clock) {
        this.kinderen = kinderen;
        this.toegang = toegang;
        this.berichten = berichten;
        this.clock = clock;
    }

    @GetMapping("/inburgeraars/{id}/kinderen")
    @MagDossierInzien
    String pagina(@PathVariable UUID id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("k", kinderen.lees(id));
        model.addAttribute("magWijzigen", toegang.mag(Recht.DOSSIER_WIJZIGEN, id));
        model.addAttribute("statussen", Kinderen.Status.values());
        model.addAttribute("vandaag", LocalDate.now(clock));
        return "intake/kinderen";
    }

    @PostMapping("/inburgeraars/{id}/kinderen/verwijzing")
    @MagDossierWijzigen
    String verwijs(
            @PathVariable UUID id,
            @RequestParam(name = "voornaam", required = false) String voornaam,
            @RequestParam(name = "geboortedatum", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate geboortedatum,
            @RequestParam(name = "soort", required = false) String soort,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "datum", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate datum,
            @RequestParam(name = "toelichting", required = false) String toelichting,
            RedirectAttributes redirect) {
        return uitvoeren(
                id,
                redirect,
                "vve.verwijzing.vastgelegd",
                () -> kinderen.verwijs(
                        id, new Kinderen.VerwijzingInvoer(voornaam, geboortedatum, soort, status, datum, toelichting)));
    }

    @PostMapping("/inburgeraars/{id}/kinderen/handeling")
    @MagDossierWijzigen
    String handeling(
            @PathVariable UUID id,
            @RequestParam(name = "handeling", required = false) String handeling,
            RedirectAttributes redirect) {
        return uitvoeren(id, redirect, "vve.handeling.vastgelegd", () -> kinderen.legVast(id, handeling));
    }

    private String uitvoeren(UUID id, RedirectAttributes redirect, String melding, Supplier<?> actie) {
        try {
            actie.get();
            redirect.addFlashAttribute("melding", berichten.getMessage(melding));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "fouten",
                    e.violations().stream()
                            .map(v -> Formulierfouten.tekst(v, berichten))
                            .toList());
        }
        return "redirect:/inburgeraars/" + id + "/kinderen";
    }
}
