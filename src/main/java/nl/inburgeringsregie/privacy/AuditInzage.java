package nl.inburgeringsregie.privacy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruiker;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagAuditlogInzien;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy officer's searches in the audit log (issue 21 point 7): a person by BSN or name, a user by part of their
 * name. The search is itself a read of personal data and audited as such: each person it lists as
 * {@link AuditActie#IN_ZOEKRESULTAAT}, a person's trail as {@link AuditActie#AUDITSPOOR_BEKEKEN}.
 */
@Service
class AuditInzage {

    /** The detail of the audit rows this search writes. */
    static final String DETAIL = "auditlog";

    private final Inzagepersonen personen;
    private final AuditLog auditLog;
    private final Gebruikers gebruikers;

    AuditInzage(Inzagepersonen personen, AuditLog auditLog, Gebruikers gebruikers) {
        this.personen = personen;
        this.auditLog = auditLog;
        this.gebruikers = gebruikers;
    }

    /** Persons by BSN or name in the officer's gemeenten; each one listed is audited. */
    @Transactional
    @MagAuditlogInzien
    List<Inzagepersonen.Persoon> zoekPersonen(String bsnOfNaam, int max) {
        List<Inzagepersonen.Persoon> gevonden = personen.zoek(bsnOfNaam, gemeenten(), max);
        auditLog.registreer(
                AuditActie.IN_ZOEKRESULTAAT,
                gevonden.stream()
                        .map(p -> new AuditLog.Betrokkene(p.id(), p.gemeentecode()))
                        .toList(),
                DETAIL);
        return gevonden;
    }

    /** The person with this dossier id in the officer's gemeenten (not audited: the trail read after it is). */
    @Transactional(readOnly = true)
    @MagAuditlogInzien
    Optional<Inzagepersonen.Persoon> persoon(UUID id) {
        return personen.vind(id, gemeenten());
    }

    /**
     * A person's audit trail in the officer's gemeenten, newest first; reading it is audited for the person (also when
     * their dossier is gone and only the log remembers them), after the read, so the trail shown ends before it.
     */
    @Transactional
    @MagAuditlogInzien
    List<AuditRegel> spoor(UUID id, Optional<Inzagepersonen.Persoon> persoon, int max) {
        List<AuditRegel> regels = auditLog.vanInburgeraar(id, gemeenten(), max);
        String gemeente = persoon.map(Inzagepersonen.Persoon::gemeentecode)
                .orElse(regels.isEmpty() ? null : regels.getFirst().gemeentecode());
        if (gemeente != null) {
            auditLog.registreer(AuditActie.AUDITSPOOR_BEKEKEN, new AuditLog.Betrokkene(id, gemeente), DETAIL);
        }
        return regels;
    }

    /** Users sharing a gemeente with the officer whose name or username contains the text (accents, case ignored). */
    @Transactional(readOnly = true)
    @MagAuditlogInzien
    List<Gebruiker> zoekGebruikers(String deel) {
        return gebruikers.zoek(deel, gemeenten());
    }

    private List<String> gemeenten() {
        return gebruikers.huidige().gemeenten();
    }
}
