package nl.inburgeringsregie.termijnen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Worklists from the read model: the running deadlines (not closed, with a last day, windows only while
 * open) of a consultant or of gemeenten, by due date, keyset-paged. The status conditions here are the SQL
 * form of {@link Termijn#status(LocalDate)}.
 */
@Component
public class Werkvoorraad {

    /** One row of a worklist. */
    public record Regel(
            UUID inburgeraarId, String naam, String gemeentecode, String consulent, String doelgroep, Termijn termijn) {

        public TermijnStatus status(LocalDate vandaag) {
            return termijn.status(vandaag);
        }
    }

    /**
     * What to list: gemeenten (always), and optionally consultant ("" = not assigned), kind, doelgroep, status and
     * the period of the last day ({@code van} to {@code tot}, inclusive). {@code perPersoon}: one row per person, at
     * their first deadline that matches (the team view, issue 21 point 11); the others are in {@link Pagina#ookLopend}.
     */
    public record Filter(
            List<String> gemeenten,
            String consulent,
            TermijnSoort soort,
            String doelgroep,
            TermijnStatus status,
            LocalDate van,
            LocalDate tot,
            boolean perPersoon) {

        public Filter(
                List<String> gemeenten,
                String consulent,
                TermijnSoort soort,
                String doelgroep,
                TermijnStatus status,
                LocalDate van,
                LocalDate tot) {
            this(gemeenten, consulent, soort, doelgroep, status, van, tot, false);
        }
    }

    /**
     * A page; with {@link Filter#perPersoon}, {@code ookLopend} holds per person on the page their other deadlines that
     * match the filter, by due date (empty otherwise).
     */
    public record Pagina(List<Regel> regels, String volgende, Map<UUID, List<Termijn>> ookLopend) {

        public Pagina(List<Regel> regels, String volgende) {
            this(regels, volgende, Map.of());
        }

        /** The other matching deadlines of this person (per-person pages only). */
        public List<Termijn> ookLopend(UUID inburgeraarId) {
            return ookLopend.getOrDefault(inburgeraarId, List.of());
        }
    }

    /** Per consultant: running deadlines that are verlopen or binnenkort, and the caseload size. */
    public record Telling(String consulent, int verlopen, int binnenkort, int dossiers) {}

    /**
     * The urgency groups of "Mijn werkvoorraad", by a running deadline's last day: the one place of their boundaries
     * (the page's grouping and its counts, {@link #GROEPEN}). {@code code} names the group in messages and HTML ids.
     */
    public enum Groep {
        VERLOPEN("verlopen"),
        DEZE_WEEK("dezeWeek"),
        VIER_WEKEN("vierWeken"),
        LATER("later");

        private final String code;

        Groep(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** The group of a deadline with this last day. */
        static Groep van(LocalDate uiterlijk, LocalDate vandaag) {
            return uiterlijk.isBefore(vandaag)
                    ? VERLOPEN
                    : !uiterlijk.isAfter(eindeWeek(vandaag))
                            ? DEZE_WEEK
                            : !uiterlijk.isAfter(eindeVierWeken(vandaag)) ? VIER_WEKEN : LATER;
        }

        /** The Sunday ending this week (today when it is Sunday). */
        static LocalDate eindeWeek(LocalDate vandaag) {
            return vandaag.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        }

        static LocalDate eindeVierWeken(LocalDate vandaag) {
            return vandaag.plusWeeks(4);
        }
    }

    /**
     * A consultant's running deadlines counted per {@link Groep}; parameters {@code gemeenten}, {@code consulent},
     * {@code vandaag}, {@code eindeWeek} and {@code eindeVierWeken}. The same rows as {@link #sql} lists.
     */
    static final String GROEPEN = """
            select count(*) filter (where uiterlijke_datum < :vandaag) as verlopen,
                   count(*) filter (where uiterlijke_datum >= :vandaag and uiterlijke_datum <= :eindeWeek) as deze_week,
                   count(*) filter (where uiterlijke_datum > :eindeWeek and uiterlijke_datum <= :eindeVierWeken) as vier_weken,
                   count(*) filter (where uiterlijke_datum > :eindeVierWeken) as later
            from termijn
            where gemeentecode = any(:gemeenten) and afsluiting is null and uiterlijke_datum is not null
              and (not venster or uiterlijke_datum >= :vandaag) and consulent = :consulent
              and %s""".formatted(Werkvoorraad.LOOPT);

    /**
     * SQL: the deadline is not suspended today by a tijdelijke vrijstelling (PL-5; {@link Termijn#opgeschortOp}),
     * parameter {@code vandaag}. A suspended deadline is listed (status OPGESCHORT) but never counted as verlopen or
     * binnenkort, nor signalled.
     */
    static final String LOOPT =
            "not coalesce(opgeschort_van <= :vandaag and (opgeschort_tot is null or opgeschort_tot >= :vandaag), false)";

    private static final Pattern CURSOR = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})~([0-9a-f-]{36})~([A-Z][A-Z0-9_]*)");

    /** A statement with its named parameters. */
    record Sql(String sql, Map<String, Object> params) {}

    /** The team view's counts per consultant; parameters {@code gemeenten} and {@code vandaag}. */
    static final String TELLINGEN = """
            select consulent,
                   count(*) filter (where afsluiting is null and uiterlijke_datum < :vandaag and not venster
                                    and %1$s) as verlopen,
                   count(*) filter (where afsluiting is null and uiterlijke_datum >= :vandaag
                                    and binnenkort_vanaf <= :vandaag and %1$s) as binnenkort,
                   count(*) filter (where soort = 'INBURGERINGSTERMIJN') as dossiers
            from termijn where gemeentecode = any(:gemeenten)
            group by consulent order by consulent nulls first""".formatted(LOOPT);

    private final JdbcClient jdbc;
    private final DossierfeitenLezer dossiers;
    private final TermijnSoorten soorten;

    Werkvoorraad(JdbcClient jdbc, DossierfeitenLezer dossiers, TermijnSoorten soorten) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.soorten = soorten;
    }

    Pagina zoek(Filter filter, LocalDate vandaag, String volgende, int grootte) {
        Sql sql = sql(filter, vandaag, volgende, grootte);
        List<Regel> regels = new ArrayList<>(
                jdbc.sql(sql.sql()).params(sql.params()).query(this::regel).list());
        String verder = null;
        if (regels.size() > grootte) {
            regels = new ArrayList<>(regels.subList(0, grootte));
            Regel laatste = regels.getLast();
            verder = laatste.termijn().uiterlijkeDatum() + "~" + laatste.inburgeraarId() + "~"
                    + laatste.termijn().soort().code();
        }
        regels = metNamen(regels);
        if (!filter.perPersoon() || regels.isEmpty()) {
            return new Pagina(regels, verder);
        }
        Sql ook = ookLopend(
                filter, vandaag, regels.stream().map(Regel::inburgeraarId).toList());
        Map<UUID, List<Termijn>> ookLopend = new LinkedHashMap<>();
        for (Regel r :
                jdbc.sql(ook.sql()).params(ook.params()).query(this::regel).list()) {
            ookLopend.computeIfAbsent(r.inburgeraarId(), k -> new ArrayList<>()).add(r.termijn());
        }
        return new Pagina(regels, verder, ookLopend);
    }

    /** The page's rows with the persons' names, read from the dossiers (the read model stores none). */
    private List<Regel> metNamen(List<Regel> regels) {
        Map<UUID, String> namen =
                dossiers.namen(regels.stream().map(Regel::inburgeraarId).collect(Collectors.toSet()));
        return regels.stream()
                .map(r -> new Regel(
                        r.inburgeraarId(),
                        namen.getOrDefault(r.inburgeraarId(), ""),
                        r.gemeentecode(),
                        r.consulent(),
                        r.doelgroep(),
                        r.termijn()))
                .toList();
    }

    /**
     * The other deadlines matching the filter of the persons on a per-person page (not the row's own, which is each
     * person's first by due date and kind): by primary key, at most a handful per person.
     */
    static Sql ookLopend(Filter filter, LocalDate vandaag, List<UUID> personen) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("vandaag", vandaag);
        p.put("personen", personen.toArray(UUID[]::new));
        String sql = "select * from termijn t where t.inburgeraar_id = any(:personen)" + voorwaarden(filter, "t.", p)
                + " and exists (select 1 from termijn e where e.inburgeraar_id = t.inburgeraar_id"
                + voorwaarden(filter, "e.", p)
                + " and (e.uiterlijke_datum, e.soort) < (t.uiterlijke_datum, t.soort))"
                + " order by t.inburgeraar_id, t.uiterlijke_datum, t.soort";
        return new Sql(sql, p);
    }

    /** The statement behind {@link #zoek}: one page of the worklist (one row more than the page, to know if more follow). */
    static Sql sql(Filter filter, LocalDate vandaag, String volgende, int grootte) {
        // One gemeente (nearly every user): an equality, so termijn_gemeente_idx yields the rows in page order and
        // the scan stops after the page; with "= any" PostgreSQL reads and sorts all the gemeente's running deadlines.
        boolean eenGemeente = filter.gemeenten().size() == 1;
        StringBuilder sql = new StringBuilder("select * from termijn where "
                + (eenGemeente ? "gemeentecode = cast(:gemeente as char(4))" : "gemeentecode = any(:gemeenten)") + """
                 and afsluiting is null and uiterlijke_datum is not null
                  and (not venster or uiterlijke_datum >= :vandaag)""");
        Map<String, Object> p = new LinkedHashMap<>();
        if (eenGemeente) {
            p.put("gemeente", filter.gemeenten().getFirst());
        } else {
            p.put("gemeenten", filter.gemeenten().toArray(String[]::new));
        }
        p.put("vandaag", vandaag);
        sql.append(voorwaarden(filter, "", p));
        if (filter.perPersoon()) {
            // One row per person: only their first matching deadline (by due date, then kind); the others come with
            // it (ookLopend). A lookup by primary key per row of the page: the index order and the early stop stay.
            sql.append(" and not exists (select 1 from termijn e where e.inburgeraar_id = termijn.inburgeraar_id")
                    .append(" and e.gemeentecode = termijn.gemeentecode")
                    .append(voorwaarden(filter, "e.", p))
                    .append(" and (e.uiterlijke_datum, e.soort) < (termijn.uiterlijke_datum, termijn.soort))");
        }
        String[] cursor = volgende == null || !geldigeCursor(volgende) ? null : volgende.split("~");
        if (cursor != null) {
            sql.append(" and (uiterlijke_datum, inburgeraar_id, soort) > (:cDatum, :cId, :cSoort)");
            p.put("cDatum", LocalDate.parse(cursor[0]));
            p.put("cId", UUID.fromString(cursor[1]));
            p.put("cSoort", cursor[2]);
        }
        sql.append(" order by uiterlijke_datum, inburgeraar_id, soort limit :limiet");
        p.put("limiet", grootte + 1);
        return new Sql(sql.toString(), p);
    }

    /**
     * The conditions of the filter beyond gemeente and "running" on the columns of {@code a} ("" or an alias with its
     * dot), each starting with " and "; their parameters go into {@code p}.
     */
    private static String voorwaarden(Filter filter, String a, Map<String, Object> p) {
        StringBuilder sql = new StringBuilder();
        if (!a.isEmpty()) {
            sql.append(" and ")
                    .append(a)
                    .append("afsluiting is null and ")
                    .append(a)
                    .append("uiterlijke_datum is not null")
                    .append(" and (not ")
                    .append(a)
                    .append("venster or ")
                    .append(a)
                    .append("uiterlijke_datum >= :vandaag)");
        }
        if (filter.consulent() != null) {
            sql.append(
                    filter.consulent().isEmpty()
                            ? " and " + a + "consulent is null"
                            : " and " + a + "consulent = :consulent");
            p.put("consulent", filter.consulent());
        }
        if (filter.soort() != null) {
            sql.append(" and ").append(a).append("soort = :soort");
            p.put("soort", filter.soort().code());
        }
        if (filter.doelgroep() != null) {
            sql.append(" and ").append(a).append("doelgroep = :doelgroep");
            p.put("doelgroep", filter.doelgroep());
        }
        if (filter.van() != null) {
            sql.append(" and ").append(a).append("uiterlijke_datum >= :van");
            p.put("van", filter.van());
        }
        if (filter.tot() != null) {
            sql.append(" and ").append(a).append("uiterlijke_datum <= :tot");
            p.put("tot", filter.tot());
        }
        if (filter.status() != null) {
            String looptHier = a.isEmpty() ? LOOPT : LOOPT.replace("opgeschort_", a + "opgeschort_");
            String u = a + "uiterlijke_datum";
            String b = a + "binnenkort_vanaf";
            sql.append(
                    switch (filter.status()) {
                        case VERLOPEN -> " and " + u + " < :vandaag and " + looptHier;
                        case BINNENKORT -> " and " + u + " >= :vandaag and " + b + " <= :vandaag and " + looptHier;
                        case OPEN ->
                            " and " + u + " >= :vandaag and (" + b + " is null or " + b + " > :vandaag) and "
                                    + looptHier;
                        case OPGESCHORT -> " and not " + looptHier;
                        case VOLDAAN, NIET_VAN_TOEPASSING -> " and false";
                    });
        }
        return sql.toString();
    }

    /** Whether {@code volgende} is a cursor this class handed out (a page's last due date, dossier and kind). */
    public static boolean geldigeCursor(String volgende) {
        Matcher m = CURSOR.matcher(volgende);
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate.parse(m.group(1));
            UUID.fromString(m.group(2));
            return true;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return false;
        }
    }

    /** {@link #GROEPEN}: the consultant's running deadlines per group. */
    Map<Groep, Integer> groepen(List<String> gemeenten, String consulent, LocalDate vandaag) {
        return jdbc.sql(GROEPEN)
                .param("gemeenten", gemeenten.toArray(String[]::new))
                .param("consulent", consulent)
                .param("vandaag", vandaag)
                .param("eindeWeek", Groep.eindeWeek(vandaag))
                .param("eindeVierWeken", Groep.eindeVierWeken(vandaag))
                .query((rs, i) -> {
                    Map<Groep, Integer> aantallen = new EnumMap<>(Groep.class);
                    aantallen.put(Groep.VERLOPEN, rs.getInt("verlopen"));
                    aantallen.put(Groep.DEZE_WEEK, rs.getInt("deze_week"));
                    aantallen.put(Groep.VIER_WEKEN, rs.getInt("vier_weken"));
                    aantallen.put(Groep.LATER, rs.getInt("later"));
                    return aantallen;
                })
                .single();
    }

    List<Telling> tellingen(List<String> gemeenten, LocalDate vandaag) {
        return jdbc.sql(TELLINGEN)
                .param("gemeenten", gemeenten.toArray(String[]::new))
                .param("vandaag", vandaag)
                .query((rs, i) -> new Telling(
                        rs.getString("consulent"),
                        rs.getInt("verlopen"),
                        rs.getInt("binnenkort"),
                        rs.getInt("dossiers")))
                .list();
    }

    private Regel regel(ResultSet rs, int rij) throws SQLException {
        String afsluiting = rs.getString("afsluiting");
        Termijn termijn = new Termijn(
                soorten.bekend(rs.getString("soort")),
                rs.getObject("startdatum", LocalDate.class),
                rs.getObject("uiterlijke_datum", LocalDate.class),
                rs.getObject("binnenkort_vanaf", LocalDate.class),
                afsluiting == null ? null : TermijnStatus.valueOf(afsluiting),
                rs.getString("regel"),
                rs.getString("toelichting"),
                rs.getBoolean("verwacht"),
                rs.getObject("gemist_op", LocalDate.class),
                rs.getObject("opgeschort_van", LocalDate.class),
                rs.getObject("opgeschort_tot", LocalDate.class));
        return new Regel(
                rs.getObject("inburgeraar_id", UUID.class),
                null,
                rs.getString("gemeentecode"),
                rs.getString("consulent"),
                rs.getString("doelgroep"),
                termijn);
    }
}
