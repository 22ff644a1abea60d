package nl.inburgeringsregie.aanbieders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Placements over REST. Required fields are checked by the service after the access decision, so a person or placement
 * the user may not see answers 404 whatever the body (TenantScheidingTest).
 *
 * <p>Placements over REST (issue 15, ADR 0031): the consultant places a person with a contract and moves the placement
 * through its lifecycle, one endpoint per step; the provider reads its own participants.
 */
@ApiController("/api/v1")
@Tag(
        name = "Plaatsingen",
        description = "Plaatsing bij een aanbieder: aanmelden, wachtlijst, plaatsen, starten, afronden, afbreken"
                + " (regels R-10, P-1, AB-1 tot AB-5)")
class PlaatsingApiController {

    @Schema(name = "PlaatsingInvoer")
    record PlaatsingInvoer(
            @Schema(description = "Verplicht (regel AB-1)") UUID contractId,

            @Schema(
                    description =
                            "De datum van de aanmelding (DUO: datumInburgeringsaanbod); verplicht, regels R-10 en AB-2")
            LocalDate aanmelddatum,

            @Schema(description = "Een startmoment van het contract (regel AB-2)")
            LocalDate verwachteStart,

            LocalDate verwachteEinde) {}

    @Schema(name = "PlaatsingDatum")
    record DatumInvoer(
            @Schema(description = "Verplicht (regel AB-4)") LocalDate datum) {}

    @Schema(name = "PlaatsingAfbreking")
    record RedenInvoer(
            @Schema(description = "Verplicht (regel AB-4)") @Size(max = 1000)
            String reden) {}

    @Schema(name = "PresentieInvoer")
    record PresentieInvoer(
            @Schema(description = "LES (datum is de lesdag) of WEEK (datum is de maandag); verplicht, regel AB-6")
            Presenties.Periode periode,

            @Schema(description = "Niet voor de start, niet na vandaag of het einde van de plaatsing (regel AB-6)")
            LocalDate datum,

            @Schema(description = "Uren aanwezig, 0 tot 40 per dag (instelbaar; regel AB-6)")
            BigDecimal urenAanwezig,

            @Schema(description = "Uren afwezig, 0 tot 40 per dag (instelbaar; regel AB-6)")
            BigDecimal urenAfwezig,

            @Schema(description = "Verplicht bij afwezigheid: met geldige reden (geoorloofd) of niet (regel AB-6)")
            Boolean geoorloofd) {}

    @Schema(name = "VoortgangInvoer")
    record VoortgangInvoer(
            @Schema(description = "Verplicht; niet voor de start, niet na vandaag (regel AB-7)")
            LocalDate peildatum,

            Taalniveau lezen,
            Taalniveau luisteren,
            Taalniveau spreken,
            Taalniveau schrijven,

            @Schema(description = "Ten hoogste 2000 tekens (regel AB-7)")
            String opmerking) {}

    private final Plaatsingen plaatsingen;
    private final Deelnemers deelnemers;
    private final Presenties presenties;

    PlaatsingApiController(Plaatsingen plaatsingen, Deelnemers deelnemers, Presenties presenties) {
        this.plaatsingen = plaatsingen;
        this.deelnemers = deelnemers;
        this.presenties = presenties;
    }

    @PostMapping("/plaatsingen/{id}/presentie")
    @Operation(
            summary = "Voor een aanbieder: meld (of corrigeer) de presentie van een lesdag of week van een eigen,"
                    + " gestarte plaatsing (regel AB-6); 404 voor een plaatsing van een ander")
    Presenties.Presentie meldPresentie(@PathVariable UUID id, @RequestBody PresentieInvoer invoer) {
        return presenties.meld(
                id,
                new Presenties.Melding(
                        invoer.periode(),
                        invoer.datum(),
                        invoer.urenAanwezig(),
                        invoer.urenAfwezig(),
                        invoer.geoorloofd()));
    }

    @GetMapping("/plaatsingen/{id}/presentie")
    @Operation(summary = "Voor een aanbieder: de gemelde presentie van een eigen plaatsing, nieuwste eerst")
    List<Presenties.Presentie> presentie(@PathVariable UUID id) {
        return presenties.presentie(id);
    }

    @PostMapping("/plaatsingen/{id}/voortgang")
    @Operation(
            summary = "Voor een aanbieder: meld (of corrigeer) de voortgang per vaardigheid (A0 tot C2) van een eigen,"
                    + " gestarte plaatsing, ten minste elk kwartaal (regel AB-7)")
    Presenties.Voortgang meldVoortgang(@PathVariable UUID id, @RequestBody VoortgangInvoer invoer) {
        return presenties.meldVoortgang(
                id,
                new Presenties.Vordering(
                        invoer.peildatum(),
                        invoer.lezen(),
                        invoer.luisteren(),
                        invoer.spreken(),
                        invoer.schrijven(),
                        invoer.opmerking()));
    }

    @GetMapping("/plaatsingen/{id}/voortgang")
    @Operation(summary = "Voor een aanbieder: de voortgangsmeldingen van een eigen plaatsing, nieuwste eerst")
    List<Presenties.Voortgang> voortgang(@PathVariable UUID id) {
        return presenties.voortgang(id);
    }

    @GetMapping("/inburgeraars/{id}/plaatsingen")
    @Operation(summary = "De plaatsingen van een inburgeraar, nieuwste eerst")
    List<Plaatsingen.Weergave> vanDossier(@PathVariable UUID id) {
        return plaatsingen.vanDossier(id);
    }

    @PostMapping("/inburgeraars/{id}/plaatsingen")
    @Operation(
            summary = "Plaats een inburgeraar bij een contract voor een onderdeel van het vastgestelde PIP; bij een vol"
                    + " contract op de wachtlijst (regels R-10, P-1, AB-1, AB-2, AB-3, AB-5)")
    ResponseEntity<Plaatsingen.Weergave> plaats(@PathVariable UUID id, @Valid @RequestBody PlaatsingInvoer invoer) {
        Plaatsingen.Weergave p = plaatsingen.plaats(
                id,
                new Plaatsingen.Aanmelding(
                        invoer.contractId(), invoer.aanmelddatum(), invoer.verwachteStart(), invoer.verwachteEinde()));
        return ResponseEntity.created(URI.create("/api/v1/plaatsingen/" + p.id()))
                .body(p);
    }

    @GetMapping("/plaatsingen/{id}")
    @Operation(summary = "Eén plaatsing, met de stappen die nu mogen")
    Plaatsingen.Weergave lees(@PathVariable UUID id) {
        return plaatsingen.lees(id);
    }

    @PostMapping("/plaatsingen/{id}/plaatsing")
    @Operation(
            summary = "Plaats vanaf de wachtlijst: alleen de eerste, en alleen als er een plaats vrij is (regel AB-3)")
    Plaatsingen.Weergave plaatsVanWachtlijst(@PathVariable UUID id) {
        return plaatsingen.stap(id, Plaatsing.Actie.PLAATSEN, null, null);
    }

    @PostMapping("/plaatsingen/{id}/start")
    @Operation(summary = "De inburgeraar is begonnen (regel AB-4)")
    Plaatsingen.Weergave start(@PathVariable UUID id, @Valid @RequestBody DatumInvoer invoer) {
        return plaatsingen.stap(id, Plaatsing.Actie.STARTEN, invoer.datum(), null);
    }

    @PostMapping("/plaatsingen/{id}/afronding")
    @Operation(summary = "De plaatsing is afgerond (regel AB-4)")
    Plaatsingen.Weergave rondAf(@PathVariable UUID id, @Valid @RequestBody DatumInvoer invoer) {
        return plaatsingen.stap(id, Plaatsing.Actie.AFRONDEN, invoer.datum(), null);
    }

    @PostMapping("/plaatsingen/{id}/afbreking")
    @Operation(summary = "Breek de plaatsing af, met de reden; de plaats komt vrij (regel AB-4)")
    Plaatsingen.Weergave breekAf(@PathVariable UUID id, @Valid @RequestBody RedenInvoer invoer) {
        return plaatsingen.stap(id, Plaatsing.Actie.AFBREKEN, null, invoer.reden());
    }

    @GetMapping("/deelnemers")
    @Operation(
            summary =
                    "Voor een aanbieder: de deelnemers die bij de eigen organisatie geplaatst zijn, wie wanneer start")
    List<Deelnemers.Deelnemer> mijnDeelnemers() {
        return deelnemers.mijnDeelnemers();
    }

    @GetMapping("/deelnemers/te-melden")
    @Operation(
            summary = "Voor een aanbieder: wat nog te melden is over alle eigen deelnemers: de presentie van de vorige"
                    + " week (regel AB-6) en de voortgang per kwartaal (regel AB-7), met wie en tot wanneer")
    Deelnemers.TeMelden teMelden() {
        return deelnemers.teMelden(Integer.MAX_VALUE);
    }

    @GetMapping("/deelnemers/{id}")
    @Operation(summary = "Voor een aanbieder: één eigen deelnemer (404 voor iemand die er niet geplaatst is)")
    List<Deelnemers.Deelnemer> deelnemer(@PathVariable UUID id) {
        return deelnemers.deelnemer(id);
    }
}
