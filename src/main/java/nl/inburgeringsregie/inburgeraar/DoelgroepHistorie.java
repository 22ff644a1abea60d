package nl.inburgeringsregie.inburgeraar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The doelgroep of a dossier over time (PL-6, T-15), in {@code doelgroep_historie}: a row at registration, on every
 * change by a consultant (valid from that day) and for every period DUO reports (its doelgroep and doelgroep history,
 * SS124 and SS125). Rows are only added; {@link #tijdlijn} makes the timeline the deadlines are computed under.
 */
@Component
public class DoelgroepHistorie {

    /** Where a row came from. */
    public enum Bron {
        /** The dossier existed before the history was kept (migration V16_1): its doelgroep then. */
        MIGRATIE,
        /** The doelgroep given at registration. */
        REGISTRATIE,
        /** A consultant changed it (form or API), valid from that day. */
        CONSULENT,
        /** DUO's doelgroep or doelgroep history (PL-1: DUO decides). */
        DUO
    }

    /** A stored row: the period and when it was recorded. */
    record Rij(DoelgroepPeriode periode, Instant vastgelegdOp) {}

    private final JdbcClient jdbc;

    DoelgroepHistorie(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a row; a DUO period already recorded (same group, same start) is not added again. Returns whether added. */
    boolean voegToe(UUID inburgeraarId, String gemeentecode, DoelgroepPeriode periode, Instant nu) {
        return jdbc.sql("""
                insert into doelgroep_historie (inburgeraar_id, gemeentecode, doelgroep, gedetailleerde_doelgroep,
                                                geldig_vanaf, bron, vastgelegd_op)
                select :id, :gemeente, :doelgroep, :detail, :vanaf, :bron, :nu
                where :bron <> 'DUO' or not exists (select 1 from doelgroep_historie
                    where inburgeraar_id = :id and bron = 'DUO' and doelgroep = :doelgroep and geldig_vanaf = :vanaf)""")
                        .param("id", inburgeraarId)
                        .param("gemeente", gemeentecode)
                        .param("doelgroep", periode.doelgroep().name())
                        .param(
                                "detail",
                                periode.gedetailleerdeDoelgroep() == null
                                        ? null
                                        : periode.gedetailleerdeDoelgroep().name())
                        .param("vanaf", periode.geldigVanaf())
                        .param("bron", periode.bron().name())
                        .param("nu", Timestamp.from(nu))
                        .update()
                == 1;
    }

    /** The stored rows of these dossiers, per dossier, oldest first. */
    Map<UUID, List<Rij>> rijen(Collection<UUID> ids) {
        Map<UUID, List<Rij>> perDossier = new HashMap<>();
        if (ids.isEmpty()) {
            return perDossier;
        }
        jdbc.sql("""
                select inburgeraar_id, doelgroep, gedetailleerde_doelgroep, geldig_vanaf, bron, vastgelegd_op
                from doelgroep_historie where inburgeraar_id = any(?) order by inburgeraar_id, geldig_vanaf, id""").param(ids.toArray(UUID[]::new)).query(rs -> {
            String detail = rs.getString("gedetailleerde_doelgroep");
            perDossier
                    .computeIfAbsent(rs.getObject("inburgeraar_id", UUID.class), k -> new ArrayList<>())
                    .add(new Rij(
                            new DoelgroepPeriode(
                                    Doelgroep.valueOf(rs.getString("doelgroep")),
                                    detail == null ? null : GedetailleerdeDoelgroep.valueOf(detail),
                                    rs.getObject("geldig_vanaf", LocalDate.class),
                                    Bron.valueOf(rs.getString("bron"))),
                            rs.getTimestamp("vastgelegd_op").toInstant()));
        });
        return perDossier;
    }

    /**
     * The timeline the deadlines follow, oldest first, each period starting where the group changes (rows of the same
     * group in a row fold into the first). DUO decides (PL-1): its periods replace our own rows recorded before DUO's
     * last answer and dated within DUO's history; our rows from before DUO's first period, and a consultant's change
     * recorded after DUO's last answer, stay.
     */
    static List<DoelgroepPeriode> tijdlijn(List<Rij> rijen) {
        List<Rij> duo =
                rijen.stream().filter(r -> r.periode().bron() == Bron.DUO).toList();
        List<Rij> geldig = new ArrayList<>();
        if (duo.isEmpty()) {
            geldig.addAll(rijen);
        } else {
            LocalDate eersteDuo = duo.stream()
                    .map(r -> r.periode().geldigVanaf())
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            Instant laatsteAntwoord = duo.stream()
                    .map(Rij::vastgelegdOp)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            for (Rij rij : rijen) {
                boolean vanDuo = rij.periode().bron() == Bron.DUO;
                if (vanDuo
                        || rij.periode().geldigVanaf().isBefore(eersteDuo)
                        || rij.vastgelegdOp().isAfter(laatsteAntwoord)) {
                    geldig.add(rij);
                }
            }
        }
        geldig.sort(Comparator.comparing((Rij r) -> r.periode().geldigVanaf()));
        List<DoelgroepPeriode> tijdlijn = new ArrayList<>();
        for (Rij rij : geldig) {
            DoelgroepPeriode periode = rij.periode();
            if (!tijdlijn.isEmpty() && tijdlijn.getLast().geldigVanaf().equals(periode.geldigVanaf())) {
                tijdlijn.removeLast(); // the later row of the same day holds
            }
            if (tijdlijn.isEmpty() || tijdlijn.getLast().doelgroep() != periode.doelgroep()) {
                tijdlijn.add(periode);
            }
        }
        return tijdlijn;
    }
}
