package nl.inburgeringsregie.voortgang;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A dossier's route timeline over REST (issue 16, ADR 0042). */
@ApiController("/api/v1")
@Tag(
        name = "Tijdlijn",
        description = "De gebeurtenissen van de route met hun datum, nieuwste eerst: PIP-versies, plaatsingen en"
                + " aanwezigheid, examens, voortgangsgesprekken en de data van PVT, MAP en Z-route")
class TijdlijnApiController {

    private final Tijdlijnen tijdlijnen;

    TijdlijnApiController(Tijdlijnen tijdlijnen) {
        this.tijdlijnen = tijdlijnen;
    }

    @GetMapping("/inburgeraars/{id}/tijdlijn")
    @Operation(summary = "De tijdlijn van de route van een inburgeraar, nieuwste gebeurtenis eerst")
    List<Tijdlijnen.Gebeurtenis> tijdlijn(@PathVariable UUID id) {
        return tijdlijnen.tijdlijn(id);
    }
}
