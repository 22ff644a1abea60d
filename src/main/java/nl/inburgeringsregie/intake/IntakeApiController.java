package nl.inburgeringsregie.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import nl.inburgeringsregie.intake.Intake.LeefgebiedVerslag;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The brede intake over REST: the intake, the leerbaarheidstoets and the route advice of a dossier. */
@ApiController("/api/v1/inburgeraars/{id}")
@Tag(
        name = "Brede intake",
        description = "Intake per leefgebied, leerbaarheidstoets en routeadvies (regels I-1 tot I-5, R-1 tot R-3)")
class IntakeApiController {

    @Schema(
            name = "Intake",
            description = "bijzondereGegevensVerborgen: gezondheid is alleen zichtbaar voor de consulent "
                    + "van het dossier (regel I-5)")
    record IntakeJson(
            Integer versie,
            Keuzes.IntakeStatus status,
            List<LeefgebiedVerslag> leefgebieden,
            Intake.Taalniveau taalniveau,
            Keuzes.Alfabetisering alfabetisering,
            Keuzes.Vooropleiding vooropleiding,
            Boolean wilStuderen,
            Intake.Checklist checklist,
            List<Intake.Afspraak> afspraken,
            Intake.Leerbaarheidstoets leerbaarheidstoets,
            Intake.Routebesluit routebesluit,
            LocalDate afgerondOp,
            String coaBron,
            boolean bijzondereGegevensVerborgen) {

        static IntakeJson van(IntakeService.Weergave w) {
            Intake i = w.intake();
            List<LeefgebiedVerslag> verslagen = i.leefgebieden().stream()
                    .filter(v -> w.bijzonderZichtbaar() || !v.leefgebied().bijzonder())
                    .toList();
            return new IntakeJson(
                    i.version(),
                    i.status(),
                    verslagen,
                    i.taalniveau(),
                    i.alfabetisering(),
                    i.vooropleiding(),
                    i.wilStuderen(),
                    i.checklist(),
                    i.afspraken(),
                    i.lbt(),
                    i.routebesluit().leerroute() == null ? null : i.routebesluit(),
                    i.afgerondOp(),
                    i.coaBron(),
                    !w.bijzonderZichtbaar());
        }
    }

    @Schema(name = "Routeadvies")
    record AdviesJson(
            Leerroute leerroute,
            Niveau niveau,
            Alfabetiseringsindicator indicatorAlfabetiseringsonderwijs,
            Integer geschatteIntensiteitB1Route,
            List<RedenJson> redenen) {}

    /** One step of the advice: its rule id and its explanation in the user's language. */
    @Schema(name = "Reden")
    record RedenJson(String regel, String toelichting) {}

    private final IntakeService service;
    private final MessageSourceAccessor berichten;

    IntakeApiController(IntakeService service, MessageSourceAccessor berichten) {
        this.service = service;
        this.berichten = berichten;
    }

    @GetMapping("/intake")
    @Operation(summary = "De brede intake van een dossier")
    IntakeJson intake(@PathVariable UUID id) {
        return IntakeJson.van(service.lees(id));
    }

    @PutMapping("/intake")
    @Operation(summary = "Bewaar de intake als concept, of rond haar af (afronden: true)")
    IntakeJson bewaar(@PathVariable UUID id, @RequestBody IntakeService.Wijziging w) {
        return IntakeJson.van(service.bewaar(id, w));
    }

    @PutMapping("/leerbaarheidstoets")
    @Operation(
            summary = "Leg de leerbaarheidstoets vast, met DUO's veldnamen en waarden, of een vrijstelling (regel I-3)")
    Intake.Leerbaarheidstoets leerbaarheidstoets(@PathVariable UUID id, @RequestBody Intake.Leerbaarheidstoets lbt) {
        return service.leerbaarheidstoets(id, lbt).intake().lbt();
    }

    @GetMapping("/routeadvies")
    @Operation(summary = "Het routeadvies uit intake en leerbaarheidstoets, met redenen en regels (R-1 tot R-3)")
    AdviesJson routeadvies(@PathVariable UUID id) {
        Routeadvies.Advies a = service.lees(id).advies();
        return new AdviesJson(
                a.leerroute(),
                a.niveau(),
                a.indicatorAlfabetiseringsonderwijs(),
                a.geschatteIntensiteitB1Route(),
                a.redenen().stream()
                        .map(r -> new RedenJson(r.regel(), berichten.getMessage(r)))
                        .toList());
    }
}
