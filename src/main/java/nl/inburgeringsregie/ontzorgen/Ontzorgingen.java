package nl.inburgeringsregie.ontzorgen;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.MagOntzorgingBeheren;
import nl.inburgeringsregie.gebruikers.MagOntzorgingInzien;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.privacy.Doelbinding;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's ontzorging (O-1, O-2, T-8) for the budgetcoach, and to read for the consultant: every call passes the
 * access decision first (a person the user may not reach answers 404 as a missing one) and is audited with the
 * purpose "ontzorgen" (ADR 0032). Only an asielstatushouder whose dossier records the start of the bijstand right is
 * ontzorgd; the period starts there, never at housing (Participatiewet art. 56a; the seed 003:395 says otherwise).
 */
@Service
class Ontzorgingen {

    /** The authorisation and the fixed costs as the budgetcoach records them. */
    record Vastlegging(LocalDate datumMachtiging, List<VasteLast> vasteLasten) {}

    /** An ontzorging as screens and the API show it. */
    record Weergave(
            UUID id,
            UUID inburgeraarId,
            LocalDate begindatum,
            LocalDate einddatum,
            LocalDate datumMachtiging,
            boolean machtigingOntbreekt,
            String verlengingReden,
            LocalDate beeindigdOp,
            List<VasteLast> vasteLasten,
            BigDecimal totaalPerMaand) {}

    private final OntzorgingRepository ontzorgingen;
    private final DossierfeitenLezer dossiers;
    private final OntzorgenInstellingen instellingen;
    private final Toegang toegang;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    Ontzorgingen(
            OntzorgingRepository ontzorgingen,
            DossierfeitenLezer dossiers,
            OntzorgenInstellingen instellingen,
            Toegang toegang,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.ontzorgingen = ontzorgingen;
        this.dossiers = dossiers;
        this.instellingen = instellingen;
        this.toegang = toegang;
        this.auditLog = auditLog;
        this.events = events;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** The person's ontzorging, if any (audited as a read with the purpose "ontzorgen"). */
    @Transactional
    @MagOntzorgingInzien
    public Optional<Weergave> lees(UUID inburgeraarId) {
        Dossierfeiten dossier = dossier(inburgeraarId, Recht.ONTZORGING_INZIEN);
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN,
                new AuditLog.Betrokkene(inburgeraarId, dossier.gemeentecode()),
                "ontzorging",
                Doelbinding.ONTZORGEN);
        return ontzorgingen.vanDossier(inburgeraarId).map(Ontzorgingen::weergave);
    }

    /**
     * Records the authorisation and the fixed costs (O-1); the first time also the period from the start of the
     * bijstand right (T-8). Refused, with nothing stored, for anyone but an asielstatushouder with that start date.
     */
    @Transactional
    @MagOntzorgingBeheren
    public Weergave legVast(UUID inburgeraarId, Vastlegging vastlegging) {
        Dossierfeiten dossier = dossier(inburgeraarId, Recht.ONTZORGING_BEHEREN);
        Instant nu = clock.instant();
        Ontzorging o = ontzorgingen.vanDossier(inburgeraarId).orElseGet(() -> nieuw(dossier, nu));
        o.legVast(
                vastlegging.datumMachtiging(),
                vastlegging.vasteLasten() == null ? List.of() : vastlegging.vasteLasten(),
                instellingen.maximumBedrag(),
                nu);
        return opgeslagen(o, "ontzorging.vastgelegd");
    }

    /** O-2: extends to a new end date with a reason. */
    @Transactional
    @MagOntzorgingBeheren
    public Weergave verleng(UUID inburgeraarId, LocalDate einddatum, String reden) {
        Ontzorging o = bestaand(inburgeraarId);
        o.verleng(einddatum, reden, clock.instant());
        return opgeslagen(o, "ontzorging.verlengd");
    }

    /** O-2: ends the ontzorging on a date within its period. */
    @Transactional
    @MagOntzorgingBeheren
    public Weergave beeindig(UUID inburgeraarId, LocalDate datum) {
        Ontzorging o = bestaand(inburgeraarId);
        o.beeindig(datum, clock.instant());
        return opgeslagen(o, "ontzorging.beeindigd");
    }

    /** The web form's decision (O-2): {@code VERLENGEN} or {@code BEEINDIGEN}, after the access decision. */
    @Transactional
    @MagOntzorgingBeheren
    public Weergave besluit(UUID inburgeraarId, String besluit, LocalDate datum, String reden) {
        Ontzorging o = bestaand(inburgeraarId);
        if ("VERLENGEN".equals(besluit)) {
            o.verleng(datum, reden, clock.instant());
        } else if ("BEEINDIGEN".equals(besluit)) {
            o.beeindig(datum, clock.instant());
        } else {
            throw new InvalidInputException("besluit", "fout.ontzorging.besluit", "O-2");
        }
        return opgeslagen(o, "ontzorging." + besluit.toLowerCase(Locale.ROOT));
    }

    private Ontzorging nieuw(Dossierfeiten dossier, Instant nu) {
        if (dossier.doelgroep() != Doelgroep.ASIELSTATUSHOUDER) {
            throw new InvalidInputException(
                    List.of(new Violation("doelgroep", "fout.ontzorging.geenAsielstatushouder", "O-1")));
        }
        LocalDate start = dossiers.datumStartBijstand(dossier.id())
                .orElseThrow(() -> new InvalidInputException(
                        List.of(new Violation("datumStartBijstand", "fout.ontzorging.geenBijstand", "O-1"))));
        return Ontzorging.nieuw(dossier.id(), dossier.gemeentecode(), start, instellingen.maanden(), nu);
    }

    private Ontzorging bestaand(UUID inburgeraarId) {
        dossier(inburgeraarId, Recht.ONTZORGING_BEHEREN);
        return ontzorgingen
                .vanDossier(inburgeraarId)
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.ontzorging.nietGevonden")));
    }

    private Weergave opgeslagen(Ontzorging o, String detail) {
        Ontzorging opgeslagen = ontzorgingen.save(o);
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(o.inburgeraarId(), o.gemeentecode()),
                detail,
                Doelbinding.ONTZORGEN);
        // T-8: the deadline before the end follows the period and the decision.
        events.publishEvent(new TermijnfeitenGewijzigd(List.of(o.inburgeraarId())));
        return weergave(opgeslagen);
    }

    private Dossierfeiten dossier(UUID inburgeraarId, Recht recht) {
        toegang.eis(recht, inburgeraarId);
        return dossiers.van(List.of(inburgeraarId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }

    static Weergave weergave(Ontzorging o) {
        BigDecimal totaal = o.vasteLasten().stream().map(VasteLast::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Weergave(
                o.id(),
                o.inburgeraarId(),
                o.begindatum(),
                o.einddatum(),
                o.datumMachtiging(),
                o.datumMachtiging() == null,
                o.verlengingReden(),
                o.beeindigdOp(),
                o.vasteLasten(),
                totaal);
    }
}
