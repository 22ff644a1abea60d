package nl.inburgeringsregie.afspraken;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.inburgeringsregie.gebruikers.MagAfsprakenInzien;
import nl.inburgeringsregie.gebruikers.MagAfsprakenPlannen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Codes;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.web.Formulierfouten;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The appointment pages (issue 17, ADR 0038): "Tolk nog te boeken" (the appointments whose interpreter is not yet
 * booked, soonest first, each with a booking form), and a person's appointments with the planning form, also shown in
 * the dossier page (htmx). A refusal comes back at the top of the page, naming its rule.
 */
@Controller
class AfsprakenWebController {

    private final Afspraken afspraken;
    private final Toegang toegang;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    AfsprakenWebController(Afspraken afspraken, Toegang toegang, MessageSourceAccessor berichten, Clock clock) {
        this.afspraken = afspraken;
        this.toegang = toegang;
        this.berichten = berichten;
        this.clock = clock;
    }

    @GetMapping("/afspraken/tolk-te-boeken")
    @MagAfsprakenInzien
    String tolkTeBoeken(@RequestParam(name = "volgende", required = false) String volgende, Model model) {
        try {
            model.addAttribute("pagina", afspraken.tolkTeBoeken(volgende, 50));
        } catch (InvalidInputException e) {
            model.addAttribute("pagina", afspraken.tolkTeBoeken(null, 50));
        }
        model.addAttribute("magPlannen", toegang.mag("AFSPRAKEN_PLANNEN"));
        return "afspraken/tolk-te-boeken";
    }

    @GetMapping("/inburgeraars/{id}/afspraken")
    @MagAfsprakenInzien
    String afspraken(
            @PathVariable UUID id,
            @RequestParam(name = "volgende", required = false) String volgende,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        Afspraken.Pagina pagina;
        try {
            pagina = afspraken.vanDossier(id, volgende, 50);
        } catch (InvalidInputException e) {
            pagina = afspraken.vanDossier(id, null, 50);
        }
        boolean magPlannen = toegang.mag(Recht.AFSPRAKEN_PLANNEN, id);
        model.addAttribute("id", id);
        model.addAttribute("pagina", pagina);
        model.addAttribute("magPlannen", magPlannen);
        model.addAttribute("magDossier", toegang.mag(Recht.DOSSIER_INZIEN, id));
        model.addAttribute("voorstel", magPlannen ? afspraken.voorstel(id) : null);
        model.addAttribute("talen", Codes.talenOpNaam());
        model.addAttribute("nu", OffsetDateTime.now(clock.withZone(Afspraken.ZONE)));
        model.addAttribute("vandaag", LocalDate.now(clock.withZone(Afspraken.ZONE)));
        if (htmx != null) {
            return "afspraken/afspraken :: afspraken";
        }
        return "afspraken/afspraken";
    }

    @PostMapping("/inburgeraars/{id}/afspraken")
    @MagAfsprakenPlannen
    String plan(
            @PathVariable UUID id,
            @RequestParam(name = "soort", required = false) Afspraak.Soort soort,
            @RequestParam(name = "datum", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate datum,
            @RequestParam(name = "tijd", required = false) String tijd,
            @RequestParam(name = "plaats", required = false) String plaats,
            @RequestParam(name = "tolkNodig", defaultValue = "false") boolean tolkNodig,
            @RequestParam(name = "tolkTaal", required = false) String tolkTaal,
            RedirectAttributes redirect) {
        LocalTime tijdstip = tijd(tijd);
        return uitvoeren(
                "redirect:/inburgeraars/" + id + "/afspraken",
                redirect,
                "afspraak.gepland",
                () -> afspraken.plan(id, new Afspraken.Invoer(soort, datum, tijdstip, plaats, tolkNodig, tolkTaal)));
    }

    @PostMapping("/inburgeraars/{id}/afspraken/{afspraakId}/tolk-geboekt")
    @MagAfsprakenPlannen
    String boek(
            @PathVariable UUID id,
            @PathVariable UUID afspraakId,
            @RequestParam(name = "tolkBij", required = false) String tolkBij,
            @RequestParam(name = "terug", required = false) String terug,
            RedirectAttributes redirect) {
        return uitvoeren(
                terugNaar(id, terug),
                redirect,
                "afspraak.tolkGeboekt",
                () -> afspraken.boekTolk(id, afspraakId, tolkBij));
    }

    @PostMapping("/inburgeraars/{id}/afspraken/{afspraakId}/geannuleerd")
    @MagAfsprakenPlannen
    String annuleer(@PathVariable UUID id, @PathVariable UUID afspraakId, RedirectAttributes redirect) {
        return uitvoeren(
                "redirect:/inburgeraars/" + id + "/afspraken",
                redirect,
                "afspraak.geannuleerd",
                () -> afspraken.annuleer(id, afspraakId));
    }

    @PostMapping("/inburgeraars/{id}/afspraken/{afspraakId}/gehouden")
    @MagAfsprakenPlannen
    String gehouden(@PathVariable UUID id, @PathVariable UUID afspraakId, RedirectAttributes redirect) {
        return uitvoeren(
                "redirect:/inburgeraars/" + id + "/afspraken",
                redirect,
                "afspraak.gehouden",
                () -> afspraken.gehouden(id, afspraakId));
    }

    /** A time as typed (HH:mm); anything else counts as missing, refused by the service with its rule. */
    private static LocalTime tijd(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String terugNaar(UUID id, String terug) {
        return "lijst".equals(terug)
                ? "redirect:/afspraken/tolk-te-boeken"
                : "redirect:/inburgeraars/" + id + "/afspraken";
    }

    private String uitvoeren(String doel, RedirectAttributes redirect, String melding, Supplier<?> actie) {
        try {
            actie.get();
            redirect.addFlashAttribute("melding", berichten.getMessage(melding));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "fouten",
                    e.violations().stream()
                            .map(v -> Formulierfouten.tekst(v, berichten))
                            .toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("fouten", List.of(Formulierfouten.tekst(e.getMessage(), berichten)));
        }
        return doel;
    }
}
