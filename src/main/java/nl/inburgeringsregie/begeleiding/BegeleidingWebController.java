package nl.inburgeringsregie.begeleiding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.inburgeringsregie.gebruikers.MagBegeleidingInzien;
import nl.inburgeringsregie.gebruikers.MagBegeleidingRegie;
import nl.inburgeringsregie.gebruikers.MagBegeleidingVastleggen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.web.Formulierfouten;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The begeleiding pages (issue 17, ADR 0036): the begeleider's worklist, and a person's begeleiding with the forms each
 * user's rights allow: the consultant assigns a partner organisation, marks a signal seen and records nazorg; the
 * begeleider records contacts and the warm handover. A refusal comes back at the top of the page, naming its rule.
 */
@Controller
class BegeleidingWebController {

    /** Rows per page of the begeleider's worklist (issue 17 at national scale, docs/performance.md). */
    static final int REGELS_PER_PAGINA = 50;

    private final Begeleidingen begeleidingen;
    private final Begeleidingswerklijst werklijst;
    private final Toegang toegang;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    BegeleidingWebController(
            Begeleidingen begeleidingen,
            Begeleidingswerklijst werklijst,
            Toegang toegang,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.clock = clock;
        this.begeleidingen = begeleidingen;
        this.werklijst = werklijst;
        this.toegang = toegang;
        this.berichten = berichten;
    }

    @GetMapping("/begeleiding")
    @MagBegeleidingVastleggen
    String werklijst(@RequestParam(name = "vanaf", defaultValue = "0") int vanaf, Model model) {
        Begeleidingswerklijst.Pagina pagina = werklijst.pagina(vanaf, REGELS_PER_PAGINA);
        int tot = pagina.vanaf() + pagina.regels().size();
        model.addAttribute("regels", pagina.regels());
        model.addAttribute("totaal", pagina.totaal());
        model.addAttribute("meer", pagina.meer());
        model.addAttribute("eerste", pagina.vanaf() + 1);
        model.addAttribute("laatste", tot);
        model.addAttribute("vervolg", pagina.vanaf() > 0);
        model.addAttribute("volgende", tot < pagina.totaal() ? tot : null);
        model.addAttribute("paginagrootte", REGELS_PER_PAGINA);
        return "begeleiding/werklijst";
    }

    @GetMapping("/inburgeraars/{id}/begeleiding")
    @MagBegeleidingInzien
    String pagina(@PathVariable UUID id, Model model) {
        Begeleidingen.Weergave w = begeleidingen.lees(id);
        boolean regie = toegang.mag(Recht.BEGELEIDING_REGIE, id);
        model.addAttribute("id", id);
        model.addAttribute("b", w);
        model.addAttribute("magRegie", regie);
        model.addAttribute("magVastleggen", toegang.mag(Recht.BEGELEIDING_VASTLEGGEN, id));
        model.addAttribute("magDossier", toegang.mag(Recht.DOSSIER_INZIEN, id));
        model.addAttribute("partners", regie ? begeleidingen.partnerorganisaties() : List.of());
        model.addAttribute("leefgebieden", Contact.Leefgebied.values());
        model.addAttribute("uitkomsten", Nazorg.Uitkomst.values());
        model.addAttribute("vandaag", LocalDate.now(clock));
        return "begeleiding/begeleiding";
    }

    @PostMapping("/inburgeraars/{id}/begeleiding/toewijzing")
    @MagBegeleidingRegie
    String wijsToe(
            @PathVariable UUID id,
            @RequestParam(name = "partnerId", required = false) UUID partnerId,
            RedirectAttributes redirect) {
        return uitvoeren(id, redirect, "begeleiding.toegewezen", () -> begeleidingen.wijsToe(id, partnerId));
    }

    @PostMapping("/inburgeraars/{id}/begeleiding/contact")
    @MagBegeleidingVastleggen
    String contact(
            @PathVariable UUID id,
            @RequestParam(name = "datum", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate datum,
            @RequestParam(name = "tolk", defaultValue = "false") boolean tolk,
            @RequestParam(name = "tolktaal", required = false) String tolktaal,
            @RequestParam(name = "leefgebieden", required = false) List<Contact.Leefgebied> leefgebieden,
            @RequestParam(name = "minuten", required = false) String minuten,
            @RequestParam(name = "participatie", defaultValue = "false") boolean participatie,
            @RequestParam(name = "signaal", required = false) String signaal,
            RedirectAttributes redirect) {
        int aantal;
        try {
            aantal = minuten == null || minuten.isBlank() ? 0 : Integer.parseInt(minuten.strip());
        } catch (NumberFormatException e) {
            aantal = 0; // not a number: refused as "not above 0" by the aggregate
        }
        Contact c = new Contact(
                datum,
                tolk,
                tolktaal,
                leefgebieden == null
                        ? ""
                        : leefgebieden.stream().distinct().map(Enum::name).collect(Collectors.joining(",")),
                aantal,
                participatie,
                signaal,
                null);
        return uitvoeren(id, redirect, "begeleiding.contact.vastgelegd", () -> begeleidingen.legContactVast(id, c));
    }

    @PostMapping("/inburgeraars/{id}/begeleiding/signaal-gezien")
    @MagBegeleidingRegie
    String signaalGezien(@PathVariable UUID id, RedirectAttributes redirect) {
        return uitvoeren(id, redirect, "begeleiding.signaalGezien", () -> begeleidingen.signaalGezien(id));
    }

    @PostMapping("/inburgeraars/{id}/begeleiding/overdracht")
    @MagBegeleidingVastleggen
    String overdracht(
            @PathVariable UUID id,
            @RequestParam(name = "datum", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate datum,
            @RequestParam(name = "team", required = false) String team,
            @RequestParam(name = "samenvatting", required = false) String samenvatting,
            @RequestParam(name = "gezamenlijk", defaultValue = "false") boolean gezamenlijk,
            RedirectAttributes redirect) {
        return uitvoeren(
                id,
                redirect,
                "begeleiding.overdracht.vastgelegd",
                () -> begeleidingen.draagOver(id, datum, team, samenvatting, gezamenlijk));
    }

    @GetMapping("/inburgeraars/{id}/begeleiding/overdracht.pdf")
    @MagBegeleidingInzien
    ResponseEntity<byte[]> overdrachtsdocument(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"overdracht-begeleiding.pdf\"")
                .body(begeleidingen.overdrachtsdocument(id));
    }

    @PostMapping("/inburgeraars/{id}/begeleiding/nazorg")
    @MagBegeleidingRegie
    String nazorg(
            @PathVariable UUID id,
            @RequestParam(name = "voldaanOp", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate voldaanOp,
            @RequestParam(name = "geplandOp", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate geplandOp,
            @RequestParam(name = "gehoudenOp", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate gehoudenOp,
            @RequestParam(name = "uitkomst", required = false) Nazorg.Uitkomst uitkomst,
            @RequestParam(name = "toelichting", required = false) String toelichting,
            RedirectAttributes redirect) {
        return uitvoeren(
                id,
                redirect,
                "begeleiding.nazorg.vastgelegd",
                () -> begeleidingen.legNazorgVast(
                        id, new Begeleidingen.NazorgInvoer(voldaanOp, geplandOp, gehoudenOp, uitkomst, toelichting)));
    }

    private String uitvoeren(UUID id, RedirectAttributes redirect, String melding, Supplier<?> actie) {
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
        return "redirect:/inburgeraars/" + id + "/begeleiding";
    }
}
