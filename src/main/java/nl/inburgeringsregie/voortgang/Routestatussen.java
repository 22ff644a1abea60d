package nl.inburgeringsregie.voortgang;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.aanbieders.AanbodStart;
import nl.inburgeringsregie.duo.DuoRoutegegevens;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Examenonderdeel;
import nl.inburgeringsregie.pip.VastgesteldPip;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import nl.inburgeringsregie.termijnen.Inburgeringstermijn;
import nl.inburgeringsregie.uren.Urenboek;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dossier's route status (issue 16, T-13; ADR 0040): per requirement of its route done, in progress, missing or
 * unknown with the evidence, and whether everything the gemeente can see is done (DUO decides, SS106). Read for staff
 * with the dossier right (404 beyond their relationships), audited as a read of the person; the same derivation feeds
 * the deadline {@code ROUTE_AFRONDEN} ({@link RouteTermijnen}).
 */
@Service
class Routestatussen {

    /**
     * {@code leerroute} null: no vastgesteld PIP yet (no requirements). {@code volledig}: every requirement the gemeente
     * can see is done; {@code afgerondDoorDuo}: DUO reported the duty met (SS106, phase AFGEROND).
     */
    record Routestatus(
            UUID inburgeraarId,
            Leerroute leerroute,
            Niveau niveau,
            List<Examenonderdeel> afgeschaald,
            LocalDate dagtekeningPip,
            LocalDate termijnLaatsteDag,
            List<Routebepaling.Eis> eisen,
            List<String> ontbreekt,
            boolean volledig,
            boolean afgerondDoorDuo,
            List<Verlengingsgrond> verlengingsgronden) {}

    /**
     * T-5: a ground for extension the gemeente can see (DUO decides): {@code AUTOMATISCH} DUO's automatic six months,
     * {@code LAAT_AANBOD} the course not started in time (the gemeente issues a statement, ADR 0041), {@code ZIEKTE} or
     * {@code BEVALLING} recorded in a voortgangsgesprek (only for the dossier's consultant, I-5).
     */
    record Verlengingsgrond(String code, String toelichting, String regel) {}

    /** T-5: DUO's automatic extension looks at termijnen started at least this many months ago. */
    static final int AUTOMATISCH_NA_MAANDEN = 30;

    /** T-5: the code of the late-offer ground, for which the gemeente issues a statement (ADR 0041). */
    static final String LAAT_AANBOD = "LAAT_AANBOD";

    private final DossierfeitenLezer dossiers;
    private final Toegang toegang;
    private final VastgesteldPip pips;
    private final DuoRoutegegevens duo;
    private final Urenboek uren;
    private final Routebepaling bepaling;
    private final AuditLog auditLog;
    private final MessageSourceAccessor berichten;
    private final Gebruikers gebruikers;
    private final JdbcClient jdbc;
    private final AanbodStart aanbod;
    private final Clock clock;

    Routestatussen(
            DossierfeitenLezer dossiers,
            Toegang toegang,
            VastgesteldPip pips,
            DuoRoutegegevens duo,
            Urenboek uren,
            Routebepaling bepaling,
            AuditLog auditLog,
            MessageSourceAccessor berichten,
            Gebruikers gebruikers,
            JdbcClient jdbc,
            AanbodStart aanbod,
            Clock clock) {
        this.dossiers = dossiers;
        this.toegang = toegang;
        this.pips = pips;
        this.duo = duo;
        this.uren = uren;
        this.bepaling = bepaling;
        this.auditLog = auditLog;
        this.berichten = berichten;
        this.gebruikers = gebruikers;
        this.jdbc = jdbc;
        this.aanbod = aanbod;
        this.clock = clock;
    }

    @Transactional
    @MagDossierInzien
    public Routestatus routestatus(UUID inburgeraarId) {
        toegang.eis(Recht.DOSSIER_INZIEN, inburgeraarId);
        Dossierfeiten d = dossiers.van(List.of(inburgeraarId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN, new AuditLog.Betrokkene(d.id(), d.gemeentecode()), "routestatus");
        Routestatus status = bepaal(d, true);
        List<Verlengingsgrond> gronden = new ArrayList<>();
        automatisch(d, status).ifPresent(gronden::add);
        laatAanbod(d).ifPresent(gronden::add);
        if (gebruikers.huidige().gebruikersnaam().equals(d.consulent())) {
            jdbc.sql("""
                            select omstandigheid, min(datum) as datum from voortgangsgesprek
                            where inburgeraar_id = ? and omstandigheid is not null
                            group by omstandigheid order by omstandigheid""")
                    .param(d.id())
                    .query((rs, i) -> new Verlengingsgrond(
                            rs.getString("omstandigheid"),
                            berichten.getMessage(
                                    "route.verlenging." + rs.getString("omstandigheid"),
                                    new Object[] {InburgeringTermijnen.datum(rs.getObject("datum", LocalDate.class))}),
                            "T-5"))
                    .list()
                    .forEach(gronden::add);
            if (gronden.stream().anyMatch(g -> !g.code().equals("AUTOMATISCH"))) {
                auditLog.registreer(
                        AuditActie.BIJZONDERE_GEGEVENS_BEKEKEN,
                        new AuditLog.Betrokkene(d.id(), d.gemeentecode()),
                        "routestatus (I-5)");
            }
        }
        return new Routestatus(
                status.inburgeraarId(),
                status.leerroute(),
                status.niveau(),
                status.afgeschaald(),
                status.dagtekeningPip(),
                status.termijnLaatsteDag(),
                status.eisen(),
                status.ontbreekt(),
                status.volledig(),
                status.afgerondDoorDuo(),
                List.copyOf(gronden));
    }

    /**
     * T-5, DUO's automatic six months (asielstatushouder, B1-route): the termijn started at least
     * {@value #AUTOMATISCH_NA_MAANDEN} months ago, at least two of the four language exams and the KNM exam passed at
     * the required level, PVT and MAP done. Whether every lesson was attended the gemeente cannot see: the text says so.
     */
    private Optional<Verlengingsgrond> automatisch(Dossierfeiten d, Routestatus status) {
        if (d.doelgroep() != Doelgroep.ASIELSTATUSHOUDER
                || status.leerroute() != Leerroute.B
                || status.dagtekeningPip() == null
                || status.afgerondDoorDuo()) {
            return Optional.empty();
        }
        LocalDate vanaf = status.dagtekeningPip().plusDays(1).plusMonths(AUTOMATISCH_NA_MAANDEN);
        long talen = status.eisen().stream()
                .filter(e -> List.of("EXAMEN_LE", "EXAMEN_LU", "EXAMEN_SC", "EXAMEN_SP")
                        .contains(e.code()))
                .filter(e -> e.stand() == Routebepaling.Stand.GEDAAN)
                .count();
        boolean rest = status.eisen().stream()
                .filter(e -> List.of("EXAMEN_KNM", "PVT", "MAP").contains(e.code()))
                .allMatch(e -> e.stand() == Routebepaling.Stand.GEDAAN);
        if (LocalDate.now(clock).isBefore(vanaf) || talen < 2 || !rest) {
            return Optional.empty();
        }
        return Optional.of(new Verlengingsgrond(
                "AUTOMATISCH",
                berichten.getMessage("route.verlenging.AUTOMATISCH", new Object[] {InburgeringTermijnen.datum(vanaf)}),
                "T-5"));
    }

    /**
     * T-5, the late-offer ground (ADR 0041): an asielstatushouder's course (a route placement) not started within 3
     * months of the PIP's dagtekening, 6 for the onderwijsroute, as module aanbieders derives it for the worklist's
     * {@code AANBOD_START}: started after the last day, or not started and the last day has passed. Not special-category
     * data: visible with the dossier right.
     */
    Optional<Verlengingsgrond> laatAanbod(Dossierfeiten d) {
        LocalDate vandaag = LocalDate.now(clock.withZone(Voortgangsgesprekken.ZONE));
        return aanbod.van(d)
                .filter(t -> t.teLaat(vandaag))
                .map(t -> new Verlengingsgrond(
                        LAAT_AANBOD,
                        t.gestartOp() == null
                                ? berichten.getMessage("route.verlenging.LAAT_AANBOD.nietGestart", new Object[] {
                                    InburgeringTermijnen.datum(t.dagtekeningPip()),
                                    t.maanden(),
                                    InburgeringTermijnen.datum(t.uiterlijk())
                                })
                                : berichten.getMessage("route.verlenging.LAAT_AANBOD.gestart", new Object[] {
                                    InburgeringTermijnen.datum(t.dagtekeningPip()),
                                    t.maanden(),
                                    InburgeringTermijnen.datum(t.uiterlijk()),
                                    InburgeringTermijnen.datum(t.gestartOp()),
                                    t.aanbieder()
                                }),
                        "T-5"));
    }

    /**
     * The route status of a dossier, for a caller that decided access or acts without a user (the deadline source).
     * {@code metUren}: read the ledger also for the B1-route (the page: the PVT's and the MAP's hours in progress); the
     * deadline source does not, which keeps the daily job's cost per dossier down.
     */
    Routestatus bepaal(Dossierfeiten d, boolean metUren) {
        Optional<VastgesteldPip.Route> pip = pips.van(d.id());
        LocalDate laatsteDag = Inburgeringstermijn.laatsteDag(d.mijlpalen()).orElse(null);
        boolean afgerond = d.fase() == Fase.AFGEROND;
        if (pip.isEmpty()) {
            return new Routestatus(
                    d.id(),
                    null,
                    null,
                    List.of(),
                    d.mijlpalen().dagtekeningPip(),
                    laatsteDag,
                    List.of(),
                    List.of(),
                    false,
                    afgerond,
                    List.of());
        }
        VastgesteldPip.Route route = pip.get();
        List<Routebepaling.Eis> eisen =
                // The B1-route's requirements count no hours: the ledger (a query per source) is read for the other
                // routes only, which keeps the daily deadline job's cost per dossier down.
                bepaling.eisen(new Routebepaling.Feiten(
                        route,
                        d.doelgroep(),
                        duo.van(d.id()),
                        route.leerroute() == Leerroute.B && !metUren ? null : uren.berekend(d.id())));
        return new Routestatus(
                d.id(),
                route.leerroute(),
                route.niveau(),
                route.afgeschaald(),
                d.mijlpalen().dagtekeningPip(),
                laatsteDag,
                eisen,
                Routebepaling.ontbreekt(eisen),
                Routebepaling.volledig(eisen),
                afgerond,
                List.of());
    }
}
