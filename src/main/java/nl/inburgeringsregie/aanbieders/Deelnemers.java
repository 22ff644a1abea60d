package nl.inburgeringsregie.aanbieders;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagDeelnemersInzien;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.infrastructure.Beslist;
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
 * placement's dates and state, contact and interpreter language; the BSN only on one participant's view and only for a
 * placement whose contract says the provider registers exams with DUO (AB-10). Never the intake, health or handhaving.
 * Every read is audited for the person, with the purpose (the gemeente's task under the Wet inburgering, which the
 * provider carries out under contract), and a read of the BSN once more, naming the exam registration.
 */
@Service
@Beslist("AB-10")
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
            String tolkTaal,

            @Schema(
                    description =
                            "Alleen voor één deelnemer en alleen onder een contract voor examenregistratie bij DUO"
                                    + " (regel AB-10)")
            String bsn) {}

    /**
     * Who starts when: the organisation's placements by (expected) start. Filters on the organisation in SQL; the
     * row-level security policy relatie_aanbieder is the second wall. The dossier is read per placement by its key (a
     * lateral subquery that {@code offset 0} keeps from being flattened into a join): as a plain join, PostgreSQL read
     * all 300,000 dossiers of the national dataset through their row-level security policies (an OR it cannot
     * estimate) and hashed them, 270 ms for a provider of 518 participants (docs/performance.md, issue 15). The list
     * never carries the BSN.
     */
    private static final String LIJST = """
            select p.id, p.inburgeraar_id, p.gemeentecode, p.onderdeel, p.leerroute, p.niveau, p.status, p.aanmelddatum,
                   p.verwachte_start, p.startdatum, i.geslachtsnaam, i.voornamen, i.geboortedatum, i.telefoon, i.email,
                   i.tolk_taal, null as bsn
            from plaatsing p
            cross join lateral (select x.geslachtsnaam, x.voornamen, x.geboortedatum, x.telefoon, x.email,
                                       case when x.tolk_nodig then x.tolk_taal end as tolk_taal
                                from inburgeraar x where x.id = p.inburgeraar_id offset 0) i
            where p.aanbieder_id = (select g.aanbieder_id from aanbieder_gebruiker g where g.gebruikersnaam = ?)
            """;

    /** One participant's placements: as {@link #LIJST}, with the BSN where the placement's contract gives it (AB-10). */
    private static final String EEN = """
            select p.id, p.inburgeraar_id, p.gemeentecode, p.onderdeel, p.leerroute, p.niveau, p.status, p.aanmelddatum,
                   p.verwachte_start, p.startdatum, i.geslachtsnaam, i.voornamen, i.geboortedatum, i.telefoon, i.email,
                   case when i.tolk_nodig then i.tolk_taal end as tolk_taal,
                   case when c.bsn_voor_examenregistratie then i.bsn end as bsn
            from plaatsing p join inburgeraar i on i.id = p.inburgeraar_id
            join contract c on c.id = p.contract_id
            join aanbieder_gebruiker g on g.aanbieder_id = p.aanbieder_id and g.gebruikersnaam = ?
            where p.inburgeraar_id = ? order by p.aanmelddatum desc
            """;

    /**
     * What the provider still has to report (issue 15, "reports due"): the participants whose attendance of the last
     * completed week ({@code week}, its Monday) is missing (AB-6), and those whose quarterly progress report (AB-7) is
     * due within {@link #VOORTGANG_VOORUIT} or overdue.
     */
    record TeMelden(
            LocalDate week,
            List<Deelnemer> presentie,
            List<VoortgangTeMelden> voortgang,

            @Schema(description = "Hoeveel deelnemers de presentie van de week nog moeten krijgen (regel AB-6)")
            int aantalPresentie,

            @Schema(description = "Hoeveel deelnemers een voortgangsmelding moeten krijgen (regel AB-7)")
            int aantalVoortgang) {

        public int aantal() {
            return aantalPresentie + aantalVoortgang;
        }

        /** Whether the lists hold fewer participants than are due (a page shows the first ones). */
        public boolean ingekort() {
            return presentie.size() < aantalPresentie || voortgang.size() < aantalVoortgang;
        }
    }

    /** A participant's next progress report: due on {@code uiterlijk} (the last one, or the start, plus a quarter). */
    record VoortgangTeMelden(Deelnemer deelnemer, LocalDate laatste, LocalDate uiterlijk, boolean teLaat) {}

    /** How far ahead a progress report counts as due. */
    static final Period VOORTGANG_VOORUIT = Period.ofWeeks(2);

    /** AB-7: at least one progress report per quarter. */
    static final Period VOORTGANG_TERMIJN = Period.ofMonths(3);
    /** Who starts when: by (expected) start, then name; the placement's id makes the order total, for pages. */
    private static final String VOLGORDE =
            " order by coalesce(p.startdatum, p.verwachte_start, p.aanmelddatum), i.geslachtsnaam, p.id";

    private final JdbcClient jdbc;
    private final Gebruikers gebruikers;
    private final Toegang toegang;
    private final AuditLog auditLog;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    Deelnemers(
            JdbcClient jdbc,
            Gebruikers gebruikers,
            Toegang toegang,
            AuditLog auditLog,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.toegang = toegang;
        this.auditLog = auditLog;
        this.berichten = berichten;
        this.clock = clock;
    }

    /**
     * The reports due of the user's organisation, over all its participants (not only the page shown): its started
     * placements; the attendance of the last completed week (Monday to Sunday before this week) when the placement
     * started on or before its Sunday and no lesson day or week of it was reported (AB-6); the progress report when the
     * last one (or else the start) lies a quarter back, counting from {@link #VOORTGANG_VOORUIT} ahead (AB-7). What is
     * due is decided from the placements' dates and reports first; only the participants listed are read and audited:
     * at most {@code max} of each kind, the attendance by start, the progress reports by their last day (a page shows the
     * first ones and the counts, docs/performance.md issue 15; the API and the full page ask for all).
     */
    @Transactional
    @MagDeelnemersInzien
    public TeMelden teMelden(int max) {
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate maandag = vandaag.with(DayOfWeek.MONDAY).minusWeeks(1);
        String gebruiker = gebruikers.huidige().gebruikersnaam();
        record Stand(UUID plaatsingId, LocalDate startdatum, boolean weekGemeld, LocalDate laatstePeildatum) {}
        List<Stand> standen = jdbc.sql("""
                        select p.id, p.startdatum,
                               exists (select 1 from presentie r where r.plaatsing_id = p.id
                                       and r.datum between ? and ?) as week_gemeld,
                               (select max(l.peildatum) from leervordering l where l.plaatsing_id = p.id)
                                   as laatste_peildatum
                        from plaatsing p
                        join aanbieder_gebruiker g on g.aanbieder_id = p.aanbieder_id and g.gebruikersnaam = ?
                        where p.status = 'GESTART' and p.startdatum is not null""")
                .params(maandag, maandag.plusDays(6), gebruiker)
                .query((rs, i) -> new Stand(
                        rs.getObject("id", UUID.class),
                        rs.getObject("startdatum", LocalDate.class),
                        rs.getBoolean("week_gemeld"),
                        rs.getObject("laatste_peildatum", LocalDate.class)))
                .list();
        List<Stand> presentieTeMelden = new ArrayList<>();
        Map<UUID, Stand> voortgangTeMelden = new HashMap<>();
        for (Stand stand : standen) {
            if (!stand.startdatum().isAfter(maandag.plusDays(6)) && !stand.weekGemeld()) {
                presentieTeMelden.add(stand);
            }
            if (!uiterlijk(stand.startdatum(), stand.laatstePeildatum()).isAfter(vandaag.plus(VOORTGANG_VOORUIT))) {
                voortgangTeMelden.put(stand.plaatsingId(), stand);
            }
        }
        Set<UUID> presentieGekozen = new HashSet<>();
        presentieTeMelden.stream()
                .sorted(Comparator.comparing(Stand::startdatum).thenComparing(Stand::plaatsingId))
                .limit(max)
                .forEach(stand -> presentieGekozen.add(stand.plaatsingId()));
        Set<UUID> teLezen = new HashSet<>(presentieGekozen);
        Set<UUID> voortgangGekozen = new HashSet<>();
        voortgangTeMelden.values().stream()
                .sorted(Comparator.comparing((Stand stand) -> uiterlijk(stand.startdatum(), stand.laatstePeildatum()))
                        .thenComparing(Stand::plaatsingId))
                .limit(max)
                .forEach(stand -> voortgangGekozen.add(stand.plaatsingId()));
        teLezen.addAll(voortgangGekozen);
        List<Deelnemer> lijst = teLezen.isEmpty()
                ? List.of()
                : jdbc.sql(LIJST + " and p.id = any (?)" + VOLGORDE)
                        .params(gebruiker, teLezen.toArray(UUID[]::new))
                        .query((rs, i) -> deelnemer(rs))
                        .list();
        audit(lijst, "te melden (aanbieder)");
        List<Deelnemer> presentie = lijst.stream()
                .filter(d -> presentieGekozen.contains(d.plaatsingId()))
                .toList();
        List<VoortgangTeMelden> voortgang = new ArrayList<>();
        for (Deelnemer d : lijst) {
            Stand stand = voortgangTeMelden.get(d.plaatsingId());
            if (stand != null && voortgangGekozen.contains(d.plaatsingId())) {
                LocalDate uiterlijk = uiterlijk(stand.startdatum(), stand.laatstePeildatum());
                voortgang.add(
                        new VoortgangTeMelden(d, stand.laatstePeildatum(), uiterlijk, uiterlijk.isBefore(vandaag)));
            }
        }
        voortgang.sort(Comparator.comparing(VoortgangTeMelden::uiterlijk));
        return new TeMelden(maandag, presentie, voortgang, presentieTeMelden.size(), voortgangTeMelden.size());
    }

    /** AB-7: the next progress report is due a quarter after the last one, or after the start. */
    private static LocalDate uiterlijk(LocalDate startdatum, LocalDate laatstePeildatum) {
        return (laatstePeildatum == null ? startdatum : laatstePeildatum).plus(VOORTGANG_TERMIJN);
    }

    /** "Mijn deelnemers": every person placed with the user's organisation, who starts when; each audited. */
    @Transactional
    @MagDeelnemersInzien
    public List<Deelnemer> mijnDeelnemers() {
        List<Deelnemer> lijst = jdbc.sql(LIJST + VOLGORDE)
                .param(gebruikers.huidige().gebruikersnaam())
                .query((rs, i) -> deelnemer(rs))
                .list();
        audit(lijst, "mijn deelnemers (aanbieder)");
        return lijst;
    }

    /** One page of "Mijn deelnemers": the participants from {@code vanaf} (0 is the first) and how many there are. */
    /** A page of "Mijn deelnemers" with the user's organisation (null when the user belongs to none). */
    record Pagina(String organisatie, List<Deelnemer> deelnemers, int vanaf, int totaal) {}

    /**
     * "Mijn deelnemers" a page at a time (issue 15, national scale: a provider has hundreds of participants; a page of
     * {@code grootte} answers within the 20 ms of docs/performance.md, the whole list did not): in the order of
     * {@link #mijnDeelnemers()}, only the rows shown audited.
     */
    @Transactional
    @MagDeelnemersInzien
    public Pagina mijnDeelnemers(int vanaf, int grootte) {
        String gebruiker = gebruikers.huidige().gebruikersnaam();
        // The organisation and its count in one statement; the count from the index alone (V44_1).
        record Telling(String organisatie, int totaal) {}
        Telling telling = jdbc.sql("""
                        select a.naam, (select count(*) from plaatsing p where p.aanbieder_id = g.aanbieder_id) as totaal
                        from aanbieder_gebruiker g join aanbieder a on a.id = g.aanbieder_id
                        where g.gebruikersnaam = ?""")
                .param(gebruiker)
                .query((rs, i) -> new Telling(rs.getString("naam"), rs.getInt("totaal")))
                .optional()
                .orElse(new Telling(null, 0));
        int totaal = telling.totaal();
        int begin = Math.max(0, Math.min(vanaf, Math.max(0, totaal - 1)));
        List<Deelnemer> lijst = totaal == 0
                ? List.of()
                : jdbc.sql(LIJST + VOLGORDE + " limit ? offset ?")
                        .params(gebruiker, grootte, begin)
                        .query((rs, i) -> deelnemer(rs))
                        .list();
        audit(lijst, "mijn deelnemers (aanbieder)");
        return new Pagina(telling.organisatie(), lijst, begin, totaal);
    }

    private void audit(List<Deelnemer> lijst, String detail) {
        if (!lijst.isEmpty()) {
            auditLog.registreerElk(
                    AuditActie.IN_ZOEKRESULTAAT,
                    lijst.stream()
                            .map(d -> new AuditLog.Betrokkene(d.inburgeraarId(), d.gemeentecode()))
                            .toList(),
                    lijst.stream().map(d -> detail).toList(),
                    Doelbinding.UITVOERING_WET_INBURGERING);
        }
    }

    /**
     * One participant's placements with the user's organisation; 404 for anyone not placed with it. A placement under
     * a contract for exam registration carries the BSN (AB-10); reading it is audited apart, with its purpose.
     */
    @Transactional
    @MagDeelnemersInzien
    public List<Deelnemer> deelnemer(UUID inburgeraarId) {
        toegang.eis(Recht.DEELNEMERS_INZIEN, inburgeraarId);
        List<Deelnemer> plaatsingen = jdbc.sql(EEN)
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
        if (plaatsingen.stream().anyMatch(d -> d.bsn() != null)) {
            auditLog.registreer(
                    AuditActie.DOSSIER_BEKEKEN,
                    new AuditLog.Betrokkene(inburgeraarId, eerste.gemeentecode()),
                    "bsn examenregistratie DUO (aanbieder)",
                    Doelbinding.UITVOERING_WET_INBURGERING);
        }
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
                rs.getString("tolk_taal"),
                rs.getString("bsn"));
    }
}
