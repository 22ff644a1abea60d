package nl.inburgeringsregie.voortgang;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import nl.inburgeringsregie.intake.Leefgebied;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Voortgangsgesprekken over REST (issue 16, ADR 0040; T-10): a person's plan and conversations, recording one with its
 * follow-up actions, marking an action done, and the signed-in user's open actions. The access decision comes first,
 * so a person the user may not reach answers 404 whatever the body.
 */
@ApiController("/api/v1")
@Tag(
        name = "Voortgangsgesprekken",
        description = "Het gespreksplan vanaf de dagtekening van het PIP, de gevoerde voortgangsgesprekken en de"
                + " afgesproken acties (regel T-10)")
class VoortgangsgesprekkenApiController {

    @Schema(name = "VoortgangsgesprekVastleggen")
    record GesprekInvoer(
            @Schema(
                    description = "Dag van het gesprek; niet in de toekomst, niet voor de dagtekening van het PIP;"
                            + " één gesprek per dag (regel T-10)")
            LocalDate datum,

            @Schema(
                    description =
                            "Of de inburgeraar er was; false legt vast dat hij niet verscheen (voor de handhaving)")
            Boolean aanwezig,

            @Schema(description = "FYSIEK, TELEFONISCH of VIDEO; verplicht als de inburgeraar er was")
            Voortgangsgesprekken.Vorm vorm,

            @Schema(description = "Taal van de tolk bij het gesprek (ISO 639-code), leeg zonder tolk (regel I-1)")
            String tolkTaal,

            @Schema(description = "Of de tolk geboekt was (regel I-1)")
            Boolean tolkGeboekt,

            @Schema(description = "Korte samenvatting, hoogstens 2000 tekens")
            String samenvatting,

            @Schema(
                    description = "Per leefgebied wat er veranderde (hoogstens 1000 tekens elk);"
                            + " FYSIEKE_GEZONDHEID en MENTALE_GEZONDHEID alleen door de eigen consulent"
                            + " (regel I-5)")
            Map<Leefgebied, String> leefgebieden,

            @Schema(
                    description = "ZIEKTE of BEVALLING: een grond voor verlenging door DUO (regel T-5); alleen"
                            + " door de eigen consulent (regel I-5)")
            Voortgangsgesprekken.Omstandigheid omstandigheid,

            @Schema(description = "Of het PIP een nieuwe versie nodig heeft (regel P-3)")
            Boolean pipAanpassen,

            @Schema(description = "Waarom het PIP aangepast moet worden; verplicht bij pipAanpassen")
            String pipAanpassenReden,

            @Schema(description = "Afgesproken acties (hoogstens 20)")
            List<ActieInvoer> acties) {}

    @Schema(name = "VoortgangsactieInvoer")
    record ActieInvoer(
            @Schema(description = "Wat er gedaan wordt (hoogstens 500 tekens)")
            String omschrijving,

            @Schema(
                    description = "Wie: de gebruikersnaam van een consulent of teamleider van de gemeente, of"
                            + " INBURGERAAR")
            String eigenaar,

            @Schema(description = "Uiterlijk op deze dag; niet voor het gesprek")
            LocalDate uiterlijk) {}

    @Schema(name = "ZrouteEindgesprekVastleggen")
    record EindgesprekInvoer(
            @Schema(description = "Dag van het eindgesprek; niet in de toekomst (regel R-5)")
            LocalDate datum,

            @Schema(
                    description = "Het oordeel van de consulent: voldoende ingezet (dan gaat de afronding naar"
                            + " DUO) of niet (regel R-5)")
            Boolean voldoendeIngezet,

            @Schema(description = "De motivering van het oordeel, hoogstens 2000 tekens")
            String motivering) {}

    private final Voortgangsgesprekken gesprekken;
    private final ZrouteEindgesprekken eindgesprekken;

    VoortgangsgesprekkenApiController(Voortgangsgesprekken gesprekken, ZrouteEindgesprekken eindgesprekken) {
        this.gesprekken = gesprekken;
        this.eindgesprekken = eindgesprekken;
    }

    @GetMapping("/inburgeraars/{id}/zroute-eindgesprekken")
    @Operation(summary = "De eindgesprekken Z-route van een inburgeraar, nieuwste eerst (regel R-5)")
    List<ZrouteEindgesprekken.Eindgesprek> eindgesprekken(@PathVariable UUID id) {
        return eindgesprekken.lijst(id);
    }

    @PostMapping("/inburgeraars/{id}/zroute-eindgesprekken")
    @Operation(
            summary = "Leg het eindgesprek Z-route vast, na de uren; met 'voldoende ingezet' gaat de afronding naar DUO"
                    + " (regel R-5)")
    ResponseEntity<ZrouteEindgesprekken.Eindgesprek> eindgesprek(
            @PathVariable UUID id, @RequestBody EindgesprekInvoer invoer) {
        return ResponseEntity.status(201)
                .body(eindgesprekken.vastleggen(
                        id,
                        new ZrouteEindgesprekken.Invoer(
                                invoer.datum(), invoer.voldoendeIngezet(), invoer.motivering())));
    }

    @GetMapping("/inburgeraars/{id}/voortgangsgesprekken")
    @Operation(summary = "Het gespreksplan en de voortgangsgesprekken van een inburgeraar, nieuwste eerst (regel T-10)")
    Voortgangsgesprekken.Overzicht lees(@PathVariable UUID id) {
        return gesprekken.overzicht(id);
    }

    @PostMapping("/inburgeraars/{id}/voortgangsgesprekken")
    @Operation(summary = "Leg een voortgangsgesprek vast, of dat de inburgeraar niet verscheen (regel T-10)")
    ResponseEntity<Voortgangsgesprekken.Gesprek> vastleggen(@PathVariable UUID id, @RequestBody GesprekInvoer invoer) {
        return ResponseEntity.status(201)
                .body(gesprekken.vastleggen(
                        id,
                        new Voortgangsgesprekken.Invoer(
                                invoer.datum(),
                                invoer.aanwezig(),
                                invoer.vorm(),
                                invoer.tolkTaal(),
                                invoer.tolkGeboekt(),
                                invoer.samenvatting(),
                                invoer.leefgebieden(),
                                invoer.omstandigheid(),
                                invoer.pipAanpassen(),
                                invoer.pipAanpassenReden(),
                                invoer.acties() == null
                                        ? null
                                        : invoer.acties().stream()
                                                .map(a -> a == null
                                                        ? null
                                                        : new Voortgangsgesprekken.ActieInvoer(
                                                                a.omschrijving(), a.eigenaar(), a.uiterlijk()))
                                                .toList())));
    }

    @PostMapping("/inburgeraars/{id}/voortgangsacties/{actieId}/afgerond")
    @Operation(summary = "Markeer een afgesproken actie als gedaan; nogmaals verandert niets")
    Voortgangsgesprekken.Actie afgerond(@PathVariable UUID id, @PathVariable UUID actieId) {
        return gesprekken.actieAfgerond(id, actieId);
    }

    @GetMapping("/voortgangsacties")
    @Operation(summary = "De open acties van de aangemelde gebruiker uit voortgangsgesprekken, eerst de vroegste")
    List<Voortgangsgesprekken.Actie> mijnActies() {
        return gesprekken.mijnActies();
    }
}
