package nl.inburgeringsregie.intake;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.web.Formulierfouten;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intake in the browser: one page with appointments, the conversation per leefgebied, the checklist and the
 * route decision; drafts are saved automatically (htmx) and kept in the browser too, so a timeout loses nothing;
 * a separate form for the leerbaarheidstoets; a printable summary.
 */
@Controller
public class IntakeWebController {

    /** The model names of the page's two forms (and of their errors, {@code typeMismatch.intakeFormulier.…}). */
    static final String FORMULIER = "intakeFormulier";

    static final String LBT_FORMULIER = "lbtFormulier";

    private final IntakeService service;
    private final MessageSourceAccessor berichten;
    private final CoaRegistraties coa;

    IntakeWebController(IntakeService service, MessageSourceAccessor berichten, CoaRegistraties coa) {
        this.coa = coa;
        this.service = service;
        this.berichten = berichten;
    }

    @GetMapping("/inburgeraars/{id}/intake")
    @MagDossierInzien
    String intake(@PathVariable UUID id, Model model) {
        return pagina(service.lees(id), model);
    }

    /**
     * Saving and finishing (the button {@code actie}). A field that does not bind (a number or time that does not
     * parse, a choice not in the list) is an error on its field and nothing is saved; a refusal shows the page as
     * typed, the errors above it.
     */
    @PostMapping("/inburgeraars/{id}/intake")
    @MagDossierWijzigen
    String bewaar(
            @PathVariable UUID id,
            @Valid @ModelAttribute(FORMULIER) IntakeFormulier formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        boolean afronden = formulier.afronden();
        if (!binding.hasErrors()) {
            try {
                service.bewaar(id, formulier.wijziging(afronden));
                redirect.addFlashAttribute("melding", afronden ? "intake.afgerond" : "intake.bewaard");
                return "redirect:/inburgeraars/" + id + "/intake";
            } catch (InvalidInputException e) {
                Formulierfouten.toon(e, binding);
            } catch (OptimisticLockingFailureException | ConflictException e) {
                model.addAttribute("gelijktijdig", true);
                return opgeslagen(service.lees(id), model);
            }
        }
        // Issue 21 (h1), point 5: a refused save shows the page as typed (never the stored state), so nothing is
        // lost and the browser's draft is not offered back as "niet-bewaarde invoer": it is on the screen.
        model.addAttribute("fouten", fouten(binding));
        model.addAttribute("invoerGetoond", true);
        return pagina(service.metInvoer(id, formulier.wijziging(false)), model);
    }

    /** Autosave of a draft (htmx): answers only the new version and a status line, swapped out of band. */
    @PostMapping("/inburgeraars/{id}/intake/concept")
    @MagDossierWijzigen
    String concept(
            @PathVariable UUID id,
            @Valid @ModelAttribute(FORMULIER) IntakeFormulier formulier,
            BindingResult binding,
            Model model) {
        model.addAttribute("versie", formulier.getVersie());
        if (binding.hasErrors()) {
            model.addAttribute("conceptFout", fouten(binding).getFirst());
            return "intake/concept :: concept";
        }
        try {
            IntakeService.Weergave w = service.bewaar(id, formulier.wijziging(false));
            model.addAttribute("versie", w.intake().version());
            model.addAttribute("bewaardOp", w.intake().gewijzigdOp());
        } catch (InvalidInputException e) {
            Formulierfouten.toon(e, binding);
            model.addAttribute("conceptFout", fouten(binding).getFirst());
        } catch (OptimisticLockingFailureException | ConflictException e) {
            model.addAttribute("gelijktijdig", true);
        }
        return "intake/concept :: concept";
    }

    @PostMapping("/inburgeraars/{id}/leerbaarheidstoets")
    @MagDossierWijzigen
    String leerbaarheidstoets(
            @PathVariable UUID id,
            @Valid @ModelAttribute(LBT_FORMULIER) LbtFormulier formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.leerbaarheidstoets(id, formulier.lbt());
                redirect.addFlashAttribute("melding", "intake.lbtBewaard");
                return "redirect:/inburgeraars/" + id + "/intake#lbt";
            } catch (InvalidInputException e) {
                Formulierfouten.toon(e, binding);
            } catch (ConflictException e) {
                model.addAttribute("gelijktijdig", true);
                return opgeslagen(service.lees(id), model);
            }
        }
        model.addAttribute("lbtFouten", fouten(binding));
        return pagina(service.lees(id), model);
    }

    @GetMapping("/inburgeraars/{id}/intake/samenvatting")
    @MagDossierInzien
    String samenvatting(@PathVariable UUID id, Model model) {
        IntakeService.Weergave w = service.lees(id);
        vul(w, model);
        return "intake/samenvatting";
    }

    /** Every error of a form in the user's language, in the order found (the page's error summary). */
    private List<String> fouten(BindingResult binding) {
        return binding.getAllErrors().stream().map(berichten::getMessage).toList();
    }

    /** The same for every intake screen (also the COA upload): key and arguments resolved, or the text as it is. */
    static List<Violation> teksten(MessageSourceAccessor berichten, List<Violation> violations) {
        return violations.stream()
                .map(v -> new Violation(
                        v.field(),
                        berichten.getMessage(
                                new DefaultMessageSourceResolvable(new String[] {v.message()}, v.args(), v.message())),
                        v.regel()))
                .toList();
    }

    /**
     * The page as stored, whatever was posted: after a conflict the other user's version, so that a new save starts
     * from it (replacing a form in the model drops its binding result).
     */
    private String opgeslagen(IntakeService.Weergave w, Model model) {
        model.addAttribute(FORMULIER, IntakeFormulier.van(w.intake(), w.advies()));
        model.addAttribute(LBT_FORMULIER, LbtFormulier.van(w.intake().lbt()));
        return pagina(w, model);
    }

    /**
     * The intake page. The forms show what the model holds under {@link #FORMULIER} and {@link #LBT_FORMULIER} (as
     * typed, after a refusal), otherwise the intake as stored.
     */
    private String pagina(IntakeService.Weergave w, Model model) {
        vul(w, model);
        if (!model.containsAttribute(FORMULIER)) {
            model.addAttribute(FORMULIER, IntakeFormulier.van(w.intake(), w.advies()));
        }
        if (!model.containsAttribute(LBT_FORMULIER)) {
            model.addAttribute(LBT_FORMULIER, LbtFormulier.van(w.intake().lbt()));
        }
        model.addAttribute("cefr", Keuzes.Cefr.values());
        model.addAttribute("alfabetiseringen", Keuzes.Alfabetisering.values());
        model.addAttribute("vooropleidingen", Keuzes.Vooropleiding.values());
        model.addAttribute("tolkWijzen", Keuzes.TolkWijze.values());
        model.addAttribute("opkomsten", Keuzes.Opkomst.values());
        model.addAttribute("leerroutes", Leerroute.values());
        model.addAttribute("indicatoren", Alfabetiseringsindicator.values());
        model.addAttribute("lbtResultaten", Keuzes.LbtResultaat.values());
        model.addAttribute("vrijstellingen", Keuzes.LbtVrijstelling.values());
        return "intake/intake";
    }

    private void vul(IntakeService.Weergave w, Model model) {
        model.addAttribute("w", w);
        // T-12 (ADR 0037): COA's profile or the handover conversation recorded outside the import.
        model.addAttribute("coa", coa.stand(w.dossier().id()));
        model.addAttribute("d", w.dossier());
        model.addAttribute("naam", w.naam());
        model.addAttribute("i", w.intake());
        model.addAttribute("advies", w.advies());
        model.addAttribute(
                "leefgebieden",
                Arrays.stream(Leefgebied.values())
                        .filter(l -> !l.alleenStatushouder() || w.dossier().doelgroep() == Doelgroep.ASIELSTATUSHOUDER)
                        .filter(l -> w.bijzonderZichtbaar() || !l.bijzonder())
                        .toList());
    }
}
