package nl.inburgeringsregie.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** T-12 over REST (ADR 0037): COA's profile received outside the import, the joint handover conversation held. */
@ApiController("/api/v1/inburgeraars/{id}/coa-overdracht")
@Tag(name = "Warme overdracht COA", description = "Profielen van COA importeren, in zijn geheel of niet (regel I-4)")
class CoaRegistratieApiController {

    @Schema(
            name = "CoaProfielOntvangen",
            description = "ontvangenOp is alleen informatie: het telt op de dag van vastleggen (regel T-15)")
    record ProfielJson(LocalDate ontvangenOp, String bron) {}

    @Schema(
            name = "CoaGesprekGehouden",
            description = "gehoudenOp is alleen informatie: het telt op de dag van vastleggen (regel T-15)")
    record GesprekJson(LocalDate gehoudenOp, String deelnemers) {}

    private final CoaRegistraties registraties;

    CoaRegistratieApiController(CoaRegistraties registraties) {
        this.registraties = registraties;
    }

    @GetMapping
    @Operation(summary = "Wat van de warme overdracht van COA buiten de import is vastgelegd (regel T-12)")
    CoaRegistraties.Stand stand(@PathVariable UUID id) {
        return registraties.stand(id);
    }

    @PostMapping("/profiel")
    @Operation(
            summary = "Leg vast dat het profiel van COA buiten de import is ontvangen (regels T-12, I-4)",
            description = "Eén keer per dossier; een tweede keer geeft 409. Telt op de dag van vastleggen (T-15).")
    CoaRegistraties.Registratie profiel(@PathVariable UUID id, @RequestBody ProfielJson body) {
        return registraties.profielOntvangen(id, body.ontvangenOp(), body.bron());
    }

    @PostMapping("/gesprek")
    @Operation(
            summary = "Leg vast dat het warme overdrachtsgesprek met COA is gehouden (regels T-12, I-4)",
            description = "Eén keer per dossier; een tweede keer geeft 409. Telt op de dag van vastleggen (T-15).")
    CoaRegistraties.Registratie gesprek(@PathVariable UUID id, @RequestBody GesprekJson body) {
        return registraties.gesprekGehouden(id, body.gehoudenOp(), body.deelnemers());
    }
}
