package nl.inburgeringsregie.voortgang;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.aanbieders.AanbodStart;
import nl.inburgeringsregie.documenten.VerklaringAanbod;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.inburgeraar.Dossiermelding;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gemeente's statement for the late-offer extension ground (issue 16, ADR 0041; T-5, route-na-pip.md scenario 12):
 * issued only while the ground holds (as on the route status, {@link Routestatussen#laatAanbod}: the derivation module
 * aanbieders makes for the worklist's {@code AANBOD_START}), else 409 naming T-5 and why. Issuing is the consultant's act
 * ({@code DOSSIER_WIJZIGEN}): each statement is journaled on the dossier (the register of what was issued) and audited
 * as a read of the dossier and as an export.
 */
@Service
class AanbodVerklaringen {

    /** A statement issued: its file name and the PDF. */
    record Afgegeven(String bestandsnaam, byte[] pdf) {}

    private final DossierfeitenLezer dossiers;
    private final Toegang toegang;
    private final AanbodStart aanbod;
    private final VerklaringAanbod verklaring;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    AanbodVerklaringen(
            DossierfeitenLezer dossiers,
            Toegang toegang,
            AanbodStart aanbod,
            VerklaringAanbod verklaring,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.dossiers = dossiers;
        this.toegang = toegang;
        this.aanbod = aanbod;
        this.verklaring = verklaring;
        this.auditLog = auditLog;
        this.events = events;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** The journal line of an issued statement (names no person). */
    record VerklaringAfgegeven(UUID inburgeraarId, String omschrijving) implements Dossiermelding.Journaalregel {

        @Override
        public Dossiermelding.Herkomst herkomst() {
            return Dossiermelding.Herkomst.VERKLARING;
        }
    }

    /** T-5: the statement as PDF, dated today; 409 naming T-5 when the ground does not hold. */
    @Transactional
    @MagDossierWijzigen
    public Afgegeven geefAf(UUID inburgeraarId) {
        toegang.eis(Recht.DOSSIER_WIJZIGEN, inburgeraarId);
        Dossierfeiten d = dossiers.van(List.of(inburgeraarId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
        LocalDate vandaag = LocalDate.now(clock.withZone(Voortgangsgesprekken.ZONE));
        AuditLog.Betrokkene betrokkene = new AuditLog.Betrokkene(d.id(), d.gemeentecode());
        auditLog.registreer(AuditActie.DOSSIER_BEKEKEN, betrokkene, "verklaring-aanbod");
        Optional<AanbodStart.Toets> toets = aanbod.van(d);
        if (toets.isEmpty() || !toets.get().teLaat(vandaag)) {
            throw geenGrond(toets);
        }
        AanbodStart.Toets t = toets.get();
        String naam = dossiers.namen(List.of(d.id())).get(d.id());
        String kenmerk =
                "T5-" + d.id().toString().substring(0, 8) + "-" + vandaag.format(DateTimeFormatter.BASIC_ISO_DATE);
        byte[] pdf = verklaring.pdf(new VerklaringAanbod.Verklaring(
                d.gemeentecode(),
                kenmerk,
                vandaag,
                naam,
                d.geboortedatum(),
                t.dagtekeningPip(),
                t.leerroute(),
                t.maanden(),
                t.uiterlijk(),
                t.gestartOp(),
                t.aanbieder(),
                t.plaatsingen().stream()
                        .map(p -> new VerklaringAanbod.Plaatsing(
                                p.aanbieder(), p.leerroute(), p.status(), p.aanmelddatum(), p.startdatum()))
                        .toList()));
        auditLog.registreer(AuditActie.GEEXPORTEERD, betrokkene, "verklaring-aanbod " + kenmerk);
        events.publishEvent(new VerklaringAfgegeven(d.id(), berichten.getMessage("verklaring.journaal", new Object[] {
            kenmerk,
            InburgeringTermijnen.datum(t.dagtekeningPip()),
            InburgeringTermijnen.datum(t.uiterlijk()),
            t.gestartOp() == null
                    ? berichten.getMessage("verklaring.journaal.nietGestart")
                    : InburgeringTermijnen.datum(t.gestartOp())
        })));
        return new Afgegeven("verklaring-uitblijven-aanbod-" + kenmerk + ".pdf", pdf);
    }

    /** Why the ground does not hold (T-5): not applicable, started in time, or the last day still to come. */
    private ConflictException geenGrond(Optional<AanbodStart.Toets> toets) {
        if (toets.isEmpty()) {
            return new ConflictException("fout.verklaring.nietVanToepassing", null, "aanbodStart", "T-5");
        }
        AanbodStart.Toets t = toets.get();
        String bericht = t.gestartOp() != null
                ? berichten.getMessage("fout.verklaring.opTijd", new Object[] {
                    InburgeringTermijnen.datum(t.gestartOp()), InburgeringTermijnen.datum(t.uiterlijk())
                })
                : berichten.getMessage(
                        "fout.verklaring.nogNiet", new Object[] {InburgeringTermijnen.datum(t.uiterlijk())});
        return new ConflictException(bericht, null, "aanbodStart", "T-5");
    }
}
