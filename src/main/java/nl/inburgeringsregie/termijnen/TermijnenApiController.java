package nl.inburgeringsregie.termijnen;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Deadlines over REST: per dossier, and the worklist. */
@ApiController("/api/v1")
@Tag(name = "Termijnen", description = "Termijnen per dossier en de werkvoorraad (regels T-1 tot en met T-13)")
class TermijnenApiController {

    @Schema(
            name = "Termijn",
            description = "uiterlijkeDatum is de laatste dag (inclusief); verwacht: berekend, "
                    + "nog niet door DUO vastgesteld; gemistOp: de laatste dag die verstreek zonder dat de termijn werd gehaald "
                    + "(te laat, regel T-15), ook als het later alsnog gebeurde; leeg als de termijn nooit gemist is; "
                    + "opgeschortVan/opgeschortTot: de periode (inclusief, zonder einde als leeg) waarin de termijn is opgeschort "
                    + "door een tijdelijke vrijstelling volgens DUO (regel PL-5)")
    record TermijnJson(
            TermijnSoort soort,
            LocalDate startdatum,
            LocalDate uiterlijkeDatum,
            TermijnStatus status,
            String regel,
            String toelichting,
            boolean verwacht,
            LocalDate gemistOp,
            LocalDate opgeschortVan,
            LocalDate opgeschortTot) {

        static TermijnJson van(Termijn t, LocalDate vandaag) {
            return new TermijnJson(
                    t.soort(),
                    t.startdatum(),
                    t.uiterlijkeDatum(),
                    t.status(vandaag),
                    t.regel(),
                    t.toelichting(),
                    t.verwacht(),
                    t.gemistOp(),
                    t.opgeschortVan(),
                    t.opgeschortTot());
        }
    }

    @Schema(name = "WerkvoorraadRegel", description = "gemistOp: de gemiste laatste dag (te laat, regel T-15), of leeg")
    record RegelJson(
            UUID inburgeraarId,
            String naam,
            String gemeentecode,
            String consulent,
            Doelgroep doelgroep,
            TermijnSoort soort,
            LocalDate startdatum,
            LocalDate uiterlijkeDatum,
            TermijnStatus status,
            String regel,
            String toelichting,
            LocalDate gemistOp) {}

    @Schema(name = "Werkvoorraad", description = "Een pagina; 'volgende' is de cursor van de volgende pagina")
    record WerkvoorraadJson(List<RegelJson> regels, String volgende) {}

    private final Termijnen termijnen;
    private final MessageSourceAccessor berichten;

    TermijnenApiController(Termijnen termijnen, MessageSourceAccessor berichten) {
        this.termijnen = termijnen;
        this.berichten = berichten;
    }

    @GetMapping("/inburgeraars/{id}/termijnen")
    @Operation(summary = "Alle termijnen van een dossier, met regel en toelichting")
    List<TermijnJson> vanDossier(@PathVariable UUID id) {
        Termijnen.Overzicht overzicht = termijnen.vanDossier(id);
        return overzicht.termijnen().stream()
                .map(t -> TermijnJson.van(t, overzicht.vandaag()))
                .toList();
    }

    @GetMapping("/werkvoorraad")
    @Operation(
            summary =
                    "De werkvoorraad: lopende termijnen op volgorde van uiterlijke datum (consulent leeg = niet toegewezen)")
    WerkvoorraadJson werkvoorraad(
            @RequestParam(required = false) String consulent,
            @RequestParam(required = false) TermijnStatus status,
            @RequestParam(required = false) TermijnSoort soort,
            @RequestParam(required = false) Doelgroep doelgroep,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
            @RequestParam(required = false) String volgende,
            @RequestParam(defaultValue = "50") int grootte) {
        if (grootte < 1 || grootte > 200) {
            throw new InvalidInputException("grootte", berichten.getMessage("fout.grootte"), null);
        }
        if (volgende != null && !Werkvoorraad.geldigeCursor(volgende)) {
            throw new InvalidInputException("volgende", berichten.getMessage("fout.cursor"), null);
        }
        LocalDate vandaag = termijnen.vandaag();
        Werkvoorraad.Pagina pagina = termijnen.werkvoorraad(
                consulent, soort, doelgroep == null ? null : doelgroep.name(), status, van, tot, volgende, grootte);
        return new WerkvoorraadJson(
                pagina.regels().stream()
                        .map(r -> new RegelJson(
                                r.inburgeraarId(),
                                r.naam(),
                                r.gemeentecode(),
                                r.consulent(),
                                Doelgroep.valueOf(r.doelgroep()),
                                r.termijn().soort(),
                                r.termijn().startdatum(),
                                r.termijn().uiterlijkeDatum(),
                                r.status(vandaag),
                                r.termijn().regel(),
                                r.termijn().toelichting(),
                                r.termijn().gemistOp()))
                        .toList(),
                pagina.volgende());
    }
}
