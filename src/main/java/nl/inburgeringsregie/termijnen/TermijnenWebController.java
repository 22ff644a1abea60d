package nl.inburgeringsregie.termijnen;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruiker;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagTeamOverzien;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.InburgeraarService;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The worklists, the team view with bulk reassignment, the dossier's deadlines and timeline, and signals. */
@Controller
class TermijnenWebController {

    /**
     * A point on the dossier's timeline: a met milestone or a deadline's start or last day; {@code gemistOp} the
     * missed last day of a deadline that was missed (T-15), else null.
     */
    public record Moment(
            LocalDate datum,
            String label,
            String toelichting,
            String regel,
            TermijnStatus status,
            boolean toekomst,
            boolean vandaag,
            LocalDate gemistOp) {

        public Moment(
                LocalDate datum,
                String label,
                String toelichting,
                String regel,
                TermijnStatus status,
                boolean toekomst,
                boolean vandaag) {
            this(datum, label, toelichting, regel, status, toekomst, vandaag, null);
        }
    }

    /**
     * Rows per page of "Mijn werkvoorraad": a screenful and more; rendering 500 rows took most of the page's time
     * (docs/performance.md, issue 7).
     */
    static final int WERKVOORRAAD_PAGINA = 100;
    /** Rows per page of the team list, as many as the worklist's. */
    static final int TEAM_PAGINA = WERKVOORRAAD_PAGINA;

    private final Termijnen termijnen;
    private final Signalen signalen;
    private final Gebruikers gebruikers;
    private final InburgeraarService inburgeraars;
    private final TermijnSoorten soorten;

    TermijnenWebController(
            Termijnen termijnen,
            Signalen signalen,
            Gebruikers gebruikers,
            InburgeraarService inburgeraars,
            TermijnSoorten soorten) {
        this.termijnen = termijnen;
        this.signalen = signalen;
        this.gebruikers = gebruikers;
        this.inburgeraars = inburgeraars;
        this.soorten = soorten;
    }

    @GetMapping("/werkvoorraad")
    @MagDossierInzien
    String mijnWerkvoorraad(@RequestParam(required = false) String volgende, Model model) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        LocalDate vandaag = termijnen.vandaag();
        String cursor = volgende == null || !Werkvoorraad.geldigeCursor(volgende) ? null : volgende;
        Werkvoorraad.Pagina pagina = termijnen.werkvoorraad(
                gebruiker.gebruikersnaam(), null, null, null, null, null, cursor, WERKVOORRAAD_PAGINA);
        Map<Werkvoorraad.Groep, Integer> totalen = termijnen.groepen();
        Map<String, List<Werkvoorraad.Regel>> groepen = new LinkedHashMap<>();
        for (Werkvoorraad.Groep groep : Werkvoorraad.Groep.values()) {
            groepen.put(groep.code(), new ArrayList<>());
        }
        for (Werkvoorraad.Regel regel : pagina.regels()) {
            if (regel.status(vandaag) == TermijnStatus.OPGESCHORT) {
                continue; // PL-5: not urgent while suspended, and not counted in the groups (Werkvoorraad.GROEPEN)
            }
            groepen.get(Werkvoorraad.Groep.van(regel.termijn().uiterlijkeDatum(), vandaag)
                            .code())
                    .add(regel);
        }
        // A group without rows on this page: empty, or its rows are on an earlier or a later page (rows go by due
        // date).
        Werkvoorraad.Groep eerste = pagina.regels().isEmpty()
                ? null
                : Werkvoorraad.Groep.van(pagina.regels().getFirst().termijn().uiterlijkeDatum(), vandaag);
        Map<String, Integer> aantallen = new LinkedHashMap<>();
        Map<String, String> elders = new LinkedHashMap<>();
        for (Werkvoorraad.Groep groep : Werkvoorraad.Groep.values()) {
            aantallen.put(groep.code(), totalen.get(groep));
            if (groepen.get(groep.code()).isEmpty()) {
                elders.put(
                        groep.code(),
                        totalen.get(groep) == 0
                                ? "werkvoorraad.leeg"
                                : eerste != null && groep.compareTo(eerste) < 0 || eerste == null && cursor != null
                                        ? "werkvoorraad.vorigePagina"
                                        : "werkvoorraad.volgendePagina");
            }
        }
        model.addAttribute("groepen", groepen);
        model.addAttribute("aantallen", aantallen);
        model.addAttribute("elders", elders);
        model.addAttribute("vandaag", vandaag);
        model.addAttribute("volgende", pagina.volgende());
        model.addAttribute("vervolg", cursor != null);
        model.addAttribute("paginagrootte", WERKVOORRAAD_PAGINA);
        return "termijnen/werkvoorraad";
    }

    @GetMapping("/werkvoorraad/team")
    @MagTeamOverzien
    String team(
            @RequestParam(required = false) TermijnSoort soort,
            @RequestParam(required = false) Doelgroep doelgroep,
            @RequestParam(required = false) String consulent,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
            @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String volgende,
            Model model) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        LocalDate vandaag = termijnen.vandaag();
        // Issue 21 point 11: the gemeente of each dossier shown, and a filter by it (one of the user's gemeenten).
        String filterGemeente = gemeente != null && gebruiker.werktVoor(gemeente) ? gemeente : null;
        String filterConsulent =
                consulent == null || consulent.isBlank() ? null : "niemand".equals(consulent) ? "" : consulent;
        Werkvoorraad.Pagina pagina = termijnen.teamlijst(
                filterGemeente,
                filterConsulent,
                soort,
                doelgroep == null ? null : doelgroep.name(),
                van,
                tot,
                volgende,
                TEAM_PAGINA);
        Map<String, Gebruiker> consulenten = new TreeMap<>();
        Map<String, String> gemeentenamen = new LinkedHashMap<>();
        for (String code : gebruiker.gemeenten()) {
            gemeentenamen.put(code, gebruikers.gemeenteNaam(code));
            if (filterGemeente == null || filterGemeente.equals(code)) {
                gebruikers.consulenten(code).forEach(c -> consulenten.putIfAbsent(c.gebruikersnaam(), c));
            }
        }
        model.addAttribute("tellingen", termijnen.tellingen(filterGemeente));
        model.addAttribute("regels", pagina.regels());
        model.addAttribute("pagina", pagina);
        model.addAttribute("volgende", pagina.volgende());
        model.addAttribute("vandaag", vandaag);
        model.addAttribute(
                "consulenten",
                consulenten.values().stream()
                        .sorted(Comparator.comparing(Gebruiker::naam))
                        .toList());
        model.addAttribute("namen", consulenten);
        model.addAttribute("gemeentenamen", gemeentenamen);
        model.addAttribute("soorten", soorten.alle());
        model.addAttribute("doelgroepen", Doelgroep.values());
        model.addAttribute(
                "filter",
                teamfilter(
                        soort == null ? null : soort.code(),
                        doelgroep == null ? null : doelgroep.name(),
                        consulent,
                        filterGemeente,
                        van == null ? null : van.toString(),
                        tot == null ? null : tot.toString()));
        return "termijnen/team";
    }

    /** The team view's filter as its form and links carry it (every value a string, "" when not set). */
    private static Map<String, String> teamfilter(
            String soort, String doelgroep, String consulent, String gemeente, String van, String tot) {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("soort", soort == null ? "" : soort);
        filter.put("doelgroep", doelgroep == null ? "" : doelgroep);
        filter.put("consulent", consulent == null ? "" : consulent);
        filter.put("gemeente", gemeente == null ? "" : gemeente);
        filter.put("van", van == null ? "" : van);
        filter.put("tot", tot == null ? "" : tot);
        return filter;
    }

    @PostMapping("/werkvoorraad/team/toewijzen")
    @MagTeamOverzien
    String toewijzen(
            @Valid @ModelAttribute("toewijzingFormulier") ToewijzingFormulier formulier,
            BindingResult binding,
            RedirectAttributes redirect) {
        List<UUID> dossiers = formulier.getDossier();
        String consulent = formulier.getConsulent();
        if (binding.hasFieldErrors("dossier*")) {
            redirect.addFlashAttribute("fout", "typeMismatch.toewijzingFormulier.dossier");
        } else if (dossiers.isEmpty()) {
            redirect.addFlashAttribute("fout", "team.fout.geenDossiers");
        } else if (consulent == null || consulent.isBlank()) {
            redirect.addFlashAttribute("fout", "team.fout.geenConsulent");
        } else {
            try {
                int aantal =
                        inburgeraars.wijsToeInBulk(dossiers.stream().distinct().toList(), consulent);
                redirect.addFlashAttribute("toegewezen", aantal);
            } catch (InvalidInputException | NotFoundException e) {
                redirect.addFlashAttribute("fout", "team.fout.toewijzen");
            }
        }
        // Issue 21 point 11: back to the list as it was filtered (the form carries the filter as filter.<name>).
        formulier.getFilter().waarden().forEach(redirect::addAttribute);
        return "redirect:/werkvoorraad/team";
    }

    @GetMapping("/inburgeraars/{id}/termijnen")
    @MagDossierInzien
    String termijnen(
            @PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Termijnen.Overzicht overzicht = termijnen.vanDossier(id);
        model.addAttribute("overzicht", overzicht);
        model.addAttribute("d", overzicht.dossier());
        model.addAttribute("naam", overzicht.naam());
        if (htmx != null) {
            return "termijnen/tijdlijn :: termijnen";
        }
        model.addAttribute("momenten", tijdlijn(overzicht));
        return "termijnen/tijdlijn";
    }

    @GetMapping("/signalen")
    @MagDossierInzien
    String signalen(Model model) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        model.addAttribute("signalen", signalen.open(gebruiker.gebruikersnaam(), gebruiker.gemeenten()));
        return "termijnen/signalen";
    }

    @GetMapping("/signalen/aantal")
    @MagDossierInzien
    String aantalSignalen(Model model) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        model.addAttribute("aantal", signalen.aantalOpen(gebruiker.gebruikersnaam(), gebruiker.gemeenten()));
        return "termijnen/signalen :: aantal";
    }

    @PostMapping("/signalen/{id}/gezien")
    @MagDossierInzien
    String gezien(@PathVariable UUID id) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        if (!signalen.gezien(id, gebruiker.gebruikersnaam(), gebruiker.gemeenten())) {
            throw new NotFoundException("signaal");
        }
        return "redirect:/signalen";
    }

    /** Met milestones and every deadline's start and last day, in date order. */
    private static List<Moment> tijdlijn(Termijnen.Overzicht overzicht) {
        Dossierfeiten d = overzicht.dossier();
        LocalDate vandaag = overzicht.vandaag();
        List<Moment> momenten = new ArrayList<>();
        mijlpaal(momenten, d.datumKennisgeving(), "veld.datumKennisgeving", vandaag);
        mijlpaal(momenten, d.datumKoppeling(), "veld.datumKoppeling", vandaag);
        mijlpaal(momenten, d.datumHuisvesting(), "veld.datumHuisvesting", vandaag);
        mijlpaal(momenten, d.datumInschrijvingBrp(), "veld.datumInschrijvingBrp", vandaag);
        mijlpaal(momenten, d.mijlpalen().datumBredeIntakeAfgerond(), "veld.datumBredeIntakeAfgerond", vandaag);
        mijlpaal(momenten, d.mijlpalen().dagtekeningPip(), "veld.dagtekeningPip", vandaag);
        mijlpaal(momenten, d.mijlpalen().wachtOpDerdenSinds(), "veld.wachtOpDerdenSinds", vandaag);
        mijlpaal(momenten, d.mijlpalen().wachtOpDerdenOntvangen(), "veld.wachtOpDerdenOntvangen", vandaag);
        for (Termijn t : overzicht.termijnen()) {
            if (t.uiterlijkeDatum() != null) {
                momenten.add(new Moment(
                        t.uiterlijkeDatum(),
                        "termijn.soort." + t.soort().code(),
                        t.toelichting(),
                        t.regel(),
                        t.status(vandaag),
                        t.uiterlijkeDatum().isAfter(vandaag),
                        false,
                        t.gemistOp()));
            }
        }
        momenten.add(new Moment(vandaag, "tijdlijn.vandaag", null, null, null, false, true));
        momenten.sort(Comparator.comparing(Moment::datum).thenComparing(Moment::vandaag));
        return momenten;
    }

    private static void mijlpaal(List<Moment> momenten, LocalDate datum, String label, LocalDate vandaag) {
        if (datum != null) {
            momenten.add(new Moment(datum, label, null, null, null, datum.isAfter(vandaag), false));
        }
    }
}
