package nl.inburgeringsregie.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.intake.Intake.LeefgebiedVerslag;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intake in the browser: one page with appointments, the conversation per leefgebied, the checklist and the
 * route decision; drafts are saved automatically (htmx) and kept in the browser too, so a timeout loses nothing;
 * a separate form for the leerbaarheidstoets; a printable summary.
 */
@Controller
public class IntakeWebController {

    private final IntakeService service;
    private final MessageSourceAccessor berichten;

    IntakeWebController(IntakeService service, MessageSourceAccessor berichten) {
        this.service = service;
        this.berichten = berichten;
    }

    @GetMapping("/inburgeraars/{id}/intake")
    @MagDossierInzien
    String intake(@PathVariable UUID id, Model model) {
        return pagina(service.lees(id), model);
    }

    @PostMapping("/inburgeraars/{id}/intake")
    @MagDossierWijzigen
    String bewaar(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        boolean afronden = "afronden".equals(form.getFirst("actie"));
        try {
            service.bewaar(id, wijziging(form, afronden));
            redirect.addFlashAttribute("melding", afronden ? "intake.afgerond" : "intake.bewaard");
            return "redirect:/inburgeraars/" + id + "/intake";
        } catch (InvalidInputException e) {
            model.addAttribute("fouten", teksten(e.violations()));
        } catch (OptimisticLockingFailureException | ConflictException e) {
            model.addAttribute("gelijktijdig", true);
            model.addAttribute("invoer", form.toSingleValueMap());
            return pagina(service.lees(id), model);
        }
        // Issue 21 (h1), point 5: a refused save shows the page as typed (never the stored state), so nothing is
        // lost and the browser's draft is not offered back as "niet-bewaarde invoer": it is on the screen.
        model.addAttribute("invoer", form.toSingleValueMap());
        model.addAttribute("invoerGetoond", true);
        return pagina(service.metInvoer(id, wijziging(form, false)), model);
    }

    /** Autosave of a draft (htmx): answers only the new version and a status line, swapped out of band. */
    @PostMapping("/inburgeraars/{id}/intake/concept")
    @MagDossierWijzigen
    String concept(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            IntakeService.Weergave w = service.bewaar(id, wijziging(form, false));
            model.addAttribute("versie", w.intake().version());
            model.addAttribute("bewaardOp", w.intake().gewijzigdOp());
        } catch (InvalidInputException e) {
            model.addAttribute("versie", form.getFirst("versie"));
            model.addAttribute("conceptFouten", teksten(e.violations()));
        } catch (OptimisticLockingFailureException | ConflictException e) {
            model.addAttribute("versie", form.getFirst("versie"));
            model.addAttribute("gelijktijdig", true);
        }
        return "intake/concept :: concept";
    }

    @PostMapping("/inburgeraars/{id}/leerbaarheidstoets")
    @MagDossierWijzigen
    String leerbaarheidstoets(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.leerbaarheidstoets(
                    id,
                    new Intake.Leerbaarheidstoets(
                            datum(form.getFirst("lbt.gepland")),
                            keuze(form.getFirst("lbt.vrijstelling"), Keuzes.LbtVrijstelling::valueOf),
                            tekst(form.getFirst("lbt.vrijstellingBesluit")),
                            keuze(form.getFirst("lbt.resultaat"), Keuzes.LbtResultaat::valueOf),
                            tekst(form.getFirst("lbt.behaaldeScore")),
                            tekst(form.getFirst("lbt.benodigdeScore")),
                            datum(form.getFirst("lbt.datumAfname"))));
            redirect.addFlashAttribute("melding", "intake.lbtBewaard");
            return "redirect:/inburgeraars/" + id + "/intake#lbt";
        } catch (InvalidInputException e) {
            model.addAttribute("lbtFouten", teksten(e.violations()));
        } catch (ConflictException e) {
            model.addAttribute("gelijktijdig", true);
        }
        model.addAttribute("invoer", form.toSingleValueMap());
        return pagina(service.lees(id), model);
    }

    @GetMapping("/inburgeraars/{id}/intake/samenvatting")
    @MagDossierInzien
    String samenvatting(@PathVariable UUID id, Model model) {
        IntakeService.Weergave w = service.lees(id);
        vul(w, model);
        return "intake/samenvatting";
    }

    /** The refusals with their message keys resolved (and their arguments) in the user's language, for the page. */
    private List<Violation> teksten(List<Violation> violations) {
        return teksten(berichten, violations);
    }

    /** The same for every intake screen (also the COA upload): key and arguments resolved, or the text as it is. */
    static List<Violation> teksten(MessageSourceAccessor berichten, List<Violation> violations) {
        return violations.stream()
                .map(v -> new Violation(
                        v.field(),
                        berichten.getMessage(
                                new DefaultMessageSourceResolvable(new String[] {v.message()}, v.args(), v.message())),
                        v.regel()))
                .toList();
    }

    private static String pagina(IntakeService.Weergave w, Model model) {
        vul(w, model);
        model.addAttribute("cefr", Keuzes.Cefr.values());
        model.addAttribute("alfabetiseringen", Keuzes.Alfabetisering.values());
        model.addAttribute("vooropleidingen", Keuzes.Vooropleiding.values());
        model.addAttribute("tolkWijzen", Keuzes.TolkWijze.values());
        model.addAttribute("opkomsten", Keuzes.Opkomst.values());
        model.addAttribute("leerroutes", Leerroute.values());
        model.addAttribute("indicatoren", Alfabetiseringsindicator.values());
        model.addAttribute("lbtResultaten", Keuzes.LbtResultaat.values());
        model.addAttribute("vrijstellingen", Keuzes.LbtVrijstelling.values());
        List<Intake.Afspraak> afspraken = new ArrayList<>(w.intake().afspraken());
        afspraken.add(null);
        model.addAttribute("afspraakRijen", afspraken);
        return "intake/intake";
    }

    private static void vul(IntakeService.Weergave w, Model model) {
        model.addAttribute("w", w);
        model.addAttribute("d", w.dossier());
        model.addAttribute("naam", w.naam());
        model.addAttribute("i", w.intake());
        model.addAttribute("advies", w.advies());
        model.addAttribute(
                "leefgebieden",
                Arrays.stream(Leefgebied.values())
                        .filter(l -> !l.alleenStatushouder() || w.dossier().doelgroep() == Doelgroep.ASIELSTATUSHOUDER)
                        .filter(l -> w.bijzonderZichtbaar() || !l.bijzonder())
                        .toList());
    }

    /** Reads the page's fields into a change; the field names are those of templates/intake/intake.html. */
    static IntakeService.Wijziging wijziging(MultiValueMap<String, String> form, boolean afronden) {
        List<LeefgebiedVerslag> verslagen = new ArrayList<>();
        for (Leefgebied l : Leefgebied.values()) {
            String p = "leefgebied." + l.name() + ".";
            if (form.containsKey(p + "situatie")) {
                verslagen.add(new LeefgebiedVerslag(
                        l,
                        form.getFirst(p + "situatie"),
                        getal(form.getFirst(p + "score")),
                        form.getFirst(p + "wensen"),
                        form.getFirst(p + "krachten"),
                        form.getFirst(p + "belemmeringen"),
                        null));
            }
        }
        List<Intake.Afspraak> afspraken = new ArrayList<>();
        for (int n = 0; form.containsKey("afspraak." + n + ".tijdstip"); n++) {
            String p = "afspraak." + n + ".";
            String tijdstip = form.getFirst(p + "tijdstip");
            if (tijdstip == null || tijdstip.isBlank()) {
                continue;
            }
            afspraken.add(new Intake.Afspraak(
                    tijd(tijdstip),
                    tekst(form.getFirst(p + "plaats")),
                    tekst(form.getFirst(p + "tolkTaal")),
                    keuze(form.getFirst(p + "tolkWijze"), Keuzes.TolkWijze::valueOf),
                    keuze(form.getFirst(p + "opkomst"), Keuzes.Opkomst::valueOf)));
        }
        String vve = form.getFirst("vve");
        IntakeService.Besluit besluit = new IntakeService.Besluit(
                keuze(form.getFirst("besluit.leerroute"), Leerroute::valueOf),
                keuze(form.getFirst("besluit.indicator"), Alfabetiseringsindicator::valueOf),
                getal(form.getFirst("besluit.uren")),
                form.getFirst("besluit.reden"));
        return new IntakeService.Wijziging(
                getal(form.getFirst("versie")),
                verslagen,
                new Intake.Taalniveau(
                        keuze(form.getFirst("taal.lezen"), Keuzes.Cefr::valueOf),
                        keuze(form.getFirst("taal.luisteren"), Keuzes.Cefr::valueOf),
                        keuze(form.getFirst("taal.schrijven"), Keuzes.Cefr::valueOf),
                        keuze(form.getFirst("taal.spreken"), Keuzes.Cefr::valueOf)),
                keuze(form.getFirst("alfabetisering"), Keuzes.Alfabetisering::valueOf),
                keuze(form.getFirst("vooropleiding"), Keuzes.Vooropleiding::valueOf),
                "ja".equals(form.getFirst("wilStuderen"))
                        ? Boolean.TRUE
                        : "nee".equals(form.getFirst("wilStuderen")) ? Boolean.FALSE : null,
                new Intake.Checklist(
                        "ja".equals(vve) ? Boolean.TRUE : "nee".equals(vve) ? Boolean.FALSE : null,
                        form.containsKey("zonderPartnerAangeboden"),
                        form.containsKey("tolkAangeboden")),
                afspraken,
                besluit,
                afronden);
    }

    private static <T> T keuze(String waarde, Function<String, T> naar) {
        try {
            return waarde == null || waarde.isBlank() ? null : naar.apply(waarde);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer getal(String waarde) {
        try {
            return waarde == null || waarde.isBlank() ? null : Integer.valueOf(waarde.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static LocalDate datum(String waarde) {
        try {
            return waarde == null || waarde.isBlank() ? null : LocalDate.parse(waarde);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime tijd(String waarde) {
        try {
            return LocalDateTime.parse(waarde);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String tekst(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
