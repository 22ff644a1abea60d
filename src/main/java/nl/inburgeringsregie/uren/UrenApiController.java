package nl.inburgeringsregie.uren;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The hours ledger over REST (issue 15, ADR 0031). */
@ApiController("/api/v1")
@Tag(name = "Uren", description = "Gevolgde uren per soort met hun bronnen (regels R-5, R-11, T-7)")
class UrenApiController {

    private final Urenboek urenboek;

    UrenApiController(Urenboek urenboek) {
        this.urenboek = urenboek;
    }

    @GetMapping("/inburgeraars/{id}/uren")
    @Operation(
            summary =
                    "De gevolgde uren van een inburgeraar: totalen per soort (NT2, KNM, participatie) met hun bronnen,"
                            + " de NT2-uren bij een keurmerkinstelling (afschalen, T-7) en de voortgang naar de doelen (R-5)")
    Urenboek.Urenoverzicht uren(@PathVariable UUID id) {
        return urenboek.overzicht(id);
    }
}
