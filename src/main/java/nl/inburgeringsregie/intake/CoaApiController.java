package nl.inburgeringsregie.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** COA's warme overdracht over REST: JSON (schema docs/api/coa-overdracht.schema.json) or CSV. */
@ApiController("/api/v1/coa-overdrachten")
@Tag(name = "Warme overdracht COA", description = "Profielen van COA importeren, in zijn geheel of niet (regel I-4)")
class CoaApiController {

    @Schema(name = "CoaImportRij")
    record RijJson(int rij, UUID inburgeraarId, String resultaat) {}

    @Schema(name = "CoaImportRapport")
    record RapportJson(List<RijJson> rijen) {}

    private final CoaBestand bestand;
    private final CoaOverdrachten overdrachten;

    CoaApiController(CoaBestand bestand, CoaOverdrachten overdrachten) {
        this.bestand = bestand;
        this.overdrachten = overdrachten;
    }

    @PostMapping(consumes = {"application/json", "text/csv"})
    @Operation(
            summary = "Importeer een of meer COA-profielen (JSON of CSV); geeft een rapport per rij",
            description =
                    "Hoogstens inburgeringsregie.coa.max-bestand bytes (standaard 1 MB), dezelfde grens als bij het "
                            + "uploaden in het scherm; groter geeft 413. Een rapport met fouten noemt hoogstens de eerste 100 "
                            + "(invalidParams) en telt de rest in 'weggelaten'.",
            requestBody =
                    @RequestBody(
                            content = {@Content(mediaType = "application/json"), @Content(mediaType = "text/csv")}))
    RapportJson importeer(HttpServletRequest verzoek, @RequestHeader("Content-Type") String type) throws IOException {
        // h5 (issue 14 point 7): read at most the limit, the same as the web upload's; never the whole body first.
        String inhoud = bestand.leesBegrensd(verzoek.getInputStream(), verzoek.getContentLengthLong());
        List<CoaOverdrachten.Resultaat> resultaten =
                overdrachten.importeer(bestand.lees(inhoud, type.startsWith("text/csv")));
        return new RapportJson(resultaten.stream()
                .map(r -> new RijJson(r.rij(), r.inburgeraarId(), r.nieuw() ? "GEIMPORTEERD" : "AL_GEIMPORTEERD"))
                .toList());
    }
}
