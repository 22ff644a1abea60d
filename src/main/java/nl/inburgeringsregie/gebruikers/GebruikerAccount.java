package nl.inburgeringsregie.gebruikers;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a local account: rights become authorities. */
record GebruikerAccount(Gebruiker gebruiker, String wachtwoordHash) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return gebruiker.rollen().stream()
                .flatMap(rol -> Stream.concat(Stream.of("ROLE_" + rol.name()),
                        rol.rechten().stream().map(Recht::authority)))
                .distinct()
                .map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public String getPassword() {
        return wachtwoordHash;
    }

    @Override
    public String getUsername() {
        return gebruiker.gebruikersnaam();
    }

    @Override
    public boolean isEnabled() {
        return gebruiker.actief();
    }

    HuidigeGebruiker alsHuidigeGebruiker() {
        return new HuidigeGebruiker(gebruiker.gebruikersnaam(), gebruiker.naam(), Set.copyOf(gebruiker.rollen()),
                List.copyOf(gebruiker.gemeenten()));
    }
}
