package nl.inburgeringsregie.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagPrivacyrechtenBeheren;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.web.Formulierfouten;
import nl.inburgeringsregie.privacy.Privacyverzoeken.Soort;
import nl.inburgeringsregie.privacy.Privacyverzoeken.Uitkomst;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
            @RequestParam(required = false) String soort,
            @RequestParam(required = false) String gemeentecode,
            @RequestParam(required = false) String bsn,
            @RequestParam(required = false) String verzoeker,
            @RequestParam(required = false) String omschrijving,
            @RequestParam(required = false) String ontvangenOp,
            RedirectAttributes redirect) {
        try {
            Privacyverzoeken.Verzoek verzoek = verzoeken.registreer(new Privacyverzoeken.Aanvraag(
                    soort(soort), gemeentecode, bsn, verzoeker, omschrijving, datum(ontvangenOp)));
            redirect.addFlashAttribute("melding", "verzoek.geregistreerd");
            return "redirect:/privacy/verzoeken/" + verzoek.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "foutTekst", Formulierfouten.tekst(e.violations().getFirst(), berichten));
            return "redirect:/privacy/verzoeken";
        }
    }

    @GetMapping("/privacy/verzoeken/{id}")
    String verzoek(@PathVariable UUID id, Model model) {
        model.addAttribute("verzoek", verzoeken.lees(id));
        model.addAttribute("vandaag", LocalDate.now(clock));
        return "privacy/verzoek";
    }

    @PostMapping("/privacy/verzoeken/{id}/verlenging")
    String verleng(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer versie,
            @RequestParam(required = false) String reden,
            RedirectAttributes redirect) {
        try {
            verzoeken.verleng(id, versie, reden);
            redirect.addFlashAttribute("melding", "verzoek.verlengd");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "foutTekst", Formulierfouten.tekst(e.violations().getFirst(), berichten));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("foutTekst", Formulierfouten.tekst(e.getMessage(), berichten));
        }
        return "redirect:/privacy/verzoeken/" + id;
    }

    @PostMapping("/privacy/verzoeken/{id}/afhandeling")
    String handelAf(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer versie,
            @RequestParam(required = false) String uitkomst,
            @RequestParam(required = false) String toelichting,
            RedirectAttributes redirect) {
        try {
            verzoeken.handelAf(id, versie, uitkomst(uitkomst), toelichting);
            redirect.addFlashAttribute("melding", "verzoek.afgehandeld");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "foutTekst", Formulierfouten.tekst(e.violations().getFirst(), berichten));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("foutTekst", Formulierfouten.tekst(e.getMessage(), berichten));
        }
        return "redirect:/privacy/verzoeken/" + id;
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

    private static Soort soort(String waarde) {
        try {
            return waarde == null || waarde.isBlank() ? null : Soort.valueOf(waarde);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Uitkomst uitkomst(String waarde) {
        try {
            return waarde == null || waarde.isBlank() ? null : Uitkomst.valueOf(waarde);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate datum(String waarde) {
        try {
            return waarde == null || waarde.isBlank() ? null : LocalDate.parse(waarde.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
