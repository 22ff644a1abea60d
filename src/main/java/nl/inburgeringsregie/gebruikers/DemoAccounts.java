package nl.inburgeringsregie.gebruikers;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo gemeenten and one account per role, all with password {@code demo}. Only in the embedded
 * default: the embedded database sets {@code inburgeringsregie.embedded-database.active}, an external
 * (production) database never does, so these accounts cannot exist there.
 */
@Component
@ConditionalOnProperty(
        name = {"inburgeringsregie.embedded-database.active", "inburgeringsregie.demo.enabled"},
        havingValue = "true")
public class DemoAccounts {

    public static final Gemeente HAARLEM = new Gemeente("0392", "Haarlem");
    public static final Gemeente VELSEN = new Gemeente("0453", "Velsen");
    public static final String WACHTWOORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final List<String> BEIDE = List.of(HAARLEM.code(), VELSEN.code());

    static final List<Gebruiker> ACCOUNTS = List.of(
            new Gebruiker("consulent", "Sanne de Vries", EnumSet.of(Rol.CONSULENT), List.of(HAARLEM.code()), true),
            new Gebruiker(
                    "consulent.velsen", "Youssef El Amrani", EnumSet.of(Rol.CONSULENT), List.of(VELSEN.code()), true),
            new Gebruiker("teamleider", "Marieke Bakker", EnumSet.of(Rol.TEAMLEIDER), BEIDE, true),
            new Gebruiker("budgetcoach", "Peter Jansen", EnumSet.of(Rol.BUDGETCOACH), BEIDE, true),
            // A partner organisation's begeleider, like a provider's user, works for no gemeente: it reaches persons
            // only
            // through the begeleidingen of its organisation (ADR 0036).
            new Gebruiker("begeleider", "Fatima Yilmaz", EnumSet.of(Rol.BEGELEIDER), List.of(), true),
            // A provider's user works for no gemeente: it reaches persons only through placements (ADR 0031), so
            // row-level security gives it no row by gemeente either.
            new Gebruiker("aanbieder", "Taalschool Kennemerland", EnumSet.of(Rol.AANBIEDER), List.of(), true),
            new Gebruiker("beleid", "Joost van Dijk", EnumSet.of(Rol.BELEIDSMEDEWERKER), BEIDE, true),
            new Gebruiker("beheerder", "Ingrid Visser", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER), BEIDE, true),
            new Gebruiker("privacy", "Thomas Mulder", EnumSet.of(Rol.PRIVACY_OFFICER), BEIDE, true),
            new Gebruiker("duo", "DUO (koppeling)", EnumSet.of(Rol.DUO), BEIDE, true));

    private final GebruikerRepository repository;
    private final PasswordEncoder passwordEncoder;
    private String demoHash;

    DemoAccounts(GebruikerRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates the demo gemeenten and accounts when they are missing; returns the gemeenten. */
    @Transactional
    public List<Gemeente> zorgVoorDemoAccounts() {
        repository.bewaar(HAARLEM);
        repository.bewaar(VELSEN);
        for (Gebruiker account : ACCOUNTS) {
            if (!repository.bestaat(account.gebruikersnaam())) {
                repository.bewaar(account, demoHash());
                log.info("Demo account created: {}", account.gebruikersnaam());
            }
        }
        return List.of(HAARLEM, VELSEN);
    }

    /**
     * Extra consultants of one gemeente (the demo colleagues, and the many consultants of a national-scale
     * dataset), all with password {@code demo}. Returns their user names.
     */
    @Transactional
    public List<String> zorgVoorConsulenten(Gemeente gemeente, Map<String, String> namenPerGebruikersnaam) {
        return zorgVoorAccounts(gemeente, Rol.CONSULENT, namenPerGebruikersnaam);
    }

    /** The team lead of one gemeente of a national-scale dataset, with password {@code demo}, when missing. */
    @Transactional
    public void zorgVoorTeamleider(Gemeente gemeente, String gebruikersnaam, String naam) {
        zorgVoorAccounts(gemeente, Rol.TEAMLEIDER, Map.of(gebruikersnaam, naam));
    }

    /**
     * The users of the national dataset's providers (issue 15), one per organisation, with password {@code demo}, when
     * missing. Like the demo account {@code aanbieder} they work for no gemeente: they reach persons only through
     * placements (ADR 0031).
     */
    @Transactional
    public void zorgVoorAanbieders(Map<String, String> namenPerGebruikersnaam) {
        zorgVoorZonderGemeente(Rol.AANBIEDER, namenPerGebruikersnaam);
    }

    /**
     * The budgetcoach of one gemeente of a national-scale dataset (issue 17), with password {@code demo}, when missing.
     */
    @Transactional
    public void zorgVoorBudgetcoach(Gemeente gemeente, String gebruikersnaam, String naam) {
        zorgVoorAccounts(gemeente, Rol.BUDGETCOACH, Map.of(gebruikersnaam, naam));
    }

    /**
     * The begeleiders of the national dataset's partner organisations (issue 17), with password {@code demo}, when
     * missing. Like the demo account {@code begeleider} they work for no gemeente: they reach persons only through the
     * begeleidingen of their organisation (ADR 0036).
     */
    @Transactional
    public void zorgVoorBegeleiders(Map<String, String> namenPerGebruikersnaam) {
        zorgVoorZonderGemeente(Rol.BEGELEIDER, namenPerGebruikersnaam);
    }

    private void zorgVoorZonderGemeente(Rol rol, Map<String, String> namenPerGebruikersnaam) {
        for (var account : namenPerGebruikersnaam.entrySet()) {
            if (!repository.bestaat(account.getKey())) {
                repository.bewaar(
                        new Gebruiker(account.getKey(), account.getValue(), EnumSet.of(rol), List.of(), true),
                        demoHash());
            }
        }
    }

    /** The hash of the demo password, made once (bcrypt is slow on purpose; a national dataset has 1,300 accounts). */
    private synchronized String demoHash() {
        if (demoHash == null) {
            demoHash = passwordEncoder.encode(WACHTWOORD);
        }
        return demoHash;
    }

    private List<String> zorgVoorAccounts(Gemeente gemeente, Rol rol, Map<String, String> namenPerGebruikersnaam) {
        repository.bewaar(gemeente);
        for (var account : namenPerGebruikersnaam.entrySet()) {
            if (!repository.bestaat(account.getKey())) {
                repository.bewaar(
                        new Gebruiker(
                                account.getKey(), account.getValue(), EnumSet.of(rol), List.of(gemeente.code()), true),
                        demoHash());
            }
        }
        return List.copyOf(namenPerGebruikersnaam.keySet());
    }
}
