package nl.inburgeringsregie.gebruikers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The functioneel beheerder's overview of accounts, roles and gemeenten (no personal data of inburgeraars). */
@Controller
class GebruikersController {

    private final Gebruikers gebruikers;

    GebruikersController(Gebruikers gebruikers) {
        this.gebruikers = gebruikers;
    }

    @GetMapping("/gebruikers")
    @MagGebruikersInzien
    String lijst(Model model) {
        model.addAttribute("gebruikers", gebruikers.alle());
        model.addAttribute("gemeenten", gebruikers.gemeenten());
        return "gebruikers/lijst";
    }
}
