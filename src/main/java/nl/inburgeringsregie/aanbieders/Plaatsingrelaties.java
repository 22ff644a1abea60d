package nl.inburgeringsregie.aanbieders;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.gebruikers.Relatie;
import nl.inburgeringsregie.gebruikers.RelatieBron;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The relationship AANBIEDER (ADR 0028, 0031): the user works for a provider organisation that has a placement for the
 * person, in any state. Asked only for users whose role reaches persons through it, so staff pay no extra query; the
 * database's policy {@code relatie_aanbieder} (V31_5) follows the same rule.
 */
@Component
class Plaatsingrelaties implements RelatieBron {

    private final JdbcClient jdbc;

    Plaatsingrelaties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Relatie> relaties(HuidigeGebruiker gebruiker, UUID persoon) {
        return relaties(gebruiker, List.of(persoon)).getOrDefault(persoon, Set.of());
    }

    @Override
    public Map<UUID, Set<Relatie>> relaties(HuidigeGebruiker gebruiker, Collection<UUID> personen) {
        if (gebruiker.rollen().stream().noneMatch(rol -> rol.bereiktVia(Relatie.AANBIEDER))) {
            return Map.of();
        }
        Map<UUID, Set<Relatie>> perPersoon = new HashMap<>();
        jdbc.sql("""
                        select distinct p.inburgeraar_id from plaatsing p
                        join aanbieder_gebruiker g on g.aanbieder_id = p.aanbieder_id
                        where p.inburgeraar_id = any (?) and g.gebruikersnaam = ?""")
                .params(personen.toArray(UUID[]::new), gebruiker.gebruikersnaam())
                .query(UUID.class)
                .list()
                .forEach(persoon -> perPersoon.put(persoon, EnumSet.of(Relatie.AANBIEDER)));
        return perPersoon;
    }
}
