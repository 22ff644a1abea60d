package nl.inburgeringsregie.afspraken;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.Queryplan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * "Tolk nog te boeken" at national scale (ADR 0038): the list's statement reads one partial index that serves both its
 * filter and its order, so the plan has no sort and no sequential scan, whatever the number of appointments already
 * booked, held or cancelled (issue 7: regressions caught by query plans, not by timing).
 */
class AfsprakenQueryplanTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PlatformTransactionManager transacties;

    @Test
    void deLijstTolkTeBoekenLeestEenIndexInDeVolgordeVanDeLijst() {
        Queryplan.metDataset(transacties, jdbc, () -> {
            // Four appointments per dossier of the dataset, one in four needing an interpreter not yet booked.
            jdbc.sql("""
                    insert into afspraak (id, inburgeraar_id, gemeentecode, soort, aanvang, gepland_door, gepland_op,
                                          tolk_nodig, tolk_taal, tolk_geboekt, tolk_bij, tolk_geboekt_door,
                                          tolk_geboekt_op, status)
                    select gen_random_uuid(), i.id, i.gemeentecode, 'VOORTGANGSGESPREK',
                           timestamptz '2027-01-04 09:00+01' + (n * 7 + abs(hashtext(i.id::text)) % 300) * interval '1 day',
                           i.consulent, now(), n % 2 = 0, case when n % 2 = 0 then 'ar' end,
                           n = 2, case when n = 2 then 'Bureau' end, case when n = 2 then i.consulent end,
                           case when n = 2 then now() end,
                           case when n = 3 then 'GEANNULEERD' else 'GEPLAND' end
                    from inburgeraar i, generate_series(0, 3) n where i.gemeentecode like '099_'""").update();
            jdbc.sql("analyze afspraak").update();

            Queryplan plan = Queryplan.van(
                    jdbc,
                    Afspraken.TOLK_TE_BOEKEN,
                    Queryplan.GEMEENTE,
                    Timestamp.from(Instant.parse("2027-03-01T00:00:00Z")),
                    new UUID(0, 0),
                    51);
            // (The partner policy of row-level security adds a hashed subplan on begeleiding, empty for staff.)
            assertThat(plan.indexen())
                    .as("%s", plan)
                    .contains("afspraak_tolk_te_boeken_idx")
                    .doesNotContain("afspraak_dossier_idx", "afspraak_pkey");
            assertThat(plan.knooptypen())
                    .as("the index serves the order: %s", plan)
                    .doesNotContain("Sort");
            assertThat(plan.seqScans()).as("%s", plan).isEmpty();
        });
    }
}
