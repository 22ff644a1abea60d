package nl.inburgeringsregie.gebruikers;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issue 14 point 13 (h5): the "Beheer" section of the functioneel beheerder — local accounts (embedded default only;
 * with an identity provider the page says so) and each gemeente's settings, with the journal of every change.
 */
@Controller
class BeheerController {

    static final int JOURNAAL_REGELS = 50;

    /** The model name of the account form, and of its error codes ({@code typeMismatch.accountFormulier.actief}). */
    static final String ACCOUNT = "accountFormulier";

    private final AccountBeheer accounts;
    private final InstellingenBeheer instellingen;
    private final Gebruikers gebruikers;
    private final BeheerJournaal journaal;
    private final MessageSourceAccessor berichten;

    BeheerController(
            AccountBeheer accounts,
            InstellingenBeheer instellingen,
            Gebruikers gebruikers,
            BeheerJournaal journaal,
            MessageSourceAccessor berichten) {
        this.berichten = berichten;
        this.accounts = accounts;
        this.instellingen = instellingen;
        this.gebruikers = gebruikers;
        this.journaal = journaal;
    }

    @GetMapping("/beheer")
    @MagGebruikersBeherenOfInstellingenBeheren
    String overzicht(Model model) {
        HuidigeGebruiker ik = gebruikers.huidige();
        model.addAttribute("lokaal", accounts.lokaal());
        model.addAttribute("magAccounts", ik.mag(Recht.GEBRUIKERS_BEHEREN));
        model.addAttribute("magInstellingen", ik.mag(Recht.INSTELLINGEN_BEHEREN));
        model.addAttribute("gebruikers", gebruikers.alle());
        model.addAttribute(
                "gemeenten",
                gebruikers.gemeenten().stream()
                        .filter(g -> ik.werktVoor(g.code()))
                        .toList());
        model.addAttribute("journaal", journaal.recent(null, JOURNAAL_REGELS));
        return "beheer/overzicht";
    }

    @GetMapping("/beheer/gebruikers/nieuw")
    @MagGebruikersBeheren
    String nieuw(Model model) {
        return accountFormulier(model, null, new AccountBeheer.Account("", "", Set.of(), Set.of(), true), Map.of());
    }

    @PostMapping("/beheer/gebruikers")
    @MagGebruikersBeheren
    String maak(@Valid @ModelAttribute(ACCOUNT) AccountFormulier formulier, BindingResult binding, Model model) {
        AccountBeheer.Account account = formulier.account();
        if (binding.hasErrors()) {
            return accountFormulier(model, null, account, fouten(binding));
        }
        try {
            String wachtwoord = accounts.maak(account);
            return eenmaligWachtwoord(model, account.gebruikersnaam().strip(), wachtwoord, true);
        } catch (InvalidInputException e) {
            return accountFormulier(model, null, account, fouten(e));
        }
    }

    @GetMapping("/beheer/gebruikers/{gebruikersnaam}")
    @MagGebruikersBeheren
    String bewerk(@PathVariable String gebruikersnaam, Model model) {
        Gebruiker g = accounts.lees(gebruikersnaam);
        model.addAttribute("journaal", journaal.recent(AccountBeheer.onderwerp(gebruikersnaam), JOURNAAL_REGELS));
        return accountFormulier(
                model,
                g,
                new AccountBeheer.Account(
                        g.gebruikersnaam(),
                        g.naam(),
                        new LinkedHashSet<>(g.rollen().stream().map(Enum::name).toList()),
                        new LinkedHashSet<>(g.gemeenten()),
                        g.actief()),
                Map.of());
    }

    @PostMapping("/beheer/gebruikers/{gebruikersnaam}")
    @MagGebruikersBeheren
    String wijzig(
            @PathVariable String gebruikersnaam,
            @Valid @ModelAttribute(ACCOUNT) AccountFormulier formulier,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Gebruiker g = accounts.lees(gebruikersnaam);
        AccountBeheer.Account account = formulier.account();
        if (binding.hasErrors()) {
            model.addAttribute("journaal", journaal.recent(AccountBeheer.onderwerp(gebruikersnaam), JOURNAAL_REGELS));
            return accountFormulier(model, g, account, fouten(binding));
        }
        try {
            accounts.wijzig(gebruikersnaam, account);
            redirect.addFlashAttribute("melding", "beheer.gewijzigd");
            return "redirect:/beheer/gebruikers/" + gebruikersnaam;
        } catch (InvalidInputException e) {
            model.addAttribute("journaal", journaal.recent(AccountBeheer.onderwerp(gebruikersnaam), JOURNAAL_REGELS));
            return accountFormulier(model, g, account, fouten(e));
        }
    }

    @PostMapping("/beheer/gebruikers/{gebruikersnaam}/wachtwoord")
    @MagGebruikersBeheren
    String resetWachtwoord(@PathVariable String gebruikersnaam, Model model) {
        return eenmaligWachtwoord(model, gebruikersnaam, accounts.resetWachtwoord(gebruikersnaam), false);
    }

    @GetMapping("/beheer/gemeenten/{code}")
    @MagInstellingenBeheren
    String gemeente(@PathVariable String code, Model model) {
        return gemeenteFormulier(model, code, instellingen.van(code), Map.of(), Map.of());
    }

    @PostMapping("/beheer/gemeenten/{code}")
    @MagInstellingenBeheren
    String wijzigGemeente(
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        List<InstellingenBeheer.Regel> regels = instellingen.van(code);
        Map<String, String> nieuw = new LinkedHashMap<>();
        for (InstellingenBeheer.Regel regel : regels) {
            if (form.containsKey(regel.veld())) {
                nieuw.put(regel.veld(), form.getFirst(regel.veld()));
            }
        }
        try {
            instellingen.wijzig(code, nieuw);
            redirect.addFlashAttribute("melding", "beheer.gewijzigd");
            return "redirect:/beheer/gemeenten/" + code;
        } catch (InvalidInputException e) {
            return gemeenteFormulier(model, code, regels, nieuw, fouten(e));
        }
    }

    private String gemeenteFormulier(
            Model model,
            String code,
            List<InstellingenBeheer.Regel> regels,
            Map<String, String> ingevuld,
            Map<String, String> fouten) {
        model.addAttribute("gemeente", new Gemeente(code, gebruikers.gemeenteNaam(code)));
        model.addAttribute("regels", regels);
        model.addAttribute("ingevuld", ingevuld);
        model.addAttribute("fouten", fouten);
        model.addAttribute("journaal", journaal.recent(InstellingenBeheer.onderwerp(code), JOURNAAL_REGELS));
        return "beheer/gemeente";
    }

    private String accountFormulier(
            Model model, Gebruiker bestaand, AccountBeheer.Account account, Map<String, String> fouten) {
        HuidigeGebruiker ik = gebruikers.huidige();
        model.addAttribute("bestaand", bestaand);
        model.addAttribute("account", account);
        model.addAttribute("fouten", fouten);
        model.addAttribute("lokaal", accounts.lokaal());
        model.addAttribute("rollen", AccountBeheer.toewijsbareRollen());
        model.addAttribute(
                "gemeenten",
                gebruikers.gemeenten().stream()
                        .filter(g -> ik.werktVoor(g.code()))
                        .toList());
        return "beheer/account";
    }

    private static String eenmaligWachtwoord(Model model, String gebruikersnaam, String wachtwoord, boolean nieuw) {
        model.addAttribute("gebruikersnaam", gebruikersnaam);
        model.addAttribute("wachtwoord", wachtwoord);
        model.addAttribute("nieuw", nieuw);
        return "beheer/wachtwoord";
    }

    /** The fields that did not bind, each with its message in the user's language (the page's per-field errors). */
    private Map<String, String> fouten(BindingResult binding) {
        Map<String, String> fouten = new LinkedHashMap<>();
        binding.getFieldErrors()
                .forEach(f -> fouten.merge(f.getField(), berichten.getMessage(f), (a, b) -> a + " " + b));
        return fouten;
    }

    private static Map<String, String> fouten(InvalidInputException e) {
        Map<String, String> fouten = new LinkedHashMap<>();
        e.violations().forEach(v -> fouten.merge(v.field(), v.message(), (a, b) -> a + " " + b));
        return fouten;
    }
}
