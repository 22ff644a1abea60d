package nl.inburgeringsregie.voortgang;

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
import nl.inburgeringsregie.infrastructure.web.Formulierfouten;
import nl.inburgeringsregie.intake.Leefgebied;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.termijnen.Termijnen;
import nl.inburgeringsregie.termijnen.Werkvoorraad;
import org.springframework.context.support.MessageSourceAccessor;
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
    private final Termijnen termijnen;
    private final Gebruikers gebruikers;
    private final Routestatussen routestatussen;
    private final Tijdlijnen tijdlijnen;
    private final DossierfeitenLezer dossiers;
    private final Toegang toegang;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    VoortgangWebController(
            Voortgangsgesprekken gesprekken,
            ZrouteEindgesprekken eindgesprekken,
            Routestatussen routestatussen,
            Tijdlijnen tijdlijnen,
            Termijnen termijnen,
            Gebruikers gebruikers,
            DossierfeitenLezer dossiers,
            Toegang toegang,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.gesprekken = gesprekken;
        this.eindgesprekken = eindgesprekken;
        this.routestatussen = routestatussen;
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
        LocalDate dag = null;
        try {
            dag = datum == null || datum.isBlank() ? null : LocalDate.parse(datum.strip());
        } catch (DateTimeParseException e) {
            dag = null;
        }
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
