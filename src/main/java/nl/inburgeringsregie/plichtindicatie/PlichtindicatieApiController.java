package nl.inburgeringsregie.plichtindicatie;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.inburgeringsregie.infrastructure.web.ApiController;

/** The desk pre-screen over REST: POST /api/v1/plichtindicaties (PL-1, PL-2). */
@ApiController("/api/v1/plichtindicaties")
@Tag(name = "Plichtindicatie", description = "Vooronderzoek aan de balie: waarschijnlijk inburgeringsplichtig of niet. "
        + "Een indicatie; DUO beslist (PL-1). Er wordt niets opgeslagen.")
class PlichtindicatieApiController {

    @Schema(name = "PlichtindicatieVraag")
    record VraagJson(
            @Schema(description = "Geboortedatum", example = "1994-03-12") LocalDate geboortedatum,
            @ArraySchema(schema = @Schema(description = "ISO 3166-1 alpha-2", example = "SY")) List<String> nationaliteiten,
            @Schema(allowableValues = {"asiel", "gezinshereniging", "gezinsvorming", "geestelijk-bedienaar", "arbeid",
                    "studie", "overig-tijdelijk", "overig-niet-tijdelijk"}) String verblijfsdoel,
            @Schema(description = "Jaren in Nederland gewoond in de leerplichtige leeftijd (5 tot 18)", minimum = "0",
                    maximum = "13") Integer jarenLeerplichtigInNederland,
            @Schema(description = "Heeft een Nederlands diploma dat vrijstelt") Boolean nederlandsDiploma,
            @Schema(description = "Datum waarop beoordeeld wordt; standaard vandaag") LocalDate peildatum) {
    }

    @Schema(name = "Plichtindicatie")
    record UitslagJson(Plichtindicatie.Indicatie indicatie, String omschrijving, LocalDate peildatum,
                       List<RedenJson> redenen) {
    }

    @Schema(name = "PlichtindicatieReden")
    record RedenJson(@Schema(example = "PL-2") String regel, Plichtindicatie.Uitkomst uitkomst, String toelichting) {
    }

    private final PlichtindicatieService service;

    PlichtindicatieApiController(PlichtindicatieService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Geef een indicatie van de inburgeringsplicht met redenen en regels (DUO beslist)")
    UitslagJson beoordeel(@RequestBody VraagJson vraag) {
        Plichtindicatie.Uitslag uitslag = service.beoordeel(new Plichtindicatie.Vraag(vraag.geboortedatum(),
                vraag.nationaliteiten(), vraag.verblijfsdoel(), vraag.jarenLeerplichtigInNederland(),
                vraag.nederlandsDiploma(), vraag.peildatum()));
        return new UitslagJson(uitslag.indicatie(), uitslag.omschrijving(), uitslag.peildatum(),
                uitslag.redenen().stream().map(r -> new RedenJson(r.regel(), r.uitkomst(), r.toelichting())).toList());
    }
}
