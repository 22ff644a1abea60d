package nl.inburgeringsregie.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruiker;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagAuditlogInzien;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The privacy officer's view of the audit log: a person's trail (found by BSN, name or dossier id, as an AVG inzage
 * request names them; issue 21 point 7), a user's actions (found by part of their name), or the newest rows.
 * Read-only; the person search and a person's trail are audited ({@link AuditInzage}).
 */
@Controller
class AuditLogController {

    private static final int MAX = 500;
    /** Persons listed for a name at most; a longer list asks for more of the name. */
    static final int MAX_PERSONEN = 50;

    private final AuditLog auditLog;
    private final AuditInzage inzage;
    private final Gebruikers gebruikers;

    AuditLogController(AuditLog auditLog, AuditInzage inzage, Gebruikers gebruikers) {
        this.auditLog = auditLog;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
    }

    @GetMapping("/auditlog")
    @MagAuditlogInzien
    String toon(
            @RequestParam(required = false) String inburgeraar,
            @RequestParam(required = false) String gebruiker,
            Model model) {
        // A privacy officer sees the access to persons of their own gemeenten only.
        List<String> gemeenten = gebruikers.huidige().gemeenten();
        String persoonZoek = inburgeraar == null ? "" : inburgeraar.trim();
        String gebruikerZoek = gebruiker == null ? "" : gebruiker.trim();
        List<AuditRegel> regels = List.of();
        if (!persoonZoek.isEmpty()) {
            UUID id = uuid(persoonZoek);
            if (id != null) {
                regels = spoor(id, inzage.persoon(id), model);
            } else {
                try {
                    List<Inzagepersonen.Persoon> gevonden = inzage.zoekPersonen(persoonZoek, MAX_PERSONEN + 1);
                    if (gevonden.size() == 1) {
                        regels = spoor(gevonden.getFirst().id(), Optional.of(gevonden.getFirst()), model);
                    } else {
                        model.addAttribute(
                                "personen",
                                gevonden.stream().limit(MAX_PERSONEN).toList());
                        model.addAttribute("meerPersonen", gevonden.size() > MAX_PERSONEN);
                        model.addAttribute("gemeentenamen", gemeentenamen(gevonden));
                    }
                } catch (InvalidInputException e) {
                    model.addAttribute("fout", e.violations().getFirst().message());
                }
            }
        } else if (!gebruikerZoek.isEmpty()) {
            List<Gebruiker> kandidaten = inzage.zoekGebruikers(gebruikerZoek);
            Optional<Gebruiker> gekozen = kandidaten.stream()
                    .filter(k -> k.gebruikersnaam().equalsIgnoreCase(gebruikerZoek))
                    .findFirst()
                    .or(() -> kandidaten.size() == 1 ? Optional.of(kandidaten.getFirst()) : Optional.empty());
            if (gekozen.isPresent()) {
                model.addAttribute("gekozenGebruiker", gekozen.get());
                regels = auditLog.vanGebruiker(gekozen.get().gebruikersnaam(), gemeenten, MAX);
            } else if (kandidaten.isEmpty()) {
                // Not an account (any more): the log's own name for it, e.g. a system task "systeem:<taak>".
                regels = auditLog.vanGebruiker(gebruikerZoek, gemeenten, MAX);
            } else {
                model.addAttribute("gebruikers", kandidaten);
            }
        } else {
            regels = auditLog.laatste(gemeenten, MAX);
        }
        model.addAttribute("regels", regels);
        model.addAttribute("inburgeraar", inburgeraar);
        model.addAttribute("gebruiker", gebruiker);
        model.addAttribute("max", MAX);
        model.addAttribute("maxPersonen", MAX_PERSONEN);
        return "privacy/auditlog";
    }

    private List<AuditRegel> spoor(UUID id, Optional<Inzagepersonen.Persoon> persoon, Model model) {
        persoon.ifPresent(p -> {
            model.addAttribute("persoon", p);
            model.addAttribute("persoonGemeente", gebruikers.gemeenteNaam(p.gemeentecode()));
        });
        return inzage.spoor(id, persoon, MAX);
    }

    private Map<String, String> gemeentenamen(List<Inzagepersonen.Persoon> personen) {
        Map<String, String> namen = new LinkedHashMap<>();
        personen.forEach(p -> namen.computeIfAbsent(p.gemeentecode(), gebruikers::gemeenteNaam));
        return namen;
    }

    private static UUID uuid(String tekst) {
        if (!tekst.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return null;
        }
        return UUID.fromString(tekst);
    }
}
