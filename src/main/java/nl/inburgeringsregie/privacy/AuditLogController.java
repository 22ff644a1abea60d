package nl.inburgeringsregie.privacy;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.inburgeringsregie.gebruikers.Gebruikers;

/** The privacy officer's view of the audit log: by person, by user, or the newest rows. Read-only. */
@Controller
class AuditLogController {

    private static final int MAX = 500;

    private final AuditLog auditLog;
    private final Gebruikers gebruikers;

    AuditLogController(AuditLog auditLog, Gebruikers gebruikers) {
        this.auditLog = auditLog;
        this.gebruikers = gebruikers;
    }

    @GetMapping("/auditlog")
    @PreAuthorize("hasAuthority('RECHT_AUDITLOG_INZIEN')")
    String toon(@RequestParam(required = false) String inburgeraar, @RequestParam(required = false) String gebruiker,
                Model model) {
        // A privacy officer sees the access to persons of their own gemeenten only.
        List<String> gemeenten = gebruikers.huidige().gemeenten();
        UUID id = null;
        if (inburgeraar != null && !inburgeraar.isBlank()) {
            try {
                id = UUID.fromString(inburgeraar.trim());
            } catch (IllegalArgumentException e) {
                model.addAttribute("fout", "auditlog.fout.id");
            }
        }
        if (id != null) {
            model.addAttribute("regels", auditLog.vanInburgeraar(id, gemeenten, MAX));
        } else if (gebruiker != null && !gebruiker.isBlank()) {
            model.addAttribute("regels", auditLog.vanGebruiker(gebruiker.trim(), gemeenten, MAX));
        } else {
            model.addAttribute("regels", auditLog.laatste(gemeenten, MAX));
        }
        model.addAttribute("inburgeraar", inburgeraar);
        model.addAttribute("gebruiker", gebruiker);
        model.addAttribute("max", MAX);
        return "privacy/auditlog";
    }
}
