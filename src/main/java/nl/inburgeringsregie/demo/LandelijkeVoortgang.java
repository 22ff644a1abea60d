package nl.inburgeringsregie.demo;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The voortgangsgesprekken of the national dataset (issue 16, T-10): for every person in the inburgering phase the
 * conversations of the default plan (1, 2, 3, 6, 9, 12, 18 and 24 months after the PIP's dagtekening) whose day has
 * passed, held on that day; one person in five missed the latest, so each consultant's worklist shows some overdue
 * conversations, as a real caseload does, and not all of them. Set-based, per gemeente only when it has none yet, so a
 * dataset loaded before issue 16 gains them on its next start (then the daily deadline job, or its start-up run,
 * brings the worklists in line). Only for generated data: it writes the table directly.
 */
@Component
class LandelijkeVoortgang {

    private static final Logger log = LoggerFactory.getLogger(LandelijkeVoortgang.class);

    private final JdbcClient jdbc;

    LandelijkeVoortgang(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void voegToe(List<String> gemeenten, LocalDate vandaag) {
        int gesprekken =
                jdbc.sql("""
                        insert into voortgangsgesprek (id, inburgeraar_id, gemeentecode, datum, aanwezig, vorm, tolk_taal,
                            tolk_geboekt, vastgelegd_door, vastgelegd_op)
                        select gen_random_uuid(), i.id, i.gemeentecode, g.dag, true, 'FYSIEK',
                               case when i.tolk_nodig then i.tolk_taal end, i.tolk_nodig,
                               coalesce(i.consulent, 'systeem'), now()
                        from inburgeraar i
                        cross join lateral (
                            select (i.dagtekening_pip + make_interval(months => m))::date as dag,
                                   count(*) over () as aantal, row_number() over (order by m) as nr
                            from unnest(array[1, 2, 3, 6, 9, 12, 18, 24]) m
                            where (i.dagtekening_pip + make_interval(months => m))::date < ?) g
                        where i.gemeentecode = any(?) and i.fase = 'INBURGERING' and i.dagtekening_pip is not null
                          and (abs(hashtext(i.id::text || 'gesprek')) % 5 <> 0 or g.nr < g.aantal)
                          and not exists (select 1 from voortgangsgesprek v where v.gemeentecode = i.gemeentecode)""").params(vandaag, gemeenten.toArray(String[]::new)).update();
        log.info("National dataset: {} voortgangsgesprekken added", gesprekken);
    }
}
