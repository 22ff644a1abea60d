package nl.inburgeringsregie.begeleiding;

import static org.assertj.core.api.Assertions.assertThat;

import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.Queryplan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The begeleider's worklist reads its organisation's running begeleidingen by the index in the list's order and each
 * person by key (issue 17 at national scale, V43_1 and V43_2; docs/performance.md), never a sequential scan of the
 * dossiers, planned under row-level security as a begeleider ({@link Queryplan#metDataset}).
 */
class BegeleidingswerklijstQueryplanTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PlatformTransactionManager transacties;

    @Test
    void deWerklijstVanDeBegeleiderLeestDeLopendeBegeleidingenVanDeOrganisatieViaEenIndex() {
        Queryplan.metDataset(transacties, jdbc, () -> {
            jdbc.sql("select set_config('inburgeringsregie.gemeenten', '*', true)")
                    .query()
                    .singleRow();
            jdbc.sql("""
                    insert into partnerorganisatie (id, version, naam, gewijzigd_op)
                    select md5('planpartner' || n)::uuid, 0, 'Planpartner ' || n, now() from generate_series(1, 3) n""").update();
            jdbc.sql("""
                    insert into app_user (username, display_name, password_hash, roles, gemeenten)
                    values ('plan-begeleider', 'Begeleider', '{noop}-', '{BEGELEIDER}', '{}')""").update();
            jdbc.sql("""
                    insert into partner_gebruiker (gebruikersnaam, partner_id)
                    values ('plan-begeleider', md5('planpartner1')::uuid)""").update();
            // Every dossier housed at its registration, begeleid by one of three organisations; half of them handed
            // over, chosen by a hash, not by a date (the shared test clock differs with the tests that ran before: by
            // date, in the full run almost all were handed over, and PostgreSQL rightly sorted the few running ones).
            jdbc.sql("""
                    insert into begeleiding (id, version, inburgeraar_id, gemeentecode, partner_id, startdatum, einddatum,
                                             overdracht_datum, gewijzigd_op)
                    select gen_random_uuid(), 0, id, gemeentecode, md5('planpartner' || (1 + abs(hashtext(id::text)) % 3))::uuid,
                           datum_kennisgeving, datum_kennisgeving + 364,
                           case when abs(hashtext(id::text || 'overdracht')) % 2 = 0 then datum_kennisgeving + 364 end,
                           now()
                    from inburgeraar where gemeentecode like '099_'""").update();
            jdbc.sql("""
                    insert into begeleidingscontact (begeleiding, begeleiding_key, datum, tolk, leefgebieden, minuten,
                                                     participatie, vastgelegd_door)
                    select b.id, n, b.startdatum + 42 * n, false, 'WONEN', 60, false, 'plan-begeleider'
                    from begeleiding b, generate_series(0, 5) n where b.gemeentecode like '099_'""").update();
            jdbc.sql("analyze partnerorganisatie, partner_gebruiker, begeleiding, begeleidingscontact")
                    .update();
            jdbc.sql("select set_config('inburgeringsregie.gemeenten', '', true),"
                            + " set_config('inburgeringsregie.gebruiker', 'plan-begeleider', true)")
                    .query()
                    .singleRow();
            // The second page: the scan of the index in the list's order stops after 100 rows; names read for 50.
            // Sorting is off for this plan, as sequential scans are: on a test database of a few hundred running
            // begeleidingen, whose estimates the earlier tests' rolled-back rows skew, reading them all by a bitmap
            // and sorting can be the cheaper plan (the clean-clone CI once chose it). The question here is whether an
            // index gives the list's order at all; without one, the plan still has to sort.
            jdbc.sql("set local enable_sort = off").update();
            Queryplan plan = Queryplan.van(jdbc, Begeleidingswerklijst.LIJST, "plan-begeleider", 50, 50);
            assertThat(plan.indexen())
                    .as("%s", plan)
                    .contains(
                            "begeleiding_partner_lopend_idx",
                            "inburgeraar_pkey",
                            "begeleiding_inburgeraar_id_key",
                            "begeleidingscontact_datum_idx");
            assertThat(plan.seqScans()).as("%s", plan).isEmpty();
            assertThat(plan.knooptypen())
                    .as("a page stops the scan of the index in the list's order: no sort of all rows; %s", plan)
                    .contains("Limit")
                    .doesNotContain("Sort", "Incremental Sort");
            Queryplan telling = Queryplan.van(jdbc, Begeleidingswerklijst.TELLING, "plan-begeleider", 1051);
            assertThat(telling.indexen()).as("%s", telling).contains("begeleiding_partner_lopend_idx");
            assertThat(telling.seqScans()).as("%s", telling).isEmpty();
        });
    }
}
