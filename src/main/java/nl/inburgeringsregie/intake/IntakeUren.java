package nl.inburgeringsregie.intake;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import nl.inburgeringsregie.uren.UrenBron;
import nl.inburgeringsregie.uren.UrenGewijzigd;
import nl.inburgeringsregie.uren.Urenpost;
import nl.inburgeringsregie.uren.Urensoort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hours of NT2, KNM and participation the person followed during the brede intake at the gemeente (issue 15, ADR
 * 0034): DUO counts them apart ({@code bredeintake/taallesknm}) and with the Z-route's participation ("De uren uit
 * Brede Intake tellen mee", Besluit art. 3.14; R-11). Recorded per day and kind by the consultant; a second record of
 * the same day and kind replaces the first (a correction, also to 0). The hours ledger reads them as a source of its
 * own ({@link UrenBron}, code {@link Urenpost#BREDE_INTAKE}); each change is told ({@link UrenGewijzigd}) so the new
 * totals reach DUO.
 *
 * <p>The checks, each naming its field: a brede intake exists; the day is not in the future and not after the
 * intake was completed; a kind; hours from 0 to {@value #MAX_PER_DAG} with at most two decimals, and not more than
 * {@value #MAX_PER_DAG} on one day over all kinds; a description of at most {@value #MAX_OMSCHRIJVING} characters.
 */
@Service
class IntakeUren implements UrenBron {

    /** No more hours than a day has, over all kinds together. */
    static final int MAX_PER_DAG = 24;

    static final int MAX_OMSCHRIJVING = 200;

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** What the consultant records. */
    record Registratie(LocalDate datum, Urensoort soort, BigDecimal uren, String omschrijving) {}

    /** A recorded day and kind. */
    record Regel(
            LocalDate datum,
            Urensoort soort,
            BigDecimal uren,
            String omschrijving,
            String geregistreerdDoor,
            Instant geregistreerdOp) {}

    private final JdbcClient jdbc;
    private final IntakeRepository intakes;
    private final DossierfeitenLezer dossiers;
    private final Toegang toegang;
    private final Gebruikers gebruikers;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    IntakeUren(
            JdbcClient jdbc,
            IntakeRepository intakes,
            DossierfeitenLezer dossiers,
            Toegang toegang,
            Gebruikers gebruikers,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.jdbc = jdbc;
        this.intakes = intakes;
        this.dossiers = dossiers;
        this.toegang = toegang;
        this.gebruikers = gebruikers;
        this.auditLog = auditLog;
        this.events = events;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** Records (or corrects) the hours of one day and kind; see the class comment for the checks. */
    @Transactional
    @MagDossierWijzigen
    public Regel registreer(UUID inburgeraarId, Registratie r) {
        Dossierfeiten dossier = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        Intake intake = intakes.findById(inburgeraarId)
                .orElseThrow(() -> new InvalidInputException("inburgeraarId", "fout.intakeUren.geenIntake", "R-11"));
        List<Violation> fouten = new ArrayList<>();
        LocalDate vandaag = LocalDate.now(clock);
        if (r.datum() == null) {
            fouten.add(new Violation("datum", "fout.intakeUren.datumVerplicht", "R-11"));
        } else if (r.datum().isAfter(vandaag)) {
            fouten.add(new Violation("datum", "fout.intakeUren.inToekomst", "R-11"));
        } else if (intake.afgerondOp() != null && r.datum().isAfter(intake.afgerondOp())) {
            fouten.add(
                    new Violation("datum", "fout.intakeUren.naAfronding", "R-11", DATUM.format(intake.afgerondOp())));
        }
        // the brede intake's hours are NT2, KNM or participation; the PVT and MAP are modules of the route.
        if (r.soort() == null || r.soort() == Urensoort.PVT || r.soort() == Urensoort.MAP) {
            fouten.add(new Violation("soort", "fout.intakeUren.soortVerplicht", "R-11"));
        }
        if (r.uren() == null
                || r.uren().signum() < 0
                || r.uren().compareTo(BigDecimal.valueOf(MAX_PER_DAG)) > 0
                || r.uren().stripTrailingZeros().scale() > 2) {
            fouten.add(new Violation("uren", "fout.intakeUren.uren", "R-11", MAX_PER_DAG));
        } else if (r.datum() != null && fouten.stream().noneMatch(f -> f.field().equals("soort"))) {
            BigDecimal andere = jdbc.sql("""
                            select coalesce(sum(uren), 0) from intake_uren
                            where inburgeraar_id = ? and datum = ? and soort <> ?""")
                    .params(inburgeraarId, r.datum(), r.soort().name())
                    .query(BigDecimal.class)
                    .single();
            if (andere.add(r.uren()).compareTo(BigDecimal.valueOf(MAX_PER_DAG)) > 0) {
                fouten.add(new Violation(
                        "uren", "fout.intakeUren.teVeelOpDag", "R-11", MAX_PER_DAG, andere.stripTrailingZeros()));
            }
        }
        String omschrijving = r.omschrijving() == null || r.omschrijving().isBlank()
                ? null
                : r.omschrijving().strip();
        if (omschrijving != null && omschrijving.length() > MAX_OMSCHRIJVING) {
            fouten.add(new Violation("omschrijving", "fout.intakeUren.omschrijving", "R-11", MAX_OMSCHRIJVING));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        Regel regel = jdbc.sql("""
                        insert into intake_uren (inburgeraar_id, gemeentecode, datum, soort, uren, omschrijving,
                            geregistreerd_door, geregistreerd_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (inburgeraar_id, datum, soort) do update set
                            uren = excluded.uren, omschrijving = excluded.omschrijving,
                            geregistreerd_door = excluded.geregistreerd_door,
                            geregistreerd_op = excluded.geregistreerd_op
                        returning datum, soort, uren, omschrijving, geregistreerd_door, geregistreerd_op""")
                .params(
                        inburgeraarId,
                        dossier.gemeentecode(),
                        r.datum(),
                        r.soort().name(),
                        r.uren(),
                        omschrijving,
                        gebruikers.huidige().gebruikersnaam(),
                        Timestamp.from(Instant.now(clock)))
                .query((rs, i) -> regel(rs))
                .single();
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(inburgeraarId, dossier.gemeentecode()),
                "uren brede intake " + r.datum());
        events.publishEvent(new UrenGewijzigd(inburgeraarId, dossier.gemeentecode()));
        // The route status's deadline (issue 16, T-13) counts these hours for the Z-route.
        events.publishEvent(new TermijnfeitenGewijzigd(List.of(inburgeraarId)));
        return regel;
    }

    /** The recorded days, newest first; audited. */
    @Transactional
    @MagDossierInzien
    public List<Regel> lijst(UUID inburgeraarId) {
        Dossierfeiten dossier = dossier(inburgeraarId, Recht.DOSSIER_INZIEN);
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN,
                new AuditLog.Betrokkene(inburgeraarId, dossier.gemeentecode()),
                "uren brede intake");
        return jdbc.sql("""
                        select datum, soort, uren, omschrijving, geregistreerd_door, geregistreerd_op
                        from intake_uren where inburgeraar_id = ? order by datum desc, soort""").param(inburgeraarId).query((rs, i) -> regel(rs)).list();
    }

    /** The ledger's source: a total per kind, followed at the gemeente (no keurmerk institution, T-7). */
    @Override
    public List<Urenpost> uren(UUID inburgeraarId) {
        return jdbc.sql("""
                        select soort, sum(uren) as uren from intake_uren where inburgeraar_id = ?
                        group by soort order by soort""")
                .param(inburgeraarId)
                .query((rs, i) -> new Urenpost(
                        Urensoort.valueOf(rs.getString("soort")),
                        Urenpost.BREDE_INTAKE,
                        inburgeraarId,
                        berichten.getMessage("intake.uren.bron"),
                        rs.getBigDecimal("uren").stripTrailingZeros(),
                        false))
                .list();
    }

    private Dossierfeiten dossier(UUID id, Recht handeling) {
        toegang.eis(handeling, id);
        return dossiers.van(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }

    private static Regel regel(ResultSet rs) throws SQLException {
        return new Regel(
                rs.getObject("datum", LocalDate.class),
                Urensoort.valueOf(rs.getString("soort")),
                rs.getBigDecimal("uren").stripTrailingZeros(),
                rs.getString("omschrijving"),
                rs.getString("geregistreerd_door"),
                rs.getTimestamp("geregistreerd_op").toInstant());
    }
}
