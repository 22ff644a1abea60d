package nl.inburgeringsregie.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The plan PostgreSQL chooses for one of the application's statements ({@code EXPLAIN (FORMAT JSON)}, never executed),
 * for the tests that check the worklist, dossier page, search and team overview use their indexes (docs/performance.md,
 * "Query plans"). Plans are taken inside {@link #metDataset}: a rolled-back transaction holding a synthetic caseload of
 * realistic shape, analyzed, with sequential scans off, so that on the small test database the planner still shows
 * which index it takes for each condition; a Seq Scan in such a plan means no index can serve the statement at all.
 */
public final class Queryplan {

    /** The large gemeente of the dataset (3,000 dossiers, consultants {@code plan-0999-1} to {@code -10}). */
    public static final String GEMEENTE = "0999";
    /** One of its consultants: 300 dossiers, 1,500 deadlines. */
    public static final String CONSULENT = "plan-0999-1";

    private final JsonNode plan;

    private Queryplan(JsonNode plan) {
        this.plan = plan;
    }

    /** The plan of a statement with named parameters, bound as the application binds them (JdbcClient). */
    public static Queryplan van(JdbcClient jdbc, String sql, Map<String, ?> params) {
        return lees(jdbc.sql("explain (format json) " + sql)
                .params(params)
                .query(String.class)
                .single());
    }

    /** The plan of a statement with positional parameters. */
    public static Queryplan van(JdbcClient jdbc, String sql, Object... params) {
        return lees(jdbc.sql("explain (format json) " + sql)
                .params(params)
                .query(String.class)
                .single());
    }

    private static Queryplan lees(String json) {
        return new Queryplan(Api.JSON.readTree(json).get(0).get("Plan"));
    }

    /** The names of the indexes the plan reads. */
    public Set<String> indexen() {
        Set<String> namen = new LinkedHashSet<>();
        for (JsonNode knoop : knopen()) {
            if (knoop.has("Index Name")) {
                namen.add(knoop.get("Index Name").asString());
            }
        }
        return namen;
    }

    /** The index conditions of the plan (what each index scan looks up), as PostgreSQL prints them. */
    public List<String> indexcondities() {
        List<String> condities = new ArrayList<>();
        for (JsonNode knoop : knopen()) {
            if (knoop.has("Index Cond")) {
                condities.add(knoop.get("Index Cond").asString());
            }
        }
        return condities;
    }

    /** The kinds of node in the plan ("Index Scan", "Sort", …). */
    public Set<String> knooptypen() {
        Set<String> typen = new LinkedHashSet<>();
        for (JsonNode knoop : knopen()) {
            typen.add(knoop.get("Node Type").asString());
        }
        return typen;
    }

    /** The tables the plan reads with a sequential scan. */
    public Set<String> seqScans() {
        Set<String> tabellen = new LinkedHashSet<>();
        for (JsonNode knoop : knopen()) {
            if ("Seq Scan".equals(knoop.get("Node Type").asString())) {
                tabellen.add(knoop.get("Relation Name").asString());
            }
        }
        return tabellen;
    }

    private List<JsonNode> knopen() {
        List<JsonNode> knopen = new ArrayList<>();
        List<JsonNode> open = new ArrayList<>(List.of(plan));
        while (!open.isEmpty()) {
            JsonNode knoop = open.removeLast();
            knopen.add(knoop);
            if (knoop.has("Plans")) {
                knoop.get("Plans").forEach(open::add);
            }
        }
        return knopen;
    }

    /** The whole plan, for assertion messages. */
    @Override
    public String toString() {
        return plan.toPrettyString();
    }

    /**
     * Runs {@code checks} in a transaction that is rolled back afterwards, so no other test sees any of its rows:
     * ten gemeenten 0990 to 0999 (0999 with 3,000 dossiers and 10 consultants of 300, the others 300 each; 5 deadlines
     * and 4 journal lines per dossier), then ANALYZE with every row in the statistics, sequential scans off, and
     * row-level security set as the application sets it for a user of {@link #GEMEENTE}. What ANALYZE writes outside
     * the transaction (the row-count estimates in pg_class) and the dead rows stay behind; they can tip a close choice
     * between two good indexes, which is why a test must not pin one of two equally fitting indexes.
     */
    public static void metDataset(PlatformTransactionManager transacties, JdbcClient jdbc, Runnable checks) {
        TransactionTemplate transactie = new TransactionTemplate(transacties);
        transactie.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("select set_config('inburgeringsregie.gemeenten', '*', true)")
                    .query()
                    .singleRow();
            jdbc.sql("""
                    insert into gemeente (code, naam)
                    select '099' || g, 'Plangemeente ' || g from generate_series(0, 9) g""").update();
            jdbc.sql("""
                    insert into app_user (username, display_name, password_hash, roles, gemeenten)
                    select 'plan-099' || g || '-' || n, 'Consulent ' || n, '{noop}-', '{CONSULENT}', array['099' || g]::char(4)[]
                    from generate_series(0, 9) g, generate_series(1, case when g = 9 then 10 else 1 end) n""").update();
            jdbc.sql("""
                    insert into inburgeraar (id, gemeentecode, bsn, geslachtsnaam, voornamen, geboortedatum, geslacht,
                                             doelgroep, wet, fase, consulent, registratiebron, datum_kennisgeving, version)
                    select md5('plan' || i)::uuid, gemeente, lpad((900000000 + i)::text, 9, '0'),
                           (array['Haddad', 'Ahmadi', 'Yilmaz', 'Tesfay', 'Mohammed', 'Kaya', 'Nguyen', 'Popescu',
                                  'Kowalski', 'Hussein', 'Mahmoud', 'Abdi', 'Yousef', 'Ghebremariam', 'Rahimi',
                                  'Demir', 'Osman', 'Hassan', 'Karimi', 'Bakr'])[1 + i % 20] || ' ' || chr(97 + i % 26),
                           (array['Rania', 'Amal', 'Omar', 'Sara', 'Yusuf', 'Fatima', 'Mehmet', 'Aisha', 'Samir',
                                  'Lina'])[1 + i / 20 % 10],
                           date '1970-01-01' + i % 15000, 'V', 'Asielstatushouder', 'WI2021',
                           (array['AANMELDING', 'BREDE_INTAKE', 'PIP', 'INBURGERING'])[1 + i % 4],
                           'plan-' || gemeente || '-' || (1 + i % (case when gemeente = '0999' then 10 else 1 end)),
                           'BALIE', date '2025-01-01' + i % 600, 0
                    from generate_series(1, 5700) i,
                         lateral (select case when i <= 3000 then '0999' else '099' || (i % 9) end as gemeente) g""").update();
            jdbc.sql("""
                    insert into termijn (inburgeraar_id, soort, gemeentecode, consulent, doelgroep, startdatum,
                                         uiterlijke_datum, binnenkort_vanaf, afsluiting, venster, regel, toelichting, verwacht)
                    select i.id, s.soort, i.gemeentecode, i.consulent, i.doelgroep, i.datum_kennisgeving,
                           i.datum_kennisgeving + s.dagen, i.datum_kennisgeving + s.dagen - 28,
                           case when s.nr <= (abs(hashtext(i.id::text)) % 4) then 'VOLDAAN' end, s.venster, 'T', '-', false
                    from inburgeraar i,
                         (values (1, 'BREDE_INTAKE', 70, false), (2, 'PIP_VASTSTELLEN', 140, false),
                                 (3, 'SCHAKELEN', 540, true), (4, 'VERLENGING_AANVRAGEN', 1000, true),
                                 (5, 'INBURGERINGSTERMIJN', 1095, false)) s(nr, soort, dagen, venster)
                    where i.gemeentecode like '099_'""").update();
            jdbc.sql("""
                    insert into journaal (inburgeraar_id, gemeentecode, occurred_at, username, soort, veld, nieuwe_waarde)
                    select i.id, i.gemeentecode, timestamptz '2025-01-01 09:00+01' + n * interval '17 days', i.consulent,
                           'WIJZIGING', 'telefoon', '06' || n
                    from inburgeraar i, generate_series(1, 4) n where i.gemeentecode like '099_'""").update();
            jdbc.sql("set local default_statistics_target = 1000").update();
            jdbc.sql("analyze gemeente, app_user, inburgeraar, termijn, journaal")
                    .update();
            jdbc.sql("set local enable_seqscan = off").update();
            jdbc.sql("select set_config('inburgeringsregie.gemeenten', ?, true)")
                    .param(GEMEENTE)
                    .query()
                    .singleRow();
            checks.run();
        });
    }
}
