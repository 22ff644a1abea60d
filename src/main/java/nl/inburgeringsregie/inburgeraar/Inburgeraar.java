package nl.inburgeringsregie.inburgeraar;

import java.time.Instant;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.Beslist;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The dossier of one inburgeraar in one gemeente, which it never leaves (PL-7: a move is a new dossier): the aggregate
 * root. It holds the registered facts,
 * the phase and the assigned consultant; the journal and audit log live beside it.
 */
@Beslist("PL-7")
@Table("inburgeraar")
class Inburgeraar {

    @Id
    private final UUID id;

    @Version
    private Integer version;

    private final Registratiebron registratiebron;
    private final Instant createdAt;

    /**
     * The registered facts, one value carried in and out whole; stored flat in the columns of {@code inburgeraar} (and
     * the children in {@code kind}), as the record's mapping says.
     */
    @Embedded.Empty
    private InburgeraarGegevens gegevens;

    private Fase fase;
    private String consulent;

    @PersistenceCreator
    Inburgeraar(UUID id, Integer version, Registratiebron registratiebron, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.registratiebron = registratiebron;
        this.createdAt = createdAt;
    }

    static Inburgeraar registreer(InburgeraarGegevens gegevens, Registratiebron bron, String consulent, Instant nu) {
        Inburgeraar inburgeraar = new Inburgeraar(UUID.randomUUID(), null, bron, nu);
        inburgeraar.gegevens = gegevens;
        inburgeraar.fase = Fase.AANMELDING;
        inburgeraar.consulent = consulent;
        return inburgeraar;
    }

    /** Replaces the registered facts; the gemeente of a dossier never changes (a move is a new dossier, PL-7). */
    void wijzig(InburgeraarGegevens nieuw) {
        if (!nieuw.gemeentecode().equals(gegevens.gemeentecode())) {
            throw new IllegalArgumentException("A dossier stays in its gemeente");
        }
        gegevens = nieuw;
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

    InburgeraarGegevens gegevens() {
        return gegevens;
    }

    UUID id() {
        return id;
    }

    Integer version() {
        return version;
    }

    String gemeentecode() {
        return gegevens.gemeentecode();
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
            throw new OptimisticLockingFailureException("Stale version");
        }
    }
}
