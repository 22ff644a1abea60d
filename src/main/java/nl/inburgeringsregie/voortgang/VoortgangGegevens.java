package nl.inburgeringsregie.voortgang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.privacy.Persoonsgegevens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's voortgangsgesprekken and their actions, the Z-route's eindgesprekken and the PVT's and MAP's activities and
 * afrondingen for the inzage export (AVG art. 15), and retention's erasure of
 * their special-category parts (I-5): the health notes and an illness or childbirth recorded in a conversation. The
 * rest goes with the dossier (on delete cascade).
 */
@Component
class VoortgangGegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;

    VoortgangGegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String onderdeel() {
        return "voortgang";
    }

    @Override
    public Map<String, List<Map<String, Object>>> van(Persoon persoon) {
        Map<String, List<Map<String, Object>>> tabellen = new LinkedHashMap<>();
        if (persoon.inburgeraarId() == null) {
            return tabellen;
        }
        tabellen.put(
                "voortgangsgesprek",
                Persoonsgegevens.rijen(
                        jdbc,
                        "select * from voortgangsgesprek where inburgeraar_id = ? order by datum",
                        persoon.inburgeraarId()));
        tabellen.put(
                "voortgangsactie",
                Persoonsgegevens.rijen(
                        jdbc,
                        "select * from voortgangsactie where inburgeraar_id = ? order by uiterlijk, id",
                        persoon.inburgeraarId()));
        tabellen.put(
                "zroute_eindgesprek",
                Persoonsgegevens.rijen(
                        jdbc,
                        "select * from zroute_eindgesprek where inburgeraar_id = ? order by datum",
                        persoon.inburgeraarId()));
        tabellen.put(
                "module_activiteit",
                Persoonsgegevens.rijen(
                        jdbc,
                        "select * from module_activiteit where inburgeraar_id = ? order by module, datum",
                        persoon.inburgeraarId()));
        tabellen.put(
                "module_afronding",
                Persoonsgegevens.rijen(
                        jdbc,
                        "select * from module_afronding where inburgeraar_id = ? order by module, vastgelegd_op",
                        persoon.inburgeraarId()));
        return tabellen;
    }

    @Override
    public boolean wisBijzondereGegevens(UUID inburgeraarId) {
        return jdbc.sql("""
                        update voortgangsgesprek set leefgebieden_bijzonder = '{}', omstandigheid = null
                        where inburgeraar_id = ? and (leefgebieden_bijzonder <> '{}' or omstandigheid is not null)""").param(inburgeraarId).update() > 0;
    }
}
