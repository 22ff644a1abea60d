package nl.inburgeringsregie.begeleiding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagBegeleidingVastleggen;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.privacy.Doelbinding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The begeleider's worklist (ADR 0036): the running begeleidingen of the user's partner organisation, by the day the
 * warm handover is due (T-9), with an open signal and the last contact. Only names and dates: nothing of the intake,
 * health or handhaving. Every person listed is audited with the purpose "maatschappelijke begeleiding". Read by the
 * index of the organisation's running begeleidingen in the list's order (V43_1) and each person by key, so a region's
 * thousands of begeleidingen cost no more than a page (issue 17 at national scale, docs/performance.md).
 */
@Service
class Begeleidingswerklijst {

    record Regel(
            UUID inburgeraarId,
            String naam,
            LocalDate startdatum,
            LocalDate einddatum,
            LocalDate signaalSinds,
            LocalDate laatsteContact,
            boolean binnenkort,
            boolean verlopen) {}

    /**
     * One page of the worklist: its rows from {@code vanaf} (0 is the first) and how many there are in all; when
     * {@code meer}, there are more than {@code totaal} and the count stopped there.
     */
    record Pagina(List<Regel> regels, int vanaf, int totaal, boolean meer) {}

    /**
     * How far past the page the count goes. A regional organisation has tens of thousands of running begeleidingen
     * (the national dataset: 20,100 for one); counting them all cost 6 ms on every page, so the page says "more than"
     * beyond this, and every page can still be reached with "Volgende".
     */
    static final int TELGRENS = 1000;

    /**
     * How many running begeleidingen the user's organisation has, up to a limit: the user name and the limit. Counted
     * on the index of the list (begeleiding_partner_lopend_idx, V44_1) without reading a row.
     */
    static final String TELLING = """
            select count(*) from (select 1 from begeleiding b
                where b.partner_id = (select g.partner_id from partner_gebruiker g where g.gebruikersnaam = ?)
                  and b.overdracht_datum is null limit ?) t""";

    /**
     * The running begeleidingen of the user's organisation by handover date, one page: the user name, the page size
     * and the offset. The order is total (a person has one begeleiding), and the scan of the index in that order
     * stops after the page, so only the rows shown are read, and their names by key.
     */
    static final String LIJST = """
            select b.inburgeraar_id, b.gemeentecode, i.geslachtsnaam, i.voornamen, b.startdatum,
                   b.einddatum, b.signaal_sinds,
                   (select max(c.datum) from begeleidingscontact c where c.begeleiding = b.id) as laatste
            from (select b.id, b.inburgeraar_id, b.gemeentecode, b.startdatum, b.einddatum, b.signaal_sinds
                  from begeleiding b
                  where b.partner_id = (select g.partner_id from partner_gebruiker g where g.gebruikersnaam = ?)
                    and b.overdracht_datum is null
                  order by b.einddatum, b.inburgeraar_id limit ? offset ?) b
            cross join lateral (select x.geslachtsnaam, x.voornamen from inburgeraar x
                                where x.id = b.inburgeraar_id offset 0) i
            order by b.einddatum, b.inburgeraar_id""";

    private final JdbcClient jdbc;
    private final Gebruikers gebruikers;
    private final BegeleidingInstellingen instellingen;
    private final AuditLog auditLog;
    private final Clock clock;

    Begeleidingswerklijst(
            JdbcClient jdbc,
            Gebruikers gebruikers,
            BegeleidingInstellingen instellingen,
            AuditLog auditLog,
            Clock clock) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.instellingen = instellingen;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The page of {@code grootte} rows from {@code vanaf} (issue 17 at national scale: a region has thousands of
     * begeleidingen, docs/performance.md); a {@code vanaf} past the end gives the last page, a negative one the first.
     * The count goes {@link #TELGRENS} past the page. Only the rows shown are audited.
     */
    @Transactional
    @MagBegeleidingVastleggen
    Pagina pagina(int vanaf, int grootte) {
        return pagina(vanaf, grootte, TELGRENS);
    }

    /** {@link #pagina(int, int)} counting {@code telgrens} past the page (a test counts a few). */
    @Transactional
    @MagBegeleidingVastleggen
    Pagina pagina(int vanaf, int grootte, int telgrens) {
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate signaal = vandaag.plusWeeks(instellingen.signaalWeken());
        String gebruiker = gebruikers.huidige().gebruikersnaam();
        int grens = Math.max(0, vanaf) + grootte + telgrens;
        int geteld = jdbc.sql(TELLING)
                .params(gebruiker, grens + 1)
                .query(Integer.class)
                .single();
        boolean meer = geteld > grens;
        int totaal = Math.min(geteld, grens);
        if (totaal == 0) {
            return new Pagina(List.of(), 0, 0, false);
        }
        int begin = Math.max(0, Math.min(vanaf, (totaal - 1) / grootte * grootte));
        record Rij(Regel regel, String gemeentecode) {}
        List<Rij> rijen = jdbc.sql(LIJST)
                .params(gebruiker, grootte, begin)
                .query((rs, n) -> {
                    LocalDate einde = rs.getObject("einddatum", LocalDate.class);
                    return new Rij(
                            new Regel(
                                    rs.getObject("inburgeraar_id", UUID.class),
                                    rs.getString("geslachtsnaam") + ", " + rs.getString("voornamen"),
                                    rs.getObject("startdatum", LocalDate.class),
                                    einde,
                                    rs.getObject("signaal_sinds", LocalDate.class),
                                    rs.getObject("laatste", LocalDate.class),
                                    !einde.isBefore(vandaag) && !einde.isAfter(signaal),
                                    einde.isBefore(vandaag)),
                            rs.getString("gemeentecode"));
                })
                .list();
        List<AuditLog.Betrokkene> betrokkenen = rijen.stream()
                .map(r -> new AuditLog.Betrokkene(r.regel().inburgeraarId(), r.gemeentecode()))
                .toList();
        auditLog.registreerElk(
                AuditActie.IN_ZOEKRESULTAAT,
                betrokkenen,
                betrokkenen.stream().map(b -> "begeleiding-werklijst").toList(),
                Doelbinding.BEGELEIDING);
        return new Pagina(rijen.stream().map(Rij::regel).toList(), begin, totaal, meer);
    }
}
