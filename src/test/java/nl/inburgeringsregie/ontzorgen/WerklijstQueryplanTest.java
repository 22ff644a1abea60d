package nl.inburgeringsregie.ontzorgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.Queryplan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The budgetcoach's worklist reads its indexes (issue 17 at national scale, V43_1; docs/performance.md): each part by
 * an index on the gemeente in the list's order, never a sequential scan of the dossiers or the ontzorgingen, planned
 * under row-level security for the dataset's large gemeente ({@link Queryplan#metDataset}).
 */
class WerklijstQueryplanTest extends IntegrationTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 25);

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PlatformTransactionManager transacties;

    @Test
    void deWerklijstVanDeBudgetcoachLeestPerGemeenteViaEenIndexInVolgorde() {
        String[] gemeenten = {Queryplan.GEMEENTE};
        Queryplan.metDataset(transacties, jdbc, () -> {
            jdbc.sql("select set_config('inburgeringsregie.gemeenten', '*', true)")
                    .query()
                    .singleRow();
            // Every third dossier on bijstand since its registration, every second of those with an ontzorging.
            jdbc.sql("""
                    update inburgeraar set doelgroep = 'ASIELSTATUSHOUDER', datum_start_bijstand = datum_kennisgeving
                    where gemeentecode like '099_' and abs(hashtext(id::text)) % 3 = 0""").update();
            jdbc.sql("""
                    insert into ontzorging (id, version, inburgeraar_id, gemeentecode, begindatum, einddatum, datum_machtiging,
                                            beeindigd_op, gewijzigd_op)
                    select gen_random_uuid(), 0, id, gemeentecode, datum_start_bijstand, datum_start_bijstand + 183,
                           case when abs(hashtext(id::text)) % 7 > 0 then datum_start_bijstand end,
                           case when datum_start_bijstand + 183 < ? then datum_start_bijstand + 183 end, now()
                    from inburgeraar where gemeentecode like '099_' and datum_start_bijstand is not null
                      and abs(hashtext(id::text)) % 2 = 0""").param(VANDAAG).update();
            // The deadlines' read model as OntzorgingTermijnen writes it: a window ONTZORGING_REGELEN per person on
            // bijstand, met where the ontzorging exists (O-1).
            jdbc.sql("""
                    insert into termijn (inburgeraar_id, soort, gemeentecode, consulent, doelgroep, startdatum,
                                         uiterlijke_datum, binnenkort_vanaf, afsluiting, venster, regel, toelichting, verwacht)
                    select i.id, 'ONTZORGING_REGELEN', i.gemeentecode, i.consulent, i.doelgroep, i.datum_start_bijstand,
                           (i.datum_start_bijstand + interval '6 months')::date, i.datum_start_bijstand,
                           case when exists (select 1 from ontzorging o where o.inburgeraar_id = i.id) then 'VOLDAAN' end,
                           true, 'O-1', '-', false
                    from inburgeraar i where i.gemeentecode like '099_' and i.datum_start_bijstand is not null""").update();
            jdbc.sql("analyze inburgeraar, ontzorging, termijn").update();
            jdbc.sql("select set_config('inburgeringsregie.gemeenten', ?, true)")
                    .param(Queryplan.GEMEENTE)
                    .query()
                    .singleRow();
            // The second page of each part: its index in the list's order, stopped after the page, no sort.
            Queryplan zonder = Queryplan.van(jdbc, Werklijst.ZONDER_ONTZORGING, gemeenten, VANDAAG, 50, 50);
            assertThat(zonder.indexen())
                    .as("%s", zonder)
                    .contains("termijn_ontzorging_regelen_idx", "inburgeraar_pkey");
            assertThat(zonder.seqScans()).as("%s", zonder).isEmpty();
            LocalDate signaal = VANDAAG.plusWeeks(4);
            Queryplan lopend =
                    Queryplan.van(jdbc, Werklijst.LOPEND, gemeenten, signaal, 100, gemeenten, signaal, 100, 50, 50);
            assertThat(lopend.indexen())
                    .as("%s", lopend)
                    .contains("ontzorging_lopend_idx", "ontzorging_zonder_machtiging_idx", "inburgeraar_pkey");
            assertThat(lopend.seqScans()).as("%s", lopend).isEmpty();
            Queryplan geweigerd = Queryplan.van(jdbc, Werklijst.GEWEIGERD, gemeenten, 50, 50);
            assertThat(geweigerd.seqScans()).as("%s", geweigerd).isEmpty();
            assertThat(zonder.knooptypen()).as("%s", zonder).contains("Limit");
            assertThat(lopend.knooptypen()).as("%s", lopend).contains("Limit");
            Queryplan telling = Queryplan.van(
                    jdbc, Werklijst.TELLING, gemeenten, VANDAAG, gemeenten, signaal, gemeenten, signaal, gemeenten);
            assertThat(telling.indexen())
                    .as("%s", telling)
                    .contains(
                            "termijn_ontzorging_regelen_idx",
                            "ontzorging_lopend_idx",
                            "ontzorging_zonder_machtiging_idx");
            assertThat(telling.seqScans()).as("%s", telling).isEmpty();
            assertThat(telling.knooptypen()).as("%s", telling).doesNotContain("Sort");
        });
    }
}
