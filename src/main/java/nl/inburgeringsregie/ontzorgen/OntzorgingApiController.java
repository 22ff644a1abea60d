package nl.inburgeringsregie.ontzorgen;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * A person's ontzorging over REST (issue 17, ADR 0032): read it, record the authorisation and the fixed costs, extend
 * or end it. The rules are checked by the aggregate after the access decision, so a person the user may not reach
 * answers 404 whatever the body.
 */
@ApiController("/api/v1")
@Tag(
        name = "Ontzorging",
        description = "Financieel ontzorgen van een asielstatushouder met bijstand: machtiging, vaste lasten,"
                + " verlengen of beëindigen (regels O-1, O-2, T-8)")
class OntzorgingApiController {

    @Schema(name = "VasteLast")
    record VasteLastInvoer(
            @Schema(description = "HUUR, ENERGIE, WATER of ZORGVERZEKERING (regel O-1)")
            VasteLast.Soort soort,

            @Schema(description = "Verhuurder, leverancier of zorgverzekeraar") @Size(max = 200)
            String ontvanger,

            @Schema(description = "IBAN van de ontvanger, met geldige controlecijfers (ISO 13616)") @Size(max = 34)
            String iban,

            @Schema(description = "Polisnummer; verplicht bij ZORGVERZEKERING") @Size(max = 50)
            String polisnummer,

            @Schema(description = "Bedrag per maand in euro; groter dan 0 en niet boven de ingestelde grens")
            BigDecimal bedrag) {

        VasteLast last() {
            return new VasteLast(soort, ontvanger == null ? null : ontvanger.strip(), iban, polisnummer, bedrag);
        }
    }

    @Schema(name = "OntzorgingInvoer")
    record OntzorgingInvoer(
            @Schema(description = "Datum waarop de machtiging is getekend; niet na de start van de bijstand (O-1)")
            LocalDate datumMachtiging,

            @Valid @Size(max = 20) List<VasteLastInvoer> vasteLasten) {}

    @Schema(name = "OntzorgingVerlenging")
    record VerlengingInvoer(
            @Schema(description = "Nieuwe einddatum, na de huidige (regel O-2)")
            LocalDate einddatum,

            @Schema(description = "Verplicht: waarom de ontzorging langer duurt (maatwerk, regel O-2)")
            @Size(max = 1000)
            String reden) {}

    @Schema(name = "OntzorgingBeeindiging")
    record BeeindigingInvoer(
            @Schema(description = "Laatste dag, binnen de periode (regel O-2)")
            LocalDate datum) {}

    private final Ontzorgingen ontzorgingen;
    private final MessageSourceAccessor berichten;

    OntzorgingApiController(Ontzorgingen ontzorgingen, MessageSourceAccessor berichten) {
        this.ontzorgingen = ontzorgingen;
        this.berichten = berichten;
    }

    @GetMapping("/inburgeraars/{id}/ontzorging")
    @Operation(summary = "De ontzorging van een inburgeraar (404 als er geen is)")
    Ontzorgingen.Weergave lees(@PathVariable UUID id) {
        return ontzorgingen
                .lees(id)
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.ontzorging.nietGevonden")));
    }

    @PutMapping("/inburgeraars/{id}/ontzorging")
    @Operation(
            summary = "Leg de machtiging en de vaste lasten vast; de eerste keer ook de periode vanaf de start van de"
                    + " bijstand (regels O-1, T-8)")
    Ontzorgingen.Weergave legVast(@PathVariable UUID id, @Valid @RequestBody OntzorgingInvoer invoer) {
        List<VasteLast> lasten = invoer.vasteLasten() == null
                ? List.of()
                : invoer.vasteLasten().stream().map(VasteLastInvoer::last).toList();
        return ontzorgingen.legVast(id, new Ontzorgingen.Vastlegging(invoer.datumMachtiging(), lasten));
    }

    @PostMapping("/inburgeraars/{id}/ontzorging/verlenging")
    @Operation(summary = "Verleng de ontzorging tot een nieuwe einddatum, met een reden (regel O-2)")
    Ontzorgingen.Weergave verleng(@PathVariable UUID id, @Valid @RequestBody VerlengingInvoer invoer) {
        return ontzorgingen.verleng(id, invoer.einddatum(), invoer.reden());
    }

    @PostMapping("/inburgeraars/{id}/ontzorging/beeindiging")
    @Operation(summary = "Beëindig de ontzorging op een datum binnen de periode (regel O-2)")
    Ontzorgingen.Weergave beeindig(@PathVariable UUID id, @Valid @RequestBody BeeindigingInvoer invoer) {
        return ontzorgingen.beeindig(id, invoer.datum());
    }
}
