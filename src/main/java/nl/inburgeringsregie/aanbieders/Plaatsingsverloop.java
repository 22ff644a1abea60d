package nl.inburgeringsregie.aanbieders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's placements as they went, for the route's timeline (issue 16, ADR 0042): per placement the provider, the
 * onderdeel, the status and its dates (registration, expected start, start, end or abort), and from the attendance the
 * hours present so far and the last day (a week: its Monday) with hours present; not every lesson, not the reason of an
 * abort (free text, on the placement's own page). One query on the dossier's indexes of {@code plaatsing} and
 * {@code presentie}. Called inside the caller's transaction and access decision, so it checks no rights itself.
 */
@Service
public class Plaatsingsverloop {

    /**
     * One placement: {@code onderdeel} its Dutch name, {@code status} AANGEMELD, WACHTLIJST, GEPLAATST, GESTART,
     * AFGEROND or AFGEBROKEN; {@code urenAanwezig} zero and {@code laatstAanwezig} null without attendance.
     */
    public record Verloop(
            UUID plaatsingId,
            String aanbieder,
            String onderdeel,
            String status,
            LocalDate aanmelddatum,
            LocalDate verwachteStart,
            LocalDate startdatum,
            LocalDate einddatum,
            BigDecimal urenAanwezig,
            LocalDate laatstAanwezig) {}

    /** The placements and their attendance aggregated, by the dossier's indexes (planned in a test). */
    static final String VAN = """
                        select pl.id, a.naam, pl.onderdeel, pl.status, pl.aanmelddatum, pl.verwachte_start,
                               pl.startdatum, pl.einddatum, coalesce(pr.uren, 0) as uren, pr.laatst
                        from plaatsing pl
                        join aanbieder a on a.id = pl.aanbieder_id
                        left join (select plaatsing_id, sum(uren_aanwezig) as uren,
                                          max(datum) filter (where uren_aanwezig > 0) as laatst
                                   from presentie where inburgeraar_id = :id
                                   group by plaatsing_id) pr on pr.plaatsing_id = pl.id
                        where pl.inburgeraar_id = :id
                        order by pl.aanmelddatum, pl.id""";

    private final JdbcClient jdbc;
    private final MessageSourceAccessor berichten;

    Plaatsingsverloop(JdbcClient jdbc, MessageSourceAccessor berichten) {
        this.jdbc = jdbc;
        this.berichten = berichten;
    }

    @Transactional(readOnly = true)
    public List<Verloop> van(UUID inburgeraarId) {
        return jdbc.sql(VAN)
                .param("id", inburgeraarId)
                .query((rs, i) -> new Verloop(
                        rs.getObject("id", UUID.class),
                        rs.getString("naam"),
                        berichten.getMessage("enum.Contractonderdeel." + rs.getString("onderdeel")),
                        rs.getString("status"),
                        rs.getObject("aanmelddatum", LocalDate.class),
                        rs.getObject("verwachte_start", LocalDate.class),
                        rs.getObject("startdatum", LocalDate.class),
                        rs.getObject("einddatum", LocalDate.class),
                        rs.getBigDecimal("uren").stripTrailingZeros(),
                        rs.getObject("laatst", LocalDate.class)))
                .list();
    }
}
