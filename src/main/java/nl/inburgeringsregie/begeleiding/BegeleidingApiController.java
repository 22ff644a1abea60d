package nl.inburgeringsregie.begeleiding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * A person's maatschappelijke begeleiding and nazorg over REST (issue 17, ADR 0036), and the partner organisations. The
 * rules are checked by the aggregates after the access decision, so a person the user may not reach (another
 * organisation's) answers 404 whatever the body.
 */
@ApiController("/api/v1")
@Tag(
        name = "Begeleiding",
        description = "Maatschappelijke begeleiding door een partnerorganisatie: toewijzen, contactmomenten, signalen,"
                + " warme overdracht aan het sociaal wijkteam, en nazorg (regels T-9, T-11)")
class BegeleidingApiController {

    @Schema(name = "BegeleidingToewijzing")
    record ToewijzingInvoer(
            @Schema(description = "De partnerorganisatie die de begeleiding geeft (regel T-9)")
            UUID partnerId) {}

    @Schema(name = "Begeleidingscontact")
    record ContactInvoer(
            @Schema(description = "Datum van het contact; niet in de toekomst en niet voor de start (regel T-9)")
            LocalDate datum,

            @Schema(description = "Of er een tolk bij was") Boolean tolk,

            @Schema(description = "Taal van de tolk; verplicht als er een tolk bij was") @Size(max = 50)
            String tolktaal,

            @Schema(description = "De leefgebieden die aan bod kwamen; minstens één") @Size(max = 9)
            List<Contact.Leefgebied> leefgebieden,

            @Schema(
                    description =
                            "Bestede tijd in minuten; groter dan 0 en niet boven de ingestelde grens (regel R-11)")
            Integer minuten,

            @Schema(description = "Of de tijd meetelt als participatie-uren voor de Z-route (regels R-5, R-11)")
            Boolean participatie,

            @Schema(description = "Een signaal aan de consulent (optioneel)") @Size(max = 2000)
            String signaal) {}

    @Schema(name = "BegeleidingOverdracht")
    record OverdrachtInvoer(
            @Schema(description = "Datum van de warme overdracht; niet in de toekomst (regel T-9)")
            LocalDate datum,

            @Schema(description = "Het ontvangende team, bijvoorbeeld het sociaal wijkteam") @Size(max = 200)
            String team,

            @Schema(description = "Samenvatting voor het ontvangende team") @Size(max = 4000)
            String samenvatting,

            @Schema(description = "Of er een gezamenlijk overdrachtsgesprek was")
            Boolean gezamenlijk) {}

    @Schema(name = "Nazorg")
    record NazorgInvoer(
            @Schema(
                    description = "Alleen als DUO het voldoen niet meldde: de datum waarop de gemeente de plicht als"
                            + " voldaan ziet (regel T-11)")
            LocalDate voldaanOp,

            @Schema(description = "Geplande datum van het nazorgcontact")
            LocalDate geplandOp,

            @Schema(description = "Datum waarop het contact plaatsvond; niet in de toekomst")
            LocalDate gehoudenOp,

            @Schema(description = "Uitkomst: WERK, STUDIE, HULPVRAAG of GEEN_BEHOEFTE")
            Nazorg.Uitkomst uitkomst,

            @Schema(description = "Toelichting") @Size(max = 2000)
            String toelichting) {}

    @Schema(name = "Partnerorganisatie")
    record PartnerInvoer(
            @Schema(description = "Naam van de partnerorganisatie") @Size(max = 200)
            String naam) {}

    private final Begeleidingen begeleidingen;
    private final Partnerbeheer beheer;
    private final Gebruikers gebruikers;

    BegeleidingApiController(Begeleidingen begeleidingen, Partnerbeheer beheer, Gebruikers gebruikers) {
        this.begeleidingen = begeleidingen;
        this.beheer = beheer;
        this.gebruikers = gebruikers;
    }

    @GetMapping("/inburgeraars/{id}/begeleiding")
    @Operation(summary = "De maatschappelijke begeleiding van een inburgeraar (en voor de consulent de nazorg)")
    Begeleidingen.Weergave lees(@PathVariable UUID id) {
        return begeleidingen.lees(id);
    }

    @PutMapping("/inburgeraars/{id}/begeleiding")
    @Operation(
            summary =
                    "Wijs bij huisvesting een partnerorganisatie toe; de periode loopt vanaf de huisvesting (regel T-9)")
    Begeleidingen.Weergave wijsToe(@PathVariable UUID id, @Valid @RequestBody ToewijzingInvoer invoer) {
        return begeleidingen.wijsToe(id, invoer.partnerId());
    }

    @PostMapping("/inburgeraars/{id}/begeleiding/contacten")
    @Operation(
            summary = "Leg een contactmoment vast, eventueel met participatie-uren en een signaal (regels T-9, R-11)")
    Begeleidingen.Weergave contact(@PathVariable UUID id, @Valid @RequestBody ContactInvoer invoer) {
        return begeleidingen.legContactVast(
                id,
                new Contact(
                        invoer.datum(),
                        Boolean.TRUE.equals(invoer.tolk()),
                        invoer.tolktaal(),
                        invoer.leefgebieden() == null
                                ? ""
                                : invoer.leefgebieden().stream()
                                        .filter(l -> l != null)
                                        .distinct()
                                        .map(Enum::name)
                                        .collect(Collectors.joining(",")),
                        invoer.minuten() == null ? 0 : invoer.minuten(),
                        Boolean.TRUE.equals(invoer.participatie()),
                        invoer.signaal(),
                        null));
    }

    @PostMapping("/inburgeraars/{id}/begeleiding/signaal-gezien")
    @Operation(summary = "De consulent heeft het signaal van de begeleider gezien")
    Begeleidingen.Weergave signaalGezien(@PathVariable UUID id) {
        return begeleidingen.signaalGezien(id);
    }

    @PostMapping("/inburgeraars/{id}/begeleiding/overdracht")
    @Operation(
            summary = "Leg de warme overdracht aan het sociaal wijkteam vast; dezelfde overdracht nogmaals verandert"
                    + " niets (regel T-9)")
    Begeleidingen.Weergave overdracht(@PathVariable UUID id, @Valid @RequestBody OverdrachtInvoer invoer) {
        return begeleidingen.draagOver(
                id, invoer.datum(), invoer.team(), invoer.samenvatting(), Boolean.TRUE.equals(invoer.gezamenlijk()));
    }

    @GetMapping("/inburgeraars/{id}/begeleiding/overdracht.pdf")
    @Operation(summary = "Het overdrachtsdocument voor het sociaal wijkteam als PDF (regel T-9)")
    ResponseEntity<byte[]> overdrachtsdocument(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"overdracht-begeleiding.pdf\"")
                .body(begeleidingen.overdrachtsdocument(id));
    }

    @PutMapping("/inburgeraars/{id}/begeleiding/nazorg")
    @Operation(summary = "Plan en registreer het nazorgcontact met de uitkomst (regel T-11)")
    Begeleidingen.Weergave nazorg(@PathVariable UUID id, @Valid @RequestBody NazorgInvoer invoer) {
        return begeleidingen.legNazorgVast(
                id,
                new Begeleidingen.NazorgInvoer(
                        invoer.voldaanOp(),
                        invoer.geplandOp(),
                        invoer.gehoudenOp(),
                        invoer.uitkomst(),
                        invoer.toelichting()));
    }

    @GetMapping("/partnerorganisaties")
    @Operation(summary = "De partnerorganisaties voor maatschappelijke begeleiding (voor beheer met hun accounts)")
    List<Partnerbeheer.PartnerWeergave> partners() {
        if (gebruikers.huidige().mag(Recht.PARTNERS_BEHEREN)) {
            return beheer.alle();
        }
        return begeleidingen.partnerorganisaties().stream()
                .map(p -> new Partnerbeheer.PartnerWeergave(p.id(), p.naam(), List.of()))
                .toList();
    }

    @PostMapping("/partnerorganisaties")
    @Operation(summary = "Registreer een partnerorganisatie (functioneel beheer)")
    ResponseEntity<Partnerbeheer.PartnerWeergave> registreer(@Valid @RequestBody PartnerInvoer invoer) {
        return ResponseEntity.status(201).body(beheer.registreer(invoer.naam()));
    }

    @PutMapping("/partnerorganisaties/{id}/gebruikers/{gebruikersnaam}")
    @Operation(summary = "Koppel het account van een begeleider aan de partnerorganisatie (functioneel beheer)")
    Partnerbeheer.PartnerWeergave koppel(@PathVariable UUID id, @PathVariable String gebruikersnaam) {
        return beheer.koppel(id, gebruikersnaam);
    }
}
