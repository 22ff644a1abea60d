package nl.inburgeringsregie.aanbieders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's placement with a contract (the aggregate root), guarding its own lifecycle (AB-4, ADR 0031) and its place
 * under the contract's capacity (AB-3):
 *
 * <pre>
 * AANGEMELD ─plaatsen─▶ GEPLAATST (a place is free) ─starten─▶ GESTART ─afronden─▶ AFGEROND
 *           └────────▶ WACHTLIJST (the contract is full) ─plaatsen (first in line, a place free)─▶ GEPLAATST
 * every state before AFGEROND ─afbreken (reason)─▶ AFGEBROKEN
 * </pre>
 *
 * Screens and services ask {@link #toegestaneActies()}; a step not allowed now is refused with 409 naming AB-4. The
 * contract's capacity ({@link Bezetting}) is counted by the service under a lock on the contract row and handed in.
 */
@Beslist({"AB-3", "AB-4"})
@Table("plaatsing")
class Plaatsing {

    enum Status {
        AANGEMELD(Actie.PLAATSEN, Actie.AFBREKEN),
        WACHTLIJST(Actie.PLAATSEN, Actie.AFBREKEN),
        GEPLAATST(Actie.STARTEN, Actie.AFBREKEN),
        GESTART(Actie.AFRONDEN, Actie.AFBREKEN),
        AFGEROND(),
        AFGEBROKEN();

        private final Set<Actie> acties;

        Status(Actie... acties) {
            this.acties = acties.length == 0 ? EnumSet.noneOf(Actie.class) : EnumSet.of(acties[0], acties);
        }

        /** Whether the placement holds a place or waits for one (it counts in the contract's capacity ledger). */
        boolean lopend() {
            return this == AANGEMELD || this == WACHTLIJST || this == GEPLAATST || this == GESTART;
        }
    }

    /** A step of the lifecycle; each is an endpoint and a button. */
    enum Actie {
        PLAATSEN,
        STARTEN,
        AFRONDEN,
        AFBREKEN
    }

    /** The contract's capacity as the service counted it under the contract's lock (AB-3). */
    record Bezetting(int capaciteit, int bezet, int wachtpositie) {

        boolean plaatsVrij() {
            return bezet < capaciteit;
        }
    }

    @Id
    private final UUID id;

    @Version
    private Integer version;

    private final UUID inburgeraarId;
    private final String gemeentecode;
    private final UUID contractId;
    private final UUID aanbiederId;
    private final Contractonderdeel onderdeel;
    private final UUID pipId;
    private final Leerroute leerroute;
    private final Niveau niveau;
    private final LocalDate aanmelddatum;
    private final LocalDate verwachteStart;
    private final LocalDate verwachteEinde;
    private Status status;
    private LocalDate startdatum;
    private LocalDate einddatum;
    private String redenAfbreken;
    private Instant gewijzigdOp;

    @PersistenceCreator
    Plaatsing(
            UUID id,
            Integer version,
            UUID inburgeraarId,
            String gemeentecode,
            UUID contractId,
            UUID aanbiederId,
            Contractonderdeel onderdeel,
            UUID pipId,
            Leerroute leerroute,
            Niveau niveau,
            LocalDate aanmelddatum,
            LocalDate verwachteStart,
            LocalDate verwachteEinde) {
        this.id = id;
        this.version = version;
        this.inburgeraarId = inburgeraarId;
        this.gemeentecode = gemeentecode;
        this.contractId = contractId;
        this.aanbiederId = aanbiederId;
        this.onderdeel = onderdeel;
        this.pipId = pipId;
        this.leerroute = leerroute;
        this.niveau = niveau;
        this.aanmelddatum = aanmelddatum;
        this.verwachteStart = verwachteStart;
        this.verwachteEinde = verwachteEinde;
    }

    /** A new registration with the contract's provider (AANGEMELD); the service then places it ({@link #plaats}). */
    static Plaatsing aanmelden(
            UUID inburgeraarId,
            String gemeentecode,
            Contract contract,
            UUID pipId,
            Leerroute leerroute,
            Niveau niveau,
            LocalDate aanmelddatum,
            LocalDate verwachteStart,
            LocalDate verwachteEinde,
            Instant nu) {
        Plaatsing p = new Plaatsing(
                UUID.randomUUID(),
                null,
                inburgeraarId,
                gemeentecode,
                contract.id(),
                contract.aanbiederId(),
                contract.onderdeel(),
                pipId,
                leerroute,
                niveau,
                aanmelddatum,
                verwachteStart,
                verwachteEinde);
        p.status = Status.AANGEMELD;
        p.gewijzigdOp = nu;
        return p;
    }

    /** The steps this placement allows now (AB-4): the one answer screens and services ask. */
    Set<Actie> toegestaneActies() {
        Set<Actie> acties = EnumSet.noneOf(Actie.class);
        acties.addAll(status.acties);
        return acties;
    }

    boolean mag(Actie actie) {
        return status.acties.contains(actie);
    }

    /**
     * AB-3: a registration takes a free place, or goes on the waiting list when the contract is full; from the waiting
     * list only the first in line takes a place, and only when one is free.
     */
    void plaats(Bezetting bezetting, Instant nu) {
        vereis(Actie.PLAATSEN);
        if (status == Status.AANGEMELD) {
            status = bezetting.plaatsVrij() ? Status.GEPLAATST : Status.WACHTLIJST;
        } else if (!bezetting.plaatsVrij()) {
            throw new ConflictException("fout.plaatsing.vol", null, "status", "AB-3");
        } else if (bezetting.wachtpositie() != 1) {
            throw new ConflictException("fout.plaatsing.nietEerste", null, "status", "AB-3");
        } else {
            status = Status.GEPLAATST;
        }
        gewijzigdOp = nu;
    }

    /** The teaching started on {@code datum}: not before the registration, not after today (AB-2, AB-4). */
    void start(LocalDate datum, LocalDate vandaag, Contract contract, Instant nu) {
        vereis(Actie.STARTEN);
        if (datum == null) {
            throw new InvalidInputException("startdatum", "fout.plaatsing.datumVerplicht", "AB-4");
        }
        if (datum.isBefore(aanmelddatum) || datum.isAfter(vandaag)) {
            throw new InvalidInputException("startdatum", "fout.plaatsing.startdatum", "AB-4");
        }
        if (!contract.loopt(datum)) {
            throw new InvalidInputException("startdatum", "fout.plaatsing.buitenContract", "AB-2");
        }
        status = Status.GESTART;
        startdatum = datum;
        gewijzigdOp = nu;
    }

    /** The placement was completed on {@code datum}: not before the start, not after today (AB-4). */
    void rondAf(LocalDate datum, LocalDate vandaag, Instant nu) {
        vereis(Actie.AFRONDEN);
        if (datum == null) {
            throw new InvalidInputException("einddatum", "fout.plaatsing.datumVerplicht", "AB-4");
        }
        if (datum.isBefore(startdatum) || datum.isAfter(vandaag)) {
            throw new InvalidInputException("einddatum", "fout.plaatsing.einddatum", "AB-4");
        }
        status = Status.AFGEROND;
        einddatum = datum;
        gewijzigdOp = nu;
    }

    /** The placement ends early, with the reason (AB-4): from every state before AFGEROND; frees the place. */
    void breekAf(String reden, LocalDate vandaag, Instant nu) {
        vereis(Actie.AFBREKEN);
        if (reden == null || reden.isBlank()) {
            throw new InvalidInputException("reden", "fout.plaatsing.redenVerplicht", "AB-4");
        }
        status = Status.AFGEBROKEN;
        redenAfbreken = reden.strip();
        einddatum = vandaag;
        gewijzigdOp = nu;
    }

    private void vereis(Actie actie) {
        if (!mag(actie)) {
            throw new ConflictException("fout.plaatsing.actie." + actie.name(), null, "status", "AB-4");
        }
    }

    UUID id() {
        return id;
    }

    Integer version() {
        return version;
    }

    UUID inburgeraarId() {
        return inburgeraarId;
    }

    String gemeentecode() {
        return gemeentecode;
    }

    UUID contractId() {
        return contractId;
    }

    UUID aanbiederId() {
        return aanbiederId;
    }

    Contractonderdeel onderdeel() {
        return onderdeel;
    }

    UUID pipId() {
        return pipId;
    }

    Leerroute leerroute() {
        return leerroute;
    }

    Niveau niveau() {
        return niveau;
    }

    Status status() {
        return status;
    }

    LocalDate aanmelddatum() {
        return aanmelddatum;
    }

    LocalDate verwachteStart() {
        return verwachteStart;
    }

    LocalDate verwachteEinde() {
        return verwachteEinde;
    }

    LocalDate startdatum() {
        return startdatum;
    }

    LocalDate einddatum() {
        return einddatum;
    }

    String redenAfbreken() {
        return redenAfbreken;
    }

    Instant gewijzigdOp() {
        return gewijzigdOp;
    }
}
