package nl.inburgeringsregie.privacy;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagPrivacyrechtenBeheren;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.web.Formulierfouten;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The privacy officer's screens (issue 14 points 6, 15, 16): the worklist of data-subject requests with their
 * deadlines, a request with its inzage export (HTML and JSON), legal holds with the record of destruction, and the
 * break-the-glass assignments to review.
 */
@Controller
@MagPrivacyrechtenBeheren
class PrivacyrechtenController {

    /** The model names of the forms, and of their error codes ({@code typeMismatch.verzoekFormulier.soort}). */
    static final String VERZOEK = "verzoekFormulier";

    static final String VERLENGING = "verlengingFormulier";
    static final String AFHANDELING = "afhandelingFormulier";

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Privacyverzoeken verzoeken;
    private final Bewaarblokkades blokkades;
    private final Doorbraken doorbraken;
    private final Gebruikers gebruikers;
    private final Clock clock;
    private final MessageSourceAccessor berichten;

    PrivacyrechtenController(
            Privacyverzoeken verzoeken,
            Bewaarblokkades blokkades,
            Doorbraken doorbraken,
            Gebruikers gebruikers,
            Clock clock,
            MessageSourceAccessor berichten) {
        this.berichten = berichten;
        this.verzoeken = verzoeken;
        this.blokkades = blokkades;
        this.doorbraken = doorbraken;
        this.gebruikers = gebruikers;
        this.clock = clock;
    }

    @GetMapping("/privacy/verzoeken")
    String verzoeken(Model model) {
        model.addAttribute(VERZOEK, VerzoekFormulier.vandaag(LocalDate.now(clock)));
        return verzoekenPagina(model);
    }

    /** The page with the lists and the form: as typed after a refusal, with every error above it. */
    private String verzoekenPagina(Model model) {
        model.addAttribute("open", verzoeken.open());
        model.addAttribute("afgehandeld", verzoeken.afgehandeld(50));
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute(
                "gemeenten",
                gebruikers.gemeenten().stream()
                        .filter(g -> gebruikers.huidige().werktVoor(g.code()))
                        .toList());
        return "privacy/verzoeken";
    }

    @PostMapping("/privacy/verzoeken")
    String registreer(
            @Valid @ModelAttribute(VERZOEK) VerzoekFormulier formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Privacyverzoeken.Verzoek verzoek = verzoeken.registreer(formulier.aanvraag());
                redirect.addFlashAttribute("melding", "verzoek.geregistreerd");
                return "redirect:/privacy/verzoeken/" + verzoek.id();
            } catch (InvalidInputException e) {
                Formulierfouten.toon(e, binding);
            }
        }
        model.addAttribute("fouten", fouten(binding));
        return verzoekenPagina(model);
    }

    @GetMapping("/privacy/verzoeken/{id}")
    String verzoek(@PathVariable UUID id, Model model) {
        return verzoekPagina(id, model);
    }

    /** A request with its two forms (extending, handling): as typed after a refusal, with every error above them. */
    private String verzoekPagina(UUID id, Model model) {
        model.addAttribute("verzoek", verzoeken.lees(id));
        model.addAttribute("vandaag", LocalDate.now(clock));
        if (!model.containsAttribute(VERLENGING)) {
            model.addAttribute(VERLENGING, new VerzoekFormulier.Afhandeling());
        }
        if (!model.containsAttribute(AFHANDELING)) {
            model.addAttribute(AFHANDELING, new VerzoekFormulier.Afhandeling());
        }
        return "privacy/verzoek";
    }

    @PostMapping("/privacy/verzoeken/{id}/verlenging")
    String verleng(
            @PathVariable UUID id,
            @Valid @ModelAttribute(VERLENGING) VerzoekFormulier.Afhandeling formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return stap(id, binding, model, redirect, "verzoek.verlengd", () -> {
            verzoeken.verleng(id, formulier.getVersie(), formulier.getReden());
        });
    }

    @PostMapping("/privacy/verzoeken/{id}/afhandeling")
    String handelAf(
            @PathVariable UUID id,
            @Valid @ModelAttribute(AFHANDELING) VerzoekFormulier.Afhandeling formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return stap(id, binding, model, redirect, "verzoek.afgehandeld", () -> {
            verzoeken.handelAf(id, formulier.getVersie(), formulier.getUitkomst(), formulier.getToelichting());
        });
    }

    /**
     * One step on a request: done, back to the request with the message; refused (a field that does not bind or a
     * rule), the page as typed with the errors; a conflict (someone else changed it), the request as it now is.
     */
    private String stap(
            UUID id, BindingResult binding, Model model, RedirectAttributes redirect, String melding, Runnable actie) {
        if (!binding.hasErrors()) {
            try {
                actie.run();
                redirect.addFlashAttribute("melding", melding);
                return "redirect:/privacy/verzoeken/" + id;
            } catch (InvalidInputException e) {
                Formulierfouten.toon(e, binding);
            } catch (ConflictException e) {
                redirect.addFlashAttribute("foutTekst", Formulierfouten.tekst(e.getMessage(), berichten));
                return "redirect:/privacy/verzoeken/" + id;
            }
        }
        model.addAttribute("fouten", fouten(binding));
        return verzoekPagina(id, model);
    }

    /** Every error of a form in the user's language, in the order found (the page's error summary). */
    private List<String> fouten(BindingResult binding) {
        return binding.getAllErrors().stream().map(berichten::getMessage).toList();
    }

    /** The inzage export as a readable, printable page (audited as an export). */
    @GetMapping("/privacy/verzoeken/{id}/inzage")
    String inzage(@PathVariable UUID id, Model model) {
        model.addAttribute("inzage", verzoeken.inzage(id));
        return "privacy/inzage";
    }

    /** The inzage export as one JSON file to hand over (audited as an export). */
    @GetMapping("/privacy/verzoeken/{id}/inzage.json")
    ResponseEntity<String> inzageJson(@PathVariable UUID id) {
        Privacyverzoeken.Inzage inzage = verzoeken.inzage(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inzage-" + id + ".json\"")
                .body(JSON.writeValueAsString(inzage));
    }

    @GetMapping("/privacy/bewaren")
    String bewaren(Model model) {
        model.addAttribute("blokkades", blokkades.actief());
        model.addAttribute("vernietigingen", blokkades.vernietigingen(100));
        return "privacy/bewaren";
    }

    @PostMapping("/privacy/bewaren")
    String zetBlokkade(
            @RequestParam(required = false) String dossier,
            @RequestParam(required = false) String reden,
            RedirectAttributes redirect) {
        try {
            blokkades.zet(dossier, reden);
            redirect.addFlashAttribute("melding", "blokkade.gezet");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "foutTekst", Formulierfouten.tekst(e.violations().getFirst(), berichten));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("foutTekst", Formulierfouten.tekst(e.getMessage(), berichten));
        }
        return "redirect:/privacy/bewaren";
    }

    @PostMapping("/privacy/bewaren/{id}/opheffing")
    String hefOp(@PathVariable long id, @RequestParam(required = false) String reden, RedirectAttributes redirect) {
        try {
            blokkades.hefOp(id, reden);
            redirect.addFlashAttribute("melding", "blokkade.opgeheven");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "foutTekst", Formulierfouten.tekst(e.violations().getFirst(), berichten));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("foutTekst", Formulierfouten.tekst(e.getMessage(), berichten));
        }
        return "redirect:/privacy/bewaren";
    }

    @GetMapping("/privacy/doorbraken")
    String doorbraken(Model model) {
        model.addAttribute("doorbraken", doorbraken.lijst(500));
        return "privacy/doorbraken";
    }

    @PostMapping("/privacy/doorbraken/{id}/beoordeling")
    String beoordeel(@PathVariable long id, RedirectAttributes redirect) {
        try {
            doorbraken.beoordeel(id);
            redirect.addFlashAttribute("melding", "doorbraak.beoordeeld");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("foutTekst", Formulierfouten.tekst(e.getMessage(), berichten));
        }
        return "redirect:/privacy/doorbraken";
    }
}
