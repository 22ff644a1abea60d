package nl.inburgeringsregie.aanbieders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A contract for one perceel (lot) of a regional procurement (the aggregate root): one provider, one onderdeel, the
 * gemeenten of this installation it serves, a period (both days inclusive), a capacity in places, start moments and a
 * price per hour or per traject.
 */
@Table("contract")
class Contract {

    @Table("contract_gemeente")
    record Gemeente(String gemeentecode) {}

    @Table("contract_startmoment")
    record Startmoment(LocalDate datum) {}

    /** What a contract is, as the beheer page and the API give it. */
    record Gegevens(
            UUID aanbiederId,
            String contractnummer,
            String perceel,
            Contractonderdeel onderdeel,
            List<String> gemeenten,
            LocalDate begindatum,
            LocalDate einddatum,
            int capaciteit,
            List<LocalDate> startmomenten,
            Prijsmodel prijsmodel,
            BigDecimal prijs,
            boolean bsnVoorExamenregistratie) {}

    @Id
    private final UUID id;

    @Version
    private Integer version;

    private UUID aanbiederId;
    private String contractnummer;
    private String perceel;
    private Contractonderdeel onderdeel;
    private LocalDate begindatum;
    private LocalDate einddatum;
    private int capaciteit;
    private Prijsmodel prijsmodel;
    private BigDecimal prijs;
    /** AB-10: the provider registers the participants' exams with DUO and sees their BSN. */
    private boolean bsnVoorExamenregistratie;

    private Instant gewijzigdOp;

    @MappedCollection(idColumn = "contract_id")
    private Set<Gemeente> gemeenten = new HashSet<>();

    @MappedCollection(idColumn = "contract_id")
    private Set<Startmoment> startmomenten = new HashSet<>();

    @PersistenceCreator
    Contract(UUID id, Integer version) {
        this.id = id;
        this.version = version;
    }

    static Contract nieuw(Gegevens gegevens, Instant nu) {
        Contract contract = new Contract(UUID.randomUUID(), null);
        contract.wijzig(gegevens, nu);
        return contract;
    }

    void wijzig(Gegevens g, Instant nu) {
        aanbiederId = g.aanbiederId();
        contractnummer = g.contractnummer();
        perceel = g.perceel();
        onderdeel = g.onderdeel();
        begindatum = g.begindatum();
        einddatum = g.einddatum();
        capaciteit = g.capaciteit();
        prijsmodel = g.prijsmodel();
        prijs = g.prijs();
        bsnVoorExamenregistratie = g.bsnVoorExamenregistratie();
        gemeenten = new HashSet<>(g.gemeenten().stream().map(Gemeente::new).toList());
        startmomenten =
                new HashSet<>(g.startmomenten().stream().map(Startmoment::new).toList());
        gewijzigdOp = nu;
    }

    /** AB-1: whether the contract serves the gemeente. */
    boolean bedient(String gemeentecode) {
        return gemeenten.contains(new Gemeente(gemeentecode));
    }

    /** AB-2: whether the day falls inside the contract's period. */
    boolean loopt(LocalDate datum) {
        return !datum.isBefore(begindatum) && !datum.isAfter(einddatum);
    }

    /** AB-2: a start must be one of the start moments when the contract names any. */
    boolean isStartmoment(LocalDate datum) {
        return startmomenten.isEmpty() || startmomenten.contains(new Startmoment(datum));
    }

    Gegevens gegevens() {
        return new Gegevens(
                aanbiederId,
                contractnummer,
                perceel,
                onderdeel,
                gemeenten(),
                begindatum,
                einddatum,
                capaciteit,
                startmomenten(),
                prijsmodel,
                prijs,
                bsnVoorExamenregistratie);
    }

    List<String> gemeenten() {
        return gemeenten.stream().map(Gemeente::gemeentecode).sorted().toList();
    }

    List<LocalDate> startmomenten() {
        return startmomenten.stream().map(Startmoment::datum).sorted().toList();
    }

    UUID id() {
        return id;
    }

    Integer version() {
        return version;
    }

    UUID aanbiederId() {
        return aanbiederId;
    }

    String contractnummer() {
        return contractnummer;
    }

    String perceel() {
        return perceel;
    }

    Contractonderdeel onderdeel() {
        return onderdeel;
    }

    LocalDate begindatum() {
        return begindatum;
    }

    LocalDate einddatum() {
        return einddatum;
    }

    int capaciteit() {
        return capaciteit;
    }
}
