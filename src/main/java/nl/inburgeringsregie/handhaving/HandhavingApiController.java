package nl.inburgeringsregie.handhaving;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.handhaving.Handhavingszaak.Besluit;
import nl.inburgeringsregie.handhaving.Handhavingszaak.Gedraging;
import nl.inburgeringsregie.handhaving.Handhavingszaak.Reden;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import nl.inburgeringsregie.pip.PipKeuzes.Onderdeel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Handhaving over REST (issue 18, ADR 0043; H-1 to H-6): a person's handhavingszaken, one case and each step of its
 * procedure, the team lead's list of cases awaiting approval, and the person's debts for the financial-burden guard.
 */
@ApiController("/api/v1")
@Tag(
        name = "Handhaving",
        description = "Handhavingszaken onder de Wet inburgering 2021: gedraging, waarschuwing, verwijtbaarheid,"
                + " voornemen met zienswijze, goedkeuring (vier ogen), besluit, bezwaar (regels H-1 tot en met H-6)")
class HandhavingApiController {

    @Schema(name = "HandhavingszaakNieuw")
    record Nieuw(
            @Schema(
                    description = "BREDE_INTAKE_NIET_VERSCHENEN, BREDE_INTAKE_NIET_MEEWERKEN, PIP_NIET_MEEWERKEN of"
                            + " ONDERDEEL_NIET_NAGEKOMEN")
            Gedraging gedraging,

            @Schema(
                    description = "Alleen bij ONDERDEEL_NIET_NAGEKOMEN: LEERROUTE, KNM, PVT of MAP (regel H-3); andere"
                            + " onderdelen vallen onder de Participatiewet")
            Onderdeel onderdeel,

            @Schema(description = "Dag van de gedraging; niet in de toekomst")
            LocalDate datumGedraging,

            @Schema(description = "Wat er gebeurde, hoogstens 2000 tekens")
            String omschrijving,

            @Schema(description = "Verwijzingen naar het bewijs, hoogstens 20")
            List<Handhavingszaken.Bewijs> bewijs) {}

    @Schema(name = "HandhavingToelichting")
    record Toelichting(
            @Schema(description = "Toelichting, hoogstens 2000 tekens")
            String toelichting) {}

    @Schema(name = "HandhavingVerwijtbaarheid")
    record Verwijtbaarheid(
            @Schema(description = "Is de gedraging verwijtbaar (Awb 5:41, regel H-1); nee sluit de zaak af")
            Boolean verwijtbaar,

            @Schema(
                    description = "ZIEKTE, MANTELZORG, AANBIEDER_TEKORT, GEEN_TOLK of ANDERS; verplicht bij niet"
                            + " verwijtbaar")
            Reden reden,

            @Schema(description = "Toelichting; verplicht bij ANDERS")
            String toelichting) {}

    @Schema(name = "HandhavingVoornemen")
    record Voornemen(
            @Schema(
                    description = "Leeg: het bedrag van de verordening; lager mag met reden, hoger niet, nooit boven"
                            + " 800 euro (regel H-3)")
            BigDecimal bedrag,

            @Schema(description = "Waarom lager dan de verordening (Awb 5:46)")
            String bedragReden) {}

    @Schema(name = "HandhavingZienswijze")
    record Zienswijze(
            @Schema(description = "De ontvangen zienswijze") String zienswijze) {}

    @Schema(name = "HandhavingGoedkeuring")
    record Goedkeuring(
            @Schema(description = "Reden; verplicht als de boetelast boven de drempel komt (regel H-6)")
            String reden) {}

    @Schema(name = "HandhavingBesluit")
    record BesluitInvoer(
            @Schema(description = "BOETE of AFGEZIEN") Besluit uitkomst,

            @Schema(description = "Reden; verplicht bij AFGEZIEN")
            String reden) {}

    @Schema(name = "HandhavingBeslissingOpBezwaar")
    record BeslissingOpBezwaar(
            @Schema(description = "Gegrond (de boete vervalt) of ongegrond")
            Boolean gegrond,

            @Schema(description = "Toelichting") String toelichting) {}

    @Schema(name = "ParticipatiewetMaatregel")
    record Maatregel(
            @Schema(description = "Dag van de maatregel; niet in de toekomst")
            LocalDate datum,

            @Schema(description = "Verlaging in procenten, 1 tot en met 100")
            Integer percentage,

            @Schema(description = "Duur in maanden, 1 tot en met 36")
            Integer duurMaanden,

            @Schema(description = "Toelichting") String toelichting) {}

    @Schema(name = "SchuldVastleggen")
    record SchuldInvoer(
            @Schema(description = "DUO_BOETE, DUO_LENING of OVERIG")
            Schulden.Soort soort,

            @Schema(description = "Bedrag in euro, meer dan 0")
            BigDecimal bedrag,

            @Schema(description = "Dag van de boete, lening of schuld; niet in de toekomst")
            LocalDate datum,

            @Schema(description = "Omschrijving, hoogstens 1000 tekens")
            String omschrijving) {}

    private final Handhavingszaken zaken;
    private final Schulden schulden;

    HandhavingApiController(Handhavingszaken zaken, Schulden schulden) {
        this.zaken = zaken;
        this.schulden = schulden;
    }

    @GetMapping("/inburgeraars/{id}/handhavingszaken")
    @Operation(summary = "De handhavingszaken van een inburgeraar")
    List<Handhavingszaken.Zaak> lijst(@PathVariable UUID id) {
        return zaken.lijst(id);
    }

    @PostMapping("/inburgeraars/{id}/handhavingszaken")
    @Operation(summary = "Leg een gedraging vast als handhavingszaak (signaal), met het bewijs")
    ResponseEntity<Handhavingszaken.Zaak> nieuw(@PathVariable UUID id, @RequestBody Nieuw invoer) {
        return ResponseEntity.status(201)
                .body(zaken.nieuw(
                        id,
                        new Handhavingszaken.Invoer(
                                invoer.gedraging(),
                                invoer.onderdeel(),
                                invoer.datumGedraging(),
                                invoer.omschrijving(),
                                invoer.bewijs())));
    }

    @GetMapping("/handhavingszaken")
    @Operation(summary = "De zaken van de gemeenten van de teamleider die op goedkeuring wachten")
    List<Handhavingszaken.Zaak> wachtOpGoedkeuring(@RequestParam(required = false) Boolean wachtOpGoedkeuring) {
        if (!Boolean.TRUE.equals(wachtOpGoedkeuring)) {
            throw new InvalidInputException("wachtOpGoedkeuring", "fout.handhaving.alleenWachtOpGoedkeuring", null);
        }
        return zaken.wachtOpGoedkeuring();
    }

    @GetMapping("/handhavingszaken/{id}")
    @Operation(summary = "Een handhavingszaak met haar stappen")
    Handhavingszaken.Zaak lees(@PathVariable UUID id) {
        return zaken.lees(id);
    }

    @PostMapping("/handhavingszaken/{id}/waarschuwing")
    @Operation(summary = "De schriftelijke waarschuwing is gegeven (regel H-2)")
    Handhavingszaken.Zaak waarschuwing(@PathVariable UUID id, @RequestBody Toelichting invoer) {
        return zaken.waarschuwing(id, invoer.toelichting());
    }

    @PostMapping("/handhavingszaken/{id}/verwijtbaarheid")
    @Operation(summary = "Het oordeel over de verwijtbaarheid (regel H-1); niet verwijtbaar sluit de zaak zonder boete")
    Handhavingszaken.Zaak verwijtbaarheid(@PathVariable UUID id, @RequestBody Verwijtbaarheid invoer) {
        return zaken.verwijtbaarheid(
                id,
                new Handhavingszaken.VerwijtbaarheidInvoer(invoer.verwijtbaar(), invoer.reden(), invoer.toelichting()));
    }

    @PostMapping("/handhavingszaken/{id}/voornemen")
    @Operation(summary = "Het voornemen tot een boete met de zienswijzetermijn en de financiële last (H-1, H-3, H-6)")
    Handhavingszaken.Zaak voornemen(@PathVariable UUID id, @RequestBody Voornemen invoer) {
        return zaken.voornemen(id, new Handhavingszaken.VoornemenInvoer(invoer.bedrag(), invoer.bedragReden()));
    }

    @PostMapping("/handhavingszaken/{id}/zienswijze")
    @Operation(summary = "De ontvangen zienswijze (regel H-1)")
    Handhavingszaken.Zaak zienswijze(@PathVariable UUID id, @RequestBody Zienswijze invoer) {
        return zaken.zienswijze(id, invoer.zienswijze());
    }

    @PostMapping("/handhavingszaken/{id}/goedkeuring")
    @Operation(summary = "De goedkeuring van de boete door een teamleider die het voornemen niet zelf deed")
    Handhavingszaken.Zaak goedkeuring(@PathVariable UUID id, @RequestBody Goedkeuring invoer) {
        return zaken.goedkeuring(id, invoer.reden());
    }

    @PostMapping("/handhavingszaken/{id}/besluit")
    @Operation(summary = "Het besluit: boete (met bezwaartermijn van 6 weken) of afzien")
    Handhavingszaken.Zaak besluit(@PathVariable UUID id, @RequestBody BesluitInvoer invoer) {
        return zaken.besluit(id, new Handhavingszaken.BesluitInvoer(invoer.uitkomst(), invoer.reden()));
    }

    @PostMapping("/handhavingszaken/{id}/bezwaar")
    @Operation(summary = "Het bezwaar tegen de boete is ontvangen")
    Handhavingszaken.Zaak bezwaar(@PathVariable UUID id, @RequestBody Toelichting invoer) {
        return zaken.bezwaar(id, invoer.toelichting());
    }

    @PostMapping("/handhavingszaken/{id}/beslissing-op-bezwaar")
    @Operation(summary = "De beslissing op het bezwaar: gegrond of ongegrond")
    Handhavingszaken.Zaak beslissingOpBezwaar(@PathVariable UUID id, @RequestBody BeslissingOpBezwaar invoer) {
        return zaken.beslissingOpBezwaar(id, invoer.gegrond(), invoer.toelichting());
    }

    @PostMapping("/handhavingszaken/{id}/participatiewet-maatregel")
    @Operation(summary = "Een maatregel onder de Participatiewet voor deze gedraging; blokkeert de boete (regel H-4)")
    Handhavingszaken.Zaak maatregel(@PathVariable UUID id, @RequestBody Maatregel invoer) {
        return zaken.participatiewetMaatregel(
                id,
                new Handhavingszaken.MaatregelInvoer(
                        invoer.datum(), invoer.percentage(), invoer.duurMaanden(), invoer.toelichting()));
    }

    @GetMapping("/inburgeraars/{id}/schulden")
    @Operation(summary = "De boetes, DUO-lening en andere schulden van een inburgeraar met de financiële last (H-6)")
    Schulden.Overzicht schulden(@PathVariable UUID id) {
        return schulden.overzicht(id);
    }

    @PostMapping("/inburgeraars/{id}/schulden")
    @Operation(summary = "Leg een boete of lening van DUO of een andere schuld vast (regels H-5, H-6)")
    ResponseEntity<Schulden.Vastgelegd> schuld(@PathVariable UUID id, @RequestBody SchuldInvoer invoer) {
        return ResponseEntity.status(201)
                .body(schulden.vastleggen(
                        id,
                        new Schulden.Invoer(invoer.soort(), invoer.bedrag(), invoer.datum(), invoer.omschrijving())));
    }
}
