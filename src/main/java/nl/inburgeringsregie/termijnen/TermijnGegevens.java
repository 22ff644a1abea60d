package nl.inburgeringsregie.termijnen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.privacy.Persoonsgegevens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's deadlines, missed deadlines and signals, for the inzage export (issue 14 point 15). */
@Component
class TermijnGegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;

    TermijnGegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String onderdeel() {
        return "termijnen";
    }

    @Override
    public Map<String, List<Map<String, Object>>> van(Persoon persoon) {
        Map<String, List<Map<String, Object>>> tabellen = new LinkedHashMap<>();
        if (persoon.inburgeraarId() == null) {
            return tabellen;
        }
        tabellen.put(
                "termijn",
                Persoonsgegevens.rijen(
                        jdbc,
                        "select * from termijn where inburgeraar_id = ? order by soort",
                        persoon.inburgeraarId()));
        tabellen.put(
                "termijn_gemist",
                Persoonsgegevens.rijen(
                        jdbc,
                        "select * from termijn_gemist where inburgeraar_id = ? order by soort",
                        persoon.inburgeraarId()));
        tabellen.put(
                "signaal",
                Persoonsgegevens.rijen(
                        jdbc, "select * from signaal where inburgeraar_id = ? order by id", persoon.inburgeraarId()));
        return tabellen;
    }
}
