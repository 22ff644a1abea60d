package nl.inburgeringsregie.pip;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Examenonderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.PipStatus;
import nl.inburgeringsregie.pip.PipKeuzes.Wijzigingsreden;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The route the person's current vastgesteld PIP sets (the highest version vastgesteld): leerroute, level and the exam
 * parts lowered to A2 (T-7), for the route status of issue 16. One indexed query; called inside the caller's transaction
 * and access decision (a deadline source, a service that checked the right), so it checks no rights itself. Also every
 * version that got a dagtekening, for the route's timeline (ADR 0042).
 */
@Service
public class VastgesteldPip {

    /** {@code afgeschaald}: the language exam parts this PIP lowered to A2 (empty: none, or all by {@code niveau} A2). */
    public record Route(
            UUID pipId,
            int versienummer,
            LocalDate dagtekening,
            Leerroute leerroute,
            Niveau niveau,
            List<Examenonderdeel> afgeschaald) {}

    /**
     * A version of the PIP that was vastgesteld: its dagtekening, route and level, the reason of a new version (null for
     * the first) and its status now (VASTGESTELD, VERVANGEN or INGETROKKEN). The free-text explanation is left out.
     */
    public record Versie(
            int versienummer,
            LocalDate dagtekening,
            Leerroute leerroute,
            Niveau niveau,
            Wijzigingsreden wijzigingsreden,
            PipStatus status) {}

    private final JdbcClient jdbc;

    VastgesteldPip(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Route> van(UUID inburgeraarId) {
        return jdbc.sql("""
                        select id, versienummer, dagtekening_pip, leerroute, niveau, afschalen_onderdelen from pip
                        where inburgeraar_id = ? and status = 'VASTGESTELD' and leerroute is not null
                        order by versienummer desc limit 1""")
                .param(inburgeraarId)
                .query((rs, i) -> {
                    String niveau = rs.getString("niveau");
                    String afgeschaald = rs.getString("afschalen_onderdelen");
                    return new Route(
                            rs.getObject("id", UUID.class),
                            rs.getInt("versienummer"),
                            rs.getObject("dagtekening_pip", LocalDate.class),
                            Leerroute.valueOf(rs.getString("leerroute")),
                            niveau == null ? null : Niveau.valueOf(niveau),
                            afgeschaald == null || afgeschaald.isBlank()
                                    ? List.of()
                                    : Arrays.stream(afgeschaald.split(","))
                                            .map(Examenonderdeel::valueOf)
                                            .toList());
                })
                .optional();
    }

    /** Every version with a dagtekening, oldest first (one query on the index {@code pip_dossier_idx}). */
    @Transactional(readOnly = true)
    public List<Versie> versies(UUID inburgeraarId) {
        return jdbc.sql("""
                        select versienummer, dagtekening_pip, leerroute, niveau, wijzigingsreden, status from pip
                        where inburgeraar_id = ? and dagtekening_pip is not null
                        order by versienummer""")
                .param(inburgeraarId)
                .query((rs, i) -> new Versie(
                        rs.getInt("versienummer"),
                        rs.getObject("dagtekening_pip", LocalDate.class),
                        waarde(Leerroute.class, rs.getString("leerroute")),
                        waarde(Niveau.class, rs.getString("niveau")),
                        waarde(Wijzigingsreden.class, rs.getString("wijzigingsreden")),
                        waarde(PipStatus.class, rs.getString("status"))))
                .list();
    }

    private static <E extends Enum<E>> E waarde(Class<E> type, String naam) {
        return naam == null || naam.isBlank() ? null : Enum.valueOf(type, naam);
    }
}
