package nl.inburgeringsregie.gebruikers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * What other modules ask about users: who is signed in, who the consultants of a gemeente are.
 */
@Service
public class Gebruikers implements UserDetailsService {

    private final GebruikerRepository repository;

    Gebruikers(GebruikerRepository repository) {
        this.repository = repository;
    }

    /** The signed-in user; fails when there is none (every request but login is authenticated). */
    public HuidigeGebruiker huidige() {
        return huidigeIndienAanwezig().orElseThrow(() -> new IllegalStateException("No authenticated user"));
    }

    public Optional<HuidigeGebruiker> huidigeIndienAanwezig() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return gebruikerVan(authentication.getPrincipal()).map(Gebruikers::alsHuidigeGebruiker);
    }

    /**
     * The account behind a signed-in principal: a local account (form login, HTTP Basic, DUO's certificate, an API
     * bearer token) or a member of staff signed in through the identity provider (h6, issue 14 point 11).
     */
    static Optional<Gebruiker> gebruikerVan(Object principal) {
        if (principal instanceof GebruikerAccount account) {
            return Optional.of(account.gebruiker());
        }
        if (principal instanceof IdpGebruiker idp) {
            return Optional.of(idp.gebruiker());
        }
        return Optional.empty();
    }

    private static HuidigeGebruiker alsHuidigeGebruiker(Gebruiker gebruiker) {
        return new GebruikerAccount(gebruiker, null).alsHuidigeGebruiker();
    }

    /** The consultants (role CONSULENT or TEAMLEIDER) who may hold dossiers of the gemeente. */
    public List<Gebruiker> consulenten(String gemeentecode) {
        var consulenten = new ArrayList<>(repository.metRolInGemeente(Rol.CONSULENT, gemeentecode));
        repository.metRolInGemeente(Rol.TEAMLEIDER, gemeentecode).stream()
                .filter(g ->
                        consulenten.stream().noneMatch(c -> c.gebruikersnaam().equals(g.gebruikersnaam())))
                .forEach(consulenten::add);
        return consulenten;
    }

    public Optional<Gebruiker> vind(String gebruikersnaam) {
        return repository.vind(gebruikersnaam).map(GebruikerAccount::gebruiker);
    }

    /**
     * Users of any of the given gemeenten whose name or username contains {@code deel}, accents and case ignored
     * (zoekvorm, V25_1), by name; for the privacy officer's audit search (issue 21 point 7).
     */
    public List<Gebruiker> zoek(String deel, List<String> gemeenten) {
        return deel == null || deel.isBlank() ? List.of() : repository.zoek(deel.trim(), gemeenten);
    }

    public List<Gebruiker> alle() {
        return repository.alle();
    }

    public List<Gemeente> gemeenten() {
        return repository.gemeenten();
    }

    /** The name of a gemeente, or its code when it is unknown. */
    public String gemeenteNaam(String code) {
        return repository.gemeente(code).map(Gemeente::naam).orElse(code);
    }

    @Override
    public GebruikerAccount loadUserByUsername(String username) {
        return repository.vind(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
