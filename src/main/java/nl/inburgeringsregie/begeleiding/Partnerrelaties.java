package nl.inburgeringsregie.begeleiding;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.gebruikers.Relatie;
import nl.inburgeringsregie.gebruikers.RelatieBron;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The relationship PARTNER (ADR 0028, 0036): the user works for the partner organisation assigned to the person's
 * begeleiding (also after the handover, to read it). Asked only for users whose role reaches persons through it, so
 * staff pay no extra query; the database's policies {@code relatie_partner} (V38_1) follow the same rule.
 */
@Component
class Partnerrelaties implements RelatieBron {

    private final JdbcClient jdbc;

    Partnerrelaties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Relatie> relaties(HuidigeGebruiker gebruiker, UUID persoon) {
        if (gebruiker.rollen().stream().noneMatch(rol -> rol.bereiktVia(Relatie.PARTNER))) {
            return Set.of();
        }
        boolean toegewezen = jdbc.sql("""
                        select exists (select 1 from begeleiding b
                                       join partner_gebruiker g on g.partner_id = b.partner_id
                                       where b.inburgeraar_id = ? and g.gebruikersnaam = ?)""")
                .params(persoon, gebruiker.gebruikersnaam())
                .query(Boolean.class)
                .single();
        return toegewezen ? EnumSet.of(Relatie.PARTNER) : Set.of();
    }
}
