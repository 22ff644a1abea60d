package nl.inburgeringsregie.duo;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.MagTeamOverzien;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.infrastructure.web.Weergave;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DUO exchange in the UI: the team lead's view of what DUO sent and what we sent, reconciliation, and per dossier
 * DUO's picture (raadpleging) with the meldingen a consultant makes (each checked against DUO's rules first).
 */
@Controller
class KoppelingWebController {

    private static final Logger log = LoggerFactory.getLogger(KoppelingWebController.class);

    private final Notificaties notificaties;
    private final Meldingen meldingen;
    private final Gebruikers gebruikers;
    private final Toegang toegang;
    private final DossierfeitenLezer dossiers;
    private final Afstemming afstemming;
    private final DuoRaadpleging raadpleging;
    private final DuoMeldingen duoMeldingen;
    private final TaskExecutor taken;
    private final MessageSourceAccessor berichten;

    KoppelingWebController(
            Notificaties notificaties,
            Meldingen meldingen,
            Gebruikers gebruikers,
            Toegang toegang,
            DossierfeitenLezer dossiers,
            Afstemming afstemming,
            DuoRaadpleging raadpleging,
            DuoMeldingen duoMeldingen,
            TaskExecutor taken,
            MessageSourceAccessor berichten) {
        this.berichten = berichten;
        this.afstemming = afstemming;
        this.raadpleging = raadpleging;
        this.duoMeldingen = duoMeldingen;
        this.taken = taken;
        this.notificaties = notificaties;
        this.meldingen = meldingen;
        this.gebruikers = gebruikers;
        this.toegang = toegang;
        this.dossiers = dossiers;
    }

    @GetMapping("/koppeling/notificaties")
    @MagTeamOverzien
    String notificaties(Model model) {
        model.addAttribute(
                "notificaties", notificaties.laatste(gebruikers.huidige().gemeenten(), 500));
        model.addAttribute("meldingen", meldingen.laatste(gebruikers.huidige().gemeenten(), 500));
        return "koppeling/notificaties";
    }

    /** Reconciliation: what DUO knows and we do not, and what DUO refused; each with the action that fixes it. */
    @GetMapping("/koppeling/afstemming")
    @MagTeamOverzien
    String afstemming(Model model) {
        List<String> gemeenten = gebruikers.huidige().gemeenten();
        model.addAttribute("zonderDossier", afstemming.zonderDossier(gemeenten));
        model.addAttribute("geweigerd", meldingen.geweigerd(gemeenten, 500));
        List<Afstemming.Afwijking> afwijkingen = afstemming.afwijkingen(gemeenten);
        model.addAttribute(
                "afwijkingen", afwijkingen.stream().filter(a -> !a.gezien()).toList());
        model.addAttribute(
                "gezien",
                afwijkingen.stream().filter(Afstemming.Afwijking::gezien).toList());
        model.addAttribute("gemeenten", gemeenten);
        Map<String, Afstemming.Vergelijking> vergelijkingen = new LinkedHashMap<>();
        gemeenten.forEach(g -> afstemming.laatsteVergelijking(g).ifPresent(v -> vergelijkingen.put(g, v)));
        model.addAttribute("vergelijkingen", vergelijkingen);
        boolean loopt = vergelijkingen.values().stream().anyMatch(v -> v.klaar() == null);
        model.addAttribute("loopt", loopt);
        if (!loopt && "afstemming.gestart".equals(model.getAttribute("melding"))) {
            model.addAttribute("melding", "afstemming.klaar"); // done before the page came back
        }
        return "koppeling/afstemming";
    }

    /**
     * The page's poll while a comparison runs (issue 21 point 8): nothing to do (204) while one of the user's gemeenten
     * is still being compared; when all are done, htmx reloads the page ({@code HX-Refresh}) to show what was found.
     */
    @GetMapping("/koppeling/afstemming/voortgang")
    @MagTeamOverzien
    ResponseEntity<Void> voortgang() {
        boolean loopt = gebruikers.huidige().gemeenten().stream()
                .map(afstemming::laatsteVergelijking)
                .flatMap(Optional::stream)
                .anyMatch(v -> v.klaar() == null);
        return loopt
                ? ResponseEntity.noContent().build()
                : ResponseEntity.ok().header("HX-Refresh", "true").build();
    }

    /**
     * A team lead marks a difference as seen, with the reason it may stay (issue 21 point 8): it moves to "gezien" until
     * it changes; the dossier's journal and the audit log keep who, when and why. A missing reason is refused on the page.
     */
    @PostMapping("/koppeling/afstemming/afwijkingen/{id}/gezien")
    @MagTeamOverzien
    String gezien(@PathVariable UUID id, @RequestParam(required = false) String reden, RedirectAttributes redirect) {
        var gebruiker = gebruikers.huidige();
        // Another gemeente's difference (or an unknown id) is a 404 before anything about the form is said.
        if (!afstemming.bestaat(id, gebruiker.gemeenten())) {
            throw new NotFoundException("afwijking");
        }
        String tekst = reden == null ? "" : reden.strip();
        if (tekst.isEmpty() || tekst.length() > 500) {
            redirect.addFlashAttribute(
                    "fout", tekst.isEmpty() ? "afstemming.gezien.redenLeeg" : "afstemming.gezien.redenLang");
            redirect.addFlashAttribute("foutAfwijking", id);
            return "redirect:/koppeling/afstemming#afwijking-" + id;
        }
        afstemming
                .markeerGezien(
                        id,
                        tekst,
                        gebruiker.gemeenten(),
                        gebruiker.gebruikersnaam(),
                        a -> berichten.getMessage("afstemming.gezien.journaal", new Object[] {
                            berichten.getMessage("afstemming.soort." + a.soort().name()), tekst
                        }))
                .orElseThrow(() -> new NotFoundException("afwijking"));
        redirect.addFlashAttribute("melding", "afstemming.gezien.bewaard");
        return "redirect:/koppeling/afstemming#gezien";
    }

    /** Starts a comparison with DUO of every open dossier of a gemeente, in the background, as this team lead. */
    @PostMapping("/koppeling/afstemming/vergelijk")
    @MagTeamOverzien
    String vergelijk(@RequestParam String gemeentecode, RedirectAttributes redirect) {
        if (!gebruikers.huidige().gemeenten().contains(gemeentecode)) {
            throw new NotFoundException("gemeente");
        }
        Authentication door = SecurityContextHolder.getContext().getAuthentication();
        taken.execute(() -> {
            SecurityContextHolder.getContext().setAuthentication(door);
            try {
                afstemming.vergelijk(gemeentecode);
            } catch (RuntimeException e) {
                log.warn(
                        "Comparison with DUO for gemeente {} failed: {}",
                        gemeentecode,
                        e.getClass().getSimpleName());
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        redirect.addFlashAttribute("melding", "afstemming.gestart");
        return "redirect:/koppeling/afstemming";
    }

    /** A team lead sends a failed or refused melding again. */
    @PostMapping("/koppeling/meldingen/{id}/opnieuw")
    @MagTeamOverzien
    String opnieuw(@PathVariable UUID id) {
        if (!meldingen.opnieuw(id, gebruikers.huidige().gemeenten())) {
            throw new NotFoundException("melding");
        }
        return "redirect:/koppeling/notificaties#meldingen";
    }

    /** The DUO page of a dossier: DUO's picture with its dates, the meldingen and their status, and the forms to report. */
    @GetMapping("/inburgeraars/{id}/duo")
    @MagDossierInzien
    String dossier(@PathVariable UUID id, Model model) {
        Dossierfeiten d = dossierfeiten(id, Recht.DOSSIER_INZIEN);
        model.addAttribute("id", id);
        model.addAttribute("dossier", d);
        model.addAttribute(
                "meldingen", meldingen.vanDossier(id, gebruikers.huidige().gemeenten()));
        model.addAttribute("gegevens", raadpleging.vanDossier(d));
        model.addAttribute(
                "contactpersoon",
                duoMeldingen
                        .contactpersoon(d.gemeentecode(), gebruikers.huidige().gebruikersnaam())
                        .orElse(null));
        model.addAttribute("gebruikerNaam", gebruikers.huidige().naam());
        try {
            model.addAttribute("verlengingsgronden", raadpleging.verlengingsgronden(d.gemeentecode()));
        } catch (DuoClient.DuoFout e) {
            model.addAttribute("verlengingsgronden", List.of());
            model.addAttribute("duoOnbereikbaar", true);
        }
        return "koppeling/dossier";
    }

    /** Fetches DUO's whole picture of the person now; DUO's duty, doelgroep and termijn replace ours (PL-1, T-3). */
    @PostMapping("/inburgeraars/{id}/duo/vernieuw")
    @MagDossierWijzigen
    String vernieuw(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            raadpleging.vernieuw(
                    dossierfeiten(id, Recht.DOSSIER_WIJZIGEN),
                    dossiers.bsn(id).orElseThrow(() -> new NotFoundException("dossier")));
            redirect.addFlashAttribute("melding", "koppeling.vernieuwd");
        } catch (DuoClient.DuoFout e) {
            redirect.addFlashAttribute(
                    "fouten",
                    List.of(berichten.getMessage(
                            "koppeling.fout.vernieuwGeenAntwoord", new Object[] {e.getMessage()})));
        }
        return "redirect:/inburgeraars/" + id + "/duo";
    }

    /** The contactpersoon form: what DUO asks of a new contactpersoon (checked when the user is registered). */
    record ContactpersoonFormulier(String naam, String email, String telefoonnummer) {}

    @PostMapping("/inburgeraars/{id}/duo/contactpersoon")
    @MagDossierWijzigen
    String contactpersoon(
            @PathVariable UUID id,
            @Valid @ModelAttribute("contactpersoon") ContactpersoonFormulier formulier,
            BindingResult binding,
            RedirectAttributes redirect) {
        return meld(
                id,
                binding,
                redirect,
                () -> duoMeldingen.contactpersoon(id, formulier.naam(), formulier.email(), formulier.telefoonnummer()));
    }

    /**
     * Runs a melding when its form is well-formed; what is wrong with the form (an unparsable date or number, an
     * unknown choice) and the rules the melding breaks are shown on the page, each with its field and, for a rule of
     * DUO's, its rule id.
     */
    private String meld(UUID id, BindingResult binding, RedirectAttributes redirect, Runnable melding) {
        dossierfeiten(id, Recht.DOSSIER_WIJZIGEN);
        if (binding.hasErrors()) {
            redirect.addFlashAttribute(
                    "fouten",
                    binding.getFieldErrors().stream()
                            .map(f -> fout(f.getField(), berichten.getMessage(f), null))
                            .toList());
            return "redirect:/inburgeraars/" + id + "/duo";
        }
        try {
            melding.run();
            redirect.addFlashAttribute("melding", "koppeling.klaargezet");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "fouten",
                    e.violations().stream()
                            .map(v -> fout(
                                    v.field(), berichten.getMessage(v.message(), v.args(), v.message()), v.regel()))
                            .toList());
        } catch (DuoClient.DuoFout e) {
            redirect.addFlashAttribute(
                    "fouten",
                    List.of(berichten.getMessage("koppeling.fout.geenAntwoord", new Object[] {e.getMessage()})));
        }
        return "redirect:/inburgeraars/" + id + "/duo";
    }

    /** One line of the page's error summary: the field's label, the text (dates as dd-mm-jjjj), the rule id if any. */
    private String fout(String veld, String tekst, String regel) {
        String label = berichten.getMessage("koppeling.veld." + veld, veld);
        String leesbaar = Weergave.datumsInTekst(tekst);
        return regel == null
                ? berichten.getMessage("koppeling.fout.veld", new Object[] {label, leesbaar})
                : berichten.getMessage("koppeling.fout.regel", new Object[] {label, leesbaar, regel});
    }

    /** The dossier's facts, when the access decision lets the user do the action to its person (ADR 0028). */
    private Dossierfeiten dossierfeiten(UUID id, Recht handeling) {
        toegang.eis(handeling, id);
        return dossiers.van(List.of(id)).stream().findFirst().orElseThrow(() -> new NotFoundException("dossier"));
    }
}
