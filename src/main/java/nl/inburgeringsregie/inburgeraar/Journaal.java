package nl.inburgeringsregie.inburgeraar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dossier journal: every change with who, when and what (old → new). Rows are only added.
 */
@Component
class Journaal {

    enum Soort {
        REGISTRATIE,
        WIJZIGING,
        TOEWIJZING,
        FASE,
        PIP,
        DUO,
        /** Uitschrijven: the reason given (the phase change itself is a FASE row). */
        UITSCHRIJVING,
        /** A typed milestone that no longer counts (T-15), written by the migration that replaced it. */
        CORRECTIE,
        /**
         * h8 (issue 14 points 6, 15, 16): what privacy asks to be on the record: a break-the-glass assignment's reason
         * (I-5), a correction under AVG art. 16, a legal hold set or lifted.
         */
        PRIVACY,
        /** Issue 15: a placement with a provider and each step of its lifecycle (module aanbieders). */
        PLAATSING,
        /** Issue 17, T-12: COA's profile received outside the import, or the joint handover conversation held (intake). */
        COA,
        /** Issue 16: a document the gemeente issued about the person (the statement for the late-offer ground, T-5). */
        DOCUMENT
    }

    record Regel(
            long id,
            Instant tijdstip,
            String gebruiker,
            Soort soort,
            String veld,
            String oudeWaarde,
            String nieuweWaarde) {}

    /** A dossier's journal, newest first (the dossier page); one parameter, the dossier's id. */
    static final String VAN_DOSSIER =
            "select * from journaal where inburgeraar_id = ? order by occurred_at desc, id desc";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    Journaal(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    void registratie(Inburgeraar inburgeraar, String gebruiker, Instant nu) {
        enkel(
                inburgeraar,
                Soort.REGISTRATIE,
                null,
                null,
                inburgeraar.registratiebron().name(),
                gebruiker,
                nu);
    }

    /** One row per changed field; returns the names of the fields that changed. */
    List<String> wijzigingen(
            Inburgeraar inburgeraar, Map<String, String> oud, Map<String, String> nieuw, String gebruiker, Instant nu) {
        List<Object[]> rows = new ArrayList<>();
        List<String> velden = new ArrayList<>();
        for (var veld : nieuw.entrySet()) {
            String was = oud.get(veld.getKey());
            if (!Objects.equals(was, veld.getValue())) {
                rows.add(new Object[] {Soort.WIJZIGING.name(), veld.getKey(), was, veld.getValue()});
                velden.add(veld.getKey());
            }
        }
        schrijf(inburgeraar, gebruiker, nu, rows);
        return velden;
    }

    void enkel(
            Inburgeraar inburgeraar, Soort soort, String veld, String oud, String nieuw, String gebruiker, Instant nu) {
        schrijf(inburgeraar, gebruiker, nu, List.<Object[]>of(new Object[] {soort.name(), veld, oud, nieuw}));
    }

    List<Regel> van(UUID inburgeraarId) {
        return jdbc.sql(VAN_DOSSIER)
                .param(inburgeraarId)
                .query((rs, i) -> new Regel(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"),
                        Soort.valueOf(rs.getString("soort")),
                        rs.getString("veld"),
                        rs.getString("oude_waarde"),
                        rs.getString("nieuwe_waarde")))
                .list();
    }

    private void schrijf(Inburgeraar inburgeraar, String gebruiker, Instant nu, List<Object[]> wijzigingen) {
        if (wijzigingen.isEmpty()) {
            return;
        }
        Timestamp tijdstip = Timestamp.from(nu);
        jdbcTemplate.batchUpdate(
                """
                insert into journaal (inburgeraar_id, gemeentecode, occurred_at, username, soort, veld, oude_waarde,
                                      nieuwe_waarde)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                wijzigingen.stream()
                        .map(w -> new Object[] {
                            inburgeraar.id(), inburgeraar.gemeentecode(), tijdstip, gebruiker, w[0], w[1], w[2], w[3]
                        })
                        .toList());
    }
}
