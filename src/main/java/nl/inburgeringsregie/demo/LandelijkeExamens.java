package nl.inburgeringsregie.demo;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * DUO's exam results in the national dataset (issue 16): for every B1-route person whose first PIP is at least nine
 * months old, DUO's answer on {@code examens/resultaten} and {@code examens/gratispogingen} as the exchange keeps it
 * (table {@code duo_gegeven}), so the route status and its deadline read and weigh real results at national scale.
 * From a hash of the person's id: reading and listening passed at B1, KNM passed, writing failed once (one free attempt
 * left), speaking passed at A2 for a third (below the PIP's level), the rest not yet taken. Set-based, only for persons
 * without such an answer, so a dataset loaded before issue 16 gains them on its next start and is left alone after.
 * Only for generated data: it writes the table directly, as if fetched.
 */
@Component
class LandelijkeExamens {

    private static final Logger log = LoggerFactory.getLogger(LandelijkeExamens.class);

    private final JdbcClient jdbc;

    LandelijkeExamens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void voegToe(List<String> gemeenten, LocalDate vandaag) {
        int resultaten = jdbc.sql("""
                        insert into duo_gegeven (inburgeraar_id, onderwerp, gemeentecode, inhoud, opgehaald_op)
                        select i.id, 'examens/resultaten', i.gemeentecode,
                               json_build_array(
                                   json_build_object('examendatum', (i.dagtekening_pip + 200)::text, 'resultaat', 'Geslaagd',
                                                     'onderdeel', 'LE', 'niveau', 'B1'),
                                   json_build_object('examendatum', (i.dagtekening_pip + 200)::text, 'resultaat', 'Geslaagd',
                                                     'onderdeel', 'LU', 'niveau', 'B1'),
                                   json_build_object('examendatum', (i.dagtekening_pip + 230)::text, 'resultaat', 'Geslaagd',
                                                     'onderdeel', 'KNM'),
                                   json_build_object('examendatum', (i.dagtekening_pip + 260)::text, 'resultaat', 'Gezakt',
                                                     'onderdeel', 'SC', 'niveau', 'B1'),
                                   json_build_object('examendatum', (i.dagtekening_pip + 260)::text,
                                                     'resultaat', case when abs(hashtext(i.id::text || 'sp')) % 3 = 0
                                                                       then 'Geslaagd' else 'Gezakt' end,
                                                     'onderdeel', 'SP', 'niveau', 'A2'))::text,
                               now()
                        from inburgeraar i
                        join pip p on p.inburgeraar_id = i.id and p.status = 'VASTGESTELD' and p.leerroute = 'B'
                                  and p.versienummer = (select max(q.versienummer) from pip q
                                                        where q.inburgeraar_id = i.id and q.status = 'VASTGESTELD')
                        where i.gemeentecode = any(?) and i.dagtekening_pip <= ?
                          and not exists (select 1 from duo_gegeven g
                                          where g.inburgeraar_id = i.id and g.onderwerp = 'examens/resultaten')""")
                .params(gemeenten.toArray(String[]::new), vandaag.minusMonths(9))
                .update();
        int pogingen =
                jdbc.sql("""
                        insert into duo_gegeven (inburgeraar_id, onderwerp, gemeentecode, inhoud, opgehaald_op)
                        select g.inburgeraar_id, 'examens/gratispogingen', g.gemeentecode,
                               json_build_array(json_build_object('onderdeel', 'SC', 'gratisPogingenTegoed', 1))::text, now()
                        from duo_gegeven g
                        where g.onderwerp = 'examens/resultaten' and g.gemeentecode = any(?)
                          and not exists (select 1 from duo_gegeven h
                                          where h.inburgeraar_id = g.inburgeraar_id and h.onderwerp = 'examens/gratispogingen')""").params((Object) gemeenten.toArray(String[]::new)).update();
        log.info("National dataset: DUO's exam results of {} persons added ({} free attempts)", resultaten, pogingen);
    }
}
