package nl.inburgeringsregie.aanbieders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15's demo (ADR 0031, amendment): every started placement of the demo's three providers has up to a year of
 * weekly attendance within AB-6 and a progress report per quarter (AB-7); a second start adds nothing; the consultant
 * sees the hours in the ledger.
 */
class DemoPresentieTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private DemoAanbieders demo;

    private record Gestart(UUID id, UUID inburgeraarId, String gemeentecode, LocalDate start) {}

    /** The demo dossiers' started placements (the tests' own dossiers have BSNs from 9). */
    private List<Gestart> gestart() {
        return jdbc.sql("""
                        select p.id, p.inburgeraar_id, p.gemeentecode, p.startdatum
                        from plaatsing p join aanbieder a on a.id = p.aanbieder_id
                        join inburgeraar i on i.id = p.inburgeraar_id
                        where a.instellingsnummer in ('30TK000001', '25LX000002', '30ZR000003')
                          and p.status = 'GESTART' and i.bsn not like '9%'""")
                .query((rs, i) -> new Gestart(
                        rs.getObject("id", UUID.class),
                        rs.getObject("inburgeraar_id", UUID.class),
                        rs.getString("gemeentecode"),
                        rs.getObject("startdatum", LocalDate.class)))
                .list();
    }

    @Test
    void deGestarteDemoplaatsingenHebbenEenJaarPresentieEnElkKwartaalVoortgang() {
        List<Gestart> gestart = gestart();
        assertThat(gestart).isNotEmpty();
        LocalDate vorigeWeek = LocalDate.now(clock).with(DayOfWeek.MONDAY).minusWeeks(1);
        int metVoortgang = 0;
        for (Gestart g : gestart) {
            record Week(String periode, LocalDate datum, BigDecimal aanwezig, BigDecimal afwezig, Boolean geoorloofd) {}
            List<Week> weken = jdbc.sql("""
                            select periode, datum, uren_aanwezig, uren_afwezig, afwezig_geoorloofd from presentie
                            where plaatsing_id = ? and gemeld_door = 'aanbieder' order by datum""")
                    .param(g.id())
                    .query((rs, i) -> new Week(
                            rs.getString("periode"),
                            rs.getObject("datum", LocalDate.class),
                            rs.getBigDecimal("uren_aanwezig"),
                            rs.getBigDecimal("uren_afwezig"),
                            (Boolean) rs.getObject("afwezig_geoorloofd")))
                    .list();
            assertThat(weken).as("a year at most").hasSizeLessThanOrEqualTo(52);
            assertThat(weken).allSatisfy(w -> {
                assertThat(w.periode()).isEqualTo("WEEK");
                assertThat(w.datum().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                assertThat(w.datum()).isAfterOrEqualTo(g.start()).isBeforeOrEqualTo(vorigeWeek);
                assertThat(w.aanwezig().add(w.afwezig())).isBetween(BigDecimal.ONE, BigDecimal.valueOf(280));
                assertThat(w.geoorloofd() == null).isEqualTo(w.afwezig().signum() == 0);
            });
            if (g.start().isBefore(vorigeWeek.minusWeeks(1))) {
                assertThat(weken).as("a started placement has attendance").isNotEmpty();
            }
            List<LocalDate> peildata = jdbc.sql("select peildatum from leervordering where plaatsing_id = ?")
                    .param(g.id())
                    .query(LocalDate.class)
                    .list();
            assertThat(peildata).allSatisfy(p -> assertThat(p).isAfter(g.start()));
            metVoortgang += peildata.isEmpty() ? 0 : 1;
        }
        assertThat(metVoortgang)
                .as("progress each quarter for those started long enough")
                .isPositive();

        long presentie =
                jdbc.sql("select count(*) from presentie").query(Long.class).single();
        long voortgang =
                jdbc.sql("select count(*) from leervordering").query(Long.class).single();
        demo.zorgVoorDemoAanbieders();
        assertThat(jdbc.sql("select count(*) from presentie").query(Long.class).single())
                .as("a second start adds nothing")
                .isEqualTo(presentie);
        assertThat(jdbc.sql("select count(*) from leervordering")
                        .query(Long.class)
                        .single())
                .isEqualTo(voortgang);
    }

    @Test
    void deConsulentZietDeUrenVanEenDemoplaatsing() {
        Gestart haarlem = gestart().stream()
                .filter(g -> g.gemeentecode().equals("0392")
                        && jdbc.sql("select count(*) from presentie where plaatsing_id = ?")
                                        .param(g.id())
                                        .query(Integer.class)
                                        .single()
                                > 0)
                .findFirst()
                .orElseThrow();
        JsonNode uren = api("consulent")
                .get("/api/v1/inburgeraars/" + haarlem.inburgeraarId() + "/uren")
                .json();
        assertThat(uren.get("nt2BijKeurmerk").asDouble())
                .as("the taalschool's weeks count as NT2 at a keurmerk institution")
                .isPositive();
    }
}
