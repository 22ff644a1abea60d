package nl.inburgeringsregie.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.inburgeringsregie.inburgeraar.Bsn;

/** Unique, valid test data: BSNs that pass the elfproef and never collide between tests. */
public final class TestData {

    private static final AtomicInteger TELLER = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private TestData() {}

    /** A fresh BSN that passes the elfproef (starting with 9, a range the demo generator does not use). */
    public static String bsn() {
        while (true) {
            Optional<String> bsn = Bsn.aangevuld("9" + String.format("%07d", TELLER.incrementAndGet() % 10_000_000));
            if (bsn.isPresent()) {
                return bsn.get();
            }
        }
    }

    /** A valid registration body for the API: an asielstatushouder in Haarlem under Wi2021. */
    public static Map<String, Object> inburgeraar(String bsn) {
        return inburgeraar(bsn, "0392");
    }

    public static Map<String, Object> inburgeraar(String bsn, String gemeentecode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gemeentecode", gemeentecode);
        body.put("bsn", bsn);
        body.put("geslachtsnaam", "Haddad");
        body.put("voornamen", "Rania");
        body.put("geboortedatum", "1990-04-12");
        body.put("geslacht", "V");
        body.put("nationaliteiten", List.of("SY"));
        body.put("landVanHerkomst", "SY");
        body.put("talen", List.of("ar"));
        body.put("tolkNodig", true);
        body.put("tolkTaal", "ar");
        body.put("doelgroep", "Asielstatushouder");
        body.put("gedetailleerdeDoelgroep", "Asielstatushouder");
        body.put("wet", "WI2021");
        body.put("datumKennisgeving", "2025-01-10");
        body.put("datumKoppeling", "2025-01-20");
        return body;
    }
}
