package nl.inburgeringsregie.demo;

import java.util.List;
import nl.inburgeringsregie.privacy.Doelbinding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The history of the national dataset (issue 7): for the dossiers of one freshly loaded gemeente, generated inside
 * PostgreSQL with set-based inserts (no row travels through Java; COPY is not allowed on tables with row-level
 * security): a brede intake for everyone past registration, PIP versions for everyone with a dagtekening (a fifth
 * with a second version), and per person a number of journal and audit rows spread over the past year (the audit
 * rows once for all loaded gemeenten, month by month in time order). The route mix
 * follows the real population: about 55% B1-route, 25% Z-route, 20% onderwijsroute. Choices are derived from a hash
 * of the dossier id, so a run is reproducible. Only for generated data: it writes the intake and PIP tables directly.
 */
@Component
class LandelijkeHistorie {

    /** The leerroute of a dossier {@code i}, the same in the intake's decision and the PIP. */
    private static final String ROUTE = " (case when abs(hashtext(i.id::text || 'route')) % 100 < 55 then 'B'"
            + " when abs(hashtext(i.id::text || 'route')) % 100 < 80 then 'Z' else 'O' end) ";

    /** Of the history rows per person, this share goes to the journal, the rest to the audit log. */
    private static final double JOURNAAL_DEEL = 0.2;

    private final JdbcClient jdbc;
    private final TransactionTemplate transacties;

    LandelijkeHistorie(JdbcClient jdbc, TransactionTemplate transacties) {
        this.jdbc = jdbc;
        this.transacties = transacties;
    }

    static int journaalPerPersoon(int rijenPerPersoon) {
        return (int) Math.round(rijenPerPersoon * JOURNAAL_DEEL);
    }

    /**
     * The audit rows of these gemeenten's dossiers over the twelve months before this one, month by month in time order,
     * as a real audit log grows: each month's rows then land together (in one partition of the monthly partitioned
     * log) instead of at random places in its indexes. Returns the rows written.
     */
    long auditlog(List<String> gemeenten, int rijenPerPersoon) {
        int perMaand = Math.max(1, (rijenPerPersoon - journaalPerPersoon(rijenPerPersoon)) / 12);
        // The partitions of these months first (V13, ADR 0013), or every row would land in the default partition; and
        // one month earlier, for the rows of the first hours of the oldest month that fall before it in UTC.
        jdbc.sql("select audit_log_partitie((date_trunc('month', now()) - make_interval(months => m))::date)"
                        + " from generate_series(1, 13) m")
                .query()
                .listOfRows();
        long rijen = 0;
        for (int m = 12; m >= 1; m--) {
            int maand = m;
            rijen += transacties.execute(status -> (long) jdbc.sql("""
                    insert into audit_log (occurred_at, username, roles, inburgeraar_id, gemeentecode, action, detail, purpose)
                    select t, coalesce(i.consulent, 'systeem'), 'CONSULENT', i.id, i.gemeentecode,
                           (array['DOSSIER_BEKEKEN','IN_ZOEKRESULTAAT','TERMIJNEN_BEKEKEN','JOURNAAL_BEKEKEN'])[1 + g % 4], null, ?
                    from inburgeraar i cross join lateral generate_series(1, ?) g
                         cross join lateral (select date_trunc('month', now()) - make_interval(months => ?)
                                 + make_interval(mins => abs(hashtext(i.id::text || 'a' || g)) % (28 * 24 * 60)) as t) tijd
                    where i.gemeentecode = any(?)
                    order by t""")
                    .params(
                            Doelbinding.UITVOERING_WET_INBURGERING.omschrijving(),
                            perMaand,
                            maand,
                            gemeenten.toArray(String[]::new))
                    .update());
        }
        return rijen;
    }

    /** Adds the history to the gemeente's dossiers that have none yet, but for the audit log; returns the rows written. */
    @Transactional
    long voegToe(String gemeentecode, int rijenPerPersoon) {
        long rijen =
                jdbc.sql("""
                insert into intake (inburgeraar_id, gemeentecode, status, taal_lezen, taal_luisteren, taal_schrijven, taal_spreken,
                                    alfabetisering, vooropleiding, wil_studeren, zonder_partner_aangeboden, tolk_aangeboden,
                                    besluit_advies_leerroute, besluit_leerroute, besluit_indicator, besluit_reden, besluit_datum,
                                    afgerond_op, gewijzigd_op, version)
                select i.id, i.gemeentecode, case when i.datum_brede_intake_afgerond is null then 'CONCEPT' else 'AFGEROND' end,
                       (array['A0','A1','A2','B1'])[1 + abs(hashtext(i.id::text || 'l')) % 4],
                       (array['A0','A1','A2','B1'])[1 + abs(hashtext(i.id::text || 'u')) % 4],
                       (array['A0','A1','A2','B1'])[1 + abs(hashtext(i.id::text || 's')) % 4],
                       (array['A0','A1','A2','B1'])[1 + abs(hashtext(i.id::text || 'p')) % 4],
                       (array['LATIJNS_GEALFABETISEERD','ANDERS_GEALFABETISEERD','NIET_GEALFABETISEERD'])[1 + abs(hashtext(i.id::text || 'a')) % 3],
                       (array['GEEN','BASISONDERWIJS','VOORTGEZET_ONDERWIJS','MBO','HBO_WO'])[1 + abs(hashtext(i.id::text || 'v')) % 5],
                       abs(hashtext(i.id::text || 'w')) % 5 = 0, true, i.tolk_nodig,
                       """ + ROUTE + """
                       ,
                       case when i.datum_brede_intake_afgerond is not null then """ + ROUTE + """
                        end,
                       case when i.datum_brede_intake_afgerond is not null then 'NVT' end,
                       case when i.datum_brede_intake_afgerond is not null then 'Besproken in de brede intake' end,
                       i.datum_brede_intake_afgerond, i.datum_brede_intake_afgerond, now(), 1
                from inburgeraar i
                where i.gemeentecode = ? and i.fase <> 'AANMELDING'
                  and not exists (select 1 from intake x where x.inburgeraar_id = i.id)""").param(gemeentecode).update();
        rijen += jdbc.sql("""
                insert into pip (id, inburgeraar_id, gemeentecode, versienummer, status, leerroute, niveau,
                                 indicator_alfabetiseringsonderwijs, dagtekening_pip, gewijzigd_op, version)
                select gen_random_uuid(), i.id, i.gemeentecode, 1,
                       case when abs(hashtext(i.id::text || 'v2')) % 5 = 0 then 'VERVANGEN' else 'VASTGESTELD' end,
                       """ + ROUTE + """
                       ,
                       case when """ + ROUTE + """
                        = 'Z' then null else 'B1' end, 'NVT', i.dagtekening_pip, now(), 1
                from inburgeraar i
                where i.gemeentecode = ? and i.dagtekening_pip is not null
                  and not exists (select 1 from pip p where p.inburgeraar_id = i.id)""").param(gemeentecode).update();
        rijen += jdbc.sql("""
                insert into pip (id, inburgeraar_id, gemeentecode, versienummer, status, vorige_id, leerroute, niveau,
                                 indicator_alfabetiseringsonderwijs, dagtekening_pip, wijzigingsreden, wijzigingstoelichting,
                                 motivering_leerroute, gewijzigd_op, version)
                select gen_random_uuid(), p.inburgeraar_id, p.gemeentecode, 2, 'VASTGESTELD', p.id, 'Z', null, 'NVT',
                       least(p.dagtekening_pip + 120, current_date), 'SCHAKELEN', 'B1 bleek niet haalbaar',
                       'B1 bleek niet haalbaar', now(), 1
                from pip p
                where p.gemeentecode = ? and p.versienummer = 1 and p.status = 'VERVANGEN'
                  and not exists (select 1 from pip q where q.inburgeraar_id = p.inburgeraar_id and q.versienummer = 2)""").param(gemeentecode).update();
        // Each generated PIP holds what the law requires of its route (issue 12, P-1, R-4 to R-8): leerroute, KNM, PVT
        // of
        // 12 hours, MAP but in the onderwijsroute, and in the Z-route 800 course hours and, for a statushouder, 800
        // participation hours.
        rijen += jdbc.sql("""
                insert into pip_afspraak (pip_id, pip_key, onderdeel, eigenaar, omschrijving, frequentie, uren, handhaafbaar)
                select p.id, (row_number() over (partition by p.id order by s.volgorde)) - 1, s.onderdeel, 'INBURGERAAR',
                       s.omschrijving, s.frequentie,
                       case when s.onderdeel = 'PVT' then 12
                            when p.leerroute = 'Z' and s.onderdeel in ('LEERROUTE', 'PARTICIPATIE') then 800 end,
                       s.onderdeel <> 'PARTICIPATIE'
                from pip p join inburgeraar i on i.id = p.inburgeraar_id
                     cross join (values (1, 'LEERROUTE', 'Volgt de leerroute bij de aanbieder', 'wekelijks'),
                                        (2, 'KNM', 'Volgt de lessen KNM en rondt KNM af', 'eenmalig, tijdens de termijn'),
                                        (3, 'PVT', 'Volgt het participatieverklaringstraject en ondertekent de verklaring',
                                         'eenmalig, tijdens de termijn'),
                                        (4, 'MAP', 'Volgt de module arbeidsmarkt en participatie met eindgesprek',
                                         'eenmalig, tijdens de termijn'),
                                        (5, 'PARTICIPATIE', 'Participatie: vrijwilligerswerk en werkervaring', 'wekelijks'))
                         as s (volgorde, onderdeel, omschrijving, frequentie)
                where p.gemeentecode = ? and not exists (select 1 from pip_afspraak a where a.pip_id = p.id)
                  and (s.onderdeel <> 'MAP' or p.leerroute <> 'O')
                  and (s.onderdeel <> 'PARTICIPATIE'
                       or (p.leerroute = 'Z' and i.doelgroep in ('ASIELSTATUSHOUDER', 'Asielstatushouder')))""").param(gemeentecode).update();
        // In dossier order: the journal's index (dossier, time) is then filled in one sweep, not at random.
        rijen += jdbc.sql("""
                insert into journaal (inburgeraar_id, gemeentecode, occurred_at, username, soort, veld, oude_waarde, nieuwe_waarde)
                select i.id, i.gemeentecode, now() - make_interval(mins => abs(hashtext(i.id::text || g)) % 525600),
                       coalesce(i.consulent, 'systeem'), 'WIJZIGING',
                       (array['telefoon','email','straat','postcode','woonplaats','tolkTaal'])[1 + g % 6], null, 'bijgewerkt'
                from (select * from inburgeraar where gemeentecode = ? order by id) i
                     cross join lateral generate_series(1, ?) g""")
                .params(gemeentecode, journaalPerPersoon(rijenPerPersoon))
                .update();
        return rijen;
    }
}
