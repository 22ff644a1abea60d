package nl.inburgeringsregie.aanbieders;

import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.uren.UrenBron;
import nl.inburgeringsregie.uren.Urenpost;
import nl.inburgeringsregie.uren.Urensoort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The provider's attendance as the hours ledger's source (ADR 0031): the hours present, per placement, read from
 * {@code presentie} itself (no copy). The onderdeel gives the kind: the teaching of a route (B1, onderwijsroute,
 * Z-route) is NT2, a KNM module is KNM, a PVT or MAP module its own kind (issue 16: ); the brugklas is no kind
 * of the ledger. An hour counts as at a
 * keurmerk institution when the provider held Blik op Werk or TST on its day (a week: its Monday).
 */
@Component
class Plaatsingsuren implements UrenBron {

    private final JdbcClient jdbc;

    Plaatsingsuren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Urenpost> uren(UUID inburgeraarId) {
        return jdbc.sql("""
                        select pl.id, pl.onderdeel, a.naam,
                               coalesce(pr.datum <= a.bow_geldig_tot, false)
                                   or coalesce(pr.datum <= a.tst_geldig_tot, false) as keurmerk,
                               sum(pr.uren_aanwezig) as uren
                        from presentie pr
                        join plaatsing pl on pl.id = pr.plaatsing_id
                        join aanbieder a on a.id = pl.aanbieder_id
                        where pr.inburgeraar_id = ? and pl.onderdeel in ('B1_ROUTE', 'ONDERWIJSROUTE', 'Z_ROUTE', 'KNM', 'PVT', 'MAP')
                        group by pl.id, pl.onderdeel, a.naam, 4
                        order by a.naam, pl.id, 4 desc""")
                .param(inburgeraarId)
                .query((rs, i) -> new Urenpost(
                        soort(rs.getString("onderdeel")),
                        "PLAATSING",
                        rs.getObject("id", UUID.class),
                        rs.getString("naam"),
                        rs.getBigDecimal("uren").stripTrailingZeros(),
                        rs.getBoolean("keurmerk")))
                .list();
    }

    private static Urensoort soort(String onderdeel) {
        return switch (onderdeel) {
            case "KNM" -> Urensoort.KNM;
            case "PVT" -> Urensoort.PVT;
            case "MAP" -> Urensoort.MAP;
            default -> Urensoort.NT2;
        };
    }
}
