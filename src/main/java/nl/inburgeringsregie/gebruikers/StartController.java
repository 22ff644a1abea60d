package nl.inburgeringsregie.gebruikers;

import java.util.EnumSet;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Login page, and the start page: the caseload for those who have one, else what the user can do. */
@Controller
class StartController {

    private final Gebruikers gebruikers;

    StartController(Gebruikers gebruikers) {
        this.gebruikers = gebruikers;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String start(Model model) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        if (gebruiker.mag(Recht.DOSSIER_INZIEN)) {
            return "redirect:/inburgeraars";
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
        model.addAttribute("rollen", gebruiker.rollen().stream().map(Rol::name).sorted().toList());
        model.addAttribute("rechten", rechten);
        model.addAttribute("gemeenten", gebruikers.gemeenten().stream()
                .filter(g -> gebruiker.werktVoor(g.code())).toList());
        return "start";
    }
}
