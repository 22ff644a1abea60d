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

    /** The running begeleidingen of the user's organisation by handover date, a page of 500: the user name. */
    static final String LIJST = """
            select b.inburgeraar_id, b.gemeentecode, i.geslachtsnaam, i.voornamen, b.startdatum,
                   b.einddatum, b.signaal_sinds,
                   (select max(c.datum) from begeleidingscontact c where c.begeleiding = b.id) as laatste
            from begeleiding b
            cross join lateral (select x.geslachtsnaam, x.voornamen from inburgeraar x
                                where x.id = b.inburgeraar_id offset 0) i
            where b.partner_id = (select g.partner_id from partner_gebruiker g where g.gebruikersnaam = ?)
              and b.overdracht_datum is null
            order by b.einddatum, b.inburgeraar_id limit 500""";

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

    @Transactional
    @MagBegeleidingVastleggen
    List<Regel> regels() {
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate signaal = vandaag.plusWeeks(instellingen.signaalWeken());
        record Rij(Regel regel, String gemeentecode) {}
        List<Rij> rijen = jdbc.sql(LIJST)
                .param(gebruikers.huidige().gebruikersnaam())
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
        return rijen.stream().map(Rij::regel).toList();
    }
}
