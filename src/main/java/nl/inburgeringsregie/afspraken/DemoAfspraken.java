package nl.inburgeringsregie.afspraken;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's appointments (issue 17, ADR 0038): for a few dossiers of the demo consultant ({@code consulent}) an
 * intake and voortgangsgesprekken on the coming working days, most needing an interpreter in the dossier's language,
 * some booked; and for persons assigned to the demo partner organisation begeleiding appointments planned by the demo
 * {@code begeleider}, one needing an unbooked interpreter. So both see a real "Tolk nog te boeken" list. Only in the
 * embedded default, as the demo accounts; made once (when no appointment exists).
 */
@Component
@ConditionalOnProperty(
        name = {"inburgeringsregie.embedded-database.active", "inburgeringsregie.demo.enabled"},
        havingValue = "true")
public class DemoAfspraken {

    private static final Logger log = LoggerFactory.getLogger(DemoAfspraken.class);

    private final JdbcClient jdbc;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    DemoAfspraken(JdbcClient jdbc, MessageSourceAccessor berichten, Clock clock) {
        this.jdbc = jdbc;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** Creates the demo appointments when there are none. */
    @Transactional
    public void zorgVoorDemoAfspraken() {
        if (jdbc.sql("select exists (select 1 from afspraak)")
                .query(Boolean.class)
                .single()) {
            return;
        }
        record Dossier(UUID id, String gemeentecode, String tolkTaal) {}
        List<Dossier> eigen = jdbc.sql("""
                        select id, gemeentecode, case when tolk_nodig then tolk_taal end as taal from inburgeraar
                        where consulent = 'consulent' and fase in ('AANMELDING', 'BREDE_INTAKE', 'PIP', 'INBURGERING')
                        order by tolk_nodig desc, id limit 6""")
                .query((rs, i) ->
                        new Dossier(rs.getObject("id", UUID.class), rs.getString("gemeentecode"), rs.getString("taal")))
                .list();
        Afspraak.Soort[] soorten = {
            Afspraak.Soort.INTAKEGESPREK, Afspraak.Soort.VOORTGANGSGESPREK, Afspraak.Soort.COA_OVERDRACHTSGESPREK
        };
        int aantal = 0;
        for (int i = 0; i < eigen.size(); i++) {
            Dossier d = eigen.get(i);
            String taal = d.tolkTaal() != null ? d.tolkTaal() : (i % 3 == 0 ? "ar" : null);
            // Every third one with an interpreter is already booked.
            boolean geboekt = taal != null && i % 3 == 2;
            voegToe(
                    d.id(),
                    d.gemeentecode(),
                    soorten[i % soorten.length],
                    werkdag(1 + i),
                    LocalTime.of(9 + i % 6, i % 2 == 0 ? 0 : 30),
                    berichten.getMessage("demo.afspraak.plaats"),
                    "consulent",
                    taal,
                    geboekt ? "Tolkenbureau Kennemerland" : null);
            aantal++;
        }
        List<Dossier> begeleid = jdbc.sql("""
                        select i.id, i.gemeentecode, case when i.tolk_nodig then i.tolk_taal end as taal
                        from inburgeraar i join begeleiding b on b.inburgeraar_id = i.id
                        join partner_gebruiker g on g.partner_id = b.partner_id and g.gebruikersnaam = 'begeleider'
                        where b.overdracht_datum is null
                        order by b.einddatum, i.id limit 3""")
                .query((rs, i) ->
                        new Dossier(rs.getObject("id", UUID.class), rs.getString("gemeentecode"), rs.getString("taal")))
                .list();
        for (int i = 0; i < begeleid.size(); i++) {
            Dossier d = begeleid.get(i);
            String taal = d.tolkTaal() != null ? d.tolkTaal() : (i == 0 ? "ti" : null);
            voegToe(
                    d.id(),
                    d.gemeentecode(),
                    Afspraak.Soort.BEGELEIDING,
                    werkdag(2 + i),
                    LocalTime.of(14, 0),
                    berichten.getMessage("demo.afspraak.plaatsBegeleiding"),
                    "begeleider",
                    taal,
                    taal != null && i == 2 ? "Tolkenbureau Kennemerland" : null);
            aantal++;
        }
        log.info("Demo appointments created: {}", aantal);
    }

    private void voegToe(
            UUID inburgeraarId,
            String gemeentecode,
            Afspraak.Soort soort,
            LocalDate datum,
            LocalTime tijd,
            String plaats,
            String door,
            String taal,
            String geboektBij) {
        Instant nu = clock.instant();
        jdbc.sql("""
                        insert into afspraak (id, inburgeraar_id, gemeentecode, soort, aanvang, plaats, gepland_door,
                                              gepland_op, tolk_nodig, tolk_taal, tolk_geboekt, tolk_bij,
                                              tolk_geboekt_door, tolk_geboekt_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        inburgeraarId,
                        gemeentecode,
                        soort.name(),
                        Timestamp.from(datum.atTime(tijd).atZone(Afspraken.ZONE).toInstant()),
                        plaats,
                        door,
                        Timestamp.from(nu),
                        taal != null,
                        taal,
                        geboektBij != null,
                        geboektBij,
                        geboektBij == null ? null : door,
                        geboektBij == null ? null : Timestamp.from(nu))
                .update();
    }

    /** The n-th working day from today (Monday to Friday). */
    private LocalDate werkdag(int n) {
        LocalDate dag = LocalDate.now(clock.withZone(Afspraken.ZONE));
        int over = n;
        while (over > 0) {
            dag = dag.plusDays(1);
            if (dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY) {
                over--;
            }
        }
        return dag;
    }
}
