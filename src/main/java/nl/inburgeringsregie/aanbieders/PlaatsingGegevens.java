package nl.inburgeringsregie.aanbieders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.privacy.Persoonsgegevens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's placements with providers and what the providers reported of them (attendance, progress), for the inzage
 * export (AVG art. 15); retention removes them with the dossier (the foreign keys cascade, and the capacity ledger's
 * row with the placement).
 */
@Component
class PlaatsingGegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;

    PlaatsingGegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String onderdeel() {
        return "aanbieders";
    }

    @Override
    public Map<String, List<Map<String, Object>>> van(Persoon persoon) {
        Map<String, List<Map<String, Object>>> tabellen = new LinkedHashMap<>();
        if (persoon.inburgeraarId() == null) {
            return tabellen;
        }
        tabellen.put(
                "plaatsing",
                Persoonsgegevens.rijen(
                        jdbc,
                        "select * from plaatsing where inburgeraar_id = ? order by aanmelddatum, id",
                        persoon.inburgeraarId()));
        tabellen.put(
                "presentie",
                Persoonsgegevens.rijen(
                        jdbc,
                        "select * from presentie where inburgeraar_id = ? order by datum, periode, id",
                        persoon.inburgeraarId()));
        tabellen.put(
                "leervordering",
                Persoonsgegevens.rijen(
                        jdbc,
                        "select * from leervordering where inburgeraar_id = ? order by peildatum, id",
                        persoon.inburgeraarId()));
        return tabellen;
    }
}
