package nl.inburgeringsregie.aanbieders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A provider organisation (the aggregate root): its name, DUO {@code instellingsnummer} (10 characters, DUO's list of
 * institutions), the keurmerken R-10 asks for with the last day each is valid (null: not held), and a contact.
 */
@Table("aanbieder")
class Aanbieder {

    /** What a provider is, as the beheer page and the API give it. */
    record Gegevens(
            String naam,
            String instellingsnummer,
            LocalDate bowGeldigTot,
            LocalDate tstGeldigTot,
            String contactpersoon,
            String email,
            String telefoon) {}

    @Id
    private final UUID id;

    @Version
    private Integer version;

    private String naam;
    private String instellingsnummer;
    private LocalDate bowGeldigTot;
    private LocalDate tstGeldigTot;
    private String contactpersoon;
    private String email;
    private String telefoon;
    private Instant gewijzigdOp;

    @PersistenceCreator
    Aanbieder(UUID id, Integer version) {
        this.id = id;
        this.version = version;
    }

    static Aanbieder nieuw(Gegevens gegevens, Instant nu) {
        Aanbieder aanbieder = new Aanbieder(UUID.randomUUID(), null);
        aanbieder.wijzig(gegevens, nu);
        return aanbieder;
    }

    void wijzig(Gegevens g, Instant nu) {
        naam = g.naam();
        instellingsnummer = g.instellingsnummer();
        bowGeldigTot = g.bowGeldigTot();
        tstGeldigTot = g.tstGeldigTot();
        contactpersoon = g.contactpersoon();
        email = g.email();
        telefoon = g.telefoon();
        gewijzigdOp = nu;
    }

    /** whether the provider holds the keurmerk on {@code datum} (valid up to and including its last day). */
    boolean heeftKeurmerk(Contractonderdeel.Keurmerk keurmerk, LocalDate datum) {
        if (keurmerk == null) {
            return true;
        }
        LocalDate tot = switch (keurmerk) {
            case BLIK_OP_WERK -> bowGeldigTot;
            case TST -> tstGeldigTot;
        };
        return tot != null && !datum.isAfter(tot);
    }

    Gegevens gegevens() {
        return new Gegevens(naam, instellingsnummer, bowGeldigTot, tstGeldigTot, contactpersoon, email, telefoon);
    }

    UUID id() {
        return id;
    }

    Integer version() {
        return version;
    }

    String naam() {
        return naam;
    }

    Instant gewijzigdOp() {
        return gewijzigdOp;
    }
}
