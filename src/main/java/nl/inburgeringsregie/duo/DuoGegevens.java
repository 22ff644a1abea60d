package nl.inburgeringsregie.duo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.privacy.Persoonsgegevens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the DUO exchange keeps about a person (issue 14 points 15 and 16): DUO's notifications about the BSN (also
 * without a dossier), the meldingen sent, DUO's answers and the differences found; DUO's notifications are kept by
 * BSN, not by dossier, so retention removes them just before the dossier is destroyed, and those about a BSN without
 * a dossier here once their own period after receipt has passed.
 */
@Component
class DuoGegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;

    DuoGegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String onderdeel() {
        return "duo";
    }

    @Override
    public Map<String, List<Map<String, Object>>> van(Persoon persoon) {
        Map<String, List<Map<String, Object>>> tabellen = new LinkedHashMap<>();
        tabellen.put(
                "duo_notificatie",
                Persoonsgegevens.rijen(
                        jdbc,
                        "select * from duo_notificatie where gemeentecode = ? and bsn = ? order by ontvangen_op",
                        persoon.gemeentecode(),
                        persoon.bsn()));
        if (persoon.inburgeraarId() != null) {
            tabellen.put(
                    "duo_melding",
                    Persoonsgegevens.rijen(
                            jdbc,
                            "select * from duo_melding where inburgeraar_id = ? order by aangemaakt_op",
                            persoon.inburgeraarId()));
            tabellen.put(
                    "duo_gegeven",
                    Persoonsgegevens.rijen(
                            jdbc,
                            "select * from duo_gegeven where inburgeraar_id = ? order by onderwerp",
                            persoon.inburgeraarId()));
            tabellen.put(
                    "duo_afwijking",
                    Persoonsgegevens.rijen(
                            jdbc,
                            "select * from duo_afwijking where inburgeraar_id = ? order by gevonden_op",
                            persoon.inburgeraarId()));
        }
        return tabellen;
    }

    @Override
    public void voorVernietiging(Persoon persoon) {
        jdbc.sql("delete from duo_notificatie where gemeentecode = ? and bsn = ?")
                .params(persoon.gemeentecode(), persoon.bsn())
                .update();
    }

    @Override
    public int verwijderZonderDossier(Instant ontvangenVoor) {
        return jdbc.sql("""
                delete from duo_notificatie n
                where n.ontvangen_op < ?
                  and not exists (select 1 from inburgeraar i where i.gemeentecode = n.gemeentecode and i.bsn = n.bsn)""").param(Timestamp.from(ontvangenVoor)).update();
    }
}
