package nl.inburgeringsregie.pip;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.infrastructure.web.Formulierfouten;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Eigenaar;
import nl.inburgeringsregie.pip.PipKeuzes.Examenonderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.Onderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.PipActie;
import nl.inburgeringsregie.pip.PipKeuzes.Wijzigingsreden;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The PIP in the browser: versions, the concept form, vaststellen, changing, withdrawing, the letter, comparing. */
@Controller
class PipWebController {

    /**
     * One line of the side-by-side view: a field, its value in both versions (as stored: the screen writes each as a
     * Dutch label or date, issue 21 point 2), and whether it changed.
     */
    public record Verschil(String veld, Object links, Object rechts, boolean gewijzigd) {}

    private final PipService service;
    private final MessageSourceAccessor berichten;

    PipWebController(PipService service, MessageSourceAccessor berichten) {
        this.service = service;
        this.berichten = berichten;
    }

    @GetMapping("/inburgeraars/{id}/pip")
    @MagDossierInzien
    String overzicht(@PathVariable UUID id, Model model) {
        List<Pip> versies = service.versies(id);
        model.addAttribute("id", id);
        model.addAttribute("versies", versies);
        // The version a change starts from and the open concept: each version says what it allows (P-3).
        model.addAttribute(
                "vastgesteld",
                versies.stream()
                        .filter(p -> p.mag(PipActie.WIJZIGEN))
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                "concept",
                versies.stream()
                        .filter(p -> p.mag(PipActie.BEWERKEN))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("nieuwPipMogelijk", PipRegels.nieuwPipMogelijk(versies));
        keuzes(model);
        return "pip/overzicht";
    }

    @PostMapping("/inburgeraars/{id}/pip")
    @MagDossierWijzigen
    String maak(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            return "redirect:/pips/" + service.maakConcept(id).id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("foutTekst", tekst(e.violations().getFirst()));
            return "redirect:/inburgeraars/" + id + "/pip";
        } catch (ConflictException e) {
            redirect.addFlashAttribute("foutTekst", tekst(e));
            return "redirect:/inburgeraars/" + id + "/pip";
        }
    }

    @GetMapping("/pips/{pipId}")
    @MagDossierInzien
    String versie(@PathVariable UUID pipId, Model model) {
        return versiePagina(service.lees(pipId), model);
    }

    @PostMapping("/pips/{pipId}")
    @MagDossierWijzigen
    String bewaar(
            @PathVariable UUID pipId,
            @Valid @ModelAttribute("pipFormulier") PipFormulier formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return metInvoer(pipId, formulier, binding, model);
        }
        try {
            service.wijzigConcept(pipId, formulier.inhoud());
            redirect.addFlashAttribute("melding", "pip.bewaard");
            // Issue 21 (h1), point 1: the page after a save shows what was saved; the typed dagtekening stays on it.
            redirect.addFlashAttribute("invoerBewaard", true);
            redirect.addFlashAttribute("dagtekening", binding.getFieldValue("dagtekeningPip"));
            return "redirect:/pips/" + pipId;
        } catch (InvalidInputException e) {
            Formulierfouten.toon(e, binding);
            return metInvoer(pipId, formulier, binding, model);
        } catch (OptimisticLockingFailureException | ConflictException e) {
            model.addAttribute("gelijktijdig", true);
        }
        return versiePagina(service.lees(pipId), model);
    }

    /** Autosave of the concept (htmx), as the intake: answers only the new version and a status line, out of band. */
    @PostMapping("/pips/{pipId}/concept")
    @MagDossierWijzigen
    String concept(
            @PathVariable UUID pipId,
            @Valid @ModelAttribute("pipFormulier") PipFormulier formulier,
            BindingResult binding,
            Model model) {
        model.addAttribute("versie", formulier.getVersie());
        if (binding.hasErrors()) {
            model.addAttribute("conceptFout", fouten(binding).getFirst());
            return "pip/concept :: concept";
        }
        try {
            Pip pip = service.wijzigConcept(pipId, formulier.inhoud());
            model.addAttribute("versie", pip.version());
            model.addAttribute("bewaardOp", pip.gewijzigdOp());
        } catch (InvalidInputException e) {
            model.addAttribute("conceptFout", tekst(e.violations().getFirst()));
        } catch (OptimisticLockingFailureException | ConflictException e) {
            model.addAttribute("gelijktijdig", true);
        }
        return "pip/concept :: concept";
    }

    /**
     * Vaststellen. From the concept page (issue 21, h1, point 1) the form holds the whole concept as shown: that is
     * saved first, so nothing typed is lost and the plan that is vastgesteld is the one on the screen; a refusal shows
     * the page as typed. A post with only the dagtekening (older clients) vaststelt the stored concept.
     */
    @PostMapping("/pips/{pipId}/vaststelling")
    @MagDossierWijzigen
    String stelVast(
            @PathVariable UUID pipId,
            @Valid @ModelAttribute("pipFormulier") PipFormulier formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("dagtekening", binding.getFieldValue("dagtekeningPip"));
        boolean metConcept = formulier.getVersie() != null;
        if (binding.hasErrors()) {
            model.addAttribute("nietVastgesteld", true);
            return metInvoer(pipId, formulier, binding, model);
        }
        if (metConcept) {
            try {
                service.wijzigConcept(pipId, formulier.inhoud());
            } catch (InvalidInputException e) {
                Formulierfouten.toon(e, binding);
                model.addAttribute("nietVastgesteld", true);
                return metInvoer(pipId, formulier, binding, model);
            } catch (OptimisticLockingFailureException | ConflictException e) {
                model.addAttribute("gelijktijdig", true);
                return versiePagina(service.lees(pipId), model);
            }
        }
        try {
            service.stelVast(pipId, formulier.getDagtekeningPip());
            redirect.addFlashAttribute("melding", "pip.vastgesteld");
            return "redirect:/pips/" + pipId;
        } catch (InvalidInputException e) {
            Formulierfouten.toon(e, binding);
            model.addAttribute("fouten", fouten(binding));
            model.addAttribute("conceptBewaard", metConcept);
            model.addAttribute("invoerGetoond", true);
        } catch (ConflictException e) {
            model.addAttribute("gelijktijdig", true);
        }
        return versiePagina(service.lees(pipId), model);
    }

    /** A refused save: the concept as typed (applied in memory, never saved) with the errors; the draft is on screen. */
    private String metInvoer(UUID pipId, PipFormulier formulier, BindingResult binding, Model model) {
        Pip pip = service.lees(pipId);
        if (pip.mag(PipActie.BEWERKEN)) {
            formulier.inhoud().zetOp(pip);
        }
        model.addAttribute("fouten", fouten(binding));
        model.addAttribute("dagtekening", binding.getFieldValue("dagtekeningPip"));
        model.addAttribute("invoerGetoond", true);
        return versiePagina(pip, model);
    }

    @PostMapping("/pips/{pipId}/wijzigingen")
    @MagDossierWijzigen
    String wijzig(
            @PathVariable UUID pipId,
            @Valid @ModelAttribute("wijziging") WijzigingFormulier formulier,
            BindingResult binding,
            RedirectAttributes redirect) {
        Pip huidige = service.lees(pipId);
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("wijzigFouten", fouten(binding));
            return "redirect:/inburgeraars/" + huidige.inburgeraarId() + "/pip";
        }
        try {
            Pip nieuw = service.wijzig(pipId, formulier.wijziging());
            return "redirect:/pips/" + nieuw.id();
        } catch (InvalidInputException e) {
            Formulierfouten.toon(e, binding);
            redirect.addFlashAttribute("wijzigFouten", fouten(binding));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("foutTekst", tekst(e));
        }
        return "redirect:/inburgeraars/" + huidige.inburgeraarId() + "/pip";
    }

    @PostMapping("/pips/{pipId}/intrekking")
    @MagDossierWijzigen
    String trekIn(@PathVariable UUID pipId, @RequestParam(required = false) String reden, RedirectAttributes redirect) {
        Pip pip = service.lees(pipId);
        try {
            service.trekIn(pipId, reden);
            redirect.addFlashAttribute("melding", "pip.ingetrokken");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("foutTekst", tekst(e.violations().getFirst()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("foutTekst", tekst(e));
        }
        return "redirect:/inburgeraars/" + pip.inburgeraarId() + "/pip";
    }

    @GetMapping("/pips/{pipId}/beschikking")
    @MagDossierInzien
    ResponseEntity<byte[]> beschikking(@PathVariable UUID pipId) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"beschikking-pip.pdf\"")
                .body(service.beschikking(pipId));
    }

    @GetMapping("/inburgeraars/{id}/pip/vergelijking")
    @MagDossierInzien
    String vergelijk(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID links,
            @RequestParam(required = false) UUID rechts,
            Model model) {
        List<Pip> versies = service.versies(id);
        if (versies.isEmpty()) {
            throw new NotFoundException("pip");
        }
        Pip a = links != null ? service.lees(links) : versies.get(Math.max(0, versies.size() - 2));
        Pip b = rechts != null ? service.lees(rechts) : versies.getLast();
        if (!a.inburgeraarId().equals(id) || !b.inburgeraarId().equals(id)) {
            throw new NotFoundException("pip");
        }
        Map<String, Function<Pip, Object>> velden = new LinkedHashMap<>();
        velden.put("pip.veld.status", Pip::status);
        velden.put("pip.veld.dagtekeningPip", Pip::dagtekeningPip);
        velden.put("pip.veld.leerroute", Pip::leerroute);
        velden.put("pip.veld.niveau", Pip::niveau);
        velden.put("pip.veld.indicator", Pip::indicatorAlfabetiseringsonderwijs);
        velden.put("pip.veld.uren", Pip::geschatteIntensiteitB1Route);
        velden.put("pip.veld.motiveringLeerroute", Pip::motiveringLeerroute);
        velden.put("pip.veld.opleidingAfmaken", Pip::indicatorMagOpleidingAfmaken);
        velden.put("pip.veld.wijzigingsreden", Pip::wijzigingsreden);
        velden.put("pip.veld.toelichting", Pip::wijzigingstoelichting);
        velden.put("pip.veld.afschalen", Pip::afschalenOnderdelen);
        velden.put("pip.veld.zienswijze", Pip::zienswijze);
        velden.put("pip.veld.standpunt", Pip::standpuntGemeente);
        List<Verschil> verschillen = new ArrayList<>();
        velden.forEach((veld, waarde) -> verschillen.add(verschil(veld, waarde.apply(a), waarde.apply(b))));
        int n = Math.max(a.afspraken().size(), b.afspraken().size());
        for (int i = 0; i < n; i++) {
            verschillen.add(verschil(
                    "pip.veld.afspraak",
                    i < a.afspraken().size() ? a.afspraken().get(i) : null,
                    i < b.afspraken().size() ? b.afspraken().get(i) : null));
        }
        model.addAttribute("id", id);
        model.addAttribute("links", a);
        model.addAttribute("rechts", b);
        model.addAttribute("verschillen", verschillen);
        return "pip/vergelijking";
    }

    private static Verschil verschil(String veld, Object links, Object rechts) {
        return new Verschil(veld, links, rechts, !Objects.equals(leeg(links), leeg(rechts)));
    }

    /** Nothing, an empty text and an empty list are the same value. */
    private static Object leeg(Object waarde) {
        return waarde instanceof String s && s.isBlank() || waarde instanceof Collection<?> c && c.isEmpty()
                ? null
                : waarde;
    }

    private String versiePagina(Pip pip, Model model) {
        model.addAttribute("pip", pip);
        // Issue 15: beside each agreement the placement carrying it out, as it is now.
        model.addAttribute("plaatsingen", service.plaatsingen(pip.inburgeraarId()));
        List<Pip.Afspraak> rijen = new ArrayList<>(pip.afspraken());
        rijen.add(null);
        model.addAttribute("afspraakRijen", rijen);
        keuzes(model);
        return "pip/versie";
    }

    private static void keuzes(Model model) {
        model.addAttribute("leerroutes", Leerroute.values());
        model.addAttribute("niveaus", Niveau.values());
        model.addAttribute("indicatoren", Alfabetiseringsindicator.values());
        model.addAttribute("onderdelen", Onderdeel.values());
        model.addAttribute("eigenaren", Eigenaar.values());
        model.addAttribute("redenen", Wijzigingsreden.values());
        model.addAttribute("examenonderdelen", Examenonderdeel.values());
    }

    /** Every error of a form in the user's language, in the order found (the page's error summary). */
    private List<String> fouten(BindingResult binding) {
        return binding.getAllErrors().stream().map(berichten::getMessage).toList();
    }

    /** A violation in the user's language: its message key resolved with its arguments. */
    private String tekst(InvalidInputException.Violation v) {
        return berichten.getMessage(
                new DefaultMessageSourceResolvable(new String[] {v.message()}, v.args(), v.message()));
    }

    /** A refused step in the user's language: the conflict's message key resolved. */
    private String tekst(ConflictException e) {
        return berichten.getMessage(e.getMessage(), e.getMessage());
    }
}
