package nl.inburgeringsregie.voortgang;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The voortgangsgesprekken of the national dataset (issue 16, T-10): for every person in the inburgering phase the
 * conversations of the gemeente's plan ({@link VoortgangInstellingen#planMaanden(String)}, the months the deadline
 * {@link VoortgangTermijnen} counts) whose day has passed, held on that day; one person in five missed the latest, so
 * each consultant's worklist shows some overdue conversations, as a real caseload does, and not all of them.
 * Set-based, per gemeente only when it has none yet, so a dataset loaded before issue 16 gains them on its next start
 * (then the daily deadline job, or its start-up run, brings the worklists in line). Only for generated data: it writes
 * the table directly.
 */
@Component
public class LandelijkeVoortgang {

    private static final Logger log = LoggerFactory.getLogger(LandelijkeVoortgang.class);

    private final JdbcClient jdbc;
    private final VoortgangInstellingen instellingen;

    LandelijkeVoortgang(JdbcClient jdbc, VoortgangInstellingen instellingen) {
        this.jdbc = jdbc;
        this.instellingen = instellingen;
    }

    @Transactional
    public void voegToe(List<String> gemeenten, LocalDate vandaag) {
        // One statement per plan: the gemeenten without a plan of their own share the default.
        Map<List<Integer>, List<String>> perPlan = gemeenten.stream()
                .collect(Collectors.groupingBy(instellingen::planMaanden, LinkedHashMap::new, Collectors.toList()));
        int gesprekken = 0;
        for (Map.Entry<List<Integer>, List<String>> plan : perPlan.entrySet()) {
            gesprekken += voegToe(plan.getValue(), plan.getKey(), vandaag);
        }
        log.info("National dataset: {} voortgangsgesprekken added", gesprekken);
    }

    private int voegToe(List<String> gemeenten, List<Integer> maanden, LocalDate vandaag) {
        return jdbc.sql("""
                        insert into voortgangsgesprek (id, inburgeraar_id, gemeentecode, datum, aanwezig, vorm, tolk_taal,
                            tolk_geboekt, vastgelegd_door, vastgelegd_op)
                        select gen_random_uuid(), i.id, i.gemeentecode, g.dag, true, 'FYSIEK',
                               case when i.tolk_nodig then i.tolk_taal end, i.tolk_nodig,
                               coalesce(i.consulent, 'systeem'), now()
                        from inburgeraar i
                        cross join lateral (
                            select (i.dagtekening_pip + make_interval(months => m))::date as dag,
                                   count(*) over () as aantal, row_number() over (order by m) as nr
                            from unnest(?::int[]) m
                            where (i.dagtekening_pip + make_interval(months => m))::date < ?) g
                        where i.gemeentecode = any(?) and i.fase = 'INBURGERING' and i.dagtekening_pip is not null
                          and (abs(hashtext(i.id::text || 'gesprek')) % 5 <> 0 or g.nr < g.aantal)
                          and not exists (select 1 from voortgangsgesprek v where v.gemeentecode = i.gemeentecode)""")
                .params(maanden.toArray(Integer[]::new), vandaag, gemeenten.toArray(String[]::new))
                .update();
    }
}
