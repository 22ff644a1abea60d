package nl.inburgeringsregie.aanbieders;

import static nl.inburgeringsregie.infrastructure.web.Weergave.sleutel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.Wet;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import nl.inburgeringsregie.termijnen.Termijn;
import nl.inburgeringsregie.termijnen.TermijnBron;
import nl.inburgeringsregie.termijnen.TermijnSoort;
import nl.inburgeringsregie.termijnen.TermijnStatus;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The placement signals on the consultant's worklist (issue 15, ADR 0033), contributed to module termijnen
 * ({@link TermijnBron}): the late offer (T-5: an asielstatushouder's course not started within 3 months of the PIP's
 * dagtekening, 6 for the onderwijsroute), attendance below the gemeente's threshold (AB-8) and a placement ended early
 * (AB-9). A pure derivation from the placements and their attendance: each signal's dates come from the data (the day
 * the attendance fell below, the day the placement ended), never from "today". One indexed query per dossier, asked
 * only for a dossier with a PIP dagtekening (no placement exists without one).
 */
@Beslist({"AB-8", "AB-9"})
@Component
@Order(30)
class PlaatsingTermijnen implements TermijnBron {

    /** T-5: the course of the route starts within 3 months of the PIP's dagtekening (6 for the onderwijsroute). */
    static final TermijnSoort AANBOD_START = new TermijnSoort("AANBOD_START", false, "plaatsingen");
    /** AB-8: attendance of a started placement below the threshold. */
    static final TermijnSoort AANWEZIGHEID = new TermijnSoort("AANWEZIGHEID", false, "plaatsingen");
    /** AB-9: a placement ended early (AFGEBROKEN) and the person has no new placement for that onderdeel. */
    static final TermijnSoort PLAATSING_AFGEBROKEN = new TermijnSoort("PLAATSING_AFGEBROKEN", false, "plaatsingen");

    /** T-5 (law): months from the PIP's dagtekening within which the course starts. */
    static final int AANBOD_MAANDEN = 3;

    static final int AANBOD_MAANDEN_ONDERWIJSROUTE = 6;

    /** One attendance report of a started placement (a lesson day, or a week by its Monday). */
    record Melding(LocalDate datum, BigDecimal aanwezig, BigDecimal afwezig, Boolean geoorloofd) {

        /** Absent without a valid reason (AB-8): an excused absence does not count. */
        boolean ongeoorloofd() {
            return afwezig.signum() > 0 && Boolean.FALSE.equals(geoorloofd);
        }

        /** Missed the whole lesson (or week) without a valid reason: one absence of AB-8's run. */
        boolean verzuimd() {
            return aanwezig.signum() == 0 && ongeoorloofd();
        }

        BigDecimal ongeoorloofdeUren() {
            return ongeoorloofd() ? afwezig : BigDecimal.ZERO;
        }
    }

    /** One placement of the dossier, with the attendance reports when it is GESTART (by date). */
    record Rij(
            UUID id,
            Contractonderdeel onderdeel,
            Plaatsing.Status status,
            LocalDate aanmelddatum,
            LocalDate startdatum,
            LocalDate einddatum,
            String reden,
            String aanbieder,
            List<Melding> presentie) {}

    /** What the signals are derived from: the vastgesteld PIP's leerroute and the placements. */
    record Feiten(Leerroute pipLeerroute, List<Rij> plaatsingen) {}

    private static final String FEITEN = """
            select (select pv.leerroute from pip pv where pv.inburgeraar_id = :id and pv.status = 'VASTGESTELD'
                    order by pv.versienummer desc limit 1) as pip_leerroute,
                   p.id, p.onderdeel, p.status, p.aanmelddatum, p.startdatum, p.einddatum, p.reden_afbreken,
                   a.naam, r.datum, r.uren_aanwezig, r.uren_afwezig, r.afwezig_geoorloofd
            from (select 1) als_geen_plaatsing
            left join plaatsing p on p.inburgeraar_id = :id
            left join aanbieder a on a.id = p.aanbieder_id
            left join presentie r on r.plaatsing_id = p.id and p.status = 'GESTART'
            order by p.aanmelddatum, p.id, r.datum""";

    private final JdbcClient jdbc;
    private final PlaatsingSignaalInstellingen instellingen;
    private final MessageSourceAccessor berichten;

    PlaatsingTermijnen(JdbcClient jdbc, PlaatsingSignaalInstellingen instellingen, MessageSourceAccessor berichten) {
        this.jdbc = jdbc;
        this.instellingen = instellingen;
        this.berichten = berichten;
    }

    @Override
    public List<TermijnSoort> soorten() {
        return List.of(AANBOD_START, AANWEZIGHEID, PLAATSING_AFGEBROKEN);
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d) {
        if (d.mijlpalen().dagtekeningPip() == null || d.fase() == Fase.UITGESCHREVEN || d.wet() == Wet.WI2013) {
            return List.of();
        }
        return afgeleid(d, lees(d.id()), instellingen.voor(d.gemeentecode()));
    }

    /** The dossier's PIP route and placements with their attendance, in one indexed query. */
    Feiten lees(UUID id) {
        Map<UUID, Rij> rijen = new LinkedHashMap<>();
        Leerroute[] route = new Leerroute[1];
        jdbc.sql(FEITEN).param("id", id).query(rs -> {
            String leerroute = rs.getString("pip_leerroute");
            route[0] = leerroute == null ? null : Leerroute.valueOf(leerroute);
            UUID plaatsing = rs.getObject("id", UUID.class);
            if (plaatsing == null) {
                return;
            }
            Rij rij = rijen.get(plaatsing);
            if (rij == null) {
                rij = new Rij(
                        plaatsing,
                        Contractonderdeel.valueOf(rs.getString("onderdeel")),
                        Plaatsing.Status.valueOf(rs.getString("status")),
                        rs.getObject("aanmelddatum", LocalDate.class),
                        rs.getObject("startdatum", LocalDate.class),
                        rs.getObject("einddatum", LocalDate.class),
                        rs.getString("reden_afbreken"),
                        rs.getString("naam"),
                        new ArrayList<>());
                rijen.put(plaatsing, rij);
            }
            LocalDate datum = rs.getObject("datum", LocalDate.class);
            if (datum != null) {
                rij.presentie()
                        .add(new Melding(
                                datum, rs.getBigDecimal("uren_aanwezig"), rs.getBigDecimal("uren_afwezig"), (Boolean)
                                        rs.getObject("afwezig_geoorloofd")));
            }
        });
        return new Feiten(route[0], List.copyOf(rijen.values()));
    }

    /** The signals of these facts under these thresholds, in the order of the kinds. */
    List<Termijn> afgeleid(Dossierfeiten d, Feiten f, PlaatsingSignaalInstellingen.Waarden w) {
        List<Termijn> termijnen = new ArrayList<>();
        aanbod(d, f, w).ifPresent(termijnen::add);
        aanwezigheid(f, w).ifPresent(termijnen::add);
        afgebroken(f, w).ifPresent(termijnen::add);
        return termijnen;
    }

    /**
     * T-5, the late-offer ground ({@link AanbodStart#toets}, the one derivation): until the course starts, a duty with
     * the last day; met by the first start; a later start is met late and stays visible as the ground.
     */
    private Optional<Termijn> aanbod(Dossierfeiten d, Feiten f, PlaatsingSignaalInstellingen.Waarden w) {
        Optional<AanbodStart.Toets> toets = AanbodStart.toets(d, f);
        if (toets.isEmpty()) {
            return Optional.empty();
        }
        AanbodStart.Toets t = toets.get();
        LocalDate uiterlijk = t.uiterlijk();
        if (t.gestartOp() == null) {
            return Optional.of(new Termijn(
                    AANBOD_START,
                    t.dagtekeningPip(),
                    uiterlijk,
                    uiterlijk.minusDays(w.aanbodWaarschuwingDagen()),
                    null,
                    "T-5",
                    bericht("termijn.aanbod", datum(uiterlijk), t.maanden(), datum(t.dagtekeningPip())),
                    false));
        }
        if (!t.teLaat(uiterlijk)) {
            return Optional.of(Termijn.gesloten(
                    AANBOD_START,
                    "T-5",
                    TermijnStatus.VOLDAAN,
                    bericht("termijn.aanbod.opTijd", t.aanbieder(), datum(t.gestartOp()), datum(uiterlijk))));
        }
        return Optional.of(new Termijn(
                        AANBOD_START,
                        t.dagtekeningPip(),
                        uiterlijk,
                        null,
                        TermijnStatus.VOLDAAN,
                        "T-5",
                        bericht("termijn.aanbod.teLaat", t.aanbieder(), datum(t.gestartOp()), datum(uiterlijk)),
                        false)
                .alsGemistOp(uiterlijk));
    }

    /** The moment a started placement's attendance fell below the threshold (AB-8), and why. */
    record Onder(LocalDate sinds, String uitleg) {}

    /**
     * AB-8 for the started placements: the earliest moment one of them is below the threshold now, as a duty to act
     * within the reaction days from that moment.
     */
    private Optional<Termijn> aanwezigheid(Feiten f, PlaatsingSignaalInstellingen.Waarden w) {
        return f.plaatsingen().stream()
                .filter(p -> p.status() == Plaatsing.Status.GESTART && p.startdatum() != null)
                .map(p -> onder(p, w))
                .flatMap(Optional::stream)
                .min(Comparator.comparing(Onder::sinds))
                .map(o -> new Termijn(
                        AANWEZIGHEID,
                        o.sinds(),
                        o.sinds().plusDays(w.reactieDagen()),
                        o.sinds(),
                        null,
                        "AB-8",
                        o.uitleg() + " "
                                + bericht(
                                        "termijn.aanwezigheid.actie",
                                        datum(o.sinds().plusDays(w.reactieDagen()))),
                        false));
    }

    /**
     * AB-8 for one placement, from its reports in date order. (a) The attendance over the last {@code weken} weeks up
     * to a report — hours present against hours present plus hours absent without a valid reason; an excused absence
     * counts neither way — is below the threshold, evaluated only once the placement has run that many weeks; the
     * moment is the report where the present stretch of windows below the threshold began. (b) The latest
     * {@code afwezigOpRij} reports (or more) are each an absence without a valid reason — nothing present, the absence
     * not excused —; the moment is the report that made it that many. Any other report ends the run. Empty when the latest report is fine.
     */
    Optional<Onder> onder(Rij p, PlaatsingSignaalInstellingen.Waarden w) {
        List<Melding> m = p.presentie().stream()
                .sorted(Comparator.comparing(Melding::datum))
                .toList();
        if (m.isEmpty()) {
            return Optional.empty();
        }
        LocalDate eersteMaandag = p.startdatum().with(DayOfWeek.MONDAY);
        BigDecimal drempel = BigDecimal.valueOf(w.aanwezigheidProcent());
        BigDecimal aanwezig = BigDecimal.ZERO;
        BigDecimal ongeoorloofd = BigDecimal.ZERO;
        int van = 0;
        LocalDate onderSinds = null;
        BigDecimal procent = null;
        int opRij = 0;
        LocalDate rijSinds = null;
        for (int i = 0; i < m.size(); i++) {
            Melding nu = m.get(i);
            aanwezig = aanwezig.add(nu.aanwezig());
            ongeoorloofd = ongeoorloofd.add(nu.ongeoorloofdeUren());
            LocalDate vensterVan = nu.datum().with(DayOfWeek.MONDAY).minusWeeks(w.aanwezigheidWeken() - 1L);
            while (m.get(van).datum().isBefore(vensterVan)) {
                aanwezig = aanwezig.subtract(m.get(van).aanwezig());
                ongeoorloofd = ongeoorloofd.subtract(m.get(van).ongeoorloofdeUren());
                van++;
            }
            BigDecimal samen = aanwezig.add(ongeoorloofd);
            boolean onderDrempel = !vensterVan.isBefore(eersteMaandag)
                    && samen.signum() > 0
                    && aanwezig.multiply(BigDecimal.valueOf(100)).compareTo(drempel.multiply(samen)) < 0;
            if (onderDrempel) {
                if (onderSinds == null) {
                    onderSinds = nu.datum();
                }
                procent = aanwezig.multiply(BigDecimal.valueOf(100)).divide(samen, 0, RoundingMode.DOWN);
            } else {
                onderSinds = null;
            }
            if (nu.verzuimd()) {
                opRij++;
                if (opRij == w.afwezigOpRij()) {
                    rijSinds = nu.datum();
                }
            } else {
                opRij = 0;
                rijSinds = null;
            }
        }
        LocalDate laatste = m.getLast().datum();
        String onderdeel = berichten.getMessage(sleutel(p.onderdeel()));
        List<String> redenen = new ArrayList<>();
        LocalDate sinds = null;
        if (onderSinds != null) {
            redenen.add(bericht(
                    "termijn.aanwezigheid.procent",
                    p.aanbieder(),
                    onderdeel,
                    procent,
                    w.aanwezigheidWeken(),
                    datum(laatste),
                    w.aanwezigheidProcent(),
                    datum(onderSinds)));
            sinds = onderSinds;
        }
        if (rijSinds != null) {
            redenen.add(bericht("termijn.aanwezigheid.opRij", p.aanbieder(), onderdeel, opRij, datum(laatste)));
            sinds = sinds == null || rijSinds.isBefore(sinds) ? rijSinds : sinds;
        }
        return sinds == null ? Optional.empty() : Optional.of(new Onder(sinds, String.join(" ", redenen)));
    }

    /**
     * AB-9: a placement ended early (AFGEBROKEN, from any state) for an onderdeel of which the person has no placement
     * running or completed; the consultant acts (a new placement, or a note) within the reaction days of its end. The
     * earliest such end is the signal; a new placement for the onderdeel takes it away.
     */
    private Optional<Termijn> afgebroken(Feiten f, PlaatsingSignaalInstellingen.Waarden w) {
        return f.plaatsingen().stream()
                .filter(p -> p.status() == Plaatsing.Status.AFGEBROKEN && p.einddatum() != null)
                .filter(p -> f.plaatsingen().stream()
                        .noneMatch(q -> q.onderdeel() == p.onderdeel() && q.status() != Plaatsing.Status.AFGEBROKEN))
                .min(Comparator.comparing(Rij::einddatum))
                .map(p -> new Termijn(
                        PLAATSING_AFGEBROKEN,
                        p.einddatum(),
                        p.einddatum().plusDays(w.reactieDagen()),
                        p.einddatum(),
                        null,
                        "AB-9",
                        bericht(
                                "termijn.afgebroken",
                                p.aanbieder(),
                                berichten.getMessage(sleutel(p.onderdeel())),
                                datum(p.einddatum()),
                                p.reden(),
                                datum(p.einddatum().plusDays(w.reactieDagen()))),
                        false));
    }

    private String bericht(String sleutel, Object... argumenten) {
        return berichten.getMessage(sleutel, argumenten);
    }

    private static String datum(LocalDate datum) {
        return InburgeringTermijnen.datum(datum);
    }
}
