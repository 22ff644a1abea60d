package nl.inburgeringsregie.voortgang;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Codes;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.infrastructure.web.Formulierfouten;
import nl.inburgeringsregie.infrastructure.web.Weergave;
import nl.inburgeringsregie.intake.Leefgebied;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.termijnen.Termijnen;
import nl.inburgeringsregie.termijnen.Werkvoorraad;
import org.springframework.context.support.MessageSourceAccessor;
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

/**
 * The voortgang pages (issue 16, ADR 0040; T-10): a person's plan of conversations, the conversations held with their
 * actions and the form to record one (a refusal shows the form again with everything typed and each error at its
 * field), and "Mijn acties", the signed-in user's open actions.
 */
@Controller
class VoortgangWebController {

    /** Rows per page of "Termijn eindigt binnen 6 maanden". */
    static final int TERMIJN_PAGINA = 50;

    private final Voortgangsgesprekken gesprekken;
    private final ZrouteEindgesprekken eindgesprekken;
    private final Routemodules modules;
    private final Termijnen termijnen;
    private final Gebruikers gebruikers;
    private final Routestatussen routestatussen;
    private final AanbodVerklaringen verklaringen;
    private final Tijdlijnen tijdlijnen;
    private final DossierfeitenLezer dossiers;
    private final Toegang toegang;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    VoortgangWebController(
            Voortgangsgesprekken gesprekken,
            ZrouteEindgesprekken eindgesprekken,
            Routemodules modules,
            Routestatussen routestatussen,
            AanbodVerklaringen verklaringen,
            Tijdlijnen tijdlijnen,
            Termijnen termijnen,
            Gebruikers gebruikers,
            DossierfeitenLezer dossiers,
            Toegang toegang,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.gesprekken = gesprekken;
        this.eindgesprekken = eindgesprekken;
        this.modules = modules;
        this.routestatussen = routestatussen;
        this.verklaringen = verklaringen;
        this.tijdlijnen = tijdlijnen;
        this.termijnen = termijnen;
        this.gebruikers = gebruikers;
        this.dossiers = dossiers;
        this.toegang = toegang;
        this.berichten = berichten;
        this.clock = clock;
    }

    @GetMapping("/inburgeraars/{id}/voortgang")
    @MagDossierInzien
    String voortgang(@PathVariable UUID id, Model model) {
        Voortgangsgesprekken.Overzicht overzicht = gesprekken.overzicht(id);
        GesprekFormulier formulier =
                GesprekFormulier.nieuw(vandaag(), dossiers.tolkTaal(id).orElse(null));
        return pagina(id, overzicht, formulier, model);
    }

    /**
     * T-5 (ADR 0041): the gemeente's statement for the late-offer ground as PDF; while the ground does not hold, back to
     * the route page with the reason.
     */
    @GetMapping("/inburgeraars/{id}/voortgang/verklaring-aanbod.pdf")
    @MagDossierWijzigen
    Object verklaringAanbod(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            AanbodVerklaringen.Afgegeven v = verklaringen.geefAf(id);
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header("Content-Disposition", "inline; filename=\"" + v.bestandsnaam() + "\"")
                    .body(v.pdf());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("fouten", List.of(berichten.getMessage(e.getMessage(), e.getMessage())));
            return "redirect:/inburgeraars/" + id + "/voortgang#verlengingsgronden";
        }
    }

    @PostMapping("/inburgeraars/{id}/voortgang")
    @MagDossierWijzigen
    String vastleggen(
            @PathVariable UUID id,
            @ModelAttribute("gesprek") GesprekFormulier formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Voortgangsgesprekken.Gesprek gesprek = gesprekken.vastleggen(id, formulier.invoer());
                redirect.addFlashAttribute(
                        "melding",
                        berichten.getMessage(
                                gesprek.aanwezig() ? "voortgang.vastgelegd" : "voortgang.nietVerschenen.vastgelegd"));
                return "redirect:/inburgeraars/" + id + "/voortgang";
            } catch (InvalidInputException e) {
                Formulierfouten.toon(e, binding);
            } catch (ConflictException e) {
                binding.rejectValue("datum", e.getMessage(), e.getMessage());
            }
        }
        return pagina(id, gesprekken.overzicht(id), formulier, model);
    }

    /**
     * The Z-route's eindgesprek: a refusal comes back above the form with every rule named, the typed values kept
     * (flash attributes), nothing stored.
     */
    @PostMapping("/inburgeraars/{id}/zroute-eindgesprek")
    @MagDossierWijzigen
    String eindgesprek(
            @PathVariable UUID id,
            @RequestParam(name = "datum", required = false) String datum,
            @RequestParam(name = "voldoendeIngezet", required = false) Boolean voldoendeIngezet,
            @RequestParam(name = "motivering", required = false) String motivering,
            RedirectAttributes redirect) {
        LocalDate dag = dag(datum);
        try {
            ZrouteEindgesprekken.Eindgesprek e =
                    eindgesprekken.vastleggen(id, new ZrouteEindgesprekken.Invoer(dag, voldoendeIngezet, motivering));
            redirect.addFlashAttribute(
                    "melding",
                    berichten.getMessage(e.voldoendeIngezet() ? "zroute.vastgelegd.voldoende" : "zroute.vastgelegd"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "zrouteFouten",
                    e.violations().stream()
                            .map(v -> Formulierfouten.tekst(v, berichten))
                            .toList());
            redirect.addFlashAttribute(
                    "zrouteInvoer", new ZrouteEindgesprekken.Invoer(dag, voldoendeIngezet, motivering));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("zrouteFouten", List.of(e.getMessage()));
            redirect.addFlashAttribute(
                    "zrouteInvoer", new ZrouteEindgesprekken.Invoer(dag, voldoendeIngezet, motivering));
        }
        return "redirect:/inburgeraars/" + id + "/voortgang#zroute-kop";
    }

    /**
     * An activity of the PVT or the MAP the gemeente ran itself: a refusal comes back above the module's form
     * with every rule named and the typed values kept, nothing stored.
     */
    @PostMapping("/inburgeraars/{id}/modules/{module}/activiteit")
    @MagDossierWijzigen
    String moduleactiviteit(
            @PathVariable UUID id,
            @PathVariable String module,
            @RequestParam(name = "soort", required = false) String soort,
            @RequestParam(name = "datum", required = false) String datum,
            @RequestParam(name = "uren", required = false) String uren,
            @RequestParam(name = "omschrijving", required = false) String omschrijving,
            RedirectAttributes redirect) {
        Routemodules.Module m = module(module);
        Routemodules.ActiviteitInvoer invoer = new Routemodules.ActiviteitInvoer(
                Routemodules.Activiteitsoort.van(soort).orElse(null), dag(datum), getal(uren), omschrijving);
        return moduleactie(id, m, redirect, "module.activiteit.vastgelegd", () -> {
            redirect.addFlashAttribute("activiteitInvoer", invoer);
            modules.activiteitVastleggen(id, m, invoer);
        });
    }

    @PostMapping("/inburgeraars/{id}/modules/{module}/activiteiten/{activiteitId}/verwijderen")
    @MagDossierWijzigen
    String moduleactiviteitVerwijderen(
            @PathVariable UUID id,
            @PathVariable String module,
            @PathVariable UUID activiteitId,
            RedirectAttributes redirect) {
        Routemodules.Module m = module(module);
        return moduleactie(
                id,
                m,
                redirect,
                "module.activiteit.verwijderd",
                () -> modules.activiteitVerwijderen(id, m, activiteitId));
    }

    /** The module's afronding: the DUO melding is made from it; refusals as for an activity. */
    @PostMapping("/inburgeraars/{id}/modules/{module}/afronding")
    @MagDossierWijzigen
    String moduleAfronden(
            @PathVariable UUID id,
            @PathVariable String module,
            @RequestParam(name = "datum", required = false) String datum,
            @RequestParam(name = "verslag", required = false) String verslag,
            @RequestParam(name = "verwijtbaar", required = false) String verwijtbaar,
            RedirectAttributes redirect) {
        Routemodules.Module m = module(module);
        Routemodules.AfrondingInvoer invoer = new Routemodules.AfrondingInvoer(dag(datum), verslag, verwijtbaar);
        return moduleactie(id, m, redirect, "module.afgerond." + m.name(), () -> {
            redirect.addFlashAttribute("afrondingInvoer", invoer);
            modules.afronden(id, m, invoer);
        });
    }

    @PostMapping("/inburgeraars/{id}/modules/{module}/intrekken")
    @MagDossierWijzigen
    String moduleIntrekken(@PathVariable UUID id, @PathVariable String module, RedirectAttributes redirect) {
        Routemodules.Module m = module(module);
        return moduleactie(id, m, redirect, "module.ingetrokken." + m.name(), () -> modules.intrekken(id, m));
    }

    /**
     * Runs a module's action: done, the message; refused, the rules named above the module (flash attributes) and the
     * typed values kept; the page's anchor is the module's.
     */
    private String moduleactie(
            UUID id, Routemodules.Module module, RedirectAttributes redirect, String gelukt, Runnable actie) {
        try {
            actie.run();
            redirect.getFlashAttributes().remove("activiteitInvoer");
            redirect.getFlashAttributes().remove("afrondingInvoer");
            redirect.addFlashAttribute("melding", berichten.getMessage(gelukt));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("moduleFoutIn", module.name());
            redirect.addFlashAttribute(
                    "moduleFouten", e.violations().stream().map(this::fouttekst).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("moduleFoutIn", module.name());
            redirect.addFlashAttribute("moduleFouten", List.of(e.getMessage()));
        }
        return "redirect:/inburgeraars/" + id + "/voortgang#module-" + module.name();
    }

    /** A refusal's text with its rule (DUO's rules name it apart) and its dates as the reader writes them. */
    private String fouttekst(InvalidInputException.Violation v) {
        String tekst = Weergave.datumsInTekst(Formulierfouten.tekst(v, berichten));
        return v.regel() == null || tekst.contains(v.regel())
                ? tekst
                : berichten.getMessage("module.fout.regel", new Object[] {tekst, v.regel()});
    }

    private Routemodules.Module module(String tekst) {
        return Routemodules.Module.van(tekst)
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.module.onbekend")));
    }

    private static LocalDate dag(String tekst) {
        try {
            return tekst == null || tekst.isBlank() ? null : LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A number as typed, with a decimal comma or point; null when it is none (the rule then names the field). */
    private static BigDecimal getal(String tekst) {
        try {
            return tekst == null || tekst.isBlank()
                    ? null
                    : new BigDecimal(tekst.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @PostMapping("/inburgeraars/{id}/voortgangsacties/{actieId}/afgerond")
    @MagDossierWijzigen
    String afgerond(
            @PathVariable UUID id,
            @PathVariable UUID actieId,
            @RequestParam(name = "terug", required = false) String terug,
            RedirectAttributes redirect) {
        gesprekken.actieAfgerond(id, actieId);
        redirect.addFlashAttribute("melding", berichten.getMessage("voortgang.actie.afgerond"));
        return "lijst".equals(terug) ? "redirect:/voortgang/acties" : "redirect:/inburgeraars/" + id + "/voortgang";
    }

    /**
     * T-13: "Termijn eindigt binnen 6 maanden": the deadlines {@code ROUTE_AFRONDEN} whose last day is at most six months
     * away (or passed), soonest first, each naming what is still missing; the consultant's own, a team lead's of their
     * gemeenten. Read from the worklist's read model (module termijnen), so it pages and audits as the worklist does.
     */
    @GetMapping("/voortgang/termijn-eindigt")
    @MagDossierInzien
    String termijnEindigt(@RequestParam(name = "volgende", required = false) String volgende, Model model) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        LocalDate vandaag = vandaag();
        String cursor = volgende == null || !Werkvoorraad.geldigeCursor(volgende) ? null : volgende;
        Werkvoorraad.Pagina pagina = termijnen.werkvoorraad(
                gebruiker.mag(Recht.TEAM_OVERZIEN) ? null : gebruiker.gebruikersnaam(),
                RouteTermijnen.ROUTE_AFRONDEN,
                null,
                null,
                null,
                vandaag.plusMonths(RouteTermijnen.ATTENTIE_MAANDEN),
                cursor,
                TERMIJN_PAGINA);
        model.addAttribute("pagina", pagina);
        model.addAttribute("vandaag", vandaag);
        model.addAttribute("maanden", RouteTermijnen.ATTENTIE_MAANDEN);
        model.addAttribute("team", gebruiker.mag(Recht.TEAM_OVERZIEN));
        return "voortgang/termijn-eindigt";
    }

    @GetMapping("/voortgang/acties")
    @MagDossierInzien
    String mijnActies(Model model) {
        model.addAttribute("acties", gesprekken.mijnActies());
        model.addAttribute("vandaag", vandaag());
        model.addAttribute("maximum", Voortgangsgesprekken.MAXIMUM_MIJN_ACTIES);
        return "voortgang/acties";
    }

    private String pagina(UUID id, Voortgangsgesprekken.Overzicht overzicht, GesprekFormulier formulier, Model model) {
        boolean magWijzigen = toegang.mag(Recht.DOSSIER_WIJZIGEN, id);
        model.addAttribute("id", id);
        model.addAttribute("overzicht", overzicht);
        Routestatussen.Routestatus route = routestatussen.routestatus(id);
        model.addAttribute("route", route);
        // ADR 0042: the route status's read (audited above, after the access decision) covers the timeline.
        model.addAttribute("tijdlijn", tijdlijnen.samengesteld(id));
        model.addAttribute("eindgesprekken", route.leerroute() == Leerroute.Z ? eindgesprekken.lijst(id) : List.of());
        if (!model.containsAttribute("zrouteInvoer")) {
            model.addAttribute("zrouteInvoer", new ZrouteEindgesprekken.Invoer(vandaag(), null, null));
        }
        model.addAttribute("modules", modules.overzicht(id));
        model.addAttribute("activiteitsoorten", Routemodules.Activiteitsoort.values());
        if (!model.containsAttribute("activiteitInvoer")) {
            model.addAttribute("activiteitInvoer", new Routemodules.ActiviteitInvoer(null, vandaag(), null, null));
        }
        if (!model.containsAttribute("afrondingInvoer")) {
            model.addAttribute("afrondingInvoer", new Routemodules.AfrondingInvoer(vandaag(), null, null));
        }
        model.addAttribute("gesprek", formulier);
        model.addAttribute("magWijzigen", magWijzigen);
        model.addAttribute("eigenaren", magWijzigen ? gesprekken.mogelijkeEigenaren(id) : List.of());
        model.addAttribute(
                "leefgebieden",
                List.of(Leefgebied.values()).stream()
                        .filter(l -> overzicht.bijzonderZichtbaar() || !l.bijzonder())
                        .toList());
        model.addAttribute("vormen", Voortgangsgesprekken.Vorm.values());
        model.addAttribute("omstandigheden", Voortgangsgesprekken.Omstandigheid.values());
        model.addAttribute("talen", Codes.talenOpNaam());
        model.addAttribute("vandaag", vandaag());
        return "voortgang/voortgang";
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock.withZone(Voortgangsgesprekken.ZONE));
    }
}
