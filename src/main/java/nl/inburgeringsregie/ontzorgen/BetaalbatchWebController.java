package nl.inburgeringsregie.ontzorgen;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagOntzorgingBeheren;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.web.Formulierfouten;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ContentDisposition;
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

/**
 * The budgetcoach's payment batches in the browser (issue 17, ADR 0032), the same operations as
 * {@code /api/v1/betaalbatches}: the batches of the user's gemeenten, making a month's batch, a batch with its payments,
 * the pain.001 file, marking it sent, and booking back a payment the bank refused (O-1).
 */
@Controller
class BetaalbatchWebController {

    private static final String LIJST = "/ontzorging/betaalbatches";

    private final Betaalbatches batches;
    private final Gebruikers gebruikers;
    private final DossierfeitenLezer dossiers;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    BetaalbatchWebController(
            Betaalbatches batches,
            Gebruikers gebruikers,
            DossierfeitenLezer dossiers,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.batches = batches;
        this.gebruikers = gebruikers;
        this.dossiers = dossiers;
        this.berichten = berichten;
        this.clock = clock;
    }

    @GetMapping(LIJST)
    @MagOntzorgingBeheren
    String overzicht(Model model) {
        Map<String, String> gemeenten = new LinkedHashMap<>();
        gebruikers.huidige().gemeenten().stream().sorted().forEach(c -> gemeenten.put(c, gebruikers.gemeenteNaam(c)));
        model.addAttribute("batches", batches.overzicht());
        model.addAttribute("gemeenten", gemeenten);
        if (!model.containsAttribute("maand")) {
            model.addAttribute("maand", YearMonth.from(LocalDate.now(clock)).toString());
        }
        return "ontzorgen/betaalbatches";
    }

    @PostMapping(LIJST)
    @MagOntzorgingBeheren
    String maak(
            @RequestParam(name = "gemeentecode", required = false) String gemeentecode,
            @RequestParam(name = "maand", required = false) String maand,
            RedirectAttributes redirect) {
        try {
            Betaalbatches.Batch b = batches.maak(gemeentecode, maand(maand));
            redirect.addFlashAttribute(
                    "melding", berichten.getMessage("betaalbatch.gemaakt", new Object[] {b.maand(), b.aantal()}));
            return "redirect:" + LIJST + "/" + b.id();
        } catch (InvalidInputException e) {
            fouten(e, redirect);
            redirect.addFlashAttribute("maand", maand);
            return "redirect:" + LIJST;
        }
    }

    @GetMapping(LIJST + "/{id}")
    @MagOntzorgingBeheren
    String batch(@PathVariable UUID id, Model model) {
        Betaalbatches.Batch b = batches.batch(id);
        model.addAttribute("batch", b);
        model.addAttribute("gemeenteNaam", gebruikers.gemeenteNaam(b.gemeentecode()));
        model.addAttribute(
                "namen",
                dossiers.namen(b.betalingen().stream()
                        .map(Betaalbatches.Betaling::inburgeraarId)
                        .distinct()
                        .toList()));
        return "ontzorgen/betaalbatch";
    }

    @GetMapping(LIJST + "/{id}/pain.001.xml")
    @MagOntzorgingBeheren
    ResponseEntity<byte[]> bestand(@PathVariable UUID id) {
        byte[] xml = batches.pain001(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("pain.001-" + id + ".xml")
                                .build()
                                .toString())
                .body(xml);
    }

    @PostMapping(LIJST + "/{id}/verzending")
    @MagOntzorgingBeheren
    String verstuur(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            Betaalbatches.Batch b = batches.verstuur(id);
            redirect.addFlashAttribute(
                    "melding", berichten.getMessage("betaalbatch.verstuurd", new Object[] {b.maand()}));
        } catch (InvalidInputException e) {
            fouten(e, redirect);
        }
        return "redirect:" + LIJST + "/" + id;
    }

    @PostMapping(LIJST + "/{id}/betalingen/{betaling}/weigering")
    @MagOntzorgingBeheren
    String weiger(
            @PathVariable UUID id,
            @PathVariable UUID betaling,
            @RequestParam(name = "reden", required = false) String reden,
            RedirectAttributes redirect) {
        try {
            batches.weiger(id, betaling, reden);
            redirect.addFlashAttribute("melding", berichten.getMessage("betaalbatch.teruggeboekt"));
        } catch (InvalidInputException e) {
            fouten(e, redirect);
        }
        return "redirect:" + LIJST + "/" + id;
    }

    /** A month typed as yyyy-mm (the browser's month field); anything else is no month (O-1 names the field). */
    private static YearMonth maand(String maand) {
        try {
            return maand == null || maand.isBlank() ? null : YearMonth.parse(maand.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void fouten(InvalidInputException e, RedirectAttributes redirect) {
        List<String> teksten = e.violations().stream()
                .map(v -> Formulierfouten.tekst(v, berichten))
                .toList();
        redirect.addFlashAttribute("fouten", teksten);
    }
}
