package nl.inburgeringsregie.handhaving;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.privacy.Persoonsgegevens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's handhavingszaken with their evidence and steps, and the debts recorded for the financial-burden guard,
 * for the inzage export (AVG art. 15). They go with the dossier (on delete cascade); none is special-category data.
 */
@Component
class HandhavingGegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;

    HandhavingGegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String onderdeel() {
        return "handhaving";
    }

    @Override
    public Map<String, List<Map<String, Object>>> van(Persoon persoon) {
        Map<String, List<Map<String, Object>>> tabellen = new LinkedHashMap<>();
        if (persoon.inburgeraarId() == null) {
            return tabellen;
        }
        tabellen.put(
                "handhavingszaak",
                Persoonsgegevens.rijen(
                        jdbc,
                        "select * from handhavingszaak where inburgeraar_id = ? order by datum_gedraging, aangemaakt_op",
                        persoon.inburgeraarId()));
        tabellen.put("handhavingsbewijs", Persoonsgegevens.rijen(jdbc, """
                        select b.* from handhavingsbewijs b join handhavingszaak z on z.id = b.zaak_id
                        where z.inburgeraar_id = ? order by z.datum_gedraging, b.volgnummer""", persoon.inburgeraarId()));
        tabellen.put("handhavingsstap", Persoonsgegevens.rijen(jdbc, """
                        select s.* from handhavingsstap s join handhavingszaak z on z.id = s.zaak_id
                        where z.inburgeraar_id = ? order by z.datum_gedraging, s.vastgelegd_op""", persoon.inburgeraarId()));
        tabellen.put(
                "schuld",
                Persoonsgegevens.rijen(
                        jdbc,
                        "select * from schuld where inburgeraar_id = ? order by datum, vastgelegd_op",
                        persoon.inburgeraarId()));
        return tabellen;
    }
}
