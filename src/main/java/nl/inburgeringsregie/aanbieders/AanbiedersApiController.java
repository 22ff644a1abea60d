package nl.inburgeringsregie.aanbieders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Providers and their contracts over REST (issue 15, ADR 0031): the functioneel beheerder writes, the team lead reads. */
@ApiController("/api/v1")
@Tag(name = "Aanbieders", description = "Aanbieders, hun keurmerken (regel R-10) en contracten per perceel")
class AanbiedersApiController {

    @Schema(name = "Aanbieder")
    record AanbiederJson(
            UUID id,
            Integer versie,
            String naam,
            String instellingsnummer,

            @Schema(
                    description =
                            "Laatste dag waarop het keurmerk Blik op Werk geldt (regel R-10); leeg: geen keurmerk")
            LocalDate bowGeldigTot,

            @Schema(description = "Laatste dag waarop de TST-erkenning geldt (onderwijsroute, regel R-10); leeg: geen")
            LocalDate tstGeldigTot,

            String contactpersoon,
            String email,
            String telefoon,

            @Schema(
                    description = "De laatste controle tegen de lijst van instellingen van DUO (regel R-10), bij elk"
                            + " opslaan; leeg: nog niet gecontroleerd (DUO niet bereikbaar)")
            DuoControleJson duoControle) {

        static AanbiederJson van(Aanbieder a) {
            Aanbieder.Gegevens g = a.gegevens();
            return new AanbiederJson(
                    a.id(),
                    a.version(),
                    g.naam(),
                    g.instellingsnummer(),
                    g.bowGeldigTot(),
                    g.tstGeldigTot(),
                    g.contactpersoon(),
                    g.email(),
                    g.telefoon(),
                    Aanbiedersbeheer.controle(a)
                            .map(c -> new DuoControleJson(
                                    c.duo().op(),
                                    c.duo().bekend(),
                                    c.duo().naam(),
                                    c.duo().bow(),
                                    c.duo().tst(),
                                    c.afwijkingen()))
                            .orElse(null));
        }
    }

    @Schema(name = "AanbiederDuoControle")
    record DuoControleJson(
            Instant gecontroleerdOp,

            @Schema(description = "Of DUO het instellingsnummer kent")
            boolean bekend,

            @Schema(description = "De naam van de instelling bij DUO")
            String naam,

            @Schema(description = "Blik op Werk-keurmerk volgens DUO")
            boolean bowKeurmerk,

            @Schema(description = "TST-erkenning volgens DUO")
            boolean tstKeurmerk,

            @Schema(
                    description = "De velden waarin ons register en DUO verschillen op de dag van de controle"
                            + " (instellingsnummer, bowGeldigTot, tstGeldigTot); leeg: ze komen overeen")
            List<String> afwijkingen) {}

    @Schema(name = "AanbiederInvoer")
    record AanbiederInvoer(
            Integer versie,
            @NotBlank @Size(max = 200) String naam,
            @NotBlank @Pattern(regexp = "[0-9A-Za-z]{1,10}") String instellingsnummer,
            LocalDate bowGeldigTot,
            LocalDate tstGeldigTot,
            @Size(max = 200) String contactpersoon,
            @Email @Size(max = 200) String email,
            @Size(max = 50) String telefoon) {

        Aanbieder.Gegevens gegevens() {
            return new Aanbieder.Gegevens(
                    naam, instellingsnummer, bowGeldigTot, tstGeldigTot, contactpersoon, email, telefoon);
        }
    }

    @Schema(name = "Contract")
    record ContractJson(
            UUID id,
            Integer versie,
            UUID aanbiederId,
            String contractnummer,
            String perceel,
            Contractonderdeel onderdeel,
            List<String> gemeenten,
            LocalDate begindatum,
            LocalDate einddatum,
            int capaciteit,
            List<LocalDate> startmomenten,
            Prijsmodel prijsmodel,
            BigDecimal prijs,

            @Schema(
                    description = "De aanbieder meldt de examens van zijn deelnemers bij DUO en ziet daarvoor hun BSN"
                            + " (regel AB-10)")
            boolean bsnVoorExamenregistratie) {

        static ContractJson van(Contract c) {
            Contract.Gegevens g = c.gegevens();
            return new ContractJson(
                    c.id(),
                    c.version(),
                    g.aanbiederId(),
                    g.contractnummer(),
                    g.perceel(),
                    g.onderdeel(),
                    g.gemeenten(),
                    g.begindatum(),
                    g.einddatum(),
                    g.capaciteit(),
                    g.startmomenten(),
                    g.prijsmodel(),
                    g.prijs(),
                    g.bsnVoorExamenregistratie());
        }
    }

    @Schema(name = "ContractInvoer")
    record ContractInvoer(
            Integer versie,
            @NotNull UUID aanbiederId,
            @NotBlank @Size(max = 100) String contractnummer,
            @NotBlank @Size(max = 200) String perceel,
            @NotNull Contractonderdeel onderdeel,
            @NotEmpty @Size(max = 100) List<@NotNull @Pattern(regexp = "[0-9]{4}") String> gemeenten,
            @NotNull LocalDate begindatum,
            @NotNull LocalDate einddatum,
            @NotNull @Min(0) @Max(100000) Integer capaciteit,
            @Size(max = 100) List<@NotNull LocalDate> startmomenten,
            @NotNull Prijsmodel prijsmodel,

            @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2)
            BigDecimal prijs,

            @Schema(
                    description = "De aanbieder meldt de examens bij DUO en ziet daarvoor het BSN; alleen voor een"
                            + " onderdeel met een examen (regel AB-10). Leeg: nee")
            Boolean bsnVoorExamenregistratie) {

        Contract.Gegevens gegevens() {
            return new Contract.Gegevens(
                    aanbiederId,
                    contractnummer,
                    perceel,
                    onderdeel,
                    gemeenten,
                    begindatum,
                    einddatum,
                    capaciteit,
                    startmomenten == null ? List.of() : startmomenten,
                    prijsmodel,
                    prijs,
                    Boolean.TRUE.equals(bsnVoorExamenregistratie));
        }
    }

    @Schema(name = "Capaciteit")
    record CapaciteitJson(
            int capaciteit, int bezet, int vrij, int wachtlijst, List<Bezettingen.VerwachteStart> verwachteStarts) {

        static CapaciteitJson van(Bezettingen.Capaciteit c) {
            return new CapaciteitJson(c.capaciteit(), c.bezet(), c.vrij(), c.wachtlijst(), c.verwachteStarts());
        }
    }

    private final Aanbiedersbeheer beheer;

    AanbiedersApiController(Aanbiedersbeheer beheer) {
        this.beheer = beheer;
    }

    @GetMapping("/aanbieders")
    @Operation(summary = "Alle aanbieders")
    List<AanbiederJson> aanbieders() {
        return beheer.aanbieders().stream().map(AanbiederJson::van).toList();
    }

    @GetMapping("/aanbieders/{id}")
    @Operation(summary = "Eén aanbieder")
    AanbiederJson aanbieder(@PathVariable UUID id) {
        return AanbiederJson.van(beheer.aanbieder(id));
    }

    @PostMapping("/aanbieders")
    @Operation(summary = "Registreer een aanbieder met zijn keurmerken (regel R-10)")
    ResponseEntity<AanbiederJson> maakAanbieder(@Valid @RequestBody AanbiederInvoer invoer) {
        Aanbieder a = beheer.maakAanbieder(invoer.gegevens());
        return ResponseEntity.created(URI.create("/api/v1/aanbieders/" + a.id()))
                .body(AanbiederJson.van(a));
    }

    @PutMapping("/aanbieders/{id}")
    @Operation(summary = "Wijzig een aanbieder (versie: de versie die u las; een verouderde geeft 409)")
    AanbiederJson wijzigAanbieder(@PathVariable UUID id, @Valid @RequestBody AanbiederInvoer invoer) {
        return AanbiederJson.van(beheer.wijzigAanbieder(id, invoer.versie(), invoer.gegevens()));
    }

    @GetMapping("/contracten")
    @Operation(summary = "Alle contracten")
    List<ContractJson> contracten() {
        return beheer.contracten().stream().map(ContractJson::van).toList();
    }

    @GetMapping("/contracten/{id}")
    @Operation(summary = "Eén contract")
    ContractJson contract(@PathVariable UUID id) {
        return ContractJson.van(beheer.contract(id));
    }

    @GetMapping("/contracten/{id}/capaciteit")
    @Operation(summary = "De capaciteit van een contract: plaatsen bezet, vrij, wachtlijst en verwachte starts")
    CapaciteitJson capaciteit(@PathVariable UUID id) {
        return CapaciteitJson.van(beheer.capaciteit(id));
    }

    @PostMapping("/contracten")
    @Operation(summary = "Registreer een contract voor een perceel (gemeenten: regel AB-1; periode: regel AB-2)")
    ResponseEntity<ContractJson> maakContract(@Valid @RequestBody ContractInvoer invoer) {
        Contract c = beheer.maakContract(invoer.gegevens());
        return ResponseEntity.created(URI.create("/api/v1/contracten/" + c.id()))
                .body(ContractJson.van(c));
    }

    @PutMapping("/contracten/{id}")
    @Operation(summary = "Wijzig een contract (versie: de versie die u las; een verouderde geeft 409)")
    ContractJson wijzigContract(@PathVariable UUID id, @Valid @RequestBody ContractInvoer invoer) {
        return ContractJson.van(beheer.wijzigContract(id, invoer.versie(), invoer.gegevens()));
    }
}
