package nl.inburgeringsregie.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Uploading COA's warme overdracht as a file, with the report per row. */
@Controller
class CoaWebController {

    private final CoaBestand bestand;
    private final CoaOverdrachten overdrachten;
    private final MessageSourceAccessor berichten;

    CoaWebController(CoaBestand bestand, CoaOverdrachten overdrachten, MessageSourceAccessor berichten) {
        this.bestand = bestand;
        this.overdrachten = overdrachten;
        this.berichten = berichten;
    }

    @GetMapping("/coa-overdrachten")
    @MagDossierWijzigen
    String formulier() {
        return "intake/coa";
    }

    @ModelAttribute("maxBytes")
    long maxBytes() {
        return bestand.maxBytes();
    }

    @PostMapping("/coa-overdrachten")
    @MagDossierWijzigen
    String importeer(@RequestParam(name = "bestand", required = false) MultipartFile upload, Model model)
            throws IOException {
        try {
            if (upload == null || upload.isEmpty()) {
                throw new InvalidInputException("bestand", berichten.getMessage("fout.coa.leeg"), "I-4");
            }
            if (upload.getSize() > bestand.maxBytes()) {
                // h5: the API's limit (spring.servlet.multipart.max-file-size follows the same setting).
                throw new InvalidInputException("bestand", bestand.teGroot().getMessage(), "I-4");
            }
            String naam = upload.getOriginalFilename() == null
                    ? ""
                    : upload.getOriginalFilename().toLowerCase(Locale.ROOT);
            boolean csv = naam.endsWith(".csv")
                    || String.valueOf(upload.getContentType()).startsWith("text/csv");
            model.addAttribute(
                    "resultaten",
                    overdrachten.importeer(bestand.lees(new String(upload.getBytes(), StandardCharsets.UTF_8), csv)));
        } catch (InvalidInputException e) {
            model.addAttribute("fouten", IntakeWebController.teksten(berichten, e.violations()));
            model.addAttribute("weggelaten", e.weggelaten());
        }
        return "intake/coa";
    }
}
