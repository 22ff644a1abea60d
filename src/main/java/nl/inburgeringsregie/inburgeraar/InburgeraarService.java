package nl.inburgeringsregie.inburgeraar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruiker;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.gebruikers.MagConsulentToewijzen;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.MagDuoBerichten;
import nl.inburgeringsregie.gebruikers.MagDuoBerichtenOfDossierWijzigen;
import nl.inburgeringsregie.gebruikers.MagInburgeraarRegistreren;
import nl.inburgeringsregie.gebruikers.MagTeamOverzien;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Rol;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.privacy.AuditLog.Betrokkene;
import nl.inburgeringsregie.privacy.Doorbraken;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, reading and changing dossiers. Every method works only inside the signed-in user's
 * gemeenten (in SQL), checks the user's right, writes the journal and the audit log in the same
 * transaction, and refuses stale writes.
 */
@Service
public class InburgeraarService {

    private final InburgeraarRepository repository;
    private final Journaal journaal;
    private final AuditLog auditLog;
    private final Gebruikers gebruikers;
    private final Toegang toegang;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;
    private final Clock clock;
    private final DoelgroepHistorie doelgroepHistorie;
    private final List<BijzondereGegevens> bijzondereGegevens;
    private final Doorbraken doorbraken;

    InburgeraarService(
            InburgeraarRepository repository,
            Journaal journaal,
            AuditLog auditLog,
            Gebruikers gebruikers,
            Toegang toegang,
            ApplicationEventPublisher events,
            MessageSourceAccessor berichten,
            Clock clock,
            DoelgroepHistorie doelgroepHistorie,
            List<BijzondereGegevens> bijzondereGegevens,
            Doorbraken doorbraken) {
        this.doelgroepHistorie = doelgroepHistorie;
        this.bijzondereGegevens = bijzondereGegevens;
        this.doorbraken = doorbraken;
        this.repository = repository;
        this.journaal = journaal;
        this.auditLog = auditLog;
        this.gebruikers = gebruikers;
        this.toegang = toegang;
        this.events = events;
        this.berichten = berichten;
        this.clock = clock;
    }

    @Transactional
    @MagInburgeraarRegistreren
    Dossier registreer(InburgeraarGegevens gegevens, Registratiebron bron, String consulent) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        List<Violation> fouten = new ArrayList<>(InburgeraarValidatie.controleer(gegevens, vandaag()));
        fouten.addAll(afgeleideFeiten(gegevens.mijlpalen(), Mijlpalen.LEEG));
        fouten.addAll(wetEnKennisgeving(gegevens));
        if (gegevens.gemeentecode() != null
                && gegevens.gemeentecode().matches("[0-9]{4}")
                && !gebruiker.werktVoor(gegevens.gemeentecode())) {
            fouten.add(new Violation(
                    "gemeentecode",
                    berichten.getMessage("fout.gemeentecode.nietVanU", new Object[] {gegevens.gemeentecode()}),
                    null));
        }
        String toegewezen = consulent != null
                ? consulent
                : gebruiker.rollen().contains(Rol.CONSULENT) ? gebruiker.gebruikersnaam() : null;
        if (toegewezen != null && gegevens.gemeentecode() != null) {
            controleerConsulent(toegewezen, gegevens.gemeentecode(), fouten);
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        weigerDubbeleBsn(gegevens, null);
        Instant nu = Instant.now(clock);
        Inburgeraar inburgeraar = Inburgeraar.registreer(gegevens, bron, toegewezen, nu);
        try {
            inburgeraar = repository.save(inburgeraar);
        } catch (DuplicateKeyException race) {
            // Lost a race with a registration of the same BSN (h5, issue 14 point 7): PostgreSQL has aborted this
            // transaction, so no query can look the winner up; 409 naming the field, and the rollback saves nothing.
            throw new ConflictException(berichten.getMessage("fout.bsn.dubbel"), null, "bsn");
        }
        journaal.registratie(inburgeraar, gebruiker.gebruikersnaam(), nu);
        doelgroepHistorie.voegToe(
                inburgeraar.id(),
                inburgeraar.gemeentecode(),
                new DoelgroepPeriode(
                        gegevens.doelgroep(),
                        gegevens.gedetailleerdeDoelgroep(),
                        vandaag(),
                        DoelgroepHistorie.Bron.REGISTRATIE),
                nu);
        if (toegewezen != null) {
            journaal.enkel(
                    inburgeraar,
                    Journaal.Soort.TOEWIJZING,
                    "consulent",
                    null,
                    toegewezen,
                    gebruiker.gebruikersnaam(),
                    nu);
        }
        auditLog.registreer(AuditActie.GEREGISTREERD, betrokkene(inburgeraar), bron.name());
        events.publishEvent(new InburgeraarGeregistreerd(inburgeraar.id(), inburgeraar.gemeentecode()));
        return dossier(inburgeraar);
    }

    /** Opens a dossier of the user's gemeenten; another gemeente's dossier is "not found". */
    @Transactional
    @MagDossierInzien
    Dossier lees(UUID id) {
        Inburgeraar inburgeraar = vind(id, Recht.DOSSIER_INZIEN);
        auditLog.registreer(AuditActie.DOSSIER_BEKEKEN, betrokkene(inburgeraar), null);
        return dossier(inburgeraar);
    }

    @Transactional
    @MagDossierInzien
    List<Journaal.Regel> journaal(UUID id) {
        Inburgeraar inburgeraar = vind(id, Recht.DOSSIER_INZIEN);
        auditLog.registreer(AuditActie.JOURNAAL_BEKEKEN, betrokkene(inburgeraar), null);
        return journaal.van(id);
    }

    /** A dossier with its journal, as the dossier page shows them: one read of the dossier, both accesses audited. */
    record MetJournaal(Dossier dossier, List<Journaal.Regel> journaal) {}

    @Transactional
    @MagDossierInzien
    MetJournaal leesMetJournaal(UUID id) {
        Inburgeraar inburgeraar = vind(id, Recht.DOSSIER_INZIEN);
        auditLog.registreer(AuditActie.DOSSIER_BEKEKEN, betrokkene(inburgeraar), null);
        auditLog.registreer(AuditActie.JOURNAAL_BEKEKEN, betrokkene(inburgeraar), null);
        return new MetJournaal(dossier(inburgeraar), journaal.van(id));
    }

    /**
     * Changes the facts (and, when given, phase and consultant) of a dossier the client last saw at
     * {@code versie}; a stale version is refused (409).
     */
    @Transactional
    @MagDossierWijzigen
    Dossier wijzig(UUID id, Integer versie, InburgeraarGegevens gegevens, Fase fase, String consulent) {
        return wijzig(
                id, versie, gegevens, fase, consulent, DoelgroepHistorie.Bron.CONSULENT, null, Recht.DOSSIER_WIJZIGEN);
    }

    /**
     * {@link #wijzig}, with where a change of doelgroep comes from and the day it holds from (PL-6; null: today),
     * for the doelgroep history, done with one of the given rights (a change DUO reports is made with DUO's right,
     * ADR 0028).
     */
    private Dossier wijzig(
            UUID id,
            Integer versie,
            InburgeraarGegevens gegevens,
            Fase fase,
            String consulent,
            DoelgroepHistorie.Bron doelgroepBron,
            LocalDate doelgroepVanaf,
            Recht... rechten) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        Inburgeraar inburgeraar = vind(id, rechten);
        if (versie == null) {
            throw new InvalidInputException("versie", berichten.getMessage("fout.versie.leeg"), null);
        }
        inburgeraar.verwachtVersie(versie);
        List<Violation> fouten = new ArrayList<>(InburgeraarValidatie.controleer(gegevens, vandaag()));
        if (!inburgeraar.gemeentecode().equals(gegevens.gemeentecode())) {
            fouten.add(new Violation("gemeentecode", berichten.getMessage("fout.gemeentecode.vast"), "PL-7"));
        }
        boolean nieuweConsulent = consulent != null && !consulent.equals(inburgeraar.consulent());
        if (nieuweConsulent) {
            if (!gebruiker.mag(Recht.CONSULENT_TOEWIJZEN)) {
                throw new AccessDeniedException("No right to assign");
            }
            controleerConsulent(consulent, inburgeraar.gemeentecode(), fouten);
            if (vraagtReden(inburgeraar, consulent)) {
                // h8, I-5: a change of the facts (API, form) carries no reason; the dossier page's assignment does.
                fouten.add(new Violation("consulent", berichten.getMessage("fout.toewijzing.doorbraak"), "I-5"));
            }
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        weigerDubbeleBsn(gegevens, id);
        Instant nu = Instant.now(clock);
        var oud = inburgeraar.gegevens().alsVelden();
        boolean andereDoelgroep = inburgeraar.gegevens().doelgroep() != gegevens.doelgroep()
                || inburgeraar.gegevens().gedetailleerdeDoelgroep() != gegevens.gedetailleerdeDoelgroep();
        if (andereDoelgroep) {
            // PL-6: the doelgroep history keeps each group with the day it holds from.
            doelgroepHistorie.voegToe(
                    id,
                    inburgeraar.gemeentecode(),
                    new DoelgroepPeriode(
                            gegevens.doelgroep(),
                            gegevens.gedetailleerdeDoelgroep(),
                            doelgroepVanaf != null ? doelgroepVanaf : vandaag(),
                            doelgroepBron),
                    nu);
        }
        inburgeraar.wijzig(gegevens);
        List<String> velden =
                journaal.wijzigingen(inburgeraar, oud, gegevens.alsVelden(), gebruiker.gebruikersnaam(), nu);
        List<String> gewijzigd = new ArrayList<>(velden);
        if (fase != null && fase != inburgeraar.fase()) {
            journaal.enkel(
                    inburgeraar,
                    Journaal.Soort.FASE,
                    "fase",
                    inburgeraar.fase().name(),
                    fase.name(),
                    gebruiker.gebruikersnaam(),
                    nu);
            inburgeraar.gaNaar(fase);
            gewijzigd.add("fase");
        }
        if (nieuweConsulent) {
            journaal.enkel(
                    inburgeraar,
                    Journaal.Soort.TOEWIJZING,
                    "consulent",
                    inburgeraar.consulent(),
                    consulent,
                    gebruiker.gebruikersnaam(),
                    nu);
            inburgeraar.wijsToeAan(consulent);
            gewijzigd.add("consulent");
        }
        if (gewijzigd.isEmpty()) {
            return dossier(inburgeraar);
        }
        try {
            inburgeraar = repository.save(inburgeraar);
        } catch (DuplicateKeyException race) {
            // A BSN changed to one a dossier registered meanwhile holds (h5, issue 14 point 7): 409, nothing saved.
            throw new ConflictException(berichten.getMessage("fout.bsn.dubbel"), null, "bsn");
        }
        auditLog.registreer(AuditActie.GEWIJZIGD, betrokkene(inburgeraar), String.join(",", gewijzigd));
        events.publishEvent(
                new InburgeraarGewijzigd(inburgeraar.id(), inburgeraar.gemeentecode(), List.copyOf(gewijzigd)));
        return dossier(inburgeraar);
    }

    /**
     * A change of the dossier's facts as a person makes it (form or API): the milestones that drive deadlines (brede
     * intake afgerond, dagtekening PIP, DUO's einddatum) and the phase come only from the records that prove them
     * (T-15), so a value sent here that differs from the dossier's is refused naming the field and rule; an unchanged
     * value is the echo of the full representation (ADR 0006) and is ignored. The wait for third parties (T-1) stays
     * a typed fact.
     */
    @Transactional
    @MagDossierWijzigen
    Dossier wijzigFeiten(UUID id, Integer versie, InburgeraarGegevens gegevens, Fase fase, String consulent) {
        Inburgeraar inburgeraar = vind(id, Recht.DOSSIER_WIJZIGEN);
        Mijlpalen huidig = inburgeraar.gegevens().mijlpalen();
        Mijlpalen gestuurd = gegevens.mijlpalen();
        List<Violation> fouten = new ArrayList<>(afgeleideFeiten(gestuurd, huidig));
        if (fase != null && fase != inburgeraar.fase()) {
            fouten.add(new Violation("fase", berichten.getMessage("fout.fase.afgeleid"), "T-15"));
        }
        InburgeraarGegevens samengevoegd = gegevens.metMijlpalen(new Mijlpalen(
                huidig.datumBredeIntakeAfgerond(),
                huidig.dagtekeningPip(),
                huidig.einddatumInburgeringstermijn(),
                gestuurd.wachtOpDerdenSinds(),
                gestuurd.wachtOpDerdenReden(),
                gestuurd.wachtOpDerdenOntvangen()));
        fouten.addAll(wetEnKennisgeving(samengevoegd));
        if (!fouten.isEmpty()) {
            fouten.addAll(InburgeraarValidatie.controleer(samengevoegd, vandaag()));
            throw new InvalidInputException(fouten);
        }
        return wijzig(id, versie, samengevoegd, null, consulent);
    }

    /**
     * Uitschrijven (an explicit, journaled action with its reason, never a free phase select): the dossier leaves the
     * route; its running deadlines stop. Refused for a dossier already uitgeschreven (409).
     */
    @Transactional
    @MagDossierWijzigen
    Dossier schrijfUit(UUID id, Integer versie, String reden) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        Inburgeraar inburgeraar = vind(id, Recht.DOSSIER_WIJZIGEN);
        inburgeraar.verwachtVersie(versie);
        if (!inburgeraar.fase().magUitschrijven()) {
            throw new ConflictException(berichten.getMessage("fout.uitschrijven.alUitgeschreven"), null);
        }
        String tekst = reden == null ? null : reden.trim();
        if (tekst == null || tekst.isEmpty()) {
            throw new InvalidInputException("reden", berichten.getMessage("fout.uitschrijven.reden"), "PL-5");
        }
        if (tekst.length() > InburgeraarValidatie.MAX_TEKST) {
            throw new InvalidInputException(
                    "reden",
                    berichten.getMessage("fout.tekst.lang", new Object[] {InburgeraarValidatie.MAX_TEKST}),
                    null);
        }
        Instant nu = Instant.now(clock);
        journaal.enkel(
                inburgeraar,
                Journaal.Soort.FASE,
                "fase",
                inburgeraar.fase().name(),
                Fase.UITGESCHREVEN.name(),
                gebruiker.gebruikersnaam(),
                nu);
        journaal.enkel(
                inburgeraar,
                Journaal.Soort.UITSCHRIJVING,
                "redenUitschrijving",
                null,
                tekst,
                gebruiker.gebruikersnaam(),
                nu);
        inburgeraar.gaNaar(Fase.UITGESCHREVEN);
        inburgeraar = repository.save(inburgeraar);
        auditLog.registreer(AuditActie.GEWIJZIGD, betrokkene(inburgeraar), "fase,uitgeschreven");
        events.publishEvent(new InburgeraarGewijzigd(inburgeraar.id(), inburgeraar.gemeentecode(), List.of("fase")));
        return dossier(inburgeraar);
    }

    /**
     * T-15: the milestones that only their records prove (intake, PIP, DUO) may not be typed; each sent value that
     * differs from the dossier's own is a violation naming the field and rule.
     */
    private List<Violation> afgeleideFeiten(Mijlpalen gestuurd, Mijlpalen huidig) {
        List<Violation> fouten = new ArrayList<>();
        if (gestuurd.datumBredeIntakeAfgerond() != null
                && !gestuurd.datumBredeIntakeAfgerond().equals(huidig.datumBredeIntakeAfgerond())) {
            fouten.add(new Violation(
                    "voortgang.datumBredeIntakeAfgerond",
                    berichten.getMessage("fout.afgeleid.datumBredeIntakeAfgerond"),
                    "T-15"));
        }
        if (gestuurd.dagtekeningPip() != null && !gestuurd.dagtekeningPip().equals(huidig.dagtekeningPip())) {
            fouten.add(new Violation(
                    "voortgang.dagtekeningPip", berichten.getMessage("fout.afgeleid.dagtekeningPip"), "T-15"));
        }
        if (gestuurd.einddatumInburgeringstermijn() != null
                && !gestuurd.einddatumInburgeringstermijn().equals(huidig.einddatumInburgeringstermijn())) {
            fouten.add(new Violation(
                    "voortgang.einddatumInburgeringstermijn",
                    berichten.getMessage("fout.afgeleid.einddatumInburgeringstermijn"),
                    "T-15"));
        }
        return fouten;
    }

    /** Assigns (or reassigns) the consultant; {@code consulent} null unassigns. */
    @Transactional
    @MagConsulentToewijzen
    Dossier wijsToe(UUID id, Integer versie, String consulent) {
        return wijsToe(id, versie, consulent, null);
    }

    /**
     * Assigns (or reassigns) the consultant with a reason. I-5 (issue 14 point 6): an assignment that opens the dossier's
     * special-category data to someone new, by a user without {@link Recht#TOEWIJZEN_BIJZONDERE_GEGEVENS} (anyone but
     * a team lead, also assigning to themself), needs a reason; it is recorded for the privacy officer (break-the-glass),
     * journaled and audited. Without a reason it is refused (400, {@code consulent}, I-5).
     */
    @Transactional
    @MagConsulentToewijzen
    Dossier wijsToe(UUID id, Integer versie, String consulent, String reden) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        Inburgeraar inburgeraar = vind(id, Recht.CONSULENT_TOEWIJZEN);
        inburgeraar.verwachtVersie(versie);
        String doorbraak = null;
        if (consulent != null) {
            List<Violation> fouten = new ArrayList<>();
            controleerConsulent(consulent, inburgeraar.gemeentecode(), fouten);
            if (fouten.isEmpty() && vraagtReden(inburgeraar, consulent)) {
                doorbraak = reden == null ? "" : reden.trim();
                if (doorbraak.isEmpty()) {
                    fouten.add(new Violation("consulent", berichten.getMessage("fout.toewijzing.doorbraak"), "I-5"));
                } else if (doorbraak.length() > InburgeraarValidatie.MAX_TEKST) {
                    fouten.add(new Violation(
                            "reden",
                            berichten.getMessage("fout.tekst.lang", new Object[] {InburgeraarValidatie.MAX_TEKST}),
                            null));
                }
            }
            if (!fouten.isEmpty()) {
                throw new InvalidInputException(fouten);
            }
        }
        if (Objects.equals(consulent, inburgeraar.consulent())) {
            return dossier(inburgeraar);
        }
        Instant nu = Instant.now(clock);
        journaal.enkel(
                inburgeraar,
                Journaal.Soort.TOEWIJZING,
                "consulent",
                inburgeraar.consulent(),
                consulent,
                gebruiker.gebruikersnaam(),
                nu);
        if (doorbraak != null) {
            journaal.enkel(
                    inburgeraar,
                    Journaal.Soort.PRIVACY,
                    null,
                    null,
                    berichten.getMessage("journaal.privacy.doorbraak", new Object[] {consulent, doorbraak}),
                    gebruiker.gebruikersnaam(),
                    nu);
            doorbraken.registreer(betrokkene(inburgeraar), consulent, doorbraak);
        }
        inburgeraar.wijsToeAan(consulent);
        inburgeraar = repository.save(inburgeraar);
        auditLog.registreer(AuditActie.GEWIJZIGD, betrokkene(inburgeraar), "consulent");
        events.publishEvent(
                new InburgeraarGewijzigd(inburgeraar.id(), inburgeraar.gemeentecode(), List.of("consulent")));
        return dossier(inburgeraar);
    }

    /**
     * The brede intake is done (module intake, {@link Dossiermelding.IntakeAfgerond}): records the date as the
     * dossier's milestone (T-2) and moves an earlier phase on to PIP, journaled, audited and announced like any change.
     */
    @Transactional
    @MagDossierWijzigen
    void bredeIntakeAfgerond(Dossiermelding.IntakeAfgerond melding) {
        Inburgeraar inburgeraar = vind(melding.inburgeraarId(), Recht.DOSSIER_WIJZIGEN);
        InburgeraarGegevens g = inburgeraar.gegevens();
        Mijlpalen v = g.mijlpalen();
        InburgeraarGegevens nieuw = g.metMijlpalen(new Mijlpalen(
                melding.afgerondOp(),
                v.dagtekeningPip(),
                v.einddatumInburgeringstermijn(),
                v.wachtOpDerdenSinds(),
                v.wachtOpDerdenReden(),
                v.wachtOpDerdenOntvangen()));
        Fase fase = inburgeraar.fase().naBredeIntake();
        wijzig(inburgeraar.id(), inburgeraar.version(), nieuw, fase, null);
    }

    /**
     * A PIP version was established (module pip, {@link Dossiermelding.PipDagtekening}): the journal says so; the
     * first dagtekening becomes the dossier's milestone (T-1 met, T-3 and T-6 start; a later version never moves it,
     * T-3) and the dossier enters the inburgering phase.
     */
    @Transactional
    @MagDossierWijzigen
    void pipVastgesteld(Dossiermelding.PipDagtekening melding) {
        Inburgeraar inburgeraar = vind(melding.inburgeraarId(), Recht.DOSSIER_WIJZIGEN);
        journaalregel(melding, Recht.DOSSIER_WIJZIGEN);
        InburgeraarGegevens g = inburgeraar.gegevens();
        Mijlpalen v = g.mijlpalen();
        if (v.dagtekeningPip() != null && inburgeraar.fase().naPipVastgesteld() == inburgeraar.fase()) {
            return;
        }
        InburgeraarGegevens nieuw = g.metMijlpalen(new Mijlpalen(
                v.datumBredeIntakeAfgerond(),
                v.dagtekeningPip() != null ? v.dagtekeningPip() : melding.dagtekeningPip(),
                v.einddatumInburgeringstermijn(),
                v.wachtOpDerdenSinds(),
                v.wachtOpDerdenReden(),
                v.wachtOpDerdenOntvangen()));
        Fase fase = inburgeraar.fase().naPipVastgesteld();
        wijzig(inburgeraar.id(), inburgeraar.version(), nieuw, fase, null);
    }

    /**
     * A line in the dossier journal from another module ({@link Dossiermelding.Journaalregel}): the PIP (a new
     * version, a withdrawal), the reconciliation with DUO (a difference marked as seen, issue 21 point 8) or a DUO
     * notification. Each source keeps the right it had as a callback.
     */
    @Transactional
    @MagDossierWijzigen
    void pipJournaal(Dossiermelding.Journaalregel melding) {
        journaalregel(melding, Recht.DOSSIER_WIJZIGEN);
    }

    @Transactional
    @MagTeamOverzien
    void afstemmingJournaal(Dossiermelding.Journaalregel melding) {
        journaalregel(melding, Recht.TEAM_OVERZIEN);
    }

    private Inburgeraar journaalregel(Dossiermelding.Journaalregel melding, Recht recht) {
        Inburgeraar inburgeraar = vind(melding.inburgeraarId(), recht);
        journaal.enkel(
                inburgeraar,
                melding.herkomst().soort,
                melding.herkomst().onderwerp,
                null,
                melding.omschrijving(),
                gebruikers.huidige().gebruikersnaam(),
                Instant.now(clock));
        return inburgeraar;
    }

    /**
     * DUO's facts about a person's duty (module duo, {@link Dossiermelding.DuoPlicht}; PL-1: DUO decides): the date of
     * the notice and the doelgroep replace ours, journaled as changed by DUO's account (or by the consultant who fetched
     * them from DUO); a change of doelgroep enters the doelgroep history from DUO's begindatum (PL-6).
     */
    @Transactional
    @MagDuoBerichtenOfDossierWijzigen
    void duoInburgeringsplicht(Dossiermelding.DuoPlicht melding) {
        Inburgeraar inburgeraar = vind(melding.inburgeraarId(), Recht.DUO_BERICHTEN, Recht.DOSSIER_WIJZIGEN);
        InburgeraarGegevens g = inburgeraar.gegevens();
        Doelgroep nieuweDoelgroep = melding.doelgroep() != null ? melding.doelgroep() : g.doelgroep();
        GedetailleerdeDoelgroep gedetailleerd = melding.gedetailleerdeDoelgroep();
        GedetailleerdeDoelgroep nieuwDetail = gedetailleerd != null && gedetailleerd.hoortBij(nieuweDoelgroep)
                ? gedetailleerd
                : g.gedetailleerdeDoelgroep() != null
                                && g.gedetailleerdeDoelgroep().hoortBij(nieuweDoelgroep)
                        ? g.gedetailleerdeDoelgroep()
                        : null;
        LocalDate kennisgeving = melding.kennisgeving() != null ? melding.kennisgeving() : g.datumKennisgeving();
        wijzig(
                inburgeraar.id(),
                inburgeraar.version(),
                g.metDuoPlicht(kennisgeving, nieuweDoelgroep, nieuwDetail),
                null,
                null,
                DoelgroepHistorie.Bron.DUO,
                melding.doelgroepVanaf(),
                Recht.DUO_BERICHTEN,
                Recht.DOSSIER_WIJZIGEN);
    }

    /**
     * DUO's doelgroep history (module duo, {@link Dossiermelding.DuoDoelgroepHistorie}; PL-6, PL-1): each period
     * enters the dossier's doelgroep history (once), and the deadlines are recomputed under it.
     */
    @Transactional
    @MagDuoBerichtenOfDossierWijzigen
    void duoDoelgroepHistorie(Dossiermelding.DuoDoelgroepHistorie melding) {
        Inburgeraar inburgeraar = vind(melding.inburgeraarId(), Recht.DUO_BERICHTEN, Recht.DOSSIER_WIJZIGEN);
        Instant nu = Instant.now(clock);
        boolean nieuw = false;
        for (Dossiermelding.DoelgroepVanaf periode : melding.perioden()) {
            if (periode.doelgroep() != null && periode.begindatum() != null) {
                nieuw |= doelgroepHistorie.voegToe(
                        inburgeraar.id(),
                        inburgeraar.gemeentecode(),
                        new DoelgroepPeriode(
                                periode.doelgroep(), null, periode.begindatum(), DoelgroepHistorie.Bron.DUO),
                        nu);
            }
        }
        if (nieuw) {
            events.publishEvent(new InburgeraarGewijzigd(
                    inburgeraar.id(), inburgeraar.gemeentecode(), List.of("doelgroepHistorie")));
        }
    }

    /**
     * What DUO reported about a person (module duo, {@link Dossiermelding.DuoGebeurtenis}), as a line in the journal
     * of the gemeente's dossier, naming DUO's account; a non-null phase moves the dossier there (duty met: AFGEROND;
     * withdrawn or deceased: UITGESCHREVEN).
     */
    @Transactional
    @MagDuoBerichten
    void duoJournaal(Dossiermelding.DuoGebeurtenis melding) {
        Inburgeraar inburgeraar = journaalregel(melding, Recht.DUO_BERICHTEN);
        Fase fase = melding.fase();
        if (fase != null && fase != inburgeraar.fase()) {
            wijzig(
                    inburgeraar.id(),
                    inburgeraar.version(),
                    inburgeraar.gegevens(),
                    fase,
                    null,
                    DoelgroepHistorie.Bron.DUO,
                    null,
                    Recht.DUO_BERICHTEN);
        }
    }

    /** DUO's registered termijn (module duo, {@link Dossiermelding.DuoTermijn}; T-3: DUO's value wins). */
    @Transactional
    @MagDuoBerichtenOfDossierWijzigen
    void duoInburgeringstermijn(Dossiermelding.DuoTermijn melding) {
        Inburgeraar inburgeraar = vind(melding.inburgeraarId(), Recht.DUO_BERICHTEN, Recht.DOSSIER_WIJZIGEN);
        InburgeraarGegevens g = inburgeraar.gegevens();
        Mijlpalen v = g.mijlpalen();
        wijzig(
                inburgeraar.id(),
                inburgeraar.version(),
                g.metMijlpalen(new Mijlpalen(
                        v.datumBredeIntakeAfgerond(),
                        v.dagtekeningPip(),
                        melding.einddatum(),
                        v.wachtOpDerdenSinds(),
                        v.wachtOpDerdenReden(),
                        v.wachtOpDerdenOntvangen())),
                null,
                null,
                DoelgroepHistorie.Bron.DUO,
                null,
                Recht.DUO_BERICHTEN,
                Recht.DOSSIER_WIJZIGEN);
    }

    /**
     * Reassigns several dossiers to one consultant (the team lead's bulk action): each change is journaled,
     * audited and announced as a single assignment would be. Returns how many changed.
     */
    @Transactional
    @MagConsulentToewijzen
    public int wijsToeInBulk(List<UUID> ids, String consulent) {
        int gewijzigd = 0;
        for (UUID id : ids) {
            Inburgeraar inburgeraar = vind(id, Recht.CONSULENT_TOEWIJZEN);
            if (!Objects.equals(consulent, inburgeraar.consulent())) {
                wijsToe(id, null, consulent);
                gewijzigd++;
            }
        }
        return gewijzigd;
    }

    /**
     * I-5 (h8): whether assigning {@code consulent} needs a break-the-glass reason: it opens the dossier's special-category
     * data to someone new, and the user may not do that without one (not a team lead).
     */
    private boolean vraagtReden(Inburgeraar inburgeraar, String consulent) {
        return consulent != null
                && !consulent.equals(inburgeraar.consulent())
                && !gebruikers.huidige().mag(Recht.TOEWIJZEN_BIJZONDERE_GEGEVENS)
                && bijzondereGegevens.stream().anyMatch(b -> b.aanwezig(inburgeraar.id()));
    }

    /** For the dossier page: whether assigning this dossier needs a reason from the signed-in user (I-5). */
    @Transactional(readOnly = true)
    @MagDossierInzien
    boolean toewijzenVraagtReden(UUID id) {
        return !gebruikers.huidige().mag(Recht.TOEWIJZEN_BIJZONDERE_GEGEVENS)
                && bijzondereGegevens.stream().anyMatch(b -> b.aanwezig(id));
    }

    private void controleerConsulent(String consulent, String gemeentecode, List<Violation> fouten) {
        boolean bekend = gebruikers.consulenten(gemeentecode).stream()
                .anyMatch(g -> g.gebruikersnaam().equals(consulent));
        if (!bekend) {
            fouten.add(new Violation(
                    "consulent",
                    berichten.getMessage("fout.consulent.onbekend", new Object[] {consulent, gemeentecode}),
                    null));
        }
    }

    private void weigerDubbeleBsn(InburgeraarGegevens gegevens, UUID zelf) {
        repository
                .findIdByBsn(gegevens.gemeentecode(), gegevens.bsn())
                .filter(bestaand -> !bestaand.equals(zelf))
                .ifPresent(bestaand -> {
                    throw new ConflictException(berichten.getMessage("fout.bsn.dubbel"), bestaand.toString(), "bsn");
                });
    }

    /** The dossier, when the access decision lets the user do one of the actions to its person (ADR 0028). */
    private Inburgeraar vind(UUID id, Recht... handelingen) {
        toegang.eisEenVan(id, handelingen);
        return repository
                .findById(id)
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }

    private Dossier dossier(Inburgeraar inburgeraar) {
        String naam = inburgeraar.consulent() == null
                ? null
                : gebruikers.vind(inburgeraar.consulent()).map(Gebruiker::naam).orElse(inburgeraar.consulent());
        return new Dossier(
                inburgeraar.id(),
                inburgeraar.version(),
                inburgeraar.gegevens(),
                inburgeraar.fase(),
                inburgeraar.consulent(),
                naam,
                inburgeraar.registratiebron(),
                inburgeraar.createdAt(),
                waarschuwingen(inburgeraar.gegevens()));
    }

    /** PL-4: a Wi2013 dossier whose notice dates from Wi2021's start or later is accepted, with a warning. */
    private List<Waarschuwing> waarschuwingen(InburgeraarGegevens g) {
        if (g.wet() == Wet.WI2013
                && g.datumKennisgeving() != null
                && !g.datumKennisgeving().isBefore(Wet.WI2021_VANAF)) {
            return List.of(
                    new Waarschuwing("datumKennisgeving", "PL-4", berichten.getMessage("waarschuwing.wi2013.laat")));
        }
        return List.of();
    }

    /**
     * PL-4: a dossier a person registers or changes under Wi2021 cannot have a notice from before Wi2021 took effect
     * (DUO's own facts are recorded as DUO gives them, PL-1).
     */
    private List<Violation> wetEnKennisgeving(InburgeraarGegevens g) {
        if (g.wet() == Wet.WI2021
                && g.datumKennisgeving() != null
                && g.datumKennisgeving().isBefore(Wet.WI2021_VANAF)) {
            return List.of(new Violation(
                    "datumKennisgeving", berichten.getMessage("fout.wi2021.kennisgevingVoor2022"), "PL-4"));
        }
        return List.of();
    }

    private static Betrokkene betrokkene(Inburgeraar inburgeraar) {
        return new Betrokkene(inburgeraar.id(), inburgeraar.gemeentecode());
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock);
    }
}
