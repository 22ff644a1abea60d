package nl.inburgeringsregie.voortgang;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A dossier's route status over REST (issue 16, ADR 0040; T-13). */
@ApiController("/api/v1")
@Tag(
        name = "Routestatus",
        description = "Per eis van de leerroute: gedaan, bezig, ontbreekt of onbekend, met het bewijs dat de gemeente"
                + " ziet (regels R-4 tot en met R-8, R-12, T-13); DUO beslist of de plicht is voldaan")
class RoutestatusApiController {

    private final Routestatussen routestatussen;

    RoutestatusApiController(Routestatussen routestatussen) {
        this.routestatussen = routestatussen;
    }

    @GetMapping("/inburgeraars/{id}/routestatus")
    @Operation(summary = "De routestatus van een inburgeraar: wat is gedaan en wat ontbreekt nog (regel T-13)")
    Routestatussen.Routestatus lees(@PathVariable UUID id) {
        return routestatussen.routestatus(id);
    }
}
