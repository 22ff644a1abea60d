package nl.inburgeringsregie.pip;

import java.time.LocalDate;
import java.util.ArrayList;
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
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Eigenaar;
import nl.inburgeringsregie.pip.PipKeuzes.Examenonderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.Onderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.Wijzigingsreden;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The PIP in the browser: versions, the concept form, vaststellen, changing, withdrawing, the letter, comparing. */
@Controller
public class PipWebController {

    /**
     * One line of the side-by-side view: a field, its value in both versions (as stored: the screen writes each as a
     * Dutch label or date, issue 21 point 2), and whether it changed.
     */
    public record Verschil(String veld, Object links, Object rechts, boolean gewijzigd) {}

    private final PipService service;

    PipWebController(PipService service) {
        this.service = service;
    }

    @GetMapping("/inburgeraars/{id}/pip")
    @MagDossierInzien
    String overzicht(@PathVariable UUID id, Model model) {
        List<Pip> versies = service.versies(id);
        model.addAttribute("id", id);
        model.addAttribute("versies", versies);
        model.addAttribute(
                "vastgesteld",
                versies.stream()
                        .filter(p -> p.status() == PipKeuzes.PipStatus.VASTGESTELD)
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                "concept",
                versies.stream()
                        .filter(p -> p.status() == PipKeuzes.PipStatus.CONCEPT)
                        .findFirst()
                        .orElse(null));
        keuzes(model);
        return "pip/overzicht";
    }

    @PostMapping("/inburgeraars/{id}/pip")
    @MagDossierWijzigen
    String maak(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            return "redirect:/pips/" + service.maakConcept(id).id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("foutTekst", e.violations().getFirst().message());
            return "redirect:/inburgeraars/" + id + "/pip";
        } catch (ConflictException e) {
            redirect.addFlashAttribute("foutTekst", e.getMessage());
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
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.wijzigConcept(pipId, inhoud(form));
            redirect.addFlashAttribute("melding", "pip.bewaard");
            // Issue 21 (h1), point 1: the page after a save shows what was saved; the typed dagtekening stays on it.
            redirect.addFlashAttribute("invoerBewaard", true);
            redirect.addFlashAttribute("dagtekening", form.getFirst("dagtekeningPip"));
            return "redirect:/pips/" + pipId;
        } catch (InvalidInputException e) {
            model.addAttribute("fouten", e.violations());
            return metInvoer(pipId, form, model);
        } catch (OptimisticLockingFailureException | ConflictException e) {
            model.addAttribute("gelijktijdig", true);
        }
        return versiePagina(service.lees(pipId), model);
    }

    /** Autosave of the concept (htmx), as the intake: answers only the new version and a status line, out of band. */
    @PostMapping("/pips/{pipId}/concept")
    @MagDossierWijzigen
    String concept(@PathVariable UUID pipId, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            Pip pip = service.wijzigConcept(pipId, inhoud(form));
            model.addAttribute("versie", pip.version());
            model.addAttribute("bewaardOp", pip.gewijzigdOp());
        } catch (InvalidInputException e) {
            model.addAttribute("versie", form.getFirst("versie"));
            model.addAttribute("conceptFouten", e.violations());
        } catch (OptimisticLockingFailureException | ConflictException e) {
            model.addAttribute("versie", form.getFirst("versie"));
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
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        String dagtekeningPip = form.getFirst("dagtekeningPip");
        model.addAttribute("dagtekening", dagtekeningPip);
        if (form.containsKey("versie")) {
            try {
                service.wijzigConcept(pipId, inhoud(form));
            } catch (InvalidInputException e) {
                model.addAttribute("fouten", e.violations());
                model.addAttribute("nietVastgesteld", true);
                return metInvoer(pipId, form, model);
            } catch (OptimisticLockingFailureException | ConflictException e) {
                model.addAttribute("gelijktijdig", true);
                return versiePagina(service.lees(pipId), model);
            }
        }
        try {
            service.stelVast(pipId, datum(dagtekeningPip));
            redirect.addFlashAttribute("melding", "pip.vastgesteld");
            return "redirect:/pips/" + pipId;
        } catch (InvalidInputException e) {
            model.addAttribute("fouten", e.violations());
            model.addAttribute("conceptBewaard", form.containsKey("versie"));
            model.addAttribute("invoerGetoond", true);
        } catch (ConflictException e) {
            model.addAttribute("gelijktijdig", true);
        }
        return versiePagina(service.lees(pipId), model);
    }

    /** A refused save: the concept as typed (applied in memory, never saved) with the errors; the draft is on screen. */
    private String metInvoer(UUID pipId, MultiValueMap<String, String> form, Model model) {
        Pip pip = service.lees(pipId);
        if (pip.status() == PipKeuzes.PipStatus.CONCEPT) {
            PipService.Inhoud i = inhoud(form);
            pip.zetInhoud(
                    i.leerroute(),
                    i.niveau(),
                    i.indicatorAlfabetiseringsonderwijs(),
                    i.geschatteIntensiteitB1Route(),
                    Boolean.TRUE.equals(i.indicatorMagOpleidingAfmaken()),
                    i.zienswijze(),
                    Boolean.TRUE.equals(i.oneens()),
                    i.standpuntGemeente(),
                    i.afspraken());
            pip.zetMotiveringLeerroute(i.motiveringLeerroute());
        }
        model.addAttribute("dagtekening", form.getFirst("dagtekeningPip"));
        model.addAttribute("invoerGetoond", true);
        return versiePagina(pip, model);
    }

    @PostMapping("/pips/{pipId}/wijzigingen")
    @MagDossierWijzigen
    String wijzig(
            @PathVariable UUID pipId, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        Pip huidige = service.lees(pipId);
        try {
            List<Examenonderdeel> onderdelen = form.getOrDefault("afschalenOnderdelen", List.of()).stream()
                    .map(o -> keuze(o, Examenonderdeel::valueOf))
                    .filter(Objects::nonNull)
                    .toList();
            Pip nieuw = service.wijzig(
                    pipId,
                    new PipService.Wijziging(
                            keuze(form.getFirst("reden"), Wijzigingsreden::valueOf),
                            form.getFirst("toelichting"),
                            keuze(form.getFirst("leerroute"), Leerroute::valueOf),
                            onderdelen,
                            getal(form.getFirst("lesuren")),
                            form.getFirst("lesurenBron")));
            return "redirect:/pips/" + nieuw.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("wijzigFouten", e.violations());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("foutTekst", e.getMessage());
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
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute(
                    "foutTekst",
                    e instanceof InvalidInputException i
                            ? i.violations().getFirst().message()
                            : e.getMessage());
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
            throw new nl.inburgeringsregie.infrastructure.fouten.NotFoundException("pip");
        }
        Pip a = links != null ? service.lees(links) : versies.get(Math.max(0, versies.size() - 2));
        Pip b = rechts != null ? service.lees(rechts) : versies.getLast();
        if (!a.inburgeraarId().equals(id) || !b.inburgeraarId().equals(id)) {
            throw new nl.inburgeringsregie.infrastructure.fouten.NotFoundException("pip");
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
        return waarde instanceof String s && s.isBlank() || waarde instanceof java.util.Collection<?> c && c.isEmpty()
                ? null
                : waarde;
    }

    private static String versiePagina(Pip pip, Model model) {
        model.addAttribute("pip", pip);
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

    static PipService.Inhoud inhoud(MultiValueMap<String, String> form) {
        List<Pip.Afspraak> afspraken = new ArrayList<>();
        for (int n = 0; form.containsKey("afspraak." + n + ".omschrijving"); n++) {
            String p = "afspraak." + n + ".";
            String omschrijving = form.getFirst(p + "omschrijving");
            if ((omschrijving == null || omschrijving.isBlank()) && blanco(form.getFirst(p + "onderdeel"))) {
                continue;
            }
            afspraken.add(new Pip.Afspraak(
                    keuze(form.getFirst(p + "onderdeel"), Onderdeel::valueOf),
                    keuze(form.getFirst(p + "eigenaar"), Eigenaar::valueOf),
                    omschrijving,
                    datum(form.getFirst(p + "uiterlijk")),
                    blanco(form.getFirst(p + "frequentie"))
                            ? null
                            : form.getFirst(p + "frequentie").strip(),
                    getal(form.getFirst(p + "uren")),
                    blanco(form.getFirst(p + "aanbieder"))
                            ? null
                            : form.getFirst(p + "aanbieder").strip(),
                    form.containsKey(p + "handhaafbaar")));
        }
        return new PipService.Inhoud(
                getal(form.getFirst("versie")),
                keuze(form.getFirst("leerroute"), Leerroute::valueOf),
                keuze(form.getFirst("niveau"), Niveau::valueOf),
                keuze(form.getFirst("indicatorAlfabetiseringsonderwijs"), Alfabetiseringsindicator::valueOf),
                getal(form.getFirst("geschatteIntensiteitB1Route")),
                form.containsKey("indicatorMagOpleidingAfmaken"),
                form.getFirst("zienswijze"),
                form.containsKey("oneens"),
                form.getFirst("standpuntGemeente"),
                afspraken,
                form.getFirst("motiveringLeerroute"));
    }

    private static boolean blanco(String s) {
        return s == null || s.isBlank();
    }

    private static <T> T keuze(String waarde, Function<String, T> naar) {
        try {
            return blanco(waarde) ? null : naar.apply(waarde);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer getal(String waarde) {
        try {
            return blanco(waarde) ? null : Integer.valueOf(waarde.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static LocalDate datum(String waarde) {
        try {
            return blanco(waarde) ? null : LocalDate.parse(waarde);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
