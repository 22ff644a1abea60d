package nl.inburgeringsregie.inburgeraar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The dossier of one inburgeraar in one gemeente: the aggregate root. It holds the registered facts,
 * the phase and the assigned consultant; the journal and audit log live beside it.
 */
@Table("inburgeraar")
class Inburgeraar {

    @Id
    private final UUID id;

    @Version
    private Integer version;

    private final String gemeentecode;
    private final Registratiebron registratiebron;
    private final Instant createdAt;

    private String bsn;
    private String geslachtsnaam;
    private String voornamen;
    private LocalDate geboortedatum;
    private Geslacht geslacht;
    private List<String> nationaliteiten;
    private String landVanHerkomst;
    private List<String> talen;
    private boolean tolkNodig;
    private String tolkTaal;

    @Embedded.Empty
    private Contactgegevens contact;

    @Embedded.Nullable(prefix = "partner_")
    private Partner partner;

    @MappedCollection(idColumn = "inburgeraar", keyColumn = "inburgeraar_key")
    private List<Kind> kinderen;

    private Doelgroep doelgroep;
    private GedetailleerdeDoelgroep gedetailleerdeDoelgroep;
    private Wet wet;
    private LocalDate datumKennisgeving;
    private LocalDate datumKoppeling;
    private LocalDate datumHuisvesting;
    private LocalDate datumInschrijvingBrp;
    private LocalDate datumStartBijstand;

    @Embedded.Empty
    private Mijlpalen mijlpalen;

    private Fase fase;
    private String consulent;

    @PersistenceCreator
    Inburgeraar(UUID id, Integer version, String gemeentecode, Registratiebron registratiebron, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.gemeentecode = gemeentecode;
        this.registratiebron = registratiebron;
        this.createdAt = createdAt;
    }

    static Inburgeraar registreer(InburgeraarGegevens gegevens, Registratiebron bron, String consulent, Instant nu) {
        Inburgeraar inburgeraar = new Inburgeraar(UUID.randomUUID(), null, gegevens.gemeentecode(), bron, nu);
        inburgeraar.neemOver(gegevens);
        inburgeraar.fase = Fase.AANMELDING;
        inburgeraar.consulent = consulent;
        return inburgeraar;
    }

    /** Replaces the registered facts; the gemeente of a dossier never changes (a move is a new dossier, PL-7). */
    void wijzig(InburgeraarGegevens gegevens) {
        if (!gegevens.gemeentecode().equals(gemeentecode)) {
            throw new IllegalArgumentException("A dossier stays in its gemeente");
        }
        neemOver(gegevens);
    }

    void wijsToeAan(String consulent) {
        this.consulent = consulent;
    }

    /** Moves the phase along the state machine ({@link Fase#magNaar}); any other transition is refused. */
    void gaNaar(Fase doel) {
        if (!fase.magNaar(doel)) {
            throw new IllegalStateException("Phase " + fase + " may not move to " + doel);
        }
        this.fase = doel;
    }

    private void neemOver(InburgeraarGegevens g) {
        bsn = g.bsn();
        geslachtsnaam = g.geslachtsnaam();
        voornamen = g.voornamen();
        geboortedatum = g.geboortedatum();
        geslacht = g.geslacht();
        nationaliteiten = new ArrayList<>(g.nationaliteiten());
        landVanHerkomst = g.landVanHerkomst();
        talen = new ArrayList<>(g.talen());
        tolkNodig = g.tolkNodig();
        tolkTaal = g.tolkNodig() ? g.tolkTaal() : null;
        contact = g.contact();
        partner = g.partner();
        kinderen = new ArrayList<>(g.kinderen());
        doelgroep = g.doelgroep();
        gedetailleerdeDoelgroep = g.gedetailleerdeDoelgroep();
        wet = g.wet();
        datumKennisgeving = g.datumKennisgeving();
        datumKoppeling = g.datumKoppeling();
        datumHuisvesting = g.datumHuisvesting();
        datumInschrijvingBrp = g.datumInschrijvingBrp();
        datumStartBijstand = g.datumStartBijstand();
        mijlpalen = g.mijlpalen();
    }

    InburgeraarGegevens gegevens() {
        return new InburgeraarGegevens(
                gemeentecode,
                bsn,
                geslachtsnaam,
                voornamen,
                geboortedatum,
                geslacht,
                nationaliteiten,
                landVanHerkomst,
                talen,
                tolkNodig,
                tolkTaal,
                contact,
                partner,
                kinderen,
                doelgroep,
                gedetailleerdeDoelgroep,
                wet,
                datumKennisgeving,
                datumKoppeling,
                datumHuisvesting,
                datumInschrijvingBrp,
                datumStartBijstand,
                mijlpalen);
    }

    UUID id() {
        return id;
    }

    Integer version() {
        return version;
    }

    String gemeentecode() {
        return gemeentecode;
    }

    Registratiebron registratiebron() {
        return registratiebron;
    }

    Instant createdAt() {
        return createdAt;
    }

    Fase fase() {
        return fase;
    }

    String consulent() {
        return consulent;
    }

    /** Makes a stale write fail: the version the client last saw must be the current one. */
    void verwachtVersie(Integer versieVanClient) {
        if (versieVanClient != null && !versieVanClient.equals(version)) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Stale version");
        }
    }
}
