package nl.inburgeringsregie.gebruikers;

import java.util.Arrays;
import java.util.EnumSet;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Login page, and the start page: the caseload for those who have one, else what the user can do. */
@Controller
class StartController {

    private final Gebruikers gebruikers;
    private final Aanmelding aanmelding;

    StartController(Gebruikers gebruikers, Aanmelding aanmelding) {
        this.gebruikers = gebruikers;
        this.aanmelding = aanmelding;
    }

    /** The login page: the login form where local accounts are on, a button per identity provider (h6). */
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lokaleAccounts", aanmelding.lokaleAccounts());
        model.addAttribute("idps", aanmelding.idps());
        return "login";
    }

    /**
     * The identity provider signed the user in, but its claims give no access here (h6, issue 14 point 11): 403 with
     * the reason in Dutch. Public, shows no data.
     */
    @GetMapping(IdpInloggen.GEEN_TOEGANG)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String geenToegang(@RequestParam(name = "reden", required = false) String reden, Model model) {
        ClaimToewijzing.Weigering weigering = Arrays.stream(ClaimToewijzing.Weigering.values())
                .filter(w -> w.name().equals(reden))
                .findFirst()
                .orElse(ClaimToewijzing.Weigering.GEEN_ROL);
        model.addAttribute("reden", weigering.name());
        return "geen-toegang";
    }

    @GetMapping("/")
    String start(Model model) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        if (gebruiker.mag(Recht.DOSSIER_INZIEN)) {
            return "redirect:/inburgeraars";
        }
        if (gebruiker.mag(Recht.DEELNEMERS_INZIEN)) {
            // A provider's user starts at the participants placed with their organisation (issue 15, ADR 0031).
            return "redirect:/mijn-deelnemers";
        }
        if (gebruiker.mag(Recht.ONTZORGING_BEHEREN)) {
            // The budgetcoach starts at the ontzorgen worklist and reaches no other dossier page (ADR 0032).
            return "redirect:/ontzorging";
        }
        if (gebruiker.mag(Recht.BEGELEIDING_VASTLEGGEN)) {
            // A partner organisation's begeleider starts at their worklist and reaches no dossier page (ADR 0036).
            return "redirect:/begeleiding";
        }
        return startpagina(model, gebruiker);
    }

    @GetMapping("/start")
    String startpagina(Model model) {
        return startpagina(model, gebruikers.huidige());
    }

    private String startpagina(Model model, HuidigeGebruiker gebruiker) {
        EnumSet<Recht> rechten = EnumSet.noneOf(Recht.class);
        gebruiker.rollen().forEach(rol -> rechten.addAll(rol.rechten()));
        model.addAttribute("gebruiker", gebruiker);
        model.addAttribute(
                "rollen", gebruiker.rollen().stream().map(Rol::name).sorted().toList());
        model.addAttribute("rechten", rechten);
        model.addAttribute(
                "gemeenten",
                gebruikers.gemeenten().stream()
                        .filter(g -> gebruiker.werktVoor(g.code()))
                        .toList());
        return "start";
    }
}
