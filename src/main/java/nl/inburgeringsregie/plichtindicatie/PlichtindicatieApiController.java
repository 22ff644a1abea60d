package nl.inburgeringsregie.plichtindicatie;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import nl.inburgeringsregie.inburgeraar.Wet;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The desk pre-screen over REST: POST /api/v1/plichtindicaties (PL-1, PL-2). */
@ApiController("/api/v1/plichtindicaties")
@Tag(
        name = "Plichtindicatie",
        description = "Vooronderzoek aan de balie: waarschijnlijk inburgeringsplichtig of niet. "
                + "Een indicatie; DUO beslist (PL-1). Er wordt niets opgeslagen.")
class PlichtindicatieApiController {

    @Schema(name = "PlichtindicatieVraag")
    record VraagJson(
            @Schema(description = "Geboortedatum", example = "1994-03-12")
            LocalDate geboortedatum,

            @ArraySchema(schema = @Schema(description = "ISO 3166-1 alpha-2", example = "SY"))
            List<String> nationaliteiten,

            @Schema(
                    allowableValues = {
                        "asiel",
                        "gezinshereniging",
                        "gezinsvorming",
                        "geestelijk-bedienaar",
                        "arbeid",
                        "studie",
                        "overig-tijdelijk",
                        "overig-niet-tijdelijk"
                    })
            String verblijfsdoel,

            @Schema(
                    description = "Jaren in Nederland gewoond in de leerplichtige leeftijd (5 tot 18)",
                    minimum = "0",
                    maximum = "13")
            Integer jarenLeerplichtigInNederland,

            @Schema(description = "Heeft een Nederlands diploma dat vrijstelt")
            Boolean nederlandsDiploma,

            @Schema(description = "Datum waarop beoordeeld wordt; standaard vandaag")
            LocalDate peildatum,

            @Schema(
                    description = "Sinds wanneer de persoon met dit verblijfsrecht in Nederland woont (datum van het "
                            + "verblijfsrecht); bepaalt de wet (vóór 1 januari 2022: Wi2013, PL-4) en of een Turkse onderdaan "
                            + "plichtig is",
                    example = "2023-05-01")
            LocalDate verblijfSinds) {}

    @Schema(name = "Plichtindicatie")
    record UitslagJson(
            Plichtindicatie.Indicatie indicatie,

            @Schema(description = "Altijd een indicatie: DUO beslist (PL-1)", example = "indicatie, DUO beslist")
            String label,

            String omschrijving,
            LocalDate peildatum,

            @Schema(
                    description = "De wet waaronder een plicht zou vallen (PL-4); leeg als dat onbekend is "
                            + "of er waarschijnlijk geen plicht is")
            Wet wet,

            List<RedenJson> redenen) {}

    @Schema(name = "PlichtindicatieReden")
    record RedenJson(@Schema(example = "PL-2") String regel, Plichtindicatie.Uitkomst uitkomst, String toelichting) {}

    private final PlichtindicatieService service;
    private final MessageSourceAccessor berichten;

    PlichtindicatieApiController(PlichtindicatieService service, MessageSourceAccessor berichten) {
        this.service = service;
        this.berichten = berichten;
    }

    @PostMapping
    @Operation(summary = "Geef een indicatie van de inburgeringsplicht met redenen en regels (DUO beslist)")
    UitslagJson beoordeel(@RequestBody VraagJson vraag) {
        Plichtindicatie.Uitslag uitslag = service.beoordeel(new Plichtindicatie.Vraag(
                vraag.geboortedatum(),
                vraag.nationaliteiten(),
                vraag.verblijfsdoel(),
                vraag.jarenLeerplichtigInNederland(),
                vraag.nederlandsDiploma(),
                vraag.peildatum(),
                vraag.verblijfSinds()));
        return new UitslagJson(
                uitslag.indicatie(),
                berichten.getMessage("plicht.label.kort"),
                uitslag.omschrijving(),
                uitslag.peildatum(),
                uitslag.wet(),
                uitslag.redenen().stream()
                        .map(r -> new RedenJson(r.regel(), r.uitkomst(), r.toelichting()))
                        .toList());
    }
}
