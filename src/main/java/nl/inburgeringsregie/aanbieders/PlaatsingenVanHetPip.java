package nl.inburgeringsregie.aanbieders;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.pip.AfspraakPlaatsingen;
import nl.inburgeringsregie.pip.PipKeuzes.Onderdeel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The placements behind the PIP's agreements (issue 15, "the PIP agreement names the placement", ADR 0031): per
 * onderdeel of the PIP (a route contract serves the agreement on the LEERROUTE, a module its own onderdeel; the brugklas
 * none) the person's running placement, else the last one that ended, with its provider's name and status. Read in SQL
 * under row-level security; no copy is kept, so the PIP page follows every step of the placement.
 */
@Component
class PlaatsingenVanHetPip implements AfspraakPlaatsingen {

    private final JdbcClient jdbc;

    PlaatsingenVanHetPip(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Onderdeel, AfspraakPlaatsing> van(UUID inburgeraarId) {
        record Rij(Contractonderdeel onderdeel, Plaatsing.Status status, String aanbieder) {}
        Map<Onderdeel, AfspraakPlaatsing> perOnderdeel = new EnumMap<>(Onderdeel.class);
        for (Rij r : jdbc.sql("""
                        select p.onderdeel, p.status, a.naam from plaatsing p join aanbieder a on a.id = p.aanbieder_id
                        where p.inburgeraar_id = ?
                        order by p.status in ('AFGEROND', 'AFGEBROKEN'), p.aanmelddatum desc, p.id""")
                .param(inburgeraarId)
                .query((rs, i) -> new Rij(
                        Contractonderdeel.valueOf(rs.getString("onderdeel")),
                        Plaatsing.Status.valueOf(rs.getString("status")),
                        rs.getString("naam")))
                .list()) {
            Onderdeel onderdeel = r.onderdeel().leerroute() != null
                    ? Onderdeel.LEERROUTE
                    : r.onderdeel().pipOnderdeel();
            if (onderdeel != null) {
                perOnderdeel.putIfAbsent(
                        onderdeel,
                        new AfspraakPlaatsing(
                                onderdeel,
                                r.aanbieder(),
                                r.status().name(),
                                r.status() == Plaatsing.Status.AFGEBROKEN));
            }
        }
        return perOnderdeel;
    }
}
