package nl.inburgeringsregie.inburgeraar;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Relatie;
import nl.inburgeringsregie.gebruikers.RelatieBron;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The relationships the dossier itself records (ADR 0028): the user works for the person's gemeente, is the assigned
 * consultant, or leads the team (today: of the gemeente) that holds the dossier. One query of the dossier's gemeente
 * and consultant, under row-level security like every other.
 */
@Component
class Dossierrelaties implements RelatieBron {

    /** The statement that finds the dossier's relationships (the dossier page and every dossier action ask it). */
    static final String VAN = "select gemeentecode, consulent from inburgeraar where id = ?";

    private final JdbcClient jdbc;

    Dossierrelaties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Rij(String gemeentecode, String consulent) {}

    @Override
    public Set<Relatie> relaties(HuidigeGebruiker gebruiker, UUID persoon) {
        return jdbc.sql(VAN)
                .param(persoon)
                .query((rs, i) -> new Rij(rs.getString("gemeentecode"), rs.getString("consulent")))
                .optional()
                .map(rij -> relaties(gebruiker, rij))
                .orElseGet(Set::of);
    }

    @Override
    public Map<UUID, Set<Relatie>> relaties(HuidigeGebruiker gebruiker, Collection<UUID> personen) {
        Map<UUID, Set<Relatie>> perPersoon = new HashMap<>();
        jdbc.sql("select id, gemeentecode, consulent from inburgeraar where id = any (?)")
                .param(personen.toArray(UUID[]::new))
                .query((rs, i) -> Map.entry(
                        rs.getObject("id", UUID.class),
                        relaties(gebruiker, new Rij(rs.getString("gemeentecode"), rs.getString("consulent")))))
                .list()
                .forEach(e -> perPersoon.put(e.getKey(), e.getValue()));
        return perPersoon;
    }

    private static Set<Relatie> relaties(HuidigeGebruiker gebruiker, Rij rij) {
        Set<Relatie> relaties = EnumSet.noneOf(Relatie.class);
        if (gebruiker.werktVoor(rij.gemeentecode())) {
            relaties.add(Relatie.GEMEENTE);
            if (gebruiker.mag(Recht.TEAM_OVERZIEN)) {
                relaties.add(Relatie.TEAM);
            }
        }
        if (gebruiker.gebruikersnaam().equals(rij.consulent())) {
            relaties.add(Relatie.CONSULENT);
        }
        return relaties;
    }
}
