package nl.inburgeringsregie.aanbieders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagDeelnemersInzien;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.privacy.Doelbinding;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's view of its participants (role AANBIEDER, ADR 0031): only the persons placed with the user's own
 * organisation, and only the minimum a provider needs to teach them: name, date of birth, route and level, the
 * placement's dates and state, contact and interpreter language. Never the BSN, the intake, health or handhaving.
 * Every read is audited for the person, with the purpose (the gemeente's task under the Wet inburgering, which the
 * provider carries out under contract).
 */
@Service
class Deelnemers {

    /** One participant's placement with the user's organisation, with the minimum data. */
    record Deelnemer(
            UUID plaatsingId,
            UUID inburgeraarId,
            String gemeentecode,
            String naam,
            LocalDate geboortedatum,
            Contractonderdeel onderdeel,
            String leerroute,
            String niveau,
            Plaatsing.Status status,
            LocalDate aanmelddatum,
            LocalDate verwachteStart,
            LocalDate startdatum,
            String telefoon,
            String email,
            String tolkTaal) {}

    /**
     * Who starts when: the organisation's placements by (expected) start. Filters on the organisation in SQL; the
     * row-level security policy relatie_aanbieder is the second wall. The dossier is read per placement by its key (a
     * lateral subquery that {@code offset 0} keeps from being flattened into a join): as a plain join, PostgreSQL read
     * all 300,000 dossiers of the national dataset through their row-level security policies (an OR it cannot
     * estimate) and hashed them, 270 ms for a provider of 518 participants (docs/performance.md, issue 15).
     */
    private static final String LIJST = """
            select p.id, p.inburgeraar_id, p.gemeentecode, p.onderdeel, p.leerroute, p.niveau, p.status, p.aanmelddatum,
                   p.verwachte_start, p.startdatum, i.geslachtsnaam, i.voornamen, i.geboortedatum, i.telefoon, i.email,
                   i.tolk_taal
            from plaatsing p
            cross join lateral (select x.geslachtsnaam, x.voornamen, x.geboortedatum, x.telefoon, x.email,
                                       case when x.tolk_nodig then x.tolk_taal end as tolk_taal
                                from inburgeraar x where x.id = p.inburgeraar_id offset 0) i
            where p.aanbieder_id = (select g.aanbieder_id from aanbieder_gebruiker g where g.gebruikersnaam = ?)
            """;

    /** Who starts when: by (expected) start, then name; the placement's id makes the order total, for pages. */
    private static final String VOLGORDE =
            " order by coalesce(p.startdatum, p.verwachte_start, p.aanmelddatum), i.geslachtsnaam, p.id";

    private final JdbcClient jdbc;
    private final Gebruikers gebruikers;
    private final Toegang toegang;
    private final AuditLog auditLog;
    private final MessageSourceAccessor berichten;

    Deelnemers(
            JdbcClient jdbc,
            Gebruikers gebruikers,
            Toegang toegang,
            AuditLog auditLog,
            MessageSourceAccessor berichten) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.toegang = toegang;
        this.auditLog = auditLog;
        this.berichten = berichten;
    }

    /** "Mijn deelnemers": every person placed with the user's organisation, who starts when; each audited. */
    @Transactional
    @MagDeelnemersInzien
    public List<Deelnemer> mijnDeelnemers() {
        List<Deelnemer> lijst = jdbc.sql(LIJST + VOLGORDE)
                .param(gebruikers.huidige().gebruikersnaam())
                .query((rs, i) -> deelnemer(rs))
                .list();
        audit(lijst);
        return lijst;
    }

    /** One page of "Mijn deelnemers": the participants from {@code vanaf} (0 is the first) and how many there are. */
    record Pagina(List<Deelnemer> deelnemers, int vanaf, int totaal) {}

    /**
     * "Mijn deelnemers" a page at a time (issue 15, national scale: a provider has hundreds of participants; a page of
     * {@code grootte} answers within the 20 ms of docs/performance.md, the whole list did not): in the order of
     * {@link #mijnDeelnemers()}, only the rows shown audited.
     */
    @Transactional
    @MagDeelnemersInzien
    public Pagina mijnDeelnemers(int vanaf, int grootte) {
        String gebruiker = gebruikers.huidige().gebruikersnaam();
        int totaal = jdbc.sql("""
                        select count(*) from plaatsing p
                        join aanbieder_gebruiker g on g.aanbieder_id = p.aanbieder_id and g.gebruikersnaam = ?""").param(gebruiker).query(Integer.class).single();
        int begin = Math.max(0, Math.min(vanaf, Math.max(0, totaal - 1)));
        List<Deelnemer> lijst = totaal == 0
                ? List.of()
                : jdbc.sql(LIJST + VOLGORDE + " limit ? offset ?")
                        .params(gebruiker, grootte, begin)
                        .query((rs, i) -> deelnemer(rs))
                        .list();
        audit(lijst);
        return new Pagina(lijst, begin, totaal);
    }

    private void audit(List<Deelnemer> lijst) {
        if (!lijst.isEmpty()) {
            auditLog.registreerElk(
                    AuditActie.IN_ZOEKRESULTAAT,
                    lijst.stream()
                            .map(d -> new AuditLog.Betrokkene(d.inburgeraarId(), d.gemeentecode()))
                            .toList(),
                    lijst.stream().map(d -> "mijn deelnemers (aanbieder)").toList(),
                    Doelbinding.UITVOERING_WET_INBURGERING);
        }
    }

    /** One participant's placements with the user's organisation; 404 for anyone not placed with it. */
    @Transactional
    @MagDeelnemersInzien
    public List<Deelnemer> deelnemer(UUID inburgeraarId) {
        toegang.eis(Recht.DEELNEMERS_INZIEN, inburgeraarId);
        List<Deelnemer> plaatsingen = jdbc.sql(LIJST + " and p.inburgeraar_id = ? order by p.aanmelddatum desc")
                .params(gebruikers.huidige().gebruikersnaam(), inburgeraarId)
                .query((rs, i) -> deelnemer(rs))
                .list();
        Deelnemer eerste = plaatsingen.stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN,
                new AuditLog.Betrokkene(inburgeraarId, eerste.gemeentecode()),
                "deelnemer (aanbieder)",
                Doelbinding.UITVOERING_WET_INBURGERING);
        return plaatsingen;
    }

    /** The name of the user's provider organisation, if the account is linked to one. */
    @Transactional(readOnly = true)
    public Optional<String> mijnOrganisatie() {
        return jdbc.sql("""
                        select a.naam from aanbieder a join aanbieder_gebruiker g on g.aanbieder_id = a.id
                        where g.gebruikersnaam = ?""")
                .param(gebruikers.huidige().gebruikersnaam())
                .query(String.class)
                .optional();
    }

    private static Deelnemer deelnemer(ResultSet rs) throws SQLException {
        String voornamen = rs.getString("voornamen");
        return new Deelnemer(
                rs.getObject("id", UUID.class),
                rs.getObject("inburgeraar_id", UUID.class),
                rs.getString("gemeentecode"),
                rs.getString("geslachtsnaam") + (voornamen == null ? "" : ", " + voornamen),
                rs.getObject("geboortedatum", LocalDate.class),
                Contractonderdeel.valueOf(rs.getString("onderdeel")),
                rs.getString("leerroute"),
                rs.getString("niveau"),
                Plaatsing.Status.valueOf(rs.getString("status")),
                rs.getObject("aanmelddatum", LocalDate.class),
                rs.getObject("verwachte_start", LocalDate.class),
                rs.getObject("startdatum", LocalDate.class),
                rs.getString("telefoon"),
                rs.getString("email"),
                rs.getString("tolk_taal"));
    }
}
