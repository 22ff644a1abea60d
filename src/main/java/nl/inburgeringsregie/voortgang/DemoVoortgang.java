package nl.inburgeringsregie.voortgang;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's voortgangsgesprekken (issue 16, ADR 0040): for the demo gemeenten's dossiers with a PIP, the planned
 * conversations whose due date has passed were held on that day (the nearest working day before it), with an
 * interpreter where the dossier needs one; every fifth dossier missed its latest one, so the worklist shows the signal
 * of T-10 for some and not for all; for a few of the demo consultant's persons the latest conversation agreed an open
 * action of the consultant, so "Mijn acties" is not empty. Only in the embedded default, made once (when no conversation
 * exists).
 */
@Component
@ConditionalOnProperty(
        name = {"inburgeringsregie.embedded-database.active", "inburgeringsregie.demo.enabled"},
        havingValue = "true")
public class DemoVoortgang {

    private static final Logger log = LoggerFactory.getLogger(DemoVoortgang.class);

    private final JdbcClient jdbc;
    private final VoortgangInstellingen instellingen;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    DemoVoortgang(
            JdbcClient jdbc,
            VoortgangInstellingen instellingen,
            ApplicationEventPublisher events,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.jdbc = jdbc;
        this.instellingen = instellingen;
        this.events = events;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** Creates the demo conversations when there are none. */
    @Transactional
    public void zorgVoorDemoVoortgang() {
        if (jdbc.sql("select exists (select 1 from voortgangsgesprek)")
                .query(Boolean.class)
                .single()) {
            return;
        }
        record Dossier(UUID id, String gemeentecode, String consulent, LocalDate dagtekening, String taal) {}
        List<Dossier> dossiers = jdbc.sql("""
                        select id, gemeentecode, consulent, dagtekening_pip,
                               case when tolk_nodig then tolk_taal end as taal
                        from inburgeraar
                        where dagtekening_pip is not null and fase = 'INBURGERING' and wet = 'WI2021'
                          and gemeentecode in ('0392', '0453')
                        order by id""")
                .query((rs, i) -> new Dossier(
                        rs.getObject("id", UUID.class),
                        rs.getString("gemeentecode"),
                        rs.getString("consulent"),
                        rs.getObject("dagtekening_pip", LocalDate.class),
                        rs.getString("taal")))
                .list();
        LocalDate vandaag = LocalDate.now(clock.withZone(Voortgangsgesprekken.ZONE));
        Timestamp nu = Timestamp.from(clock.instant());
        List<UUID> gewijzigd = new ArrayList<>();
        int gesprekken = 0;
        int acties = 0;
        for (int i = 0; i < dossiers.size(); i++) {
            Dossier d = dossiers.get(i);
            Gespreksplan plan = Gespreksplan.van(
                    d.dagtekening(), instellingen.planMaanden(d.gemeentecode()), instellingen.margeDagen(), List.of());
            List<LocalDate> gehouden = plan.momenten().stream()
                    .map(Gespreksplan.Moment::gepland)
                    .filter(dag -> dag.isBefore(vandaag))
                    .map(DemoVoortgang::werkdagOpOfVoor)
                    .toList();
            if (i % 5 == 0 && !gehouden.isEmpty()) {
                gehouden = gehouden.subList(0, gehouden.size() - 1);
            }
            UUID laatste = null;
            for (LocalDate dag : gehouden) {
                laatste = UUID.randomUUID();
                jdbc.sql("""
                                insert into voortgangsgesprek (id, inburgeraar_id, gemeentecode, datum, aanwezig, vorm,
                                    tolk_taal, tolk_geboekt, samenvatting, vastgelegd_door, vastgelegd_op)
                                values (?, ?, ?, ?, true, 'FYSIEK', ?, ?, ?, ?, ?)""")
                        .params(
                                laatste,
                                d.id(),
                                d.gemeentecode(),
                                dag,
                                d.taal(),
                                d.taal() != null,
                                berichten.getMessage("demo.voortgang.samenvatting"),
                                d.consulent() == null ? "consulent" : d.consulent(),
                                nu)
                        .update();
                gesprekken++;
            }
            if (laatste != null && "consulent".equals(d.consulent()) && acties < 4) {
                jdbc.sql("""
                                insert into voortgangsactie (id, gesprek_id, inburgeraar_id, gemeentecode, omschrijving,
                                    eigenaar, uiterlijk)
                                values (?, ?, ?, ?, ?, 'consulent', ?)""")
                        .params(
                                UUID.randomUUID(),
                                laatste,
                                d.id(),
                                d.gemeentecode(),
                                berichten.getMessage("demo.voortgang.actie"),
                                vandaag.plusDays(3L * acties - 2))
                        .update();
                acties++;
            }
            if (!gehouden.isEmpty()) {
                gewijzigd.add(d.id());
            }
        }
        if (!gewijzigd.isEmpty()) {
            events.publishEvent(new TermijnfeitenGewijzigd(gewijzigd));
        }
        log.info("Demo voortgangsgesprekken created: {} conversations, {} actions", gesprekken, acties);
    }

    private static LocalDate werkdagOpOfVoor(LocalDate dag) {
        LocalDate d = dag;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }
}
