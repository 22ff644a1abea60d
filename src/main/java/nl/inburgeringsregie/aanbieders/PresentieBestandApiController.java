package nl.inburgeringsregie.aanbieders;

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

/** A provider's week of attendance for all its participants as one CSV file, all or nothing (issue 15, AB-6). */
@ApiController("/api/v1")
@Tag(name = "Plaatsingen")
class PresentieBestandApiController {

    @Schema(name = "PresentiebestandRij")
    record RijJson(int rij, UUID plaatsingId, String resultaat) {}

    @Schema(name = "PresentiebestandRapport")
    record RapportJson(List<RijJson> rijen) {}

    private final PresentieBestand bestand;
    private final Presenties presenties;

    PresentieBestandApiController(PresentieBestand bestand, Presenties presenties) {
        this.bestand = bestand;
        this.presenties = presenties;
    }

    @PostMapping(path = "/deelnemers/presentie", consumes = "text/csv")
    @Operation(
            summary = "Voor een aanbieder: de presentie van een week voor al uw deelnemers als CSV, in zijn geheel of"
                    + " niet, met een rapport per rij (regel AB-6)",
            description = "Kolommen (puntkomma's, met kopregel): plaatsingId;week;urenAanwezig;urenAfwezig;geoorloofd"
                    + " (en eventueel naam, die genegeerd wordt); week is de maandag (jjjj-mm-dd of dd-mm-jjjj),"
                    + " geoorloofd ja of nee. Een plaatsing die niet bij uw organisatie is, is een fout in die rij."
                    + " Hoogstens inburgeringsregie.aanbieders.max-bestand bytes (standaard 1 MB); groter geeft 413.",
            requestBody = @RequestBody(content = @Content(mediaType = "text/csv")))
    RapportJson meld(HttpServletRequest verzoek) throws IOException {
        String inhoud = bestand.leesBegrensd(verzoek.getInputStream(), verzoek.getContentLengthLong());
        return new RapportJson(presenties.meldBestand(bestand.lees(inhoud)).stream()
                .map(r -> new RijJson(r.rij(), r.plaatsingId(), r.nieuw() ? "GEMELD" : "GECORRIGEERD"))
                .toList());
    }
}
