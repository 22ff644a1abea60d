package nl.inburgeringsregie.inburgeraar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import nl.inburgeringsregie.gebruikers.Gebruiker;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.gebruikers.MagConsulentToewijzen;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.MagInburgeraarRegistreren;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Rol;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.web.Formulierfouten;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The consultant's screens: caseload, registration, dossier, editing and assigning. */
@Controller
class InburgeraarWebController {

    static final int PAGINA = 50;

    private final InburgeraarService service;
    private final Caseload caseload;
    private final Gebruikers gebruikers;
    private final Toegang toegang;
    private final MessageSourceAccessor berichten;

    InburgeraarWebController(
            InburgeraarService service,
            Caseload caseload,
            Gebruikers gebruikers,
            Toegang toegang,
            MessageSourceAccessor berichten) {
        this.service = service;
        this.caseload = caseload;
        this.gebruikers = gebruikers;
        this.toegang = toegang;
        this.berichten = berichten;
    }

    @GetMapping("/inburgeraars")
    @MagDossierInzien
    String caseload(
            @RequestParam(required = false) String zoek,
            @RequestParam(required = false) String consulent,
            @RequestParam(required = false) Doelgroep doelgroep,
            @RequestParam(required = false) Fase fase,
            @RequestParam(required = false) Wet wet,
            @RequestParam(required = false) String volgende,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        Caseload.Filter filter = new Caseload.Filter(zoek, consulent, doelgroep, fase, wet, null);
        model.addAttribute("pagina", caseload.zoek(filter, volgende, PAGINA));
        model.addAttribute("filter", filter);
        model.addAttribute("volgende", volgende);
        model.addAttribute("consulenten", consulentenVan(gebruiker));
        model.addAttribute("doelgroepen", Doelgroep.values());
        model.addAttribute("fasen", Fase.values());
        model.addAttribute("wetten", Wet.values());
        model.addAttribute("niemand", Caseload.NIEMAND);
        model.addAttribute("meerdereGemeenten", gebruiker.gemeenten().size() > 1);
        return htmx != null ? "inburgeraars/lijst :: resultaten" : "inburgeraars/lijst";
    }

    @GetMapping("/inburgeraars/nieuw")
    @MagInburgeraarRegistreren
    String nieuw(
            @RequestParam(required = false) String bsn,
            @RequestParam(required = false) String gemeentecode,
            @RequestParam(required = false) String datumKennisgeving,
            @RequestParam(required = false) String doelgroep,
            Model model) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        String consulent = gebruiker.rollen().contains(Rol.CONSULENT) ? gebruiker.gebruikersnaam() : null;
        InburgeraarFormulier formulier =
                InburgeraarFormulier.leeg(gebruiker.gemeenten().getFirst(), consulent);
        // From reconciliation: DUO names this person (registreren vanuit de afstemming met DUO) with DUO's gemeente,
        // date of the notice (T-1 runs from it) and doelgroep (PL-1). Anything unreadable is simply not prefilled.
        if (bsn != null && bsn.matches("[0-9]{9}")) {
            formulier.setBsn(bsn);
        }
        if (gemeentecode != null && gebruiker.werktVoor(gemeentecode)) {
            formulier.setGemeentecode(gemeentecode);
        }
        if (datumKennisgeving != null) {
            try {
                formulier.setDatumKennisgeving(LocalDate.parse(datumKennisgeving));
            } catch (DateTimeParseException e) {
                // not prefilled
            }
        }
        if (doelgroep != null) {
            Arrays.stream(Doelgroep.values())
                    .filter(d -> d.duoWaarde().equals(doelgroep))
                    .findFirst()
                    .ifPresent(formulier::setDoelgroep);
        }
        model.addAttribute("formulier", formulier);
        return formulier(model, null);
    }

    @PostMapping("/inburgeraars")
    @MagInburgeraarRegistreren
    String registreer(
            @ModelAttribute("formulier") InburgeraarFormulier formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            formulier.vulKindRijen();
            return formulier(model, null);
        }
        try {
            Dossier dossier = service.registreer(
                    formulier.gegevens(),
                    Registratiebron.BALIE,
                    formulier.getConsulent() == null || formulier.getConsulent().isBlank()
                            ? null
                            : formulier.getConsulent());
            redirect.addFlashAttribute("melding", "dossier.geregistreerd");
            return "redirect:/inburgeraars/" + dossier.id();
        } catch (InvalidInputException e) {
            toonFouten(formulier, binding, e);
            return formulier(model, null);
        } catch (ConflictException e) {
            model.addAttribute("bestaandDossier", e.link());
            binding.rejectValue("bsn", "fout.bsn.dubbel");
            formulier.vulKindRijen();
            return formulier(model, null);
        }
    }

    @GetMapping("/inburgeraars/{id}")
    @MagDossierInzien
    String dossier(@PathVariable UUID id, Model model) {
        InburgeraarService.MetJournaal gelezen = service.leesMetJournaal(id);
        Dossier dossier = gelezen.dossier();
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        model.addAttribute("dossier", dossier);
        model.addAttribute("g", dossier.gegevens());
        model.addAttribute("journaal", gelezen.journaal());
        model.addAttribute(
                "gemeenteNaam", gebruikers.gemeenteNaam(dossier.gegevens().gemeentecode()));
        model.addAttribute(
                "consulenten", gebruikers.consulenten(dossier.gegevens().gemeentecode()));
        model.addAttribute("landen", landNamen(dossier.gegevens()));
        model.addAttribute("taalNamen", taalNamen(dossier.gegevens()));
        // The page shows only what the access decision allows for this person (ADR 0028).
        boolean magToewijzen = toegang.mag(gebruiker, Recht.CONSULENT_TOEWIJZEN, id);
        model.addAttribute("magWijzigen", toegang.mag(gebruiker, Recht.DOSSIER_WIJZIGEN, id));
        model.addAttribute("magToewijzen", magToewijzen);
        model.addAttribute("toewijzenMetReden", magToewijzen && service.toewijzenVraagtReden(id));
        return "inburgeraars/dossier";
    }

    @GetMapping("/inburgeraars/{id}/bewerken")
    @MagDossierWijzigen
    String bewerken(@PathVariable UUID id, Model model) {
        Dossier dossier = service.lees(id);
        model.addAttribute("formulier", InburgeraarFormulier.van(dossier));
        return formulier(model, id);
    }

    @PostMapping("/inburgeraars/{id}")
    @MagDossierWijzigen
    String wijzig(
            @PathVariable UUID id,
            @ModelAttribute("formulier") InburgeraarFormulier formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            formulier.vulKindRijen();
            return formulier(model, id);
        }
        try {
            service.wijzigFeiten(
                    id,
                    formulier.getVersie(),
                    formulier.gegevens(),
                    null,
                    formulier.getConsulent() == null || formulier.getConsulent().isBlank()
                            ? null
                            : formulier.getConsulent());
            redirect.addFlashAttribute("melding", "dossier.gewijzigd");
            return "redirect:/inburgeraars/" + id;
        } catch (InvalidInputException e) {
            toonFouten(formulier, binding, e);
            return formulier(model, id);
        } catch (ConflictException e) {
            model.addAttribute("bestaandDossier", e.link());
            binding.rejectValue("bsn", "fout.bsn.dubbel");
            formulier.vulKindRijen();
            return formulier(model, id);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("gelijktijdig", true);
            formulier.vulKindRijen();
            return formulier(model, id);
        }
    }

    @PostMapping("/inburgeraars/{id}/consulent")
    @MagConsulentToewijzen
    String wijsToe(
            @PathVariable UUID id,
            @RequestParam Integer versie,
            @RequestParam(required = false) String consulent,
            @RequestParam(required = false) String reden,
            RedirectAttributes redirect) {
        try {
            service.wijsToe(id, versie, consulent == null || consulent.isBlank() ? null : consulent, reden);
            redirect.addFlashAttribute("melding", "dossier.toegewezen");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("fout", "fout.gelijktijdig");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "foutTekst", Formulierfouten.tekst(e.violations().getFirst(), berichten));
        }
        return "redirect:/inburgeraars/" + id;
    }

    /** Uitschrijven from the dossier page: a required reason, journaled; refused when already uitgeschreven. */
    @PostMapping("/inburgeraars/{id}/uitschrijving")
    @MagDossierWijzigen
    String schrijfUit(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer versie,
            @RequestParam(required = false) String reden,
            RedirectAttributes redirect) {
        try {
            service.schrijfUit(id, versie, reden);
            redirect.addFlashAttribute("melding", "dossier.uitgeschreven");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("fout", "fout.gelijktijdig");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "foutTekst", Formulierfouten.tekst(e.violations().getFirst(), berichten));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("foutTekst", Formulierfouten.tekst(e.getMessage(), berichten));
        }
        return "redirect:/inburgeraars/" + id;
    }

    private String formulier(Model model, UUID id) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        model.addAttribute("dossierId", id);
        model.addAttribute(
                "gemeenten",
                gebruikers.gemeenten().stream()
                        .filter(g -> gebruiker.werktVoor(g.code()))
                        .toList());
        model.addAttribute("consulenten", consulentenVan(gebruiker));
        model.addAttribute("landen", Codes.landenOpNaam());
        // Issue 21 point 10 (h3): labelled pick lists; a code the list lacks (a stored legacy code, or an invalid one
        // just posted, which then shows its field error) stays visible as itself.
        InburgeraarFormulier f = (InburgeraarFormulier) model.getAttribute("formulier");
        model.addAttribute(
                "nationaliteitKeuzes",
                keuzes(Codes.nationaliteitenOpNaam(), f == null ? List.of() : f.getNationaliteiten()));
        model.addAttribute(
                "taalKeuzes",
                keuzes(
                        Codes.talenOpNaam(),
                        f == null
                                ? List.of()
                                : Stream.concat(f.getTalen().stream(), Stream.ofNullable(f.getTolkTaal()))
                                        .toList()));
        model.addAttribute("doelgroepen", Doelgroep.values());
        model.addAttribute("gedetailleerdeDoelgroepen", GedetailleerdeDoelgroep.values());
        model.addAttribute("wetten", Wet.values());
        model.addAttribute("geslachten", Geslacht.values());
        return "inburgeraars/formulier";
    }

    private static Map<String, String> keuzes(Map<String, String> lijst, List<String> gekozen) {
        List<String> onbekend = gekozen.stream()
                .filter(c -> c != null && !c.isBlank() && !lijst.containsKey(c))
                .distinct()
                .toList();
        if (onbekend.isEmpty()) {
            return lijst;
        }
        Map<String, String> metOnbekend = new LinkedHashMap<>();
        onbekend.forEach(c -> metOnbekend.put(c, c));
        metOnbekend.putAll(lijst);
        return metOnbekend;
    }

    private void toonFouten(InburgeraarFormulier formulier, BindingResult binding, InvalidInputException e) {
        formulier.sorteerKindRijen();
        for (InvalidInputException.Violation v : e.violations()) {
            String veld = formulier.formulierVeld(v.field());
            try {
                binding.rejectValue(veld, v.message(), v.args(), v.message());
            } catch (RuntimeException onbekendVeld) {
                binding.reject(v.message(), v.args(), v.message());
            }
        }
    }

    private List<Gebruiker> consulentenVan(HuidigeGebruiker gebruiker) {
        Map<String, Gebruiker> uniek = new TreeMap<>();
        for (String gemeente : gebruiker.gemeenten()) {
            gebruikers.consulenten(gemeente).forEach(c -> uniek.putIfAbsent(c.gebruikersnaam(), c));
        }
        return uniek.values().stream()
                .sorted(Comparator.comparing(Gebruiker::naam))
                .toList();
    }

    private static Map<String, String> landNamen(InburgeraarGegevens g) {
        Map<String, String> namen = new TreeMap<>();
        g.nationaliteiten().forEach(c -> namen.put(c, Codes.landNaam(c)));
        if (g.landVanHerkomst() != null) {
            namen.put(g.landVanHerkomst(), Codes.landNaam(g.landVanHerkomst()));
        }
        return namen;
    }

    private static Map<String, String> taalNamen(InburgeraarGegevens g) {
        Map<String, String> namen = new TreeMap<>();
        g.talen().forEach(c -> namen.put(c, Codes.taalNaam(c)));
        if (g.tolkTaal() != null) {
            namen.put(g.tolkTaal(), Codes.taalNaam(g.tolkTaal()));
        }
        return namen;
    }
}
