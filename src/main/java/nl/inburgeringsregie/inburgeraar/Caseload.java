package nl.inburgeringsregie.inburgeraar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseload: the dossiers of the user's gemeenten, own caseload first, then by name; filtered and
 * searched in SQL and paged by keyset (no OFFSET, no exact count over large sets: the count stops at
 * {@link #TEL_TOT}). Every person returned is audited as read.
 */
@Component
class Caseload {

    static final int TEL_TOT = 1000;
    static final String NIEMAND = "niemand";

    record Filter(String zoek, String consulent, Doelgroep doelgroep, Fase fase, Wet wet, String gemeentecode) {}

    record Rij(
            UUID id,
            String gemeentecode,
            String bsn,
            String geslachtsnaam,
            String voornamen,
            LocalDate geboortedatum,
            Doelgroep doelgroep,
            Fase fase,
            Wet wet,
            String consulent,
            String consulentNaam,
            boolean eigen) {

        String naam() {
            return voornamen == null || voornamen.isBlank() ? geslachtsnaam : voornamen + " " + geslachtsnaam;
        }
    }

    /** One page; {@code volgende} is the cursor of the next page or null, {@code aantal} capped at TEL_TOT. */
    record Pagina(List<Rij> rijen, String volgende, int aantal, boolean meer) {}

    private final JdbcClient jdbc;
    private final Gebruikers gebruikers;
    private final AuditLog auditLog;

    Caseload(JdbcClient jdbc, Gebruikers gebruikers, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.auditLog = auditLog;
    }

    @Transactional
    @MagDossierInzien
    Pagina zoek(Filter filter, String cursor, int grootte) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        List<String> gemeenten = filter.gemeentecode() != null && gebruiker.werktVoor(filter.gemeentecode())
                ? List.of(filter.gemeentecode())
                : gebruiker.gemeenten();
        Sql sql = sql(filter, gemeenten, gebruiker.gebruikersnaam(), cursor, grootte);
        int aantal = jdbc.sql(sql.telling())
                .params(sql.params())
                .query(Integer.class)
                .single();
        List<Rij> rijen = new ArrayList<>(jdbc.sql(sql.pagina())
                .params(sql.params())
                .query((rs, n) -> new Rij(
                        rs.getObject("id", UUID.class),
                        rs.getString("gemeentecode"),
                        rs.getString("bsn"),
                        rs.getString("geslachtsnaam"),
                        rs.getString("voornamen"),
                        rs.getObject("geboortedatum", LocalDate.class),
                        Doelgroep.valueOf(rs.getString("doelgroep")),
                        Fase.valueOf(rs.getString("fase")),
                        Wet.valueOf(rs.getString("wet")),
                        rs.getString("consulent"),
                        rs.getString("display_name"),
                        !rs.getBoolean("ander")))
                .list());
        String volgende = null;
        if (rijen.size() > grootte) {
            rijen = new ArrayList<>(rijen.subList(0, grootte));
            Rij laatste = rijen.getLast();
            volgende = new Cursor(!laatste.eigen(), laatste.geslachtsnaam().toLowerCase(), laatste.id()).schrijf();
        }
        boolean zoeken = filter.zoek() != null && !filter.zoek().trim().isEmpty();
        auditLog.registreer(
                AuditActie.IN_ZOEKRESULTAAT,
                rijen.stream()
                        .map(r -> new AuditLog.Betrokkene(r.id(), r.gemeentecode()))
                        .toList(),
                zoeken ? "zoeken" : "caseload");
        return new Pagina(List.copyOf(rijen), volgende, Math.min(aantal, TEL_TOT), aantal > TEL_TOT);
    }

    /** The two statements of {@link #zoek}, the capped count and the page, with their named parameters. */
    record Sql(String telling, String pagina, Map<String, Object> params) {}

    /**
     * The statements behind {@link #zoek} for a user ({@code ik}) in the given gemeenten. A name is searched by prefix
     * of the folded surname or first names (zoekvorm: no accents, lower case; V25_1) with starts_with on the columns of
     * V12, the form PostgreSQL can take to an index under row-level security (lower(..) like .. it cannot: neither is
     * leakproof). zoekvorm(:prefix) becomes a constant when the statement is planned.
     */
    static Sql sql(Filter filter, List<String> gemeenten, String ik, String cursor, int grootte) {
        StringBuilder where = new StringBuilder(" where i.gemeentecode = any(:gemeenten)");
        Map<String, Object> params = new HashMap<>();
        params.put("gemeenten", gemeenten.toArray(String[]::new));
        params.put("ik", ik);
        String zoek = filter.zoek() == null ? "" : filter.zoek().trim();
        if (zoek.matches("[0-9]{9}")) {
            where.append(" and i.bsn = :bsn");
            params.put("bsn", zoek);
        } else if (!zoek.isEmpty()) {
            // Folded by the same SQL function as the columns (V25_1): accents and case ignored (issue 21 point 6).
            where.append(" and (starts_with(i.zoek_geslachtsnaam, zoekvorm(:prefix))"
                    + " or starts_with(i.zoek_voornamen, zoekvorm(:prefix)))");
            params.put("prefix", zoek);
        }
        if (NIEMAND.equals(filter.consulent())) {
            where.append(" and i.consulent is null");
        } else if (filter.consulent() != null && !filter.consulent().isBlank()) {
            where.append(" and i.consulent = :consulent");
            params.put("consulent", filter.consulent());
        }
        if (filter.doelgroep() != null) {
            where.append(" and i.doelgroep = :doelgroep");
            params.put("doelgroep", filter.doelgroep().name());
        }
        if (filter.fase() != null) {
            where.append(" and i.fase = :fase");
            params.put("fase", filter.fase().name());
        }
        if (filter.wet() != null) {
            where.append(" and i.wet = :wet");
            params.put("wet", filter.wet().name());
        }
        String telling =
                "select count(*) from (select 1 from inburgeraar i" + where + " limit " + (TEL_TOT + 1) + ") x";

        Cursor vanaf = Cursor.lees(cursor);
        if (vanaf != null) {
            where.append(
                    " and ((i.consulent is distinct from :ik), lower(i.geslachtsnaam), i.id) > (:cAnder, :cNaam, :cId)");
            params.put("cAnder", vanaf.ander());
            params.put("cNaam", vanaf.naam());
            params.put("cId", vanaf.id());
        }
        params.put("limiet", grootte + 1);
        String pagina = """
                select i.id, i.gemeentecode, i.bsn, i.geslachtsnaam, i.voornamen, i.geboortedatum, i.doelgroep, i.fase,
                       i.wet, i.consulent, u.display_name, (i.consulent is distinct from :ik) as ander
                from inburgeraar i left join app_user u on u.username = i.consulent
                """ + where + """
                 order by ander, lower(i.geslachtsnaam), i.id
                limit :limiet""";
        return new Sql(telling, pagina, params);
    }

    /** The keyset position after the last row of a page, as an opaque URL-safe token. */
    record Cursor(boolean ander, String naam, UUID id) {

        String schrijf() {
            String raw = (ander ? "1" : "0") + "|" + id + "|" + naam;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor lees(String token) {
            if (token == null || token.isBlank()) {
                return null;
            }
            try {
                String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                String[] parts = raw.split("\\|", 3);
                return new Cursor("1".equals(parts[0]), parts[2], UUID.fromString(parts[1]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new InvalidInputException("volgende", "fout.cursor", null);
            }
        }
    }
}
