package nl.inburgeringsregie.aanbieders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.inburgeringsregie.gebruikers.MagAanbiedersBeheren;
import nl.inburgeringsregie.gebruikers.MagAanbiedersInzien;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.web.Formulierfouten;
import nl.inburgeringsregie.infrastructure.web.Weergave;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The beheer pages of providers and contracts (issue 15, ADR 0031): the overview with each contract's capacity for the
 * team lead and the functioneel beheerder; the forms to register and change them, and to link a provider's users, for
 * the functioneel beheerder. Form objects with Bean Validation; the domain's refusals next to their fields.
 */
@Controller
class AanbiedersWebController {

    /** The provider form. */
    static class AanbiederFormulier {
        private Integer versie;

        @NotBlank
        @Size(max = 200)
        private String naam;

        @NotBlank
        @Pattern(regexp = "[0-9A-Za-z]{1,10}", message = "{fout.aanbieder.instellingsnummer}")
        private String instellingsnummer;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate bowGeldigTot;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate tstGeldigTot;

        @Size(max = 200)
        private String contactpersoon;

        @Email
        @Size(max = 200)
        private String email;

        @Size(max = 50)
        private String telefoon;

        static AanbiederFormulier van(Aanbieder a) {
            AanbiederFormulier f = new AanbiederFormulier();
            Aanbieder.Gegevens g = a.gegevens();
            f.versie = a.version();
            f.naam = g.naam();
            f.instellingsnummer = g.instellingsnummer();
            f.bowGeldigTot = g.bowGeldigTot();
            f.tstGeldigTot = g.tstGeldigTot();
            f.contactpersoon = g.contactpersoon();
            f.email = g.email();
            f.telefoon = g.telefoon();
            return f;
        }

        Aanbieder.Gegevens gegevens() {
            return new Aanbieder.Gegevens(
                    naam,
                    instellingsnummer,
                    bowGeldigTot,
                    tstGeldigTot,
                    leeg(contactpersoon),
                    leeg(email),
                    leeg(telefoon));
        }

        public Integer getVersie() {
            return versie;
        }

        public void setVersie(Integer versie) {
            this.versie = versie;
        }

        public String getNaam() {
            return naam;
        }

        public void setNaam(String naam) {
            this.naam = naam;
        }

        public String getInstellingsnummer() {
            return instellingsnummer;
        }

        public void setInstellingsnummer(String instellingsnummer) {
            this.instellingsnummer = instellingsnummer;
        }

        public LocalDate getBowGeldigTot() {
            return bowGeldigTot;
        }

        public void setBowGeldigTot(LocalDate bowGeldigTot) {
            this.bowGeldigTot = bowGeldigTot;
        }

        public LocalDate getTstGeldigTot() {
            return tstGeldigTot;
        }

        public void setTstGeldigTot(LocalDate tstGeldigTot) {
            this.tstGeldigTot = tstGeldigTot;
        }

        public String getContactpersoon() {
            return contactpersoon;
        }

        public void setContactpersoon(String contactpersoon) {
            this.contactpersoon = contactpersoon;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getTelefoon() {
            return telefoon;
        }

        public void setTelefoon(String telefoon) {
            this.telefoon = telefoon;
        }
    }

    /** The contract form; the start moments as dates separated by commas. */
    static class ContractFormulier {
        private Integer versie;

        @NotNull
        private UUID aanbiederId;

        @NotBlank
        @Size(max = 100)
        private String contractnummer;

        @NotBlank
        @Size(max = 200)
        private String perceel;

        @NotNull
        private Contractonderdeel onderdeel;

        @NotEmpty(message = "{fout.contract.geenGemeente}")
        private List<String> gemeenten = new ArrayList<>();

        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate begindatum;

        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate einddatum;

        @NotNull
        @Min(0)
        @Max(100000)
        private Integer capaciteit;

        @Size(max = 2000)
        private String startmomenten;

        @NotNull
        private Prijsmodel prijsmodel;

        @NotNull
        @DecimalMin("0")
        @Digits(integer = 8, fraction = 2)
        private BigDecimal prijs;

        private boolean bsnVoorExamenregistratie;

        static ContractFormulier van(Contract c) {
            ContractFormulier f = new ContractFormulier();
            Contract.Gegevens g = c.gegevens();
            f.versie = c.version();
            f.aanbiederId = g.aanbiederId();
            f.contractnummer = g.contractnummer();
            f.perceel = g.perceel();
            f.onderdeel = g.onderdeel();
            f.gemeenten = new ArrayList<>(g.gemeenten());
            f.begindatum = g.begindatum();
            f.einddatum = g.einddatum();
            f.capaciteit = g.capaciteit();
            f.startmomenten = String.join(
                    ", ", g.startmomenten().stream().map(Weergave.DATUM::format).toList());
            f.prijsmodel = g.prijsmodel();
            f.prijs = g.prijs();
            f.bsnVoorExamenregistratie = g.bsnVoorExamenregistratie();
            return f;
        }

        /** The start moments, dd-mm-jjjj (or jjjj-mm-dd) separated by commas; an unreadable one refuses the form. */
        List<LocalDate> startmomentenAlsDatums() {
            List<LocalDate> datums = new ArrayList<>();
            if (startmomenten == null || startmomenten.isBlank()) {
                return datums;
            }
            for (String deel : startmomenten.split("[,;\\s]+")) {
                if (deel.isBlank()) {
                    continue;
                }
                try {
                    datums.add(
                            deel.matches("\\d{4}-\\d{2}-\\d{2}")
                                    ? LocalDate.parse(deel)
                                    : LocalDate.parse(deel, Weergave.DATUM));
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("startmomenten", "fout.contract.startmomentVorm", "AB-2");
                }
            }
            return datums;
        }

        Contract.Gegevens gegevens() {
            return new Contract.Gegevens(
                    aanbiederId,
                    contractnummer,
                    perceel,
                    onderdeel,
                    gemeenten,
                    begindatum,
                    einddatum,
                    capaciteit,
                    startmomentenAlsDatums(),
                    prijsmodel,
                    prijs,
                    bsnVoorExamenregistratie);
        }

        public boolean isBsnVoorExamenregistratie() {
            return bsnVoorExamenregistratie;
        }

        public void setBsnVoorExamenregistratie(boolean bsnVoorExamenregistratie) {
            this.bsnVoorExamenregistratie = bsnVoorExamenregistratie;
        }

        public Integer getVersie() {
            return versie;
        }

        public void setVersie(Integer versie) {
            this.versie = versie;
        }

        public UUID getAanbiederId() {
            return aanbiederId;
        }

        public void setAanbiederId(UUID aanbiederId) {
            this.aanbiederId = aanbiederId;
        }

        public String getContractnummer() {
            return contractnummer;
        }

        public void setContractnummer(String contractnummer) {
            this.contractnummer = contractnummer;
        }

        public String getPerceel() {
            return perceel;
        }

        public void setPerceel(String perceel) {
            this.perceel = perceel;
        }

        public Contractonderdeel getOnderdeel() {
            return onderdeel;
        }

        public void setOnderdeel(Contractonderdeel onderdeel) {
            this.onderdeel = onderdeel;
        }

        public List<String> getGemeenten() {
            return gemeenten;
        }

        public void setGemeenten(List<String> gemeenten) {
            this.gemeenten = gemeenten;
        }

        public LocalDate getBegindatum() {
            return begindatum;
        }

        public void setBegindatum(LocalDate begindatum) {
            this.begindatum = begindatum;
        }

        public LocalDate getEinddatum() {
            return einddatum;
        }

        public void setEinddatum(LocalDate einddatum) {
            this.einddatum = einddatum;
        }

        public Integer getCapaciteit() {
            return capaciteit;
        }

        public void setCapaciteit(Integer capaciteit) {
            this.capaciteit = capaciteit;
        }

        public String getStartmomenten() {
            return startmomenten;
        }

        public void setStartmomenten(String startmomenten) {
            this.startmomenten = startmomenten;
        }

        public Prijsmodel getPrijsmodel() {
            return prijsmodel;
        }

        public void setPrijsmodel(Prijsmodel prijsmodel) {
            this.prijsmodel = prijsmodel;
        }

        public BigDecimal getPrijs() {
            return prijs;
        }

        public void setPrijs(BigDecimal prijs) {
            this.prijs = prijs;
        }
    }

    private final Aanbiedersbeheer beheer;

    AanbiedersWebController(Aanbiedersbeheer beheer) {
        this.beheer = beheer;
    }

    @GetMapping("/beheer/aanbieders")
    @MagAanbiedersInzien
    String overzicht(Model model) {
        model.addAttribute("overzicht", beheer.overzicht());
        return "aanbieders/overzicht";
    }

    @GetMapping("/beheer/aanbieders/nieuw")
    @MagAanbiedersBeheren
    String nieuweAanbieder(Model model) {
        return aanbiederPagina(model, new AanbiederFormulier(), null);
    }

    @PostMapping("/beheer/aanbieders/nieuw")
    @MagAanbiedersBeheren
    String maakAanbieder(
            @Valid @ModelAttribute("formulier") AanbiederFormulier formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return opslaan(
                binding,
                redirect,
                "aanbieder.opgeslagen",
                () -> "/beheer/aanbieders/"
                        + beheer.maakAanbieder(formulier.gegevens()).id(),
                () -> aanbiederPagina(model, formulier, null));
    }

    @GetMapping("/beheer/aanbieders/{id}")
    @MagAanbiedersInzien
    String aanbieder(@PathVariable UUID id, Model model) {
        Aanbieder a = beheer.aanbieder(id);
        return aanbiederPagina(model, AanbiederFormulier.van(a), a);
    }

    @PostMapping("/beheer/aanbieders/{id}")
    @MagAanbiedersBeheren
    String wijzigAanbieder(
            @PathVariable UUID id,
            @Valid @ModelAttribute("formulier") AanbiederFormulier formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Aanbieder a = beheer.aanbieder(id);
        return opslaan(
                binding,
                redirect,
                "aanbieder.opgeslagen",
                () -> "/beheer/aanbieders/"
                        + beheer.wijzigAanbieder(id, formulier.getVersie(), formulier.gegevens())
                                .id(),
                () -> aanbiederPagina(model, formulier, a));
    }

    @PostMapping("/beheer/aanbieders/{id}/gebruikers")
    @MagAanbiedersBeheren
    String koppel(
            @PathVariable UUID id,
            @RequestParam(name = "gebruikersnaam", required = false) String gebruikersnaam,
            @RequestParam(name = "ontkoppel", required = false) String ontkoppel,
            RedirectAttributes redirect) {
        try {
            if (ontkoppel != null) {
                beheer.ontkoppel(id, ontkoppel);
            } else {
                beheer.koppel(id, gebruikersnaam);
            }
            redirect.addFlashAttribute("melding", "aanbieder.gebruikersOpgeslagen");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("koppelfout", e.violations().getFirst().message());
        }
        return "redirect:/beheer/aanbieders/" + id;
    }

    /** Checks the provider against DUO's list of institutions again; DUO unreachable is said, nothing lost. */
    @PostMapping("/beheer/aanbieders/{id}/duo-controle")
    @MagAanbiedersBeheren
    String controleerBijDuo(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "melding", beheer.controleerBijDuo(id) ? "aanbieder.duo.gecontroleerd" : "aanbieder.duo.onbereikbaar");
        return "redirect:/beheer/aanbieders/" + id;
    }

    @GetMapping("/beheer/contracten/nieuw")
    @MagAanbiedersBeheren
    String nieuwContract(@RequestParam(name = "aanbieder", required = false) UUID aanbieder, Model model) {
        ContractFormulier formulier = new ContractFormulier();
        formulier.setAanbiederId(aanbieder);
        return contractPagina(model, formulier, null);
    }

    @PostMapping("/beheer/contracten/nieuw")
    @MagAanbiedersBeheren
    String maakContract(
            @Valid @ModelAttribute("formulier") ContractFormulier formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return opslaan(
                binding,
                redirect,
                "contract.opgeslagen",
                () -> "/beheer/contracten/"
                        + beheer.maakContract(formulier.gegevens()).id(),
                () -> contractPagina(model, formulier, null));
    }

    @GetMapping("/beheer/contracten/{id}")
    @MagAanbiedersInzien
    String contract(@PathVariable UUID id, Model model) {
        Contract c = beheer.contract(id);
        return contractPagina(model, ContractFormulier.van(c), c);
    }

    @PostMapping("/beheer/contracten/{id}")
    @MagAanbiedersBeheren
    String wijzigContract(
            @PathVariable UUID id,
            @Valid @ModelAttribute("formulier") ContractFormulier formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Contract c = beheer.contract(id);
        return opslaan(
                binding,
                redirect,
                "contract.opgeslagen",
                () -> "/beheer/contracten/"
                        + beheer.wijzigContract(id, formulier.getVersie(), formulier.gegevens())
                                .id(),
                () -> contractPagina(model, formulier, c));
    }

    /**
     * Saves a form once it is valid (a new one or a change: {@code actie} answers the saved page's path): the domain's
     * refusals go next to their fields, a lost update to the form's summary, and the form is shown again.
     */
    private static String opslaan(
            BindingResult binding,
            RedirectAttributes redirect,
            String melding,
            Supplier<String> actie,
            Supplier<String> formulierPagina) {
        if (binding.hasErrors()) {
            return formulierPagina.get();
        }
        try {
            String pad = actie.get();
            redirect.addFlashAttribute("melding", melding);
            return "redirect:" + pad;
        } catch (InvalidInputException e) {
            Formulierfouten.toon(e, binding);
        } catch (ConflictException e) {
            binding.rejectValue(e.veld(), e.getMessage(), e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            binding.reject("api.probleem.gelijktijdig.detail");
        }
        return formulierPagina.get();
    }

    private String aanbiederPagina(Model model, AanbiederFormulier formulier, Aanbieder aanbieder) {
        model.addAttribute("formulier", formulier);
        model.addAttribute("aanbiederId", aanbieder == null ? null : aanbieder.id());
        if (aanbieder != null) {
            beheer.overzicht().stream()
                    .filter(o -> o.id().equals(aanbieder.id()))
                    .findFirst()
                    .ifPresent(o -> model.addAttribute("details", o));
            model.addAttribute("accounts", beheer.aanbiederAccounts());
            model.addAttribute(
                    "duoControle", Aanbiedersbeheer.controle(aanbieder).orElse(null));
        }
        return "aanbieders/aanbieder";
    }

    private String contractPagina(Model model, ContractFormulier formulier, Contract contract) {
        model.addAttribute("formulier", formulier);
        model.addAttribute("contractId", contract == null ? null : contract.id());
        model.addAttribute("capaciteit", contract == null ? null : beheer.capaciteit(contract.id()));
        model.addAttribute("aanbieders", beheer.keuzes());
        model.addAttribute("gemeenten", beheer.gemeenten());
        model.addAttribute("onderdelen", Arrays.asList(Contractonderdeel.values()));
        model.addAttribute("prijsmodellen", Arrays.asList(Prijsmodel.values()));
        return "aanbieders/contract";
    }

    private static String leeg(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
