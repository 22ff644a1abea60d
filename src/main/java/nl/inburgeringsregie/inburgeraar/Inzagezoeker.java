package nl.inburgeringsregie.inburgeraar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.privacy.Inzagepersonen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The privacy officer's person search in the audit log (issue 21 point 7): by BSN (exact, elfproef) or by name, with
 * the accent-free search columns of V12/V25_1 (as {@link Caseload}). Reads only; the privacy module audits.
 */
@Component
class Inzagezoeker implements Inzagepersonen {

    private static final String KOLOMMEN =
            "select id, gemeentecode, geslachtsnaam, voornamen, geboortedatum from inburgeraar";

    private final JdbcClient jdbc;

    Inzagezoeker(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Persoon> zoek(String bsnOfNaam, List<String> gemeenten, int max) {
        String zoek = bsnOfNaam == null ? "" : bsnOfNaam.trim().replaceAll("\\s+", " ");
        if (zoek.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("gemeenten", gemeenten.toArray(String[]::new));
        params.put("max", max);
        String bsn = zoek.replaceAll("[ .]", "");
        if (bsn.matches("[0-9]+")) {
            if (!bsn.matches("[0-9]{9}")) {
                throw new InvalidInputException("inburgeraar", "fout.bsn.vorm", null);
            }
            if (!Bsn.isGeldig(bsn)) {
                throw new InvalidInputException("inburgeraar", "fout.bsn.elfproef", null);
            }
            params.put("bsn", bsn);
            return jdbc.sql(KOLOMMEN + " where gemeentecode = any(:gemeenten) and bsn = :bsn"
                            + " order by lower(geslachtsnaam), id limit :max")
                    .params(params)
                    .query(this::persoon)
                    .list();
        }
        // The whole text as the beginning of the surname or of the first names; "Rania Haddad" (first name, then
        // surname) and "Haddad, Rania" (as letters and lists write it).
        List<String> condities = new ArrayList<>(List.of(
                "starts_with(zoek_geslachtsnaam, zoekvorm(:heel))", "starts_with(zoek_voornamen, zoekvorm(:heel))"));
        params.put("heel", zoek.replace(",", ""));
        int komma = zoek.indexOf(',');
        if (komma > 0 && komma < zoek.length() - 1) {
            condities.add(
                    "(starts_with(zoek_geslachtsnaam, zoekvorm(:achter)) and starts_with(zoek_voornamen, zoekvorm(:voor)))");
            params.put("achter", zoek.substring(0, komma).trim());
            params.put("voor", zoek.substring(komma + 1).trim());
        } else if (zoek.indexOf(' ') > 0) {
            condities.add(
                    "(starts_with(zoek_voornamen, zoekvorm(:voor)) and starts_with(zoek_geslachtsnaam, zoekvorm(:achter)))");
            params.put("voor", zoek.substring(0, zoek.indexOf(' ')));
            params.put("achter", zoek.substring(zoek.indexOf(' ') + 1));
        }
        return jdbc.sql(KOLOMMEN + " where gemeentecode = any(:gemeenten) and (" + String.join(" or ", condities) + ")"
                        + " order by lower(geslachtsnaam), lower(voornamen), id limit :max")
                .params(params)
                .query(this::persoon)
                .list();
    }

    @Override
    public Optional<Persoon> vind(UUID id, List<String> gemeenten) {
        return jdbc.sql(KOLOMMEN + " where id = ? and gemeentecode = any(?)")
                .params(id, gemeenten.toArray(String[]::new))
                .query(this::persoon)
                .optional();
    }

    private Persoon persoon(ResultSet rs, int rij) throws SQLException {
        String voornamen = rs.getString("voornamen");
        String naam = voornamen == null || voornamen.isBlank()
                ? rs.getString("geslachtsnaam")
                : voornamen + " " + rs.getString("geslachtsnaam");
        return new Persoon(
                rs.getObject("id", UUID.class),
                rs.getString("gemeentecode"),
                naam,
                rs.getObject("geboortedatum", LocalDate.class));
    }
}
