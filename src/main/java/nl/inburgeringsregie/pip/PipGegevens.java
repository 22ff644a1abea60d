package nl.inburgeringsregie.pip;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.privacy.Persoonsgegevens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every PIP version of a person with its agreements, for the inzage export (issue 14 point 15). */
@Component
class PipGegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;

    PipGegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String onderdeel() {
        return "pip";
    }

    @Override
    public Map<String, List<Map<String, Object>>> van(Persoon persoon) {
        Map<String, List<Map<String, Object>>> tabellen = new LinkedHashMap<>();
        if (persoon.inburgeraarId() == null) {
            return tabellen;
        }
        tabellen.put(
                "pip",
                Persoonsgegevens.rijen(
                        jdbc,
                        "select * from pip where inburgeraar_id = ? order by versienummer",
                        persoon.inburgeraarId()));
        tabellen.put("pip_afspraak", Persoonsgegevens.rijen(jdbc, """
                select a.* from pip_afspraak a join pip p on p.id = a.pip_id
                where p.inburgeraar_id = ? order by p.versienummer, a.pip_key""", persoon.inburgeraarId()));
        return tabellen;
    }
}
