package nl.inburgeringsregie.duo;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.inburgeringsregie.gebruikers.Gebruikers;

/** The team lead's view of what DUO sent: every notification, known or not, with its status. */
@Controller
class KoppelingWebController {

    private final Notificaties notificaties;
    private final Gebruikers gebruikers;

    KoppelingWebController(Notificaties notificaties, Gebruikers gebruikers) {
        this.notificaties = notificaties;
        this.gebruikers = gebruikers;
    }

    @GetMapping("/koppeling/notificaties")
    @PreAuthorize("hasAuthority('RECHT_TEAM_OVERZIEN')")
    String notificaties(Model model) {
        model.addAttribute("notificaties", notificaties.laatste(gebruikers.huidige().gemeenten(), 500));
        return "koppeling/notificaties";
    }
}
