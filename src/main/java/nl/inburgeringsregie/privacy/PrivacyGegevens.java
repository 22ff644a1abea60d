package nl.inburgeringsregie.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The privacy module's own records about a person for the inzage export (issue 14 point 15): their requests,
 * break-the-glass assignments of their dossier and legal holds on it. (The audit trail is a section of its own.)
 */
@Component
class PrivacyGegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;

    PrivacyGegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String onderdeel() {
        return "privacy";
    }

    @Override
    public Map<String, List<Map<String, Object>>> van(Persoon persoon) {
        Map<String, List<Map<String, Object>>> tabellen = new LinkedHashMap<>();
        tabellen.put(
                "privacyverzoek",
                Persoonsgegevens.rijen(
                        jdbc,
                        "select * from privacyverzoek where gemeentecode = ? and bsn = ? order by ontvangen_op, id",
                        persoon.gemeentecode(),
                        persoon.bsn()));
        if (persoon.inburgeraarId() != null) {
            tabellen.put(
                    "doorbraak",
                    Persoonsgegevens.rijen(
                            jdbc,
                            "select * from doorbraak where inburgeraar_id = ? order by occurred_at, id",
                            persoon.inburgeraarId()));
            tabellen.put(
                    "bewaarblokkade",
                    Persoonsgegevens.rijen(
                            jdbc,
                            "select * from bewaarblokkade where inburgeraar_id = ? order by gezet_op, id",
                            persoon.inburgeraarId()));
        }
        return tabellen;
    }
}
