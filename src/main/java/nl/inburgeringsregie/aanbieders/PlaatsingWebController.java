package nl.inburgeringsregie.aanbieders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgeringsregie.gebruikers.MagDeelnemersInzien;
import nl.inburgeringsregie.gebruikers.MagDeelnemersRapporteren;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.web.Formulierfouten;
import nl.inburgeringsregie.infrastructure.web.Weergave;
import nl.inburgeringsregie.uren.Urenboek;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultant's placement page of a dossier (place with a contract, and each step of the lifecycle as a button the
 * aggregate allows), and the provider's pages: "mijn deelnemers" and one participant (issue 15, ADR 0031).
 */
@Controller
class PlaatsingWebController {

    /** The placement form. */
    static class PlaatsingFormulier {
        @NotNull
        private UUID contractId;

        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate aanmelddatum;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate verwachteStart;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate verwachteEinde;

        public UUID getContractId() {
            return contractId;
        }

        public void setContractId(UUID contractId) {
            this.contractId = contractId;
        }

        public LocalDate getAanmelddatum() {
            return aanmelddatum;
        }

        public void setAanmelddatum(LocalDate aanmelddatum) {
            this.aanmelddatum = aanmelddatum;
        }

        public LocalDate getVerwachteStart() {
            return verwachteStart;
        }

        public void setVerwachteStart(LocalDate verwachteStart) {
            this.verwachteStart = verwachteStart;
        }

        public LocalDate getVerwachteEinde() {
            return verwachteEinde;
        }

        public void setVerwachteEinde(LocalDate verwachteEinde) {
            this.verwachteEinde = verwachteEinde;
        }
    }

    /** A contract to choose in the placement form, with its provider. */
    record Keuze(UUID id, String tekst) {}

    private final Plaatsingen plaatsingen;
    private final Deelnemers deelnemers;
    private final Presenties presenties;
    private final PresentieBestand presentieBestand;
    private final Urenboek urenboek;
    private final Toegang toegang;
    private final MessageSourceAccessor berichten;

    PlaatsingWebController(
            Plaatsingen plaatsingen,
            Deelnemers deelnemers,
            Presenties presenties,
            PresentieBestand presentieBestand,
            Urenboek urenboek,
            Toegang toegang,
            MessageSourceAccessor berichten) {
        this.plaatsingen = plaatsingen;
        this.deelnemers = deelnemers;
        this.presenties = presenties;
        this.presentieBestand = presentieBestand;
        this.urenboek = urenboek;
        this.toegang = toegang;
        this.berichten = berichten;
    }

    @GetMapping("/inburgeraars/{id}/plaatsingen")
    @MagDossierInzien
    String pagina(@PathVariable UUID id, Model model) {
        return pagina(id, model, new PlaatsingFormulier());
    }

    @PostMapping("/inburgeraars/{id}/plaatsingen")
    @MagDossierWijzigen
    String plaats(
            @PathVariable UUID id,
            @Valid @ModelAttribute("formulier") PlaatsingFormulier formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Plaatsingen.Weergave p = plaatsingen.plaats(
                        id,
                        new Plaatsingen.Aanmelding(
                                formulier.getContractId(),
                                formulier.getAanmelddatum(),
                                formulier.getVerwachteStart(),
                                formulier.getVerwachteEinde()));
                redirect.addFlashAttribute(
                        "melding",
                        p.status() == Plaatsing.Status.WACHTLIJST
                                ? berichten.getMessage("plaatsing.opWachtlijst", new Object[] {p.wachtlijstpositie()})
                                : berichten.getMessage("plaatsing.geplaatst"));
                return "redirect:/inburgeraars/" + id + "/plaatsingen";
            } catch (InvalidInputException e) {
                Formulierfouten.toon(e, binding);
            } catch (ConflictException e) {
                binding.rejectValue(e.veld(), e.getMessage(), e.getMessage());
            }
        }
        return pagina(id, model, formulier);
    }

    /** One step of a placement's lifecycle (the buttons on the page). */
    @PostMapping("/plaatsingen/{id}/stap")
    @MagDossierWijzigen
    String stap(
            @PathVariable UUID id,
            @RequestParam(name = "actie", required = false) String actie,
            @RequestParam(name = "datum", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate datum,
            @RequestParam(name = "reden", required = false) String reden,
            RedirectAttributes redirect) {
        Plaatsingen.Weergave p = plaatsingen.lees(id);
        Plaatsing.Actie stap = Arrays.stream(Plaatsing.Actie.values())
                .filter(a -> a.name().equals(actie))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("actie", "fout.plaatsing.onbekendeActie", "AB-4"));
        try {
            plaatsingen.stap(id, stap, datum, reden);
            redirect.addFlashAttribute("melding", berichten.getMessage("plaatsing.stap." + stap.name()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "fouten",
                    e.violations().stream()
                            .map(v -> Formulierfouten.tekst(v, berichten) + regel(v.regel()))
                            .toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute(
                    "fouten", List.of(Formulierfouten.tekst(e.getMessage(), berichten) + regel(e.regel())));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("fouten", List.of(berichten.getMessage("api.probleem.gelijktijdig.detail")));
        }
        return "redirect:/inburgeraars/" + p.inburgeraarId() + "/plaatsingen";
    }

    /** Participants per page on "Mijn deelnemers" (as the worklist's pages, docs/performance.md). */
    static final int DEELNEMERS_PER_PAGINA = 50;

    /**
     * Participants of each kind in "Te melden" on "Mijn deelnemers": the counts are over all of them, the names of the
     * first ones; "Alle te melden" shows the rest (a provider of 500 participants had 500 names on the page).
     */
    static final int TE_MELDEN_OP_PAGINA = 10;

    @GetMapping("/mijn-deelnemers")
    @MagDeelnemersInzien
    String mijnDeelnemers(@RequestParam(name = "vanaf", defaultValue = "0") int vanaf, Model model) {
        Deelnemers.Pagina pagina = deelnemers.mijnDeelnemers(vanaf, DEELNEMERS_PER_PAGINA);
        int tot = pagina.vanaf() + pagina.deelnemers().size();
        model.addAttribute("organisatie", pagina.organisatie());
        model.addAttribute("deelnemers", pagina.deelnemers());
        model.addAttribute("totaal", pagina.totaal());
        model.addAttribute("eerste", pagina.vanaf() + 1);
        model.addAttribute("laatste", tot);
        model.addAttribute("vervolg", pagina.vanaf() > 0);
        model.addAttribute("volgende", tot < pagina.totaal() ? tot : null);
        model.addAttribute("paginagrootte", DEELNEMERS_PER_PAGINA);
        return "aanbieders/deelnemers";
    }

    /**
     * What the provider still has to report (AB-6, AB-7): as a page, every participant due; as the section "Te melden"
     * that "Mijn deelnemers" loads after it has answered (htmx), the counts and the first of each kind. The list page
     * itself reads no reports (docs/performance.md, issue 15: deciding what is due reads every started placement).
     */
    @GetMapping("/mijn-deelnemers/te-melden")
    @MagDeelnemersInzien
    String teMelden(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (htmx != null) {
            model.addAttribute("teMelden", deelnemers.teMelden(TE_MELDEN_OP_PAGINA));
            return "aanbieders/te-melden :: teMelden";
        }
        model.addAttribute("organisatie", deelnemers.mijnOrganisatie().orElse(null));
        model.addAttribute("teMelden", deelnemers.teMelden(Integer.MAX_VALUE));
        return "aanbieders/te-melden";
    }

    /** A week's attendance of all the provider's participants as one CSV file, all or nothing (AB-6). */
    @PostMapping("/mijn-deelnemers/presentie")
    @MagDeelnemersRapporteren
    String meldBestand(@RequestParam(name = "bestand", required = false) MultipartFile upload, Model model)
            throws IOException {
        try {
            if (upload == null || upload.isEmpty()) {
                throw new InvalidInputException("bestand", "fout.presentiebestand.leeg", "AB-6");
            }
            if (upload.getSize() > presentieBestand.maxBytes()) {
                throw new InvalidInputException(
                        "bestand", presentieBestand.teGroot().getMessage(), "AB-6");
            }
            model.addAttribute(
                    "rapport",
                    presenties.meldBestand(
                            presentieBestand.lees(new String(upload.getBytes(), StandardCharsets.UTF_8))));
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "fouten",
                    e.violations().stream()
                            .map(v -> plaats(v.field()) + Formulierfouten.tekst(v, berichten) + regel(v.regel()))
                            .toList());
        }
        return mijnDeelnemers(0, model);
    }

    /**
     * A template for the upload: one line per started placement with the organisation (the name for the reader), the
     * week's Monday filled in; every line audited as the list is.
     */
    @GetMapping(path = "/mijn-deelnemers/presentie.csv", produces = "text/csv")
    @MagDeelnemersRapporteren
    ResponseEntity<String> sjabloon() {
        StringBuilder csv = new StringBuilder("plaatsingId;naam;week;urenAanwezig;urenAfwezig;geoorloofd\n");
        LocalDate maandag = presenties.vandaag().with(DayOfWeek.MONDAY);
        for (Deelnemers.Deelnemer d : deelnemers.mijnDeelnemers()) {
            if (d.status() == Plaatsing.Status.GESTART) {
                csv.append(d.plaatsingId())
                        .append(";\"")
                        .append(d.naam().replace("\"", "\"\""))
                        .append("\";")
                        .append(maandag)
                        .append(";;0;\n");
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"presentie-" + maandag + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    /** "Regel 3 (urenAanwezig): " for a row's violation of an uploaded file, nothing for the file as a whole. */
    private String plaats(String veld) {
        Matcher m = RIJ.matcher(veld);
        if (!m.matches()) {
            return "";
        }
        String rij = berichten.getMessage("presentiebestand.rij", new Object[] {m.group(1)});
        return m.group(2) == null ? rij + ": " : rij + " (" + m.group(2) + "): ";
    }

    private static final Pattern RIJ = Pattern.compile("rijen\\[(\\d+)](?:\\.(.+))?");

    @GetMapping("/deelnemers/{id}")
    @MagDeelnemersInzien
    String deelnemer(@PathVariable UUID id, Model model) {
        List<Deelnemers.Deelnemer> plaatsingenBijMij = deelnemers.deelnemer(id);
        model.addAttribute("deelnemer", plaatsingenBijMij.getFirst());
        model.addAttribute("plaatsingen", plaatsingenBijMij);
        // AB-10: the BSN only when a placement's contract gives it for the exam registration.
        model.addAttribute(
                "bsn",
                plaatsingenBijMij.stream()
                        .map(Deelnemers.Deelnemer::bsn)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null));
        Map<UUID, List<Presenties.Presentie>> presentie = new HashMap<>();
        Map<UUID, List<Presenties.Voortgang>> voortgang = new HashMap<>();
        boolean magMelden = toegang.mag(Recht.DEELNEMERS_RAPPORTEREN, id);
        if (magMelden) {
            for (Deelnemers.Deelnemer d : plaatsingenBijMij) {
                if (d.startdatum() != null) {
                    presentie.put(d.plaatsingId(), presenties.presentie(d.plaatsingId()));
                    voortgang.put(d.plaatsingId(), presenties.voortgang(d.plaatsingId()));
                }
            }
        }
        model.addAttribute("magMelden", magMelden);
        model.addAttribute("presentie", presentie);
        model.addAttribute("voortgang", voortgang);
        model.addAttribute("niveaus", Taalniveau.values());
        return "aanbieders/deelnemer";
    }

    /** The provider reports a lesson day's or a week's attendance (AB-6); refusals shown by field and rule. */
    @PostMapping("/deelnemers/{id}/presentie")
    @MagDeelnemersRapporteren
    String meldPresentie(
            @PathVariable UUID id,
            @RequestParam UUID plaatsingId,
            @RequestParam(required = false) Presenties.Periode periode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
            @RequestParam(required = false) BigDecimal urenAanwezig,
            @RequestParam(required = false) BigDecimal urenAfwezig,
            @RequestParam(required = false) Boolean geoorloofd,
            RedirectAttributes redirect) {
        return melding(
                id,
                redirect,
                "presentie.gemeld",
                () -> presenties.meld(
                        plaatsingId,
                        new Presenties.Melding(
                                periode,
                                datum,
                                urenAanwezig,
                                urenAfwezig == null && urenAanwezig != null ? BigDecimal.ZERO : urenAfwezig,
                                geoorloofd)));
    }

    /** The provider reports progress per skill (AB-7). */
    @PostMapping("/deelnemers/{id}/voortgang")
    @MagDeelnemersRapporteren
    String meldVoortgang(
            @PathVariable UUID id,
            @RequestParam UUID plaatsingId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
            @RequestParam(required = false) Taalniveau lezen,
            @RequestParam(required = false) Taalniveau luisteren,
            @RequestParam(required = false) Taalniveau spreken,
            @RequestParam(required = false) Taalniveau schrijven,
            @RequestParam(required = false) String opmerking,
            RedirectAttributes redirect) {
        return melding(
                id,
                redirect,
                "voortgang.gemeld",
                () -> presenties.meldVoortgang(
                        plaatsingId,
                        new Presenties.Vordering(peildatum, lezen, luisteren, spreken, schrijven, opmerking)));
    }

    private String melding(UUID id, RedirectAttributes redirect, String gelukt, Runnable actie) {
        try {
            actie.run();
            redirect.addFlashAttribute("melding", berichten.getMessage(gelukt));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "fouten",
                    e.violations().stream()
                            .map(v -> Formulierfouten.tekst(v, berichten) + regel(v.regel()))
                            .toList());
        }
        return "redirect:/deelnemers/" + id;
    }

    private String pagina(UUID id, Model model, PlaatsingFormulier formulier) {
        List<Plaatsingen.Weergave> lijst = plaatsingen.vanDossier(id);
        boolean magWijzigen = toegang.mag(Recht.DOSSIER_WIJZIGEN, id);
        model.addAttribute("id", id);
        model.addAttribute("plaatsingen", lijst);
        model.addAttribute("uren", urenboek.overzicht(id));
        model.addAttribute("voortgang", presenties.voortgangVanDossier(id));
        model.addAttribute("magWijzigen", magWijzigen);
        model.addAttribute("formulier", formulier);
        if (magWijzigen) {
            model.addAttribute(
                    "keuzes",
                    plaatsingen.keuzes(id).stream()
                            .map(c -> new Keuze(c.contractId(), berichten.getMessage("plaatsing.keuze", new Object[] {
                                c.aanbieder(), c.contractnummer(), berichten.getMessage(Weergave.sleutel(c.onderdeel()))
                            })))
                            .toList());
        }
        return "aanbieders/plaatsingen";
    }

    private static String regel(String regel) {
        return regel == null ? "" : " (" + regel + ")";
    }
}
