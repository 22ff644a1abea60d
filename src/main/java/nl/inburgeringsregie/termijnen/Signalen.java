package nl.inburgeringsregie.termijnen;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signals to consultants: a deadline of their dossier became "binnenkort" or "verlopen". Recorded by the daily
 * job, once per deadline and status (a unique key makes a second run add nothing); shown until the consultant
 * marks them seen, once.
 */
@Component
class Signalen {

    public record Signaal(
            UUID id,
            UUID inburgeraarId,
            String naam,
            TermijnSoort soort,
            TermijnStatus status,
            LocalDate uiterlijkeDatum,
            Instant aangemaaktOp,
            String gemeentecode) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog auditLog;
    private final DossierfeitenLezer dossiers;
    private final TermijnSoorten soorten;

    Signalen(JdbcClient jdbc, Clock clock, AuditLog auditLog, DossierfeitenLezer dossiers, TermijnSoorten soorten) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.auditLog = auditLog;
        this.dossiers = dossiers;
        this.soorten = soorten;
    }

    /** Records the new signals of this day from the read model; returns how many are new. */
    @Transactional
    public int registreer(LocalDate vandaag) {
        return jdbc.sql("""
                insert into signaal (inburgeraar_id, gemeentecode, consulent, soort, status, uiterlijke_datum, aangemaakt_op)
                select inburgeraar_id, gemeentecode, consulent, soort,
                       case when uiterlijke_datum < :vandaag then 'VERLOPEN' else 'BINNENKORT' end,
                       uiterlijke_datum, :nu
                from termijn
                where afsluiting is null and uiterlijke_datum is not null and consulent is not null
                  and ((uiterlijke_datum < :vandaag and not venster)
                       or (uiterlijke_datum >= :vandaag and binnenkort_vanaf <= :vandaag))
                  and %s
                on conflict on constraint signaal_eenmaal do nothing""".formatted(Werkvoorraad.LOOPT))
                .param("vandaag", vandaag)
                .param("nu", Timestamp.from(Instant.now(clock)))
                .update();
    }

    /**
     * The consultant's signals not yet seen, newest first, with the person's name from the dossier (the read model stores none). The list counts
     * as reading each person on it, audited in this transaction (issue 14 point 14).
     */
    @Transactional
    public List<Signaal> open(String consulent, List<String> gemeenten) {
        List<Signaal> lijst = jdbc.sql("""
                select s.id, s.inburgeraar_id, s.soort, s.status, s.uiterlijke_datum, s.aangemaakt_op, s.gemeentecode
                from signaal s
                where s.consulent = ? and s.gezien_op is null and s.gemeentecode = any(?)
                order by s.aangemaakt_op desc, s.uiterlijke_datum limit 500""")
                .params(consulent, gemeenten.toArray(String[]::new))
                .query((rs, i) -> new Signaal(
                        rs.getObject("id", UUID.class),
                        rs.getObject("inburgeraar_id", UUID.class),
                        null,
                        soorten.bekend(rs.getString("soort")),
                        TermijnStatus.valueOf(rs.getString("status")),
                        rs.getObject("uiterlijke_datum", LocalDate.class),
                        rs.getTimestamp("aangemaakt_op").toInstant(),
                        rs.getString("gemeentecode")))
                .list();
        Map<UUID, String> namen =
                dossiers.namen(lijst.stream().map(Signaal::inburgeraarId).collect(Collectors.toSet()));
        lijst = lijst.stream()
                .map(s -> new Signaal(
                        s.id(),
                        s.inburgeraarId(),
                        namen.getOrDefault(s.inburgeraarId(), ""),
                        s.soort(),
                        s.status(),
                        s.uiterlijkeDatum(),
                        s.aangemaaktOp(),
                        s.gemeentecode()))
                .toList();
        auditLog.registreer(
                AuditActie.IN_ZOEKRESULTAAT,
                lijst.stream()
                        .map(s -> new AuditLog.Betrokkene(s.inburgeraarId(), s.gemeentecode()))
                        .distinct()
                        .toList(),
                "signalen");
        return lijst;
    }

    @Transactional(readOnly = true)
    public int aantalOpen(String consulent, List<String> gemeenten) {
        return jdbc.sql(
                        "select count(*) from signaal where consulent = ? and gezien_op is null and gemeentecode = any(?)")
                .params(consulent, gemeenten.toArray(String[]::new))
                .query(Integer.class)
                .single();
    }

    /** Marks the consultant's own signal seen; false when there is no such unseen signal. */
    @Transactional
    public boolean gezien(UUID id, String consulent, List<String> gemeenten) {
        return jdbc.sql("""
                update signaal set gezien_op = ? where id = ? and consulent = ? and gezien_op is null
                  and gemeentecode = any(?)""")
                        .params(Timestamp.from(Instant.now(clock)), id, consulent, gemeenten.toArray(String[]::new))
                        .update()
                == 1;
    }
}
