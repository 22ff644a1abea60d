package nl.inburgeringsregie.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import nl.inburgeringsregie.uren.Urensoort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The hours followed during the brede intake over REST (issue 15, ADR 0034). */
@ApiController("/api/v1/inburgeraars/{id}")
@Tag(
        name = "Brede intake",
        description = "Intake per leefgebied, leerbaarheidstoets en routeadvies (regels I-1 tot I-5, R-1 tot R-3)")
class IntakeUrenApiController {

    @Schema(name = "IntakeUrenInvoer")
    record Invoer(LocalDate datum, Urensoort soort, BigDecimal uren, String omschrijving) {}

    private final IntakeUren intakeUren;

    IntakeUrenApiController(IntakeUren intakeUren) {
        this.intakeUren = intakeUren;
    }

    @PostMapping("/intake/uren")
    @Operation(
            summary = "Registreer (of corrigeer) de uren NT2, KNM of participatie van één dag tijdens de brede intake;"
                    + " ze tellen mee voor DUO (bredeintake/taallesknm, participatieactiviteiten; regel R-11, Besluit"
                    + " art. 3.14) en de nieuwe totalen gaan naar DUO")
    IntakeUren.Regel registreer(@PathVariable UUID id, @RequestBody Invoer invoer) {
        return intakeUren.registreer(
                id, new IntakeUren.Registratie(invoer.datum(), invoer.soort(), invoer.uren(), invoer.omschrijving()));
    }

    @GetMapping("/intake/uren")
    @Operation(summary = "De uren tijdens de brede intake per dag en soort, nieuwste eerst")
    List<IntakeUren.Regel> lijst(@PathVariable UUID id) {
        return intakeUren.lijst(id);
    }
}
