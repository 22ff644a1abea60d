package nl.inburgeringsregie.voortgang;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The gemeente's statement for the late-offer extension ground over REST (issue 16, ADR 0041; T-5). */
@ApiController("/api/v1")
@Tag(
        name = "Routestatus",
        description = "Per eis van de leerroute: gedaan, bezig, ontbreekt of onbekend, met het bewijs dat de gemeente"
                + " ziet (regels R-4 tot en met R-8, R-12, T-13); DUO beslist of de plicht is voldaan")
class VerklaringAanbodApiController {

    private final AanbodVerklaringen verklaringen;

    VerklaringAanbodApiController(AanbodVerklaringen verklaringen) {
        this.verklaringen = verklaringen;
    }

    @GetMapping("/inburgeraars/{id}/verklaring-aanbod")
    @Operation(
            summary = "De verklaring uitblijven inburgeringsaanbod als PDF: de cursus van een asielstatushouder is niet"
                    + " binnen 3 maanden (onderwijsroute 6) na de dagtekening van het PIP gestart (regel T-5); 409 als"
                    + " die grond niet geldt. Afgeven is een handeling van de consulent: vastgelegd in het journaal")
    ResponseEntity<byte[]> verklaring(@PathVariable UUID id) {
        AanbodVerklaringen.Afgegeven v = verklaringen.geefAf(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + v.bestandsnaam() + "\"")
                .body(v.pdf());
    }
}
