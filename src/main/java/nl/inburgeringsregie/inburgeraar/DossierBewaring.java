package nl.inburgeringsregie.inburgeraar;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.privacy.Dossierregister;
import nl.inburgeringsregie.privacy.Persoonsgegevens;
import nl.inburgeringsregie.privacy.PrivacyGebeurtenis;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dossier as the privacy module needs it (issue 14 points 15 and 16): finding a person's dossier, the dossiers
 * whose duty ended (and when), destroying one for retention, the dossier's own tables for the inzage export, and the
 * journal line of what the privacy officer did about the dossier. Called only by the privacy module's services, which
 * check the rights.
 */
@Component
class DossierBewaring implements Dossierregister, Persoonsgegevens {

    private final JdbcClient jdbc;
    private final InburgeraarRepository repository;
    private final Journaal journaal;

    DossierBewaring(JdbcClient jdbc, InburgeraarRepository repository, Journaal journaal) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.journaal = journaal;
    }

    @Override
    public Optional<Dossier> opBsn(String gemeentecode, String bsn) {
        return jdbc.sql(
                        "select id, gemeentecode, bsn, geslachtsnaam, voornamen from inburgeraar where gemeentecode = ? and bsn = ?")
                .params(gemeentecode, bsn)
                .query(DossierBewaring::dossier)
                .optional();
    }

    @Override
    public Optional<Dossier> opId(UUID id) {
        return jdbc.sql("select id, gemeentecode, bsn, geslachtsnaam, voornamen from inburgeraar where id = ?")
                .params(id)
                .query(DossierBewaring::dossier)
                .optional();
    }

    @Override
    public List<Beeindigd> beeindigdUiterlijk(LocalDate grens) {
        return jdbc.sql("""
                select id, gemeentecode, einde from (
                    select i.id, i.gemeentecode,
                           (select (max(j.occurred_at) at time zone 'Europe/Amsterdam')::date from journaal j
                            where j.inburgeraar_id = i.id and j.soort = 'FASE' and j.nieuwe_waarde = i.fase) as einde
                    from inburgeraar i where i.fase in ('AFGEROND', 'UITGESCHREVEN')) beeindigd
                where einde is not null and einde <= ?
                order by einde, id""")
                .params(Date.valueOf(grens))
                .query((rs, i) -> new Beeindigd(
                        rs.getObject("id", UUID.class),
                        rs.getString("gemeentecode"),
                        rs.getDate("einde").toLocalDate()))
                .list();
    }

    /** The journal goes first (it has no cascade); everything else hangs on the dossier with ON DELETE CASCADE. */
    @Override
    public void vernietig(UUID id) {
        jdbc.sql("delete from journaal where inburgeraar_id = ?").params(id).update();
        jdbc.sql("delete from inburgeraar where id = ?").params(id).update();
    }

    @Override
    public String onderdeel() {
        return "dossier";
    }

    @Override
    public Map<String, List<Map<String, Object>>> van(Persoon persoon) {
        Map<String, List<Map<String, Object>>> tabellen = new LinkedHashMap<>();
        if (persoon.inburgeraarId() == null) {
            return tabellen;
        }
        UUID id = persoon.inburgeraarId();
        tabellen.put("inburgeraar", Persoonsgegevens.rijen(jdbc, "select * from inburgeraar where id = ?", id));
        tabellen.put(
                "kind",
                Persoonsgegevens.rijen(jdbc, "select * from kind where inburgeraar = ? order by inburgeraar_key", id));
        tabellen.put(
                "doelgroep_historie",
                Persoonsgegevens.rijen(
                        jdbc,
                        "select * from doelgroep_historie where inburgeraar_id = ? order by geldig_vanaf, id",
                        id));
        tabellen.put(
                "journaal",
                Persoonsgegevens.rijen(
                        jdbc, "select * from journaal where inburgeraar_id = ? order by occurred_at, id", id));
        return tabellen;
    }

    /** What the privacy officer did about a dossier (correction, legal hold), in its journal. */
    @EventListener
    void privacy(PrivacyGebeurtenis gebeurtenis) {
        repository
                .findById(gebeurtenis.inburgeraarId())
                .ifPresent(inburgeraar -> journaal.enkel(
                        inburgeraar,
                        Journaal.Soort.PRIVACY,
                        null,
                        null,
                        gebeurtenis.tekst(),
                        gebeurtenis.gebruiker(),
                        gebeurtenis.op()));
    }

    private static Dossier dossier(ResultSet rs, int rij) throws SQLException {
        String voornamen = rs.getString("voornamen");
        String naam = (voornamen == null ? "" : voornamen + " ") + rs.getString("geslachtsnaam");
        return new Dossier(rs.getObject("id", UUID.class), rs.getString("gemeentecode"), rs.getString("bsn"), naam);
    }
}
