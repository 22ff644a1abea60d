package nl.inburgeringsregie.voortgang;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The PVT and the MAP as followed modules over REST (issue 16, ADR 0040 addendum; ): the hours against the
 * target with their sources, the gemeente's own activities, and the afronding from which the DUO melding is made (and
 * its withdrawal). {@code {module}} is {@code pvt} or {@code map}; anything else is 404, as is a person beyond the user's
 * relationships.
 */
@ApiController("/api/v1")
@Tag(
        name = "Modules PVT en MAP",
        description = "De uren, eigen activiteiten en de afronding van het participatieverklaringstraject (regel R-7)"
                + " en de module arbeidsmarkt en participatie (regel R-8); de melding aan DUO volgt uit de afronding")
class RoutemodulesApiController {

    @Schema(name = "ModuleactiviteitVastleggen")
    record ActiviteitInvoer(
            @Schema(description = "BIJEENKOMST (PVT); COMPETENTIESCAN, ORIENTATIE of PRAKTIJKDEEL (MAP)")
            Routemodules.Activiteitsoort soort,

            @Schema(description = "Dag van de activiteit; niet in de toekomst, niet voor de dagtekening van het PIP")
            LocalDate datum,

            @Schema(description = "Gevolgde uren, meer dan 0 en met de andere activiteiten van die dag hoogstens 24")
            BigDecimal uren,

            @Schema(description = "Wat er gedaan is, hoogstens 1000 tekens")
            String omschrijving) {}

    @Schema(name = "ModuleAfronden")
    record AfrondingInvoer(
            @Schema(
                    description = "PVT: de dag van ondertekening van de participatieverklaring (regel R-7); MAP: de dag"
                            + " van het eindgesprek (regel R-8); niet in de toekomst")
            LocalDate datum,

            @Schema(
                    description =
                            "MAP: de uitkomst van het eindgesprek (verplicht); PVT: een toelichting; hoogstens 2000")
            String verslag,

            @Schema(
                    description =
                            "Ja of Nee, alleen na het einde van de inburgeringstermijn; leeg daarvoor (regel R-9)")
            String verwijtbaar) {}

    private final Routemodules modules;
    private final MessageSourceAccessor berichten;

    RoutemodulesApiController(Routemodules modules, MessageSourceAccessor berichten) {
        this.modules = modules;
        this.berichten = berichten;
    }

    @GetMapping("/inburgeraars/{id}/modules")
    @Operation(summary = "De modules PVT en MAP van een inburgeraar: uren tegen het doel, activiteiten en afronding")
    Routemodules.Overzicht lees(@PathVariable UUID id) {
        return modules.overzicht(id);
    }

    @PostMapping("/inburgeraars/{id}/modules/{module}/activiteiten")
    @Operation(summary = "Leg een activiteit vast die de gemeente zelf uitvoert; de uren tellen mee voor de module")
    ResponseEntity<Routemodules.Activiteit> activiteit(
            @PathVariable UUID id, @PathVariable String module, @RequestBody ActiviteitInvoer invoer) {
        return ResponseEntity.status(201)
                .body(modules.activiteitVastleggen(
                        id,
                        module(module),
                        new Routemodules.ActiviteitInvoer(
                                invoer.soort(), invoer.datum(), invoer.uren(), invoer.omschrijving())));
    }

    @DeleteMapping("/inburgeraars/{id}/modules/{module}/activiteiten/{activiteitId}")
    @Operation(summary = "Verwijder een foutief vastgelegde activiteit; niet zolang de module is afgerond")
    ResponseEntity<Void> activiteitVerwijderen(
            @PathVariable UUID id, @PathVariable String module, @PathVariable UUID activiteitId) {
        modules.activiteitVerwijderen(id, module(module), activiteitId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/inburgeraars/{id}/modules/{module}/afronding")
    @Operation(
            summary =
                    "Rond de module af na de vereiste uren; de datum gaat als melding naar DUO (regels R-7, R-8, R-9)")
    ResponseEntity<Routemodules.Afronding> afronden(
            @PathVariable UUID id, @PathVariable String module, @RequestBody AfrondingInvoer invoer) {
        return ResponseEntity.status(201)
                .body(modules.afronden(
                        id,
                        module(module),
                        new Routemodules.AfrondingInvoer(invoer.datum(), invoer.verslag(), invoer.verwijtbaar())));
    }

    @DeleteMapping("/inburgeraars/{id}/modules/{module}/afronding")
    @Operation(summary = "Trek de afronding in; DUO krijgt een melding zonder datum")
    ResponseEntity<Void> intrekken(@PathVariable UUID id, @PathVariable String module) {
        modules.intrekken(id, module(module));
        return ResponseEntity.noContent().build();
    }

    private Routemodules.Module module(String tekst) {
        return Routemodules.Module.van(tekst)
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.module.onbekend")));
    }
}
