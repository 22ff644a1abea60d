package nl.inburgeringsregie.inburgeraar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The inburgeraar dossier over REST: /api/v1/inburgeraars. */
@ApiController("/api/v1/inburgeraars")
@Tag(name = "Inburgeraars", description = "Dossiers van inburgeraars: registreren, raadplegen, wijzigen, journaal")
class InburgeraarApiController {

    /** A dossier as the API shows it. Field names follow DUO's where DUO has one. */
    @Schema(name = "Inburgeraar")
    record InburgeraarJson(
            UUID id,
            Integer versie,
            String gemeentecode,
            String bsn,
            String geslachtsnaam,
            String voornamen,
            LocalDate geboortedatum,
            Geslacht geslacht,
            List<String> nationaliteiten,
            String landVanHerkomst,
            List<String> talen,
            Boolean tolkNodig,
            String tolkTaal,
            Contactgegevens contact,
            Partner partner,

            @ArraySchema(maxItems = InburgeraarValidatie.MAX_KINDEREN)
            List<Kind> kinderen,

            Doelgroep doelgroep,
            GedetailleerdeDoelgroep gedetailleerdeDoelgroep,
            Wet wet,
            LocalDate datumKennisgeving,
            LocalDate datumKoppeling,
            LocalDate datumHuisvesting,
            LocalDate datumInschrijvingBrp,
            LocalDate datumStartBijstand,

            @Schema(
                    description = "Mijlpalen. datumBredeIntakeAfgerond, dagtekeningPip en "
                            + "einddatumInburgeringstermijn zijn alleen-lezen: ze komen uit de afgeronde intake, "
                            + "het eerste vastgestelde PIP en DUO (T-15); een andere waarde sturen geeft 400. "
                            + "Het wachten op derden (T-1) wordt wel ingevuld.")
            Mijlpalen voortgang,

            @Schema(
                    description = "Alleen-lezen: de fase volgt uit intake, PIP en DUO, of uit een "
                            + "uitschrijving (POST .../uitschrijvingen); een andere waarde sturen geeft 400 (T-15).",
                    accessMode = Schema.AccessMode.READ_ONLY)
            Fase fase,

            String consulent,
            Registratiebron registratiebron,
            Instant geregistreerdOp,

            @Schema(
                    description = "Alleen-lezen: geaccepteerd maar het bekijken waard, met veld en regel "
                            + "(bijvoorbeeld PL-4)",
                    accessMode = Schema.AccessMode.READ_ONLY)
            List<Waarschuwing> waarschuwingen) {

        static InburgeraarJson van(Dossier d) {
            InburgeraarGegevens g = d.gegevens();
            return new InburgeraarJson(
                    d.id(),
                    d.versie(),
                    g.gemeentecode(),
                    g.bsn(),
                    g.geslachtsnaam(),
                    g.voornamen(),
                    g.geboortedatum(),
                    g.geslacht(),
                    g.nationaliteiten(),
                    g.landVanHerkomst(),
                    g.talen(),
                    g.tolkNodig(),
                    g.tolkTaal(),
                    g.contact(),
                    g.partner(),
                    g.kinderen(),
                    g.doelgroep(),
                    g.gedetailleerdeDoelgroep(),
                    g.wet(),
                    g.datumKennisgeving(),
                    g.datumKoppeling(),
                    g.datumHuisvesting(),
                    g.datumInschrijvingBrp(),
                    g.datumStartBijstand(),
                    g.mijlpalen(),
                    d.fase(),
                    d.consulent(),
                    d.registratiebron(),
                    d.geregistreerdOp(),
                    d.waarschuwingen().isEmpty() ? null : d.waarschuwingen());
        }

        InburgeraarGegevens gegevens() {
            return new InburgeraarGegevens(
                    gemeentecode,
                    bsn,
                    geslachtsnaam,
                    voornamen,
                    geboortedatum,
                    geslacht,
                    nationaliteiten,
                    landVanHerkomst,
                    talen,
                    Boolean.TRUE.equals(tolkNodig),
                    tolkTaal,
                    contact,
                    partner,
                    kinderen,
                    doelgroep,
                    gedetailleerdeDoelgroep,
                    wet,
                    datumKennisgeving,
                    datumKoppeling,
                    datumHuisvesting,
                    datumInschrijvingBrp,
                    datumStartBijstand,
                    voortgang);
        }
    }

    @Schema(name = "InburgeraarSamenvatting")
    record Samenvatting(
            UUID id,
            String gemeentecode,
            String bsn,
            String geslachtsnaam,
            String voornamen,
            LocalDate geboortedatum,
            Doelgroep doelgroep,
            Fase fase,
            Wet wet,
            String consulent) {}

    @Schema(
            name = "InburgeraarLijst",
            description = "Een pagina; 'volgende' is de cursor van de volgende pagina, "
                    + "'aantal' telt tot hoogstens 1000 en 'meer' zegt of er meer zijn")
    record Lijst(List<Samenvatting> inburgeraars, String volgende, int aantal, boolean meer) {}

    @Schema(name = "JournaalRegel")
    record JournaalRegel(
            Instant tijdstip, String gebruiker, String soort, String veld, String oudeWaarde, String nieuweWaarde) {}

    private final InburgeraarService service;
    private final Caseload caseload;
    private final MessageSourceAccessor berichten;

    InburgeraarApiController(InburgeraarService service, Caseload caseload, MessageSourceAccessor berichten) {
        this.service = service;
        this.caseload = caseload;
        this.berichten = berichten;
    }

    @Schema(name = "Uitschrijving", description = "Uitschrijven met de reden; de reden komt in het journaal")
    record UitschrijvingJson(
            @Schema(
                    description = "Waarom het dossier wordt uitgeschreven",
                    example = "Verhuisd naar " + "het buitenland (meer dan een jaar)")
            String reden,

            @Schema(description = "De laatst gelezen versie (optioneel)")
            Integer versie) {}

    @PostMapping
    @Operation(summary = "Registreer een inburgeraar (balie of DUO-kennisgeving)")
    ResponseEntity<InburgeraarJson> registreer(@RequestBody InburgeraarJson verzoek) {
        if (verzoek.fase() != null && verzoek.fase() != Fase.AANMELDING) {
            throw new InvalidInputException("fase", berichten.getMessage("fout.fase.afgeleid"), "T-15");
        }
        Dossier dossier = service.registreer(
                verzoek.gegevens(),
                verzoek.registratiebron() == null ? Registratiebron.BALIE : verzoek.registratiebron(),
                verzoek.consulent());
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + dossier.id()))
                .body(InburgeraarJson.van(dossier));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Raadpleeg een dossier")
    InburgeraarJson lees(@PathVariable UUID id) {
        return InburgeraarJson.van(service.lees(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Wijzig een dossier (volledige weergave met de laatst gelezen versie)")
    InburgeraarJson wijzig(@PathVariable UUID id, @RequestBody InburgeraarJson verzoek) {
        return InburgeraarJson.van(
                service.wijzigFeiten(id, verzoek.versie(), verzoek.gegevens(), verzoek.fase(), verzoek.consulent()));
    }

    @PostMapping("/{id}/uitschrijvingen")
    @Operation(summary = "Schrijf een dossier uit, met de reden (journaal); een al uitgeschreven dossier geeft 409")
    ResponseEntity<InburgeraarJson> schrijfUit(@PathVariable UUID id, @RequestBody UitschrijvingJson verzoek) {
        Dossier dossier = service.schrijfUit(id, verzoek.versie(), verzoek.reden());
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + dossier.id()))
                .body(InburgeraarJson.van(dossier));
    }

    @GetMapping
    @Operation(summary = "Zoek in de caseload (eigen dossiers eerst; keyset-paginering met 'volgende')")
    Lijst zoek(
            @RequestParam(required = false) String zoek,
            @RequestParam(required = false) String consulent,
            @RequestParam(required = false) Doelgroep doelgroep,
            @RequestParam(required = false) Fase fase,
            @RequestParam(required = false) Wet wet,
            @RequestParam(required = false) String gemeentecode,
            @RequestParam(required = false) String volgende,
            @RequestParam(defaultValue = "50") int paginagrootte) {
        int grootte = Math.clamp(paginagrootte, 1, 200);
        Caseload.Pagina pagina = caseload.zoek(
                new Caseload.Filter(zoek, consulent, doelgroep, fase, wet, gemeentecode), volgende, grootte);
        return new Lijst(
                pagina.rijen().stream()
                        .map(r -> new Samenvatting(
                                r.id(),
                                r.gemeentecode(),
                                r.bsn(),
                                r.geslachtsnaam(),
                                r.voornamen(),
                                r.geboortedatum(),
                                r.doelgroep(),
                                r.fase(),
                                r.wet(),
                                r.consulent()))
                        .toList(),
                pagina.volgende(),
                pagina.aantal(),
                pagina.meer());
    }

    @GetMapping("/{id}/journaal")
    @Operation(summary = "Het journaal van een dossier: elke wijziging, nieuwste eerst")
    List<JournaalRegel> journaal(@PathVariable UUID id) {
        return service.journaal(id).stream()
                .map(r -> new JournaalRegel(
                        r.tijdstip(), r.gebruiker(), r.soort().name(), r.veld(), r.oudeWaarde(), r.nieuweWaarde()))
                .toList();
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        if (e.link() != null) {
            problem.setProperty("bestaand", "/api/v1/inburgeraars/" + e.link());
        }
        if (e.veld() != null) {
            problem.setProperty("invalidParams", List.of(Map.of("name", e.veld(), "reason", e.getMessage())));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
