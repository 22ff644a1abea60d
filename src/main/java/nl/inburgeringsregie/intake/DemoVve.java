package nl.inburgeringsregie.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.intake.IntakeRegels.VveGrenzen;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's children and VVE (issue 17, ADR 0039): in the caseload of the demo consultant of Haarlem, a family with a
 * child of VVE age and one too old (past its 4th birthday) with nothing recorded yet, so the consultant's worklist
 * shows the signal; and a second family whose child is registered for voorschool with both I-2 acts recorded. Only in
 * the embedded default, as the demo accounts; made once.
 */
@Component
@ConditionalOnProperty(
        name = {"inburgeringsregie.embedded-database.active", "inburgeringsregie.demo.enabled"},
        havingValue = "true")
public class DemoVve {

    private static final Logger log = LoggerFactory.getLogger(DemoVve.class);

    private final JdbcClient jdbc;
    private final VveInstellingen instellingen;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoVve(JdbcClient jdbc, VveInstellingen instellingen, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.instellingen = instellingen;
        this.events = events;
        this.clock = clock;
    }

    /** Records the demo's referral and acts when Haarlem has none yet. */
    @Transactional
    public void zorgVoorDemoVve() {
        if (jdbc.sql("select count(*) from vve_verwijzing where gemeentecode = '0392'")
                        .query(Integer.class)
                        .single()
                > 0) {
            return;
        }
        maak();
    }

    /** What {@link #maak} recorded: the families left with the signal, the children registered. */
    record Gemaakt(List<UUID> metSignaal, List<UUID> aangemeld) {}

    /** Picks the families and records the referral and acts (the test calls it on its own caseload). */
    @Transactional
    Gemaakt maak() {
        LocalDate vandaag = LocalDate.now(clock);
        VveGrenzen g = instellingen.grenzen("0392");
        // A child of VVE age today: born between tot and vanaf months ago.
        LocalDate vveJongste = vandaag.minusMonths(g.voorschoolVanafMaanden());
        LocalDate vveOudste = vandaag.minusMonths(g.totMaanden()).plusDays(1);
        LocalDate teOud = vandaag.minusMonths(g.totMaanden());
        List<UUID> gezinnen = jdbc.sql("""
                        select i.id from inburgeraar i
                        where i.gemeentecode = '0392' and i.consulent = 'consulent'
                          and exists (select 1 from kind k where k.inburgeraar = i.id
                                      and k.geboortedatum between ? and ?)
                          and exists (select 1 from kind k where k.inburgeraar = i.id and k.geboortedatum <= ?)
                          and not exists (select 1 from vve_verwijzing v where v.inburgeraar_id = i.id)
                          and not exists (select 1 from vve_handeling h where h.inburgeraar_id = i.id)
                        order by i.id limit 1""")
                .params(vveOudste, vveJongste, teOud)
                .query(UUID.class)
                .list();
        record Kind(UUID id, String voornaam, LocalDate geboortedatum) {}
        List<Kind> aangemeld = jdbc.sql("""
                        select k.inburgeraar, k.voornaam, k.geboortedatum from kind k
                        join inburgeraar i on i.id = k.inburgeraar
                        where i.gemeentecode = '0392' and i.consulent = 'consulent'
                          and k.geboortedatum between ? and ? and k.inburgeraar <> all(?)
                          and not exists (select 1 from vve_verwijzing v where v.inburgeraar_id = k.inburgeraar)
                        order by k.inburgeraar, k.inburgeraar_key limit 1""")
                .params(vveOudste, vveJongste, gezinnen.toArray(UUID[]::new))
                .query((rs, i) ->
                        new Kind(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
        Timestamp nu = Timestamp.from(clock.instant());
        for (Kind k : aangemeld) {
            LocalDate datum = vandaag.minusWeeks(2);
            jdbc.sql("""
                            insert into vve_verwijzing (inburgeraar_id, gemeentecode, kind_voornaam,
                                kind_geboortedatum, soort, status, datum, toelichting, vastgelegd_door, vastgelegd_op)
                            values (?, '0392', ?, ?, 'VOORSCHOOL', 'AANGEMELD', ?, null, 'consulent', ?)""")
                    .params(k.id(), k.voornaam(), k.geboortedatum(), datum, nu)
                    .update();
            for (Kinderen.Handeling h : Kinderen.Handeling.values()) {
                jdbc.sql("""
                                insert into vve_handeling (inburgeraar_id, gemeentecode, handeling, gedaan_op,
                                    vastgelegd_door, vastgelegd_op)
                                values (?, '0392', ?, ?, 'consulent', ?) on conflict do nothing""").params(k.id(), h.name(), datum, nu).update();
            }
        }
        List<UUID> ids = new ArrayList<>(gezinnen);
        aangemeld.forEach(k -> ids.add(k.id()));
        events.publishEvent(new TermijnfeitenGewijzigd(ids));
        log.info("Demo VVE: {} family with a signal, {} child registered", gezinnen.size(), aangemeld.size());
        return new Gemaakt(gezinnen, aangemeld.stream().map(Kind::id).toList());
    }
}
