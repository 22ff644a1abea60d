package nl.inburgeringsregie.inburgeraar;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads {@link Dossierfeiten} for other modules, in bulk and without loading whole aggregates, and apart from them the
 * person's identity for the few that need it: the BSN (DUO), the name (a page that shows it) and the addressing of a
 * letter. Row-level security limits it to the gemeenten of the connection (the signed-in user's, or all for system
 * work); it checks no right and writes no audit row: callers that show the facts to a user do that.
 */
@Component
public class DossierfeitenLezer {

    private static final String KOLOMMEN = """
            id, gemeentecode, consulent, geboortedatum, doelgroep, wet, fase, datum_kennisgeving,
            datum_koppeling, datum_huisvesting, datum_inschrijving_brp, datum_brede_intake_afgerond, dagtekening_pip,
            einddatum_inburgeringstermijn, wacht_op_derden_sinds, wacht_op_derden_reden, wacht_op_derden_ontvangen,
            pip_ingetrokken_op, tijdelijke_vrijstelling_van, tijdelijke_vrijstelling_tot,
            tijdelijke_vrijstelling_ingetrokken_op, datum_start_bijstand""";

    /** The facts of dossiers by id (the deadlines on the dossier page are computed from them); one uuid[] parameter. */
    static final String VAN = "select " + KOLOMMEN + " from inburgeraar where id = any(?)";

    private final JdbcClient jdbc;
    private final DoelgroepHistorie doelgroepHistorie;

    DossierfeitenLezer(JdbcClient jdbc, DoelgroepHistorie doelgroepHistorie) {
        this.jdbc = jdbc;
        this.doelgroepHistorie = doelgroepHistorie;
    }

    @Transactional(readOnly = true)
    public List<Dossierfeiten> van(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Dossierfeiten> feiten = jdbc.sql(VAN)
                .param(ids.toArray(UUID[]::new))
                .query(DossierfeitenLezer::feiten)
                .list();
        // PL-6: the doelgroep over time, one query for the whole batch.
        var historie = doelgroepHistorie.rijen(ids);
        return feiten.stream()
                .map(d -> d.metDoelgroepHistorie(DoelgroepHistorie.tijdlijn(historie.getOrDefault(d.id(), List.of()))))
                .toList();
    }

    /**
     * The names of dossiers by id ("Geslachtsnaam, Voornamen"), for a worklist page that shows them (the deadline read
     * model stores none, issue 13 point 5): one lookup by primary key for the page.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> namen(Collection<UUID> ids) {
        Map<UUID, String> namen = new HashMap<>();
        if (ids.isEmpty()) {
            return namen;
        }
        jdbc.sql("select id, geslachtsnaam, voornamen from inburgeraar where id = any(?)")
                .param(ids.toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    namen.put(rs.getObject("id", UUID.class), naam(rs));
                });
        return namen;
    }

    /** The BSN of a dossier, for DUO's exchange, which names a person by it. */
    @Transactional(readOnly = true)
    public Optional<String> bsn(UUID id) {
        return Optional.ofNullable(bsns(List.of(id)).get(id));
    }

    /** The BSNs of dossiers by id, for DUO's exchange: one lookup by primary key. */
    @Transactional(readOnly = true)
    public Map<UUID, String> bsns(Collection<UUID> ids) {
        Map<UUID, String> bsns = new HashMap<>();
        if (ids.isEmpty()) {
            return bsns;
        }
        jdbc.sql("select id, bsn from inburgeraar where id = any(?)")
                .param(ids.toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    bsns.put(rs.getObject("id", UUID.class), rs.getString("bsn"));
                });
        return bsns;
    }

    /** Whom a letter to the person of a dossier is addressed to: name, address and languages. */
    @Transactional(readOnly = true)
    public Optional<Adressering> adressering(UUID id) {
        return jdbc.sql("""
                select geslachtsnaam, voornamen, straat, huisnummer, postcode, woonplaats, talen
                from inburgeraar where id = ?""")
                .param(id)
                .query((rs, i) -> new Adressering(naam(rs), adres(rs), talen(rs)))
                .optional();
    }

    /** The start of the right to bijstand (O-1, T-8: the start of ontzorgen), if the dossier records it. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> datumStartBijstand(UUID id) {
        return jdbc.sql("select datum_start_bijstand from inburgeraar where id = ?")
                .param(id)
                .query((rs, i) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .optional()
                .flatMap(d -> d);
    }

    /**
     * The interpreter the dossier records as needed (rule book I-1), as its language code; empty when the dossier
     * records no need. For planning an appointment (module afspraken, ADR 0038).
     */
    @Transactional(readOnly = true)
    public Optional<String> tolkTaal(UUID id) {
        return jdbc.sql("select case when tolk_nodig then tolk_taal end from inburgeraar where id = ?")
                .param(id)
                .query((rs, i) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(t -> t);
    }

    /** The ids of every dossier of a gemeente, in id order, from {@code na} (exclusive; null = the start). */
    @Transactional(readOnly = true)
    public List<UUID> ids(String gemeentecode, UUID na, int max) {
        return jdbc.sql("""
                select id from inburgeraar where gemeentecode = ? and (?::uuid is null or id > ?::uuid)
                order by id limit ?""").params(gemeentecode, na, na, max).query(UUID.class).list();
    }

    /** The dossier of a BSN in a gemeente, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> idVan(String gemeentecode, String bsn) {
        return jdbc.sql("select id from inburgeraar where gemeentecode = ? and bsn = ?")
                .params(gemeentecode, bsn)
                .query(UUID.class)
                .optional();
    }

    /** The gemeenten that have dossiers. */
    @Transactional(readOnly = true)
    public List<String> gemeenten() {
        return jdbc.sql("select distinct gemeentecode from inburgeraar order by gemeentecode")
                .query(String.class)
                .list();
    }

    /** The children of a dossier's household, in their registered order (I-2: VVE). */
    @Transactional(readOnly = true)
    public List<Kind> kinderen(UUID id) {
        return jdbc.sql("select voornaam, geboortedatum from kind where inburgeraar = ? order by inburgeraar_key")
                .param(id)
                .query((rs, i) -> new Kind(rs.getString("voornaam"), datum(rs, "geboortedatum")))
                .list();
    }

    private static Dossierfeiten feiten(ResultSet rs, int rij) throws SQLException {
        return new Dossierfeiten(
                rs.getObject("id", UUID.class),
                rs.getString("gemeentecode"),
                rs.getString("consulent"),
                datum(rs, "geboortedatum"),
                Doelgroep.valueOf(rs.getString("doelgroep")),
                Wet.valueOf(rs.getString("wet")),
                Fase.valueOf(rs.getString("fase")),
                datum(rs, "datum_kennisgeving"),
                datum(rs, "datum_koppeling"),
                datum(rs, "datum_huisvesting"),
                datum(rs, "datum_inschrijving_brp"),
                new Mijlpalen(
                        datum(rs, "datum_brede_intake_afgerond"),
                        datum(rs, "dagtekening_pip"),
                        datum(rs, "einddatum_inburgeringstermijn"),
                        datum(rs, "wacht_op_derden_sinds"),
                        rs.getString("wacht_op_derden_reden"),
                        datum(rs, "wacht_op_derden_ontvangen")),
                List.of(),
                new Onderbreking(
                        datum(rs, "pip_ingetrokken_op"),
                        datum(rs, "tijdelijke_vrijstelling_van"),
                        datum(rs, "tijdelijke_vrijstelling_tot"),
                        datum(rs, "tijdelijke_vrijstelling_ingetrokken_op")),
                datum(rs, "datum_start_bijstand"));
    }

    private static String naam(ResultSet rs) throws SQLException {
        String voornamen = rs.getString("voornamen");
        return rs.getString("geslachtsnaam") + (voornamen == null || voornamen.isBlank() ? "" : ", " + voornamen);
    }

    private static String adres(ResultSet rs) throws SQLException {
        String regel1 = String.join(
                " ",
                Stream.of(rs.getString("straat"), rs.getString("huisnummer"))
                        .filter(Objects::nonNull)
                        .toList());
        String regel2 = String.join(
                " ",
                Stream.of(rs.getString("postcode"), rs.getString("woonplaats"))
                        .filter(Objects::nonNull)
                        .toList());
        String adres = (regel1 + (regel1.isBlank() || regel2.isBlank() ? "" : ", ") + regel2).trim();
        return adres.isEmpty() ? null : adres;
    }

    private static List<String> talen(ResultSet rs) throws SQLException {
        Array array = rs.getArray("talen");
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static LocalDate datum(ResultSet rs, String kolom) throws SQLException {
        return rs.getObject(kolom, LocalDate.class);
    }
}
