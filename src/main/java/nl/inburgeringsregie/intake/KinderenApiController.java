package nl.inburgeringsregie.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Children and VVE over REST (issue 17, rule I-2, ADR 0039). The children themselves are the household of the dossier
 * ({@code kinderen} of {@code PUT /api/v1/inburgeraars/{id}}); here their referrals and I-2's acts. The access decision
 * comes first: another gemeente's dossier answers 404 whatever the body.
 */
@ApiController("/api/v1/inburgeraars/{id}/kinderen")
@Tag(
        name = "Kinderen en VVE",
        description = "Kinderen van VVE-leeftijd uit het huishouden, hun aanmelding voor voorschool of kinderopvang, en"
                + " de twee handelingen van regel I-2")
class KinderenApiController {

    @Schema(name = "VveVerwijzingInvoer")
    record VerwijzingJson(
            @Schema(description = "Voornaam van het kind zoals in het huishouden van het dossier") @Size(max = 200)
            String voornaam,

            @Schema(description = "Geboortedatum van het kind zoals in het huishouden van het dossier")
            LocalDate geboortedatum,

            @Schema(
                    description = "VOORSCHOOL of KINDEROPVANG; het kind moet er op vandaag de leeftijd voor hebben"
                            + " (regel I-2)",
                    allowableValues = {"VOORSCHOOL", "KINDEROPVANG"})
            @Size(max = 40)
            String soort,

            @Schema(
                    description = "Status van de aanmelding (regel I-2)",
                    allowableValues = {"TE_BESPREKEN", "AANGEMELD", "GEPLAATST", "AFGEWEZEN", "NIET_GEWENST"})
            @Size(max = 40)
            String status,

            @Schema(description = "Datum van de status; niet in de toekomst en niet voor de geboorte")
            LocalDate datum,

            @Schema(description = "Toelichting, bijvoorbeeld de VVE-indicatie van het consultatiebureau")
            @Size(max = Kinderen.MAX_TOELICHTING)
            String toelichting) {}

    @Schema(name = "VveHandelingInvoer")
    record HandelingJson(
            @Schema(
                    description = "OUDERS_GEINFORMEERD (ouders over VVE geïnformeerd) of ZONDER_PARTNER (gezegd dat"
                            + " de inburgeraar zonder partner mag praten); datum en medewerker komen van het"
                            + " vastleggen (regel I-2)",
                    allowableValues = {"OUDERS_GEINFORMEERD", "ZONDER_PARTNER"})
            @Size(max = 40)
            String handeling) {}

    private final Kinderen kinderen;

    KinderenApiController(Kinderen kinderen) {
        this.kinderen = kinderen;
    }

    @GetMapping
    @Operation(
            summary = "De kinderen van het huishouden die voor voorschool of kinderopvang in aanmerking komen, met hun"
                    + " aanmeldingen, en de handelingen van regel I-2")
    Kinderen.Weergave lees(@PathVariable UUID id) {
        return kinderen.lees(id);
    }

    @PutMapping("/verwijzingen")
    @Operation(
            summary = "Leg de aanmelding van een kind voor voorschool of kinderopvang vast, of wijzig de status;"
                    + " één per kind en soort; dezelfde invoer nogmaals verandert niets (regel I-2)")
    Kinderen.Weergave verwijs(@PathVariable UUID id, @Valid @RequestBody VerwijzingJson invoer) {
        return kinderen.verwijs(
                id,
                new Kinderen.VerwijzingInvoer(
                        invoer.voornaam(),
                        invoer.geboortedatum(),
                        invoer.soort(),
                        invoer.status(),
                        invoer.datum(),
                        invoer.toelichting()));
    }

    @PostMapping("/handelingen")
    @Operation(
            summary = "Leg een handeling van regel I-2 vast als gedaan, vandaag door de ingelogde medewerker; een"
                    + " tweede keer verandert niets")
    Kinderen.Weergave handeling(@PathVariable UUID id, @Valid @RequestBody HandelingJson invoer) {
        return kinderen.legVast(id, invoer.handeling());
    }
}
