package nl.inburgeringsregie.intake;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.inburgeringsregie.infrastructure.web.ApiController;

/** COA's warme overdracht over REST: JSON (schema docs/api/coa-overdracht.schema.json) or CSV. */
@ApiController("/api/v1/coa-overdrachten")
@Tag(name = "Warme overdracht COA", description = "Profielen van COA importeren, in zijn geheel of niet (regel I-4)")
class CoaApiController {

    @Schema(name = "CoaImportRij")
    record RijJson(int rij, UUID inburgeraarId, String resultaat) {
    }

    @Schema(name = "CoaImportRapport")
    record RapportJson(List<RijJson> rijen) {
    }

    private final CoaBestand bestand;
    private final CoaOverdrachten overdrachten;

    CoaApiController(CoaBestand bestand, CoaOverdrachten overdrachten) {
        this.bestand = bestand;
        this.overdrachten = overdrachten;
    }

    @PostMapping(consumes = {"application/json", "text/csv"})
    @Operation(summary = "Importeer een of meer COA-profielen (JSON of CSV); geeft een rapport per rij")
    RapportJson importeer(@RequestBody String inhoud, @RequestHeader("Content-Type") String type) {
        List<CoaOverdrachten.Resultaat> resultaten = overdrachten.importeer(bestand.lees(inhoud, type.startsWith("text/csv")));
        return new RapportJson(resultaten.stream().map(r -> new RijJson(r.rij(), r.inburgeraarId(),
                r.nieuw() ? "GEIMPORTEERD" : "AL_GEIMPORTEERD")).toList());
    }
}
