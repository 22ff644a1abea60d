package nl.inburgeringsregie.ontzorgen;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The monthly payment batches of ontzorgen over REST (issue 17, ADR 0032): make a gemeente's batch for a month
 * (idempotent until sent), read it, fetch it as pain.001.001.03, mark it sent, book a refused payment back.
 */
@ApiController("/api/v1")
@Tag(
        name = "Betaalbatches",
        description = "Maandelijkse betaalbatch van de vaste lasten van ontzorgen per gemeente, als ISO 20022"
                + " pain.001.001.03 (regel O-1)")
class BetaalbatchApiController {

    @Schema(name = "BetaalbatchInvoer")
    record BatchInvoer(
            @Schema(description = "Een gemeente waarvoor u werkt", example = "0392")
            String gemeentecode,

            @Schema(description = "De maand (jjjj-mm)", example = "2027-01", type = "string")
            YearMonth maand) {}

    @Schema(name = "BetalingWeigering")
    record WeigeringInvoer(
            @Schema(description = "Verplicht: de reden die de bank gaf") @Size(max = 500)
            String reden) {}

    private final Betaalbatches batches;

    BetaalbatchApiController(Betaalbatches batches) {
        this.batches = batches;
    }

    @GetMapping("/betaalbatches")
    @Operation(summary = "De betaalbatches van uw gemeenten, nieuwste maand eerst")
    List<Betaalbatches.Batch> overzicht() {
        return batches.overzicht();
    }

    @PostMapping("/betaalbatches")
    @Operation(
            summary = "Maak de betaalbatch van een gemeente voor een maand; nogmaals maken vóór verzending geeft"
                    + " dezelfde batch, na verzending 400 (regel O-1)")
    Betaalbatches.Batch maak(@Valid @RequestBody BatchInvoer invoer) {
        return batches.maak(invoer.gemeentecode(), invoer.maand());
    }

    @GetMapping("/betaalbatches/{id}")
    @Operation(summary = "Eén betaalbatch met de betalingen")
    Betaalbatches.Batch batch(@PathVariable UUID id) {
        return batches.batch(id);
    }

    @GetMapping("/betaalbatches/{id}/pain.001.xml")
    @Operation(summary = "De betaalbatch als ISO 20022 pain.001.001.03 (SEPA-overboeking)")
    ResponseEntity<byte[]> pain001(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(batches.pain001(id));
    }

    @PostMapping("/betaalbatches/{id}/verzending")
    @Operation(summary = "Markeer de batch als verstuurd; daarna verandert hij niet meer (regel O-1)")
    Betaalbatches.Batch verstuur(@PathVariable UUID id) {
        return batches.verstuur(id);
    }

    @PostMapping("/betaalbatches/{id}/betalingen/{betaling}/weigering")
    @Operation(summary = "De bank weigerde een betaling: terugboeken met de reden; een signaal voor de budgetcoach")
    Betaalbatches.Batch weiger(
            @PathVariable UUID id, @PathVariable UUID betaling, @Valid @RequestBody WeigeringInvoer invoer) {
        return batches.weiger(id, betaling, invoer.reden());
    }
}
