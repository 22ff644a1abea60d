package nl.inburgeringsregie.aanbieders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.aanbieders.instellingen.Instellingenlijst;
import nl.inburgeringsregie.infrastructure.web.Weergave;
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

    /**
     * What DUO's list of institutions said of the provider when it was last asked ({@code op}): whether it lists the
     * instellingsnummer ({@code bekend}), its name there and its Blik op Werk and TST indications.
     */
    record DuoControle(Instant op, boolean bekend, String naam, boolean bow, boolean tst) {

        /**
         * The fields where our register and DUO's list differ on the check's day: the number
         * unknown to DUO, or a keurmerk held here and not there (or the other way round).
         */
        List<String> afwijkingen(Aanbieder a) {
            LocalDate datum = LocalDate.ofInstant(op, Weergave.NEDERLAND);
            if (!bekend) {
                return List.of("instellingsnummer");
            }
            List<String> velden = new ArrayList<>();
            if (bow != a.heeftKeurmerk(Contractonderdeel.Keurmerk.BLIK_OP_WERK, datum)) {
                velden.add("bowGeldigTot");
            }
            if (tst != a.heeftKeurmerk(Contractonderdeel.Keurmerk.TST, datum)) {
                velden.add("tstGeldigTot");
            }
            return velden;
        }
    }

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
    private Instant duoGecontroleerdOp;
    private Boolean duoBekend;
    private String duoNaam;
    private Boolean duoBow;
    private Boolean duoTst;

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

    /** Keeps what DUO's list says of the provider now (null: the number is not on it). */
    void gecontroleerdBijDuo(Instellingenlijst.Instelling instelling, Instant op) {
        duoGecontroleerdOp = op;
        duoBekend = instelling != null;
        duoNaam = instelling == null ? null : instelling.naam();
        duoBow = instelling != null && instelling.bowKeurmerk();
        duoTst = instelling != null && instelling.tstKeurmerk();
    }

    /** The last check against DUO's list, if there was one. */
    Optional<DuoControle> duoControle() {
        return duoGecontroleerdOp == null
                ? Optional.empty()
                : Optional.of(new DuoControle(
                        duoGecontroleerdOp,
                        Boolean.TRUE.equals(duoBekend),
                        duoNaam,
                        Boolean.TRUE.equals(duoBow),
                        Boolean.TRUE.equals(duoTst)));
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
