package nl.inburgeringsregie.pip;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Examenonderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.PipStatus;
import nl.inburgeringsregie.pip.PipKeuzes.Wijzigingsreden;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The PIP over REST; field names follow DUO's PIP spec where they overlap. */
@ApiController("/api/v1")
@Tag(
        name = "PIP",
        description = "Het Plan Inburgering en Participatie: concept, vaststelling, versies (regels P-1 tot P-5)")
class PipApiController {

    @Schema(name = "Pip")
    record PipJson(
            UUID id,
            Integer versie,
            UUID inburgeraarId,
            int versienummer,
            PipStatus status,
            UUID vorigeId,
            Leerroute leerroute,
            Niveau niveau,
            Alfabetiseringsindicator indicatorAlfabetiseringsonderwijs,
            Integer geschatteIntensiteitB1Route,
            boolean indicatorMagOpleidingAfmaken,
            String zienswijze,
            boolean oneens,
            String standpuntGemeente,
            LocalDate dagtekeningPip,
            Wijzigingsreden wijzigingsreden,
            String wijzigingstoelichting,
            List<Examenonderdeel> afschalenOnderdelen,
            Integer lesuren,
            String lesurenBron,
            String intrekkingsreden,
            Instant gewijzigdOp,
            List<Pip.Afspraak> afspraken,

            @Schema(
                    description =
                            "Regel R-3: de reden voor een leerroute die afwijkt van het routebesluit van de intake"
                                    + " of ingaat tegen de leerbaarheidstoets; verplicht bij vaststellen in dat geval")
            String motiveringLeerroute) {

        static PipJson van(Pip p) {
            return new PipJson(
                    p.id(),
                    p.version(),
                    p.inburgeraarId(),
                    p.versienummer(),
                    p.status(),
                    p.vorigeId(),
                    p.leerroute(),
                    p.niveau(),
                    p.indicatorAlfabetiseringsonderwijs(),
                    p.geschatteIntensiteitB1Route(),
                    p.indicatorMagOpleidingAfmaken(),
                    p.zienswijze(),
                    p.oneens(),
                    p.standpuntGemeente(),
                    p.dagtekeningPip(),
                    p.wijzigingsreden(),
                    p.wijzigingstoelichting(),
                    p.afschalenOnderdelen(),
                    p.lesuren(),
                    p.lesurenBron(),
                    p.intrekkingsreden(),
                    p.gewijzigdOp(),
                    p.afspraken(),
                    p.motiveringLeerroute());
        }
    }

    @Schema(name = "PipVaststelling")
    record VaststellingJson(LocalDate dagtekeningPip) {}

    @Schema(name = "PipIntrekking")
    record IntrekkingJson(String reden) {}

    private final PipService service;

    PipApiController(PipService service) {
        this.service = service;
    }

    @GetMapping("/inburgeraars/{id}/pips")
    @Operation(summary = "Alle versies van het PIP van een dossier")
    List<PipJson> versies(@PathVariable UUID id) {
        return service.versies(id).stream().map(PipJson::van).toList();
    }

    @PostMapping("/inburgeraars/{id}/pips")
    @Operation(
            summary =
                    "Maak het concept van het eerste PIP, of na intrekking van een nieuw PIP, vanuit het routebesluit "
                            + "van de intake (regel P-3; de inburgeringstermijn blijft lopen vanaf het eerste PIP, regel T-3)")
    ResponseEntity<PipJson> maak(@PathVariable UUID id) {
        Pip pip = service.maakConcept(id);
        return ResponseEntity.created(URI.create("/api/v1/pips/" + pip.id())).body(PipJson.van(pip));
    }

    @GetMapping("/pips/{pipId}")
    @Operation(summary = "Een versie van het PIP")
    PipJson lees(@PathVariable UUID pipId) {
        return PipJson.van(service.lees(pipId));
    }

    @PutMapping("/pips/{pipId}")
    @Operation(summary = "Werk een concept bij (met versie)")
    PipJson wijzigConcept(@PathVariable UUID pipId, @RequestBody PipService.Inhoud inhoud) {
        return PipJson.van(service.wijzigConcept(pipId, inhoud));
    }

    @PostMapping("/pips/{pipId}/vaststelling")
    @Operation(
            summary = "Stel het concept vast met de dagtekening (regel P-4)",
            description = "Geweigerd (400, met per"
                    + " ontbrekend onderdeel een invalidParam met regel) als het PIP niet bevat wat de wet voor de leerroute vraagt"
                    + " (P-1, R-4 tot R-8), als een afwijkende leerroute geen motivering heeft (R-3) of als een nieuwe leerroute"
                    + " buiten het schakelvenster valt op de dagtekening (T-6).")
    PipJson stelVast(@PathVariable UUID pipId, @RequestBody VaststellingJson vaststelling) {
        return PipJson.van(service.stelVast(pipId, vaststelling.dagtekeningPip()));
    }

    @PostMapping("/pips/{pipId}/wijzigingen")
    @Operation(
            summary =
                    "Wijzig het vastgestelde PIP: een nieuwe conceptversie met reden (schakelen T-6, afschalen T-7, …)")
    ResponseEntity<PipJson> wijzig(@PathVariable UUID pipId, @RequestBody PipService.Wijziging wijziging) {
        Pip pip = service.wijzig(pipId, wijziging);
        return ResponseEntity.created(URI.create("/api/v1/pips/" + pip.id())).body(PipJson.van(pip));
    }

    @GetMapping("/pips/{pipId}/beschikking.pdf")
    @Operation(
            summary =
                    "De beschikking van een vastgestelde versie als PDF, met een samenvatting in de eigen taal (regel P-5)")
    ResponseEntity<byte[]> beschikking(@PathVariable UUID pipId) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"beschikking-pip.pdf\"")
                .body(service.beschikking(pipId));
    }

    @PostMapping("/pips/{pipId}/intrekking")
    @Operation(summary = "Trek een PIP in, met reden")
    PipJson trekIn(@PathVariable UUID pipId, @RequestBody IntrekkingJson intrekking) {
        return PipJson.van(service.trekIn(pipId, intrekking.reden()));
    }
}
