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
 * one (issue 17 at national scale, docs/performance.md). The list is read a page at a time ({@link #pagina}).
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

    /** One page of the worklist: its rows from {@code vanaf} (0 is the first) and how many there are in all. */
    record Pagina(List<Regel> regels, int vanaf, int totaal) {}

    /** The most rows of each part, as before the list had pages (ZONDER_ONTZORGING, LOPEND, GEWEIGERD). */
    static final int[] MAXIMA = {500, 400, 500};

    /**
     * How many rows each part has, up to its maximum, in one statement without reading a name: gemeenten, today,
     * gemeenten, day, gemeenten, day, gemeenten.
     */
    static final String TELLING = """
            select (select count(*) from (select 1 from termijn t
                    where t.soort = 'ONTZORGING_REGELEN' and t.afsluiting is null
                      and t.gemeentecode = any(?::char(4)[]) and t.uiterlijke_datum >= ? limit 500) z) as zonder,
                   least(400, (select count(*) from (select 1 from ontzorging o
                    where o.gemeentecode = any(?::char(4)[]) and o.beeindigd_op is null and o.einddatum <= ?
                    limit 400) e)
                    + (select count(*) from (select 1 from ontzorging o
                    where o.gemeentecode = any(?::char(4)[]) and o.beeindigd_op is null
                      and o.datum_machtiging is null and o.einddatum > ? limit 400) m)) as lopend,
                   (select count(*) from (select 1 from betaling p
                    where p.gemeentecode = any(?::char(4)[]) and p.status = 'GEWEIGERD' limit 500) g) as geweigerd""";

    /**
     * Asielstatushouders on bijstand whose period still runs without an ontzorging (O-1), a page: gemeenten, day, page
     * size, offset. Read from the deadlines' read model (the open windows ONTZORGING_REGELEN that
     * {@link OntzorgingTermijnen} keeps, by the partial index of V44_2), newest bijstand first; names by key.
     */
    static final String ZONDER_ONTZORGING = """
            select t.inburgeraar_id as id, t.gemeentecode, i.geslachtsnaam, i.voornamen, t.startdatum as datum_start_bijstand
            from (select t.inburgeraar_id, t.gemeentecode, t.startdatum, t.uiterlijke_datum from termijn t
                  where t.soort = 'ONTZORGING_REGELEN' and t.afsluiting is null
                    and t.gemeentecode = any(?::char(4)[]) and t.uiterlijke_datum >= ?
                  order by t.uiterlijke_datum desc, t.inburgeraar_id limit ? offset ?) t
            cross join lateral (select x.geslachtsnaam, x.voornamen from inburgeraar x
                                where x.id = t.inburgeraar_id offset 0) i
            order by t.uiterlijke_datum desc, t.inburgeraar_id""";

    /**
     * Running ontzorgingen without an authorisation, or ending by a day (O-1, O-2), a page: gemeenten, day, rows,
     * gemeenten, day, rows (each part up to the page's end), page size, offset. Names only for the page's rows.
     */
    static final String LOPEND = """
            select o.inburgeraar_id, o.gemeentecode, i.geslachtsnaam, i.voornamen, o.begindatum, o.einddatum,
                   o.datum_machtiging is null as zonder_machtiging
            from (select o.* from ((select o.* from ontzorging o
                   where o.gemeentecode = any(?::char(4)[]) and o.beeindigd_op is null and o.einddatum <= ?
                   order by o.einddatum, o.inburgeraar_id limit ?)
                  union all
                  (select o.* from ontzorging o
                   where o.gemeentecode = any(?::char(4)[]) and o.beeindigd_op is null
                     and o.datum_machtiging is null and o.einddatum > ?
                   order by o.einddatum, o.inburgeraar_id limit ?)) o
                  order by o.einddatum, o.inburgeraar_id limit ? offset ?) o
            cross join lateral (select x.geslachtsnaam, x.voornamen from inburgeraar x
                                where x.id = o.inburgeraar_id offset 0) i
            order by o.einddatum, o.inburgeraar_id""";

    /** Refused payments (O-1), a page: gemeenten, page size, offset. Names only for the page's rows. */
    static final String GEWEIGERD = """
            select p.inburgeraar_id, p.gemeentecode, i.geslachtsnaam, i.voornamen, o.begindatum, o.einddatum
            from (select p.* from betaling p
                  where p.gemeentecode = any(?::char(4)[]) and p.status = 'GEWEIGERD'
                  order by p.geweigerd_op desc, p.id limit ? offset ?) p
            join ontzorging o on o.id = p.ontzorging_id
            cross join lateral (select x.geslachtsnaam, x.voornamen from inburgeraar x
                                where x.id = p.inburgeraar_id offset 0) i
            order by p.geweigerd_op desc, p.id""";

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

    /**
     * The page of {@code grootte} rows from {@code vanaf} of the list (issue 17 at national scale, docs/performance.md):
     * the parts one after the other, each in its own total order; the counts come first, so only the parts the page
     * covers are read, each from its offset and stopping at the page's end. A {@code vanaf} past the end gives the last
     * page, a negative one the first. Only the rows shown are audited.
     */
    @Transactional
    @MagOntzorgingBeheren
    Pagina pagina(int vanaf, int grootte) {
        LocalDate vandaag = LocalDate.now(clock);
        String[] gemeenten = gebruikers.huidige().gemeenten().toArray(String[]::new);
        LocalDate signaal = vandaag.plusWeeks(instellingen.signaalWeken());
        int[] aantallen = jdbc.sql(TELLING)
                .params(gemeenten, vandaag, gemeenten, signaal, gemeenten, signaal, gemeenten)
                .query((rs, n) -> new int[] {rs.getInt("zonder"), rs.getInt("lopend"), rs.getInt("geweigerd")})
                .single();
        int totaal = aantallen[0] + aantallen[1] + aantallen[2];
        if (totaal == 0) {
            return new Pagina(List.of(), 0, 0);
        }
        int begin = Math.max(0, Math.min(vanaf, (totaal - 1) / grootte * grootte));
        List<Regel> regels = new ArrayList<>();
        int deelBegin = 0;
        for (int deel = 0; deel < aantallen.length; deel++) {
            int van = Math.max(0, begin - deelBegin);
            int tot = Math.min(aantallen[deel], begin + grootte - deelBegin);
            if (van < tot) {
                regels.addAll(deel(deel, gemeenten, vandaag, signaal, tot - van, van));
            }
            deelBegin += aantallen[deel];
        }
        List<AuditLog.Betrokkene> betrokkenen = regels.stream()
                .map(r -> new AuditLog.Betrokkene(r.inburgeraarId(), r.gemeentecode()))
                .distinct()
                .toList();
        auditLog.registreerElk(
                AuditActie.IN_ZOEKRESULTAAT,
                betrokkenen,
                betrokkenen.stream().map(b -> "ontzorging-werklijst").toList(),
                Doelbinding.ONTZORGEN);
        return new Pagina(regels, begin, totaal);
    }

    private List<Regel> deel(int deel, String[] gemeenten, LocalDate vandaag, LocalDate signaal, int aantal, int van) {
        return switch (deel) {
            case 0 ->
                jdbc.sql(ZONDER_ONTZORGING)
                        .params(gemeenten, vandaag, aantal, van)
                        .query((rs, n) -> new Regel(
                                Reden.ZONDER_ONTZORGING,
                                rs.getObject("id", UUID.class),
                                rs.getString("gemeentecode"),
                                rs.getString("geslachtsnaam") + ", " + rs.getString("voornamen"),
                                rs.getObject("datum_start_bijstand", LocalDate.class),
                                null))
                        .list();
            case 1 ->
                jdbc.sql(LOPEND)
                        .params(gemeenten, signaal, van + aantal, gemeenten, signaal, van + aantal, aantal, van)
                        .query((rs, n) -> new Regel(
                                rs.getBoolean("zonder_machtiging") ? Reden.MACHTIGING_ONTBREEKT : Reden.PERIODE_EINDIGT,
                                rs.getObject("inburgeraar_id", UUID.class),
                                rs.getString("gemeentecode"),
                                rs.getString("geslachtsnaam") + ", " + rs.getString("voornamen"),
                                rs.getObject("begindatum", LocalDate.class),
                                rs.getObject("einddatum", LocalDate.class)))
                        .list();
            default ->
                jdbc.sql(GEWEIGERD)
                        .params(gemeenten, aantal, van)
                        .query((rs, n) -> new Regel(
                                Reden.BETALING_GEWEIGERD,
                                rs.getObject("inburgeraar_id", UUID.class),
                                rs.getString("gemeentecode"),
                                rs.getString("geslachtsnaam") + ", " + rs.getString("voornamen"),
                                rs.getObject("begindatum", LocalDate.class),
                                rs.getObject("einddatum", LocalDate.class)))
                        .list();
        };
    }
}
