package nl.inburgeringsregie.duo;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.web.NotFoundException;

/** The team lead's view of what DUO sent: every notification, known or not, with its status. */
@Controller
class KoppelingWebController {

    private final Notificaties notificaties;
    private final Meldingen meldingen;
    private final Gebruikers gebruikers;
    private final DossierfeitenLezer dossiers;
    private final Afstemming afstemming;

    KoppelingWebController(Notificaties notificaties, Meldingen meldingen, Gebruikers gebruikers, DossierfeitenLezer dossiers,
                           Afstemming afstemming) {
        this.afstemming = afstemming;
        this.notificaties = notificaties;
        this.meldingen = meldingen;
        this.gebruikers = gebruikers;
        this.dossiers = dossiers;
    }

    @GetMapping("/koppeling/notificaties")
    @PreAuthorize("hasAuthority('RECHT_TEAM_OVERZIEN')")
    String notificaties(Model model) {
        model.addAttribute("notificaties", notificaties.laatste(gebruikers.huidige().gemeenten(), 500));
        model.addAttribute("meldingen", meldingen.laatste(gebruikers.huidige().gemeenten(), 500));
        return "koppeling/notificaties";
    }

    /** Reconciliation: what DUO knows and we do not, and what DUO refused; each with the action that fixes it. */
    @GetMapping("/koppeling/afstemming")
    @PreAuthorize("hasAuthority('RECHT_TEAM_OVERZIEN')")
    String afstemming(Model model) {
        List<String> gemeenten = gebruikers.huidige().gemeenten();
        model.addAttribute("zonderDossier", afstemming.zonderDossier(gemeenten));
        model.addAttribute("geweigerd", meldingen.laatste(gemeenten, 500).stream()
                .filter(m -> m.status() == Meldingen.Status.GEWEIGERD).toList());
        return "koppeling/afstemming";
    }

    /** A team lead sends a failed or refused melding again. */
    @PostMapping("/koppeling/meldingen/{id}/opnieuw")
    @PreAuthorize("hasAuthority('RECHT_TEAM_OVERZIEN')")
    String opnieuw(@PathVariable UUID id) {
        if (!meldingen.opnieuw(id, gebruikers.huidige().gemeenten())) {
            throw new NotFoundException("melding");
        }
        return "redirect:/koppeling/notificaties#meldingen";
    }

    /** The meldingen of one dossier: sent, waiting, failed or refused with DUO's fouttekst. */
    @GetMapping("/inburgeraars/{id}/duo")
    @PreAuthorize("hasAuthority('RECHT_DOSSIER_INZIEN')")
    String dossier(@PathVariable UUID id, Model model) {
        List<String> gemeenten = gebruikers.huidige().gemeenten();
        if (dossiers.van(List.of(id)).stream().noneMatch(d -> gemeenten.contains(d.gemeentecode()))) {
            throw new NotFoundException("dossier");
        }
        model.addAttribute("id", id);
        model.addAttribute("meldingen", meldingen.vanDossier(id, gebruikers.huidige().gemeenten()));
        return "koppeling/dossier";
    }
}
