package nl.inburgeringsregie.begeleiding;

import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.uren.UrenBron;
import nl.inburgeringsregie.uren.Urenpost;
import nl.inburgeringsregie.uren.Urensoort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The begeleider's participation time as the hours ledger's source (ADR 0036: maatschappelijke begeleiding
 * counts as the Z-route's participatieactiviteiten): the minutes of the contacts marked as participation, read from
 * {@code begeleidingscontact} itself (no copy), as one post of kind PARTICIPATIE per begeleiding. Not at a keurmerk
 * institution: the keurmerk is for language teaching.
 */
@Component
class BegeleidingUren implements UrenBron {

    private final JdbcClient jdbc;

    BegeleidingUren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Urenpost> uren(UUID inburgeraarId) {
        return jdbc.sql("""
                        select b.id, p.naam, sum(c.minuten) as minuten
                        from begeleiding b
                        join begeleidingscontact c on c.begeleiding = b.id and c.participatie
                        join partnerorganisatie p on p.id = b.partner_id
                        where b.inburgeraar_id = ?
                        group by b.id, p.naam""")
                .param(inburgeraarId)
                .query((rs, i) -> new Urenpost(
                        Urensoort.PARTICIPATIE,
                        "BEGELEIDING",
                        rs.getObject("id", UUID.class),
                        rs.getString("naam"),
                        Begeleidingen.uren(rs.getInt("minuten")).stripTrailingZeros(),
                        false))
                .list();
    }
}
