package nl.inburgeringsregie.ontzorgen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagOntzorgingBeheren;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.privacy.Doelbinding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budgetcoach's worklist (issue 17, ADR 0032) for the user's gemeenten: asielstatushouders on bijstand whose
 * period still runs but who have no ontzorging yet (O-1), ontzorgingen without a signed authorisation (O-1), and periods
 * ending within the configured weeks or already past their end without a decision (T-8, O-2), and payments the bank
 * refused (booked back, O-1). Only names and dates:
 * nothing of the intake, health or handhaving. Every person listed is audited with the purpose "ontzorgen". Each part
 * reads by an index in its order (V43_1) and each person's name by key, so a large gemeente costs no more than a small
 * one (issue 17 at national scale, docs/performance.md).
 */
@Service
class Werklijst {

    enum Reden {
        ZONDER_ONTZORGING,
        MACHTIGING_ONTBREEKT,
        PERIODE_EINDIGT,
        BETALING_GEWEIGERD
    }

    record Regel(
            Reden reden,
            UUID inburgeraarId,
            String gemeentecode,
            String naam,
            LocalDate begindatum,
            LocalDate einddatum) {}

    /** Asielstatushouders on bijstand whose period still runs without an ontzorging (O-1): gemeenten, start after. */
    static final String ZONDER_ONTZORGING = """
            select i.id, i.gemeentecode, i.geslachtsnaam, i.voornamen, i.datum_start_bijstand
            from inburgeraar i
            where i.gemeentecode = any(?::char(4)[]) and i.doelgroep = 'ASIELSTATUSHOUDER'
              and i.datum_start_bijstand is not null and i.datum_start_bijstand > ?
              and (select o.id from ontzorging o where o.inburgeraar_id = i.id) is null
            order by i.datum_start_bijstand desc, i.id limit 500""";

    /** Running ontzorgingen without an authorisation, or ending by a day (O-1, O-2): gemeenten, day, gemeenten, day. */
    static final String LOPEND = """
            select o.inburgeraar_id, o.gemeentecode, i.geslachtsnaam, i.voornamen, o.begindatum, o.einddatum,
                   o.datum_machtiging is null as zonder_machtiging
            from ((select o.* from ontzorging o
                   where o.gemeentecode = any(?::char(4)[]) and o.beeindigd_op is null and o.einddatum <= ?
                   order by o.einddatum, o.inburgeraar_id limit 400)
                  union all
                  (select o.* from ontzorging o
                   where o.gemeentecode = any(?::char(4)[]) and o.beeindigd_op is null
                     and o.datum_machtiging is null and o.einddatum > ?
                   order by o.einddatum, o.inburgeraar_id limit 400)) o
            cross join lateral (select x.geslachtsnaam, x.voornamen from inburgeraar x
                                where x.id = o.inburgeraar_id offset 0) i
            order by o.einddatum, o.inburgeraar_id limit 400""";

    /** Refused payments (O-1): gemeenten. */
    static final String GEWEIGERD = """
            select p.inburgeraar_id, p.gemeentecode, i.geslachtsnaam, i.voornamen, o.begindatum, o.einddatum
            from betaling p join ontzorging o on o.id = p.ontzorging_id
            cross join lateral (select x.geslachtsnaam, x.voornamen from inburgeraar x
                                where x.id = p.inburgeraar_id offset 0) i
            where p.gemeentecode = any(?::char(4)[]) and p.status = 'GEWEIGERD'
            order by p.geweigerd_op desc, p.id limit 500""";

    private final JdbcClient jdbc;
    private final Gebruikers gebruikers;
    private final OntzorgenInstellingen instellingen;
    private final AuditLog auditLog;
    private final Clock clock;

    Werklijst(
            JdbcClient jdbc,
            Gebruikers gebruikers,
            OntzorgenInstellingen instellingen,
            AuditLog auditLog,
            Clock clock) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.instellingen = instellingen;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    @MagOntzorgingBeheren
    List<Regel> regels() {
        LocalDate vandaag = LocalDate.now(clock);
        String[] gemeenten = gebruikers.huidige().gemeenten().toArray(String[]::new);
        LocalDate signaal = vandaag.plusWeeks(instellingen.signaalWeken());
        List<Regel> regels = new ArrayList<>();
        regels.addAll(jdbc.sql(ZONDER_ONTZORGING)
                .params(gemeenten, vandaag.minusMonths(instellingen.maanden()))
                .query((rs, n) -> new Regel(
                        Reden.ZONDER_ONTZORGING,
                        rs.getObject("id", UUID.class),
                        rs.getString("gemeentecode"),
                        rs.getString("geslachtsnaam") + ", " + rs.getString("voornamen"),
                        rs.getObject("datum_start_bijstand", LocalDate.class),
                        null))
                .list());
        regels.addAll(jdbc.sql(LOPEND)
                .params(gemeenten, signaal, gemeenten, signaal)
                .query((rs, n) -> new Regel(
                        rs.getBoolean("zonder_machtiging") ? Reden.MACHTIGING_ONTBREEKT : Reden.PERIODE_EINDIGT,
                        rs.getObject("inburgeraar_id", UUID.class),
                        rs.getString("gemeentecode"),
                        rs.getString("geslachtsnaam") + ", " + rs.getString("voornamen"),
                        rs.getObject("begindatum", LocalDate.class),
                        rs.getObject("einddatum", LocalDate.class)))
                .list());
        regels.addAll(jdbc.sql(GEWEIGERD)
                .param(gemeenten)
                .query((rs, n) -> new Regel(
                        Reden.BETALING_GEWEIGERD,
                        rs.getObject("inburgeraar_id", UUID.class),
                        rs.getString("gemeentecode"),
                        rs.getString("geslachtsnaam") + ", " + rs.getString("voornamen"),
                        rs.getObject("begindatum", LocalDate.class),
                        rs.getObject("einddatum", LocalDate.class)))
                .list());
        List<AuditLog.Betrokkene> betrokkenen = regels.stream()
                .map(r -> new AuditLog.Betrokkene(r.inburgeraarId(), r.gemeentecode()))
                .distinct()
                .toList();
        auditLog.registreerElk(
                AuditActie.IN_ZOEKRESULTAAT,
                betrokkenen,
                betrokkenen.stream().map(b -> "ontzorging-werklijst").toList(),
                Doelbinding.ONTZORGEN);
        return regels;
    }
}
