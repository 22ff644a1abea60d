package nl.inburgeringsregie.pip;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Examenonderdeel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The route the person's current vastgesteld PIP sets (the highest version vastgesteld): leerroute, level and the exam
 * parts lowered to A2 (T-7), for the route status of issue 16. One indexed query; called inside the caller's transaction
 * and access decision (a deadline source, a service that checked the right), so it checks no rights itself.
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
}
