package nl.inburgeringsregie.afspraken;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Appointments and their interpreters over REST (issue 17, ADR 0038): a person's appointments, planning one, booking
 * its interpreter, cancelling it or marking it held, and the list of appointments whose interpreter is not yet booked.
 * The access decision comes first, so a person the user may not reach answers 404 whatever the body.
 */
@ApiController("/api/v1")
@Tag(
        name = "Afspraken",
        description = "Afspraken met een inburgeraar (intake, voortgangsgesprek, COA-overdracht, nazorg, begeleiding)"
                + " met de tolk: nodig, taal, geboekt en door wie (regel I-1)")
class AfsprakenApiController {

    @Schema(name = "AfspraakPlannen")
    record PlanInvoer(
            @Schema(
                    description = "Soort afspraak: INTAKEGESPREK, VOORTGANGSGESPREK, COA_OVERDRACHTSGESPREK, NAZORG,"
                            + " BEGELEIDING of OVERIG; een begeleider plant alleen BEGELEIDING (regel T-9)")
            Afspraak.Soort soort,

            @Schema(description = "Datum (Europe/Amsterdam); niet in het verleden, hoogstens drie jaar vooruit")
            LocalDate datum,

            @Schema(description = "Tijd (Europe/Amsterdam), bijvoorbeeld 10:00", type = "string", example = "10:00")
            LocalTime tijd,

            @Schema(description = "Plaats van de afspraak") @Size(max = 200)
            String plaats,

            @Schema(description = "Of een tolk nodig is; leeg: zoals het dossier vastlegt (regel I-1)")
            Boolean tolkNodig,

            @Schema(
                    description = "Taal van de tolk (ISO 639-code, zoals in het dossier); verplicht als een tolk nodig"
                            + " is; leeg: de taal uit het dossier (regel I-1)")
            @Size(max = 10)
            String tolkTaal) {}

    @Schema(name = "TolkBoeken")
    record BoekInvoer(
            @Schema(description = "Bij welk tolkenbureau of welke tolk geboekt (regel I-1)") @Size(max = 200)
            String tolkBij) {}

    private final Afspraken afspraken;

    AfsprakenApiController(Afspraken afspraken) {
        this.afspraken = afspraken;
    }

    @GetMapping("/inburgeraars/{id}/afspraken")
    @Operation(summary = "De afspraken van een inburgeraar in tijdsvolgorde (keyset-paginering met 'volgende')")
    Afspraken.Pagina lees(
            @PathVariable UUID id,
            @RequestParam(required = false) String volgende,
            @RequestParam(defaultValue = "50") int paginagrootte) {
        return afspraken.vanDossier(id, volgende, Math.clamp(paginagrootte, 1, 200));
    }

    @PostMapping("/inburgeraars/{id}/afspraken")
    @Operation(summary = "Plan een afspraak; tolk en taal standaard zoals het dossier vastlegt (regel I-1)")
    ResponseEntity<Afspraken.Weergave> plan(@PathVariable UUID id, @Valid @RequestBody PlanInvoer invoer) {
        return ResponseEntity.status(201)
                .body(afspraken.plan(
                        id,
                        new Afspraken.Invoer(
                                invoer.soort(),
                                invoer.datum(),
                                invoer.tijd(),
                                invoer.plaats(),
                                invoer.tolkNodig(),
                                invoer.tolkTaal())));
    }

    @PostMapping("/inburgeraars/{id}/afspraken/{afspraakId}/tolk-geboekt")
    @Operation(
            summary = "Leg vast dat de tolk geboekt is, door de aangemelde gebruiker; dezelfde boeking nogmaals"
                    + " verandert niets (regel I-1)")
    Afspraken.Weergave boek(
            @PathVariable UUID id, @PathVariable UUID afspraakId, @Valid @RequestBody BoekInvoer invoer) {
        return afspraken.boekTolk(id, afspraakId, invoer.tolkBij());
    }

    @PostMapping("/inburgeraars/{id}/afspraken/{afspraakId}/geannuleerd")
    @Operation(summary = "Annuleer de afspraak; nogmaals verandert niets")
    Afspraken.Weergave annuleer(@PathVariable UUID id, @PathVariable UUID afspraakId) {
        return afspraken.annuleer(id, afspraakId);
    }

    @PostMapping("/inburgeraars/{id}/afspraken/{afspraakId}/gehouden")
    @Operation(summary = "Leg vast dat de afspraak gehouden is (niet voor het begin)")
    Afspraken.Weergave gehouden(@PathVariable UUID id, @PathVariable UUID afspraakId) {
        return afspraken.gehouden(id, afspraakId);
    }

    @GetMapping("/afspraken/tolk-te-boeken")
    @Operation(
            summary = "Toekomstige afspraken waarvoor een tolk nodig is die nog niet geboekt is, eerstvolgende eerst,"
                    + " van de eigen gemeenten of (begeleider) de eigen organisatie (regel I-1)")
    Afspraken.Pagina tolkTeBoeken(
            @RequestParam(required = false) String volgende, @RequestParam(defaultValue = "50") int paginagrootte) {
        return afspraken.tolkTeBoeken(volgende, Math.clamp(paginagrootte, 1, 200));
    }
}
