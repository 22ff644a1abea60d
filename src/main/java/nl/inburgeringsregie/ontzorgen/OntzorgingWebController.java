package nl.inburgeringsregie.ontzorgen;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.MagOntzorgingBeheren;
import nl.inburgeringsregie.gebruikers.MagOntzorgingInzien;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.web.Formulierfouten;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The budgetcoach's pages (issue 17, ADR 0032): the worklist, and a person's ontzorging with the form for the
 * authorisation and the fixed costs (one row per kind; an empty row is no cost) and the decision at the end. The
 * consultant reads the same page from the dossier, without the forms.
 */
@Controller
class OntzorgingWebController {

    /** Rows per page of the budgetcoach's worklist (issue 17 at national scale, docs/performance.md). */
    static final int REGELS_PER_PAGINA = 50;

    /** One row of the form: a fixed cost of one kind. */
    public static class LastRegel {
        private VasteLast.Soort soort;

        @Size(max = 200)
        private String ontvanger;

        @Size(max = 34)
        private String iban;

        @Size(max = 50)
        private String polisnummer;

        private BigDecimal bedrag;

        boolean leeg() {
            return (ontvanger == null || ontvanger.isBlank()) && (iban == null || iban.isBlank()) && bedrag == null;
        }

        public VasteLast.Soort getSoort() {
            return soort;
        }

        public void setSoort(VasteLast.Soort soort) {
            this.soort = soort;
        }

        public String getOntvanger() {
            return ontvanger;
        }

        public void setOntvanger(String ontvanger) {
            this.ontvanger = ontvanger;
        }

        public String getIban() {
            return iban;
        }

        public void setIban(String iban) {
            this.iban = iban;
        }

        public String getPolisnummer() {
            return polisnummer;
        }

        public void setPolisnummer(String polisnummer) {
            this.polisnummer = polisnummer;
        }

        public BigDecimal getBedrag() {
            return bedrag;
        }

        public void setBedrag(BigDecimal bedrag) {
            this.bedrag = bedrag;
        }
    }

    /** The form-backing object (ADR 0030): the authorisation's date and one row per kind of fixed cost. */
    public static class OntzorgingFormulier {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate datumMachtiging;

        @Valid
        private List<LastRegel> vasteLasten = new ArrayList<>();

        static OntzorgingFormulier van(Ontzorgingen.Weergave w) {
            OntzorgingFormulier f = new OntzorgingFormulier();
            f.datumMachtiging = w == null ? null : w.datumMachtiging();
            for (VasteLast.Soort soort : VasteLast.Soort.values()) {
                LastRegel r = new LastRegel();
                r.soort = soort;
                if (w != null) {
                    w.vasteLasten().stream()
                            .filter(l -> l.soort() == soort)
                            .findFirst()
                            .ifPresent(l -> {
                                r.ontvanger = l.ontvanger();
                                r.iban = l.iban();
                                r.polisnummer = l.polisnummer();
                                r.bedrag = l.bedrag();
                            });
                }
                f.vasteLasten.add(r);
            }
            return f;
        }

        public LocalDate getDatumMachtiging() {
            return datumMachtiging;
        }

        public void setDatumMachtiging(LocalDate datumMachtiging) {
            this.datumMachtiging = datumMachtiging;
        }

        public List<LastRegel> getVasteLasten() {
            return vasteLasten;
        }

        public void setVasteLasten(List<LastRegel> vasteLasten) {
            this.vasteLasten = vasteLasten;
        }
    }

    private final Ontzorgingen ontzorgingen;
    private final Werklijst werklijst;
    private final DossierfeitenLezer dossiers;
    private final Toegang toegang;
    private final MessageSourceAccessor berichten;

    OntzorgingWebController(
            Ontzorgingen ontzorgingen,
            Werklijst werklijst,
            DossierfeitenLezer dossiers,
            Toegang toegang,
            MessageSourceAccessor berichten) {
        this.ontzorgingen = ontzorgingen;
        this.werklijst = werklijst;
        this.dossiers = dossiers;
        this.toegang = toegang;
        this.berichten = berichten;
    }

    @GetMapping("/ontzorging")
    @MagOntzorgingBeheren
    String werklijst(@RequestParam(name = "vanaf", defaultValue = "0") int vanaf, Model model) {
        Werklijst.Pagina pagina = werklijst.pagina(vanaf, REGELS_PER_PAGINA);
        int tot = pagina.vanaf() + pagina.regels().size();
        model.addAttribute("regels", pagina.regels());
        model.addAttribute("totaal", pagina.totaal());
        model.addAttribute("eerste", pagina.vanaf() + 1);
        model.addAttribute("laatste", tot);
        model.addAttribute("vervolg", pagina.vanaf() > 0);
        model.addAttribute("volgende", tot < pagina.totaal() ? tot : null);
        model.addAttribute("paginagrootte", REGELS_PER_PAGINA);
        return "ontzorgen/werklijst";
    }

    @GetMapping("/inburgeraars/{id}/ontzorging")
    @MagOntzorgingInzien
    String pagina(@PathVariable UUID id, Model model) {
        Ontzorgingen.Weergave w = ontzorgingen.lees(id).orElse(null);
        return pagina(id, w, OntzorgingFormulier.van(w), model);
    }

    @PostMapping("/inburgeraars/{id}/ontzorging")
    @MagOntzorgingBeheren
    String legVast(
            @PathVariable UUID id,
            @Valid @ModelAttribute("formulier") OntzorgingFormulier formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            // Rows left empty are no cost; a refusal names the row as the form shows it.
            List<Integer> rijen = new ArrayList<>();
            List<VasteLast> lasten = new ArrayList<>();
            List<LastRegel> regels = formulier.getVasteLasten() == null ? List.of() : formulier.getVasteLasten();
            for (int i = 0; i < regels.size(); i++) {
                LastRegel r = regels.get(i);
                if (!r.leeg()) {
                    rijen.add(i);
                    lasten.add(new VasteLast(
                            r.getSoort(),
                            r.getOntvanger() == null ? null : r.getOntvanger().strip(),
                            r.getIban() == null ? null : r.getIban().strip(),
                            r.getPolisnummer(),
                            r.getBedrag()));
                }
            }
            try {
                ontzorgingen.legVast(id, new Ontzorgingen.Vastlegging(formulier.getDatumMachtiging(), lasten));
                redirect.addFlashAttribute("melding", berichten.getMessage("ontzorging.vastgelegd"));
                return "redirect:/inburgeraars/" + id + "/ontzorging";
            } catch (InvalidInputException e) {
                Formulierfouten.toon(
                        new InvalidInputException(e.violations().stream()
                                .map(v -> naarRij(v, rijen))
                                .toList()),
                        binding);
            } catch (ConflictException e) {
                binding.reject(e.getMessage(), e.getMessage());
            }
        }
        return pagina(id, ontzorgingen.lees(id).orElse(null), formulier, model);
    }

    private static Violation naarRij(Violation v, List<Integer> rijen) {
        if (v.field() == null || !v.field().startsWith("vasteLasten[")) {
            return v;
        }
        int sluit = v.field().indexOf(']');
        int index = Integer.parseInt(v.field().substring("vasteLasten[".length(), sluit));
        return new Violation(
                "vasteLasten[" + rijen.get(index) + v.field().substring(sluit), v.message(), v.regel(), v.args());
    }

    /** The decision at the end (O-2): extend with a reason and a new end date, or end on a date. */
    @PostMapping("/inburgeraars/{id}/ontzorging/besluit")
    @MagOntzorgingBeheren
    String besluit(
            @PathVariable UUID id,
            @RequestParam(name = "besluit", required = false) String besluit,
            @RequestParam(name = "datum", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate datum,
            @RequestParam(name = "reden", required = false) String reden,
            RedirectAttributes redirect) {
        try {
            ontzorgingen.besluit(id, besluit, datum, reden);
            redirect.addFlashAttribute("melding", berichten.getMessage("ontzorging.besluit." + besluit));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "fouten",
                    e.violations().stream()
                            .map(v -> Formulierfouten.tekst(v, berichten))
                            .toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("fouten", List.of(Formulierfouten.tekst(e.getMessage(), berichten)));
        }
        return "redirect:/inburgeraars/" + id + "/ontzorging";
    }

    private String pagina(UUID id, Ontzorgingen.Weergave w, OntzorgingFormulier formulier, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("naam", dossiers.namen(List.of(id)).get(id));
        model.addAttribute("ontzorging", w);
        model.addAttribute("formulier", formulier);
        model.addAttribute("magBeheren", toegang.mag(Recht.ONTZORGING_BEHEREN, id));
        model.addAttribute("magDossier", toegang.mag(Recht.DOSSIER_INZIEN, id));
        return "ontzorgen/ontzorging";
    }
}
