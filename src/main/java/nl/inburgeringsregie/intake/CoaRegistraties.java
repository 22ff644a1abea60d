package nl.inburgeringsregie.intake;

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
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * T-12 with I-4 (ADR 0037): what the consultant records of COA's warme overdracht outside the import: the profile
 * received another way (on paper, by mail, with its source) and the joint handover conversation held (the date as
 * stated, the participants). Each is recorded once per dossier (a second time: 409, nothing changes) and counts on the
 * day it was recorded by the server's clock; the stated date is shown beside it and never makes a deadline on time
 * (T-15). Journaled on the dossier and audited, as the COA import.
 */
@Service
public class CoaRegistraties {

    static final int MAX_TOELICHTING = 200;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** What can be recorded: the profile received outside the import, the handover conversation held. */
    public enum Soort {
        PROFIEL,
        GESPREK
    }

    /** One record: the stated date (received or held), the source or participants, and when and by whom recorded. */
    public record Registratie(
            Soort soort,
            LocalDate opgegevenDatum,
            String toelichting,
            Instant geregistreerdOp,
            String geregistreerdDoor) {}

    /** The dossier's COA handover as far as recorded: whether T-12 applies, and the records. */
    public record Stand(boolean vanToepassing, LocalDate datumKoppeling, Registratie profiel, Registratie gesprek) {}

    private final DossierfeitenLezer dossiers;
    private final Toegang toegang;
    private final Gebruikers gebruikers;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;
    private final CoaTermijnen termijnen;
    private final Clock clock;

    CoaRegistraties(
            DossierfeitenLezer dossiers,
            Toegang toegang,
            Gebruikers gebruikers,
            JdbcClient jdbc,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            MessageSourceAccessor berichten,
            CoaTermijnen termijnen,
            Clock clock) {
        this.dossiers = dossiers;
        this.toegang = toegang;
        this.gebruikers = gebruikers;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.events = events;
        this.berichten = berichten;
        this.termijnen = termijnen;
        this.clock = clock;
    }

    /** The dossier's records (the intake page, the API). */
    @Transactional
    @MagDossierInzien
    public Stand stand(UUID id) {
        Dossierfeiten d = dossier(id, Recht.DOSSIER_INZIEN);
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN, new AuditLog.Betrokkene(id, d.gemeentecode()), "warme overdracht COA");
        List<Registratie> registraties = registraties(id);
        return new Stand(
                vanToepassing(d),
                d.datumKoppeling(),
                registraties.stream()
                        .filter(r -> r.soort() == Soort.PROFIEL)
                        .findFirst()
                        .orElse(null),
                registraties.stream()
                        .filter(r -> r.soort() == Soort.GESPREK)
                        .findFirst()
                        .orElse(null));
    }

    /**
     * COA's profile received outside the import: {@code bron} says how (required), {@code ontvangenOp} the day it
     * arrived as the consultant states it (optional, shown only).
     */
    @Transactional
    @MagDossierWijzigen
    public Registratie profielOntvangen(UUID id, LocalDate ontvangenOp, String bron) {
        Dossierfeiten d = dossier(id, Recht.DOSSIER_WIJZIGEN);
        List<Violation> fouten = new ArrayList<>();
        if (bron == null || bron.isBlank()) {
            fouten.add(new Violation("bron", berichten.getMessage("fout.coaRegistratie.bron"), "I-4"));
        } else if (bron.strip().length() > MAX_TOELICHTING || bron.chars().anyMatch(c -> c < 0x20)) {
            fouten.add(new Violation(
                    "bron", berichten.getMessage("fout.coaRegistratie.lang", new Object[] {MAX_TOELICHTING}), "I-4"));
        }
        controleerDatum(d, "ontvangenOp", ontvangenOp, false, fouten);
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        return leg(
                d,
                Soort.PROFIEL,
                ontvangenOp,
                bron.strip(),
                ontvangenOp == null
                        ? berichten.getMessage("coaRegistratie.journaal.profiel", new Object[] {bron.strip()})
                        : berichten.getMessage(
                                "coaRegistratie.journaal.profielOp",
                                new Object[] {ontvangenOp.format(DATUM), bron.strip()}));
    }

    /** The joint handover conversation held on {@code gehoudenOp} (required), with its participants (optional). */
    @Transactional
    @MagDossierWijzigen
    public Registratie gesprekGehouden(UUID id, LocalDate gehoudenOp, String deelnemers) {
        Dossierfeiten d = dossier(id, Recht.DOSSIER_WIJZIGEN);
        List<Violation> fouten = new ArrayList<>();
        controleerDatum(d, "gehoudenOp", gehoudenOp, true, fouten);
        String wie = deelnemers == null || deelnemers.isBlank() ? null : deelnemers.strip();
        if (wie != null && (wie.length() > MAX_TOELICHTING || wie.chars().anyMatch(c -> c < 0x20))) {
            fouten.add(new Violation(
                    "deelnemers",
                    berichten.getMessage("fout.coaRegistratie.lang", new Object[] {MAX_TOELICHTING}),
                    "I-4"));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        return leg(
                d,
                Soort.GESPREK,
                gehoudenOp,
                wie,
                berichten.getMessage(
                        "coaRegistratie.journaal.gesprek",
                        new Object[] {gehoudenOp.format(DATUM), wie == null ? "–" : wie}));
    }

    private void controleerDatum(
            Dossierfeiten d, String veld, LocalDate datum, boolean verplicht, List<Violation> fouten) {
        if (datum == null) {
            if (verplicht) {
                fouten.add(new Violation(veld, berichten.getMessage("fout.coaRegistratie.datum"), "T-12"));
            }
        } else if (datum.isAfter(LocalDate.now(clock))) {
            fouten.add(new Violation(veld, berichten.getMessage("fout.coaRegistratie.toekomst"), "T-15"));
        } else if (d.datumKoppeling() != null && datum.isBefore(d.datumKoppeling())) {
            fouten.add(new Violation(
                    veld,
                    berichten.getMessage(
                            "fout.coaRegistratie.voorKoppeling",
                            new Object[] {d.datumKoppeling().format(DATUM)}),
                    "T-12"));
        }
    }

    private Registratie leg(Dossierfeiten d, Soort soort, LocalDate datum, String toelichting, String journaal) {
        if (!vanToepassing(d)) {
            throw new ConflictException(
                    berichten.getMessage("fout.coaRegistratie.geenKoppeling"), null, "datumKoppeling", "T-12");
        }
        Instant nu = Instant.now(clock);
        String door = gebruikers.huidige().gebruikersnaam();
        int nieuw = jdbc.sql("""
                        insert into coa_registratie (inburgeraar_id, gemeentecode, soort, opgegeven_datum, toelichting,
                            geregistreerd_op, geregistreerd_door)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (inburgeraar_id, soort) do nothing""")
                .params(d.id(), d.gemeentecode(), soort.name(), datum, toelichting, Timestamp.from(nu), door)
                .update();
        if (nieuw == 0) {
            Registratie al = registraties(d.id()).stream()
                    .filter(r -> r.soort() == soort)
                    .findFirst()
                    .orElseThrow();
            throw new ConflictException(
                    berichten.getMessage("fout.coaRegistratie.al." + soort.name(), new Object[] {
                        LocalDate.ofInstant(al.geregistreerdOp(), clock.getZone())
                                .format(DATUM)
                    }),
                    null,
                    soort == Soort.PROFIEL ? "bron" : "gehoudenOp",
                    "T-15");
        }
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(d.id(), d.gemeentecode()),
                soort == Soort.PROFIEL
                        ? "warme overdracht COA, profiel buiten de import ontvangen"
                        : "warme overdracht COA, overdrachtsgesprek gehouden");
        events.publishEvent(new CoaVastgelegd(d.id(), journaal));
        // T-12: the record meets the dossier's COA deadline on this day.
        events.publishEvent(new TermijnfeitenGewijzigd(List.of(d.id())));
        return new Registratie(soort, datum, toelichting, nu, door);
    }

    /** Whether T-12 holds for the dossier, as {@link CoaTermijnen} decides it. */
    private boolean vanToepassing(Dossierfeiten d) {
        return termijnen.geldtVoor(d);
    }

    private List<Registratie> registraties(UUID id) {
        return jdbc.sql("""
                        select soort, opgegeven_datum, toelichting, geregistreerd_op, geregistreerd_door
                        from coa_registratie where inburgeraar_id = ? order by soort""")
                .param(id)
                .query((rs, i) -> new Registratie(
                        Soort.valueOf(rs.getString("soort")),
                        rs.getObject("opgegeven_datum", LocalDate.class),
                        rs.getString("toelichting"),
                        rs.getTimestamp("geregistreerd_op").toInstant(),
                        rs.getString("geregistreerd_door")))
                .list();
    }

    private Dossierfeiten dossier(UUID id, Recht handeling) {
        toegang.eis(handeling, id);
        return dossiers.van(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }
}
