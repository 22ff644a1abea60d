package nl.inburgeringsregie.intake;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.BijzondereGegevens;
import nl.inburgeringsregie.privacy.Persoonsgegevens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The intake's personal data for privacy (issue 14): whether a dossier holds health data (I-5; assigning it needs a
 * team lead or a reason, point 6), everything the intake keeps about a person for the inzage export (point 15), and
 * erasing the health leefgebieden when their retention ends (point 16).
 */
@Component
class IntakeGegevens implements BijzondereGegevens, Persoonsgegevens {

    /** The special-category leefgebieden (I-5) as stored. */
    private static final String[] BIJZONDER = Arrays.stream(Leefgebied.values())
            .filter(Leefgebied::bijzonder)
            .map(Enum::name)
            .toArray(String[]::new);

    private final JdbcClient jdbc;

    IntakeGegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean aanwezig(UUID inburgeraarId) {
        return Boolean.TRUE.equals(jdbc.sql("""
                select exists (select 1 from intake_leefgebied where inburgeraar_id = ? and leefgebied = any(?))""")
                .params(inburgeraarId, BIJZONDER)
                .query(Boolean.class)
                .single());
    }

    @Override
    public String onderdeel() {
        return "intake";
    }

    @Override
    public Map<String, List<Map<String, Object>>> van(Persoon persoon) {
        Map<String, List<Map<String, Object>>> tabellen = new LinkedHashMap<>();
        if (persoon.inburgeraarId() == null) {
            return tabellen;
        }
        UUID id = persoon.inburgeraarId();
        tabellen.put("intake", Persoonsgegevens.rijen(jdbc, "select * from intake where inburgeraar_id = ?", id));
        tabellen.put(
                "intake_leefgebied",
                Persoonsgegevens.rijen(
                        jdbc, "select * from intake_leefgebied where inburgeraar_id = ? order by leefgebied", id));
        tabellen.put(
                "intake_afspraak",
                Persoonsgegevens.rijen(
                        jdbc, "select * from intake_afspraak where inburgeraar_id = ? order by intake_key", id));
        tabellen.put(
                "coa_overdracht",
                Persoonsgegevens.rijen(
                        jdbc, "select * from coa_overdracht where inburgeraar_id = ? order by geimporteerd_op", id));
        tabellen.put(
                "coa_registratie",
                Persoonsgegevens.rijen(
                        jdbc, "select * from coa_registratie where inburgeraar_id = ? order by geregistreerd_op", id));
        return tabellen;
    }

    @Override
    public boolean wisBijzondereGegevens(UUID inburgeraarId) {
        return jdbc.sql("delete from intake_leefgebied where inburgeraar_id = ? and leefgebied = any(?)")
                        .params(inburgeraarId, BIJZONDER)
                        .update()
                > 0;
    }
}
