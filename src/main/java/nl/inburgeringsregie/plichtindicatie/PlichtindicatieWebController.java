package nl.inburgeringsregie.plichtindicatie;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.inburgeringsregie.gebruikers.MagPlichtIndiceren;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The desk pre-screen in the UI: a short form and the indication with its reasons on the same page. */
@Controller
class PlichtindicatieWebController {

    /** The form as the browser posts it: nationalities as comma-separated codes, the diploma as ja/nee/onbekend. */
    static class Formulier {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate geboortedatum;

        private String nationaliteiten;
        private String verblijfsdoel;
        private Integer jarenLeerplichtigInNederland;
        private String nederlandsDiploma;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate peildatum;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate verblijfSinds;

        public LocalDate getGeboortedatum() {
            return geboortedatum;
        }

        public void setGeboortedatum(LocalDate geboortedatum) {
            this.geboortedatum = geboortedatum;
        }

        public String getNationaliteiten() {
            return nationaliteiten;
        }

        public void setNationaliteiten(String nationaliteiten) {
            this.nationaliteiten = nationaliteiten;
        }

        public String getVerblijfsdoel() {
            return verblijfsdoel;
        }

        public void setVerblijfsdoel(String verblijfsdoel) {
            this.verblijfsdoel = verblijfsdoel;
        }

        public Integer getJarenLeerplichtigInNederland() {
            return jarenLeerplichtigInNederland;
        }

        public void setJarenLeerplichtigInNederland(Integer jaren) {
            this.jarenLeerplichtigInNederland = jaren;
        }

        public String getNederlandsDiploma() {
            return nederlandsDiploma;
        }

        public void setNederlandsDiploma(String nederlandsDiploma) {
            this.nederlandsDiploma = nederlandsDiploma;
        }

        public LocalDate getPeildatum() {
            return peildatum;
        }

        public void setPeildatum(LocalDate peildatum) {
            this.peildatum = peildatum;
        }

        public LocalDate getVerblijfSinds() {
            return verblijfSinds;
        }

        public void setVerblijfSinds(LocalDate verblijfSinds) {
            this.verblijfSinds = verblijfSinds;
        }

        Plichtindicatie.Vraag vraag() {
            List<String> codes = nationaliteiten == null
                    ? List.of()
                    : Arrays.stream(nationaliteiten.split("[,;\\s]+"))
                            .map(String::trim)
                            .filter(s -> !s.isEmpty())
                            .map(s -> s.toUpperCase(Locale.ROOT))
                            .toList();
            Boolean diploma = "ja".equals(nederlandsDiploma)
                    ? Boolean.TRUE
                    : "nee".equals(nederlandsDiploma) ? Boolean.FALSE : null;
            return new Plichtindicatie.Vraag(
                    geboortedatum,
                    codes,
                    verblijfsdoel == null || verblijfsdoel.isBlank() ? null : verblijfsdoel,
                    jarenLeerplichtigInNederland,
                    diploma,
                    peildatum,
                    verblijfSinds);
        }
    }

    private final PlichtindicatieService service;

    PlichtindicatieWebController(PlichtindicatieService service) {
        this.service = service;
    }

    @GetMapping("/plichtindicatie")
    @MagPlichtIndiceren
    String formulier(Model model) {
        model.addAttribute("formulier", new Formulier());
        return pagina(model);
    }

    @PostMapping("/plichtindicatie")
    @MagPlichtIndiceren
    String beoordeel(@ModelAttribute("formulier") Formulier formulier, BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                model.addAttribute("uitslag", service.beoordeel(formulier.vraag()));
            } catch (InvalidInputException e) {
                for (InvalidInputException.Violation v : e.violations()) {
                    String veld = v.field().startsWith("nationaliteiten") ? "nationaliteiten" : v.field();
                    binding.rejectValue(veld, v.message(), v.args(), v.message());
                }
            }
        }
        return pagina(model);
    }

    private static String pagina(Model model) {
        model.addAttribute(
                "verblijfsdoelen",
                Arrays.stream(Verblijfsdoel.values()).map(Verblijfsdoel::code).toList());
        return "plichtindicatie/formulier";
    }
}
