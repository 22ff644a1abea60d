package nl.inburgeringsregie.inburgeraar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.MagDuoBerichtenOfDossierWijzigen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what interrupts a dossier's deadlines ({@link Onderbreking}, issue 12 part 4): the PIP module reports the
 * withdrawal of the vastgesteld PIP and a new vaststelling (P-3); the DUO module reports DUO's tijdelijke vrijstelling
 * and its withdrawal (PL-5); both by events ({@link Dossiermelding}, ADR 0027). Each change is journaled, audited and announced ({@link InburgeraarGewijzigd}), so the
 * deadlines' read model follows in the same transaction. Kept apart from the aggregate's own fields: these columns
 * are written here only.
 */
@Service
class Onderbrekingen {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final InburgeraarRepository repository;
    private final Journaal journaal;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Gebruikers gebruikers;
    private final Toegang toegang;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    Onderbrekingen(
            InburgeraarRepository repository,
            Journaal journaal,
            JdbcClient jdbc,
            AuditLog auditLog,
            Gebruikers gebruikers,
            Toegang toegang,
            ApplicationEventPublisher events,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.repository = repository;
        this.journaal = journaal;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.gebruikers = gebruikers;
        this.toegang = toegang;
        this.events = events;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** The dossier's vastgesteld PIP was withdrawn on this day: no valid PIP until a new one is vastgesteld (P-3). */
    @Transactional
    @MagDossierWijzigen
    void pipIngetrokken(UUID id, LocalDate op) {
        Inburgeraar inburgeraar = vind(id, Recht.DOSSIER_WIJZIGEN);
        jdbc.sql("update inburgeraar set pip_ingetrokken_op = ? where id = ?")
                .params(op, id)
                .update();
        gewijzigd(inburgeraar, "pipIngetrokkenOp");
    }

    /** A new PIP was vastgesteld: the dossier has a valid PIP again. */
    @Transactional
    @MagDossierWijzigen
    void pipVastgesteld(UUID id) {
        Inburgeraar inburgeraar = vind(id, Recht.DOSSIER_WIJZIGEN);
        if (jdbc.sql("update inburgeraar set pip_ingetrokken_op = null where id = ? and pip_ingetrokken_op is not null")
                        .param(id)
                        .update()
                == 1) {
            gewijzigd(inburgeraar, "pipIngetrokkenOp");
        }
    }

    /**
     * DUO's tijdelijke vrijstelling (PL-5, from the Vrijstelling API): its period replaces the one we had; a period
     * with another start is a new vrijstelling, no longer withdrawn.
     */
    @Transactional
    @MagDuoBerichtenOfDossierWijzigen
    void duoTijdelijkeVrijstelling(UUID id, LocalDate van, LocalDate tot) {
        Inburgeraar inburgeraar = vind(id, Recht.DUO_BERICHTEN, Recht.DOSSIER_WIJZIGEN);
        Onderbreking nu = huidige(id);
        if (Objects.equals(nu.vrijstellingVan(), van) && Objects.equals(nu.vrijstellingTot(), tot)) {
            return;
        }
        jdbc.sql("""
                update inburgeraar set tijdelijke_vrijstelling_van = ?, tijdelijke_vrijstelling_tot = ?,
                    tijdelijke_vrijstelling_ingetrokken_op = case when tijdelijke_vrijstelling_van = ?
                        then tijdelijke_vrijstelling_ingetrokken_op end
                where id = ?""").params(van, tot, van, id).update();
        duoJournaal(
                inburgeraar,
                tot == null
                        ? berichten.getMessage("journaal.vrijstelling.zonderEinde", new Object[] {van.format(DATUM)})
                        : berichten.getMessage(
                                "journaal.vrijstelling", new Object[] {van.format(DATUM), tot.format(DATUM)}));
        gewijzigd(inburgeraar, "tijdelijkeVrijstelling");
    }

    /** DUO withdrew the tijdelijke vrijstelling (SS129/SS130) on this day: the deadlines run again from it. */
    @Transactional
    @MagDuoBerichtenOfDossierWijzigen
    void duoTijdelijkeVrijstellingIngetrokken(UUID id, LocalDate op) {
        Inburgeraar inburgeraar = vind(id, Recht.DUO_BERICHTEN, Recht.DOSSIER_WIJZIGEN);
        if (jdbc.sql("""
                update inburgeraar set tijdelijke_vrijstelling_ingetrokken_op = ?
                where id = ? and tijdelijke_vrijstelling_van is not null and tijdelijke_vrijstelling_ingetrokken_op is null""").params(op, id).update() == 1) {
            duoJournaal(
                    inburgeraar,
                    berichten.getMessage("journaal.vrijstelling.ingetrokken", new Object[] {op.format(DATUM)}));
            gewijzigd(inburgeraar, "tijdelijkeVrijstelling");
        }
    }

    private Onderbreking huidige(UUID id) {
        return jdbc.sql("""
                select pip_ingetrokken_op, tijdelijke_vrijstelling_van, tijdelijke_vrijstelling_tot,
                       tijdelijke_vrijstelling_ingetrokken_op from inburgeraar where id = ?""")
                .param(id)
                .query((rs, i) -> new Onderbreking(
                        rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .single();
    }

    private void duoJournaal(Inburgeraar inburgeraar, String omschrijving) {
        journaal.enkel(
                inburgeraar,
                Journaal.Soort.DUO,
                "tijdelijkeVrijstelling",
                null,
                omschrijving,
                gebruikers.huidige().gebruikersnaam(),
                Instant.now(clock));
    }

    private void gewijzigd(Inburgeraar inburgeraar, String veld) {
        auditLog.registreer(
                AuditActie.GEWIJZIGD, new AuditLog.Betrokkene(inburgeraar.id(), inburgeraar.gemeentecode()), veld);
        events.publishEvent(new InburgeraarGewijzigd(inburgeraar.id(), inburgeraar.gemeentecode(), List.of(veld)));
    }

    /** The dossier, when the access decision lets the user do one of the actions to its person (ADR 0028). */
    private Inburgeraar vind(UUID id, Recht... handelingen) {
        toegang.eisEenVan(id, handelingen);
        return repository
                .findById(id)
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }
}
