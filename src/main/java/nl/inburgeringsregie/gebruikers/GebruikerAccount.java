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
        return autoriteiten(gebruiker);
    }

    /** A user's roles and rights as authorities; the same for a local account and one of the identity provider. */
    static List<GrantedAuthority> autoriteiten(Gebruiker gebruiker) {
        return gebruiker.rollen().stream()
                .flatMap(rol -> Stream.concat(
                        Stream.of("ROLE_" + rol.name()), rol.rechten().stream().map(Recht::authority)))
                .distinct()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
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
        return new HuidigeGebruiker(
                gebruiker.gebruikersnaam(),
                gebruiker.naam(),
                Set.copyOf(gebruiker.rollen()),
                List.copyOf(gebruiker.gemeenten()));
    }
}
