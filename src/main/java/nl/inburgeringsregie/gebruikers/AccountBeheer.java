package nl.inburgeringsregie.gebruikers;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 14 point 13 (h5): the functioneel beheerder manages the local accounts — only where local accounts are this
 * application's own: where local accounts sign in ({@link Aanmelding#lokaleAccounts()}: by default only without an
 * identity provider). With only an identity provider (OIDC) accounts, roles and gemeenten are the provider's; then this
 * refuses every change.
 *
 * <p>A new account and a reset get a one-time password, generated here and shown once to the beheerder, never stored
 * in clear nor written to the journal. Every change is journaled ({@link BeheerJournaal}) with old and new value. The
 * beheerder assigns only gemeenten they work for themselves, never the machine role DUO, and cannot lock themselves out
 * (deactivate themselves or drop their own beheer role).
 */
@Service
class AccountBeheer {

    static final int WACHTWOORD_LENGTE = 16;
    private static final String TEKENS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the form sends. */
    record Account(String gebruikersnaam, String naam, Set<String> rollen, Set<String> gemeenten, boolean actief) {}

    private final GebruikerRepository repository;
    private final Gebruikers gebruikers;
    private final PasswordEncoder wachtwoorden;
    private final BeheerJournaal journaal;
    private final MessageSourceAccessor berichten;
    private final boolean lokaal;

    AccountBeheer(
            GebruikerRepository repository,
            Gebruikers gebruikers,
            PasswordEncoder wachtwoorden,
            BeheerJournaal journaal,
            MessageSourceAccessor berichten,
            Aanmelding aanmelding) {
        this.repository = repository;
        this.gebruikers = gebruikers;
        this.wachtwoorden = wachtwoorden;
        this.journaal = journaal;
        this.berichten = berichten;
        this.lokaal = aanmelding.lokaleAccounts();
    }

    /** Whether accounts are managed here (embedded default) or by the identity provider. */
    boolean lokaal() {
        return lokaal;
    }

    /** The roles a beheerder may hand out: every person's role, never a machine's. */
    static List<Rol> toewijsbareRollen() {
        return EnumSet.allOf(Rol.class).stream().filter(r -> !r.machine()).toList();
    }

    /** Creates an account; returns its one-time password. */
    @Transactional
    @MagGebruikersBeheren
    String maak(Account account) {
        alleenLokaal();
        List<Violation> fouten = new ArrayList<>();
        String naam =
                account.gebruikersnaam() == null ? "" : account.gebruikersnaam().strip();
        if (!naam.matches("[a-z0-9][a-z0-9._-]{1,49}")) {
            fouten.add(fout("gebruikersnaam", "beheer.fout.gebruikersnaam"));
        } else if (repository.bestaat(naam)) {
            fouten.add(fout("gebruikersnaam", "beheer.fout.gebruikersnaamBestaat"));
        }
        Set<Rol> rollen = rollen(account.rollen(), fouten);
        Set<String> gemeenten = gemeenten(account.gemeenten(), Set.of(), fouten);
        String weergave = weergavenaam(account.naam(), fouten);
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        String wachtwoord = nieuwWachtwoord();
        Gebruiker nieuw = new Gebruiker(naam, weergave, EnumSet.copyOf(rollen), List.copyOf(gemeenten), true);
        repository.bewaar(nieuw, wachtwoorden.encode(wachtwoord));
        String door = gebruikers.huidige().gebruikersnaam();
        journaal.schrijf(door, onderwerp(naam), "aangemaakt", null, beschrijf(nieuw));
        return wachtwoord;
    }

    /** Changes name, roles, gemeenten and whether the account is active. */
    @Transactional
    @MagGebruikersBeheren
    void wijzig(String gebruikersnaam, Account account) {
        alleenLokaal();
        Gebruiker oud = bestaand(gebruikersnaam);
        String hash = repository
                .vind(gebruikersnaam)
                .map(GebruikerAccount::wachtwoordHash)
                .orElseThrow();
        HuidigeGebruiker ik = gebruikers.huidige();
        List<Violation> fouten = new ArrayList<>();
        String weergave = weergavenaam(account.naam(), fouten);
        Set<Rol> rollen = rollen(account.rollen(), fouten);
        // Gemeenten the beheerder does not work for stay as they were; those they do follow the form.
        Set<String> nietVanMij = new TreeSet<>(oud.gemeenten());
        nietVanMij.removeAll(ik.gemeenten());
        Set<String> gemeenten = gemeenten(account.gemeenten(), nietVanMij, fouten);
        if (oud.rollen().stream().anyMatch(Rol::machine)) {
            fouten.add(fout("rollen", "beheer.fout.machine"));
        }
        if (gebruikersnaam.equals(ik.gebruikersnaam())) {
            if (!account.actief()) {
                fouten.add(fout("actief", "beheer.fout.zelfUit"));
            }
            if (!rollen.contains(Rol.FUNCTIONEEL_BEHEERDER)) {
                fouten.add(fout("rollen", "beheer.fout.zelfRol"));
            }
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        Gebruiker nieuw = new Gebruiker(
                gebruikersnaam, weergave, EnumSet.copyOf(rollen), List.copyOf(gemeenten), account.actief());
        String onderwerp = onderwerp(gebruikersnaam);
        String door = ik.gebruikersnaam();
        boolean gewijzigd = false;
        if (!oud.naam().equals(nieuw.naam())) {
            journaal.schrijf(door, onderwerp, "naam", oud.naam(), nieuw.naam());
            gewijzigd = true;
        }
        if (!rollenTekst(oud.rollen()).equals(rollenTekst(nieuw.rollen()))) {
            journaal.schrijf(door, onderwerp, "rollen", rollenTekst(oud.rollen()), rollenTekst(nieuw.rollen()));
            gewijzigd = true;
        }
        if (!new TreeSet<>(oud.gemeenten()).equals(new TreeSet<>(nieuw.gemeenten()))) {
            journaal.schrijf(
                    door,
                    onderwerp,
                    "gemeenten",
                    String.join(",", new TreeSet<>(oud.gemeenten())),
                    String.join(",", new TreeSet<>(nieuw.gemeenten())));
            gewijzigd = true;
        }
        if (oud.actief() != nieuw.actief()) {
            journaal.schrijf(
                    door, onderwerp, "actief", Boolean.toString(oud.actief()), Boolean.toString(nieuw.actief()));
            gewijzigd = true;
        }
        if (gewijzigd) {
            repository.bewaar(nieuw, hash);
        }
    }

    /** Gives the account a new one-time password; returns it. */
    @Transactional
    @MagGebruikersBeheren
    String resetWachtwoord(String gebruikersnaam) {
        alleenLokaal();
        Gebruiker account = bestaand(gebruikersnaam);
        if (account.rollen().stream().anyMatch(Rol::machine)) {
            throw new InvalidInputException(List.of(fout("wachtwoord", "beheer.fout.machine")));
        }
        String wachtwoord = nieuwWachtwoord();
        repository.zetWachtwoord(gebruikersnaam, wachtwoorden.encode(wachtwoord));
        journaal.schrijf(
                gebruikers.huidige().gebruikersnaam(),
                onderwerp(gebruikersnaam),
                "wachtwoord",
                null,
                berichten.getMessage("beheer.journaal.wachtwoordOpnieuw"));
        return wachtwoord;
    }

    @MagGebruikersBeheren
    Gebruiker lees(String gebruikersnaam) {
        return bestaand(gebruikersnaam);
    }

    static String onderwerp(String gebruikersnaam) {
        return "account " + gebruikersnaam;
    }

    private void alleenLokaal() {
        if (!lokaal) {
            throw new NotFoundException(berichten.getMessage("beheer.idp"));
        }
    }

    private Gebruiker bestaand(String gebruikersnaam) {
        return repository
                .vind(gebruikersnaam)
                .map(GebruikerAccount::gebruiker)
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("beheer.fout.onbekend")));
    }

    private String weergavenaam(String naam, List<Violation> fouten) {
        String weergave = naam == null ? "" : naam.strip();
        if (weergave.isEmpty() || weergave.length() > 100) {
            fouten.add(fout("naam", "beheer.fout.naam"));
        }
        return weergave;
    }

    private Set<Rol> rollen(Set<String> namen, List<Violation> fouten) {
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        for (String naam : namen == null ? Set.<String>of() : namen) {
            Rol rol = toewijsbareRollen().stream()
                    .filter(r -> r.name().equals(naam))
                    .findFirst()
                    .orElse(null);
            if (rol == null) {
                fouten.add(fout("rollen", "beheer.fout.rol"));
                return EnumSet.noneOf(Rol.class);
            }
            rollen.add(rol);
        }
        if (rollen.isEmpty() && fouten.stream().noneMatch(f -> f.field().equals("rollen"))) {
            fouten.add(fout("rollen", "beheer.fout.geenRol"));
        }
        return rollen;
    }

    private Set<String> gemeenten(Set<String> gekozen, Set<String> behouden, List<Violation> fouten) {
        List<String> mijn = gebruikers.huidige().gemeenten();
        Set<String> gemeenten = new LinkedHashSet<>(behouden);
        for (String code : gekozen == null ? Set.<String>of() : gekozen) {
            if (!mijn.contains(code)) {
                fouten.add(fout("gemeenten", "beheer.fout.gemeente"));
                return gemeenten;
            }
            gemeenten.add(code);
        }
        if (gemeenten.isEmpty()) {
            fouten.add(fout("gemeenten", "beheer.fout.geenGemeente"));
        }
        return gemeenten;
    }

    private Violation fout(String veld, String sleutel) {
        return new Violation(veld, berichten.getMessage(sleutel), null);
    }

    private static String rollenTekst(Set<Rol> rollen) {
        return String.join(",", rollen.stream().map(Enum::name).sorted().toList());
    }

    private static String beschrijf(Gebruiker g) {
        return Objects.toString(g.naam()) + "; rollen " + rollenTekst(g.rollen()) + "; gemeenten "
                + String.join(",", new TreeSet<>(g.gemeenten())) + "; actief " + g.actief();
    }

    private static String nieuwWachtwoord() {
        StringBuilder wachtwoord = new StringBuilder();
        for (int i = 0; i < WACHTWOORD_LENGTE; i++) {
            wachtwoord.append(TEKENS.charAt(RANDOM.nextInt(TEKENS.length())));
        }
        return wachtwoord.toString();
    }
}
