package nl.inburgeringsregie.begeleiding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's maatschappelijke begeleiding (T-9): the partner organisation, the period from housing ({@code maanden}
 * months), the begeleider's contacts, the oldest signal to the consultant not yet seen, and the warm handover to the
 * sociaal wijkteam that closes it. The aggregate guards these rules; once handed over it takes no more contacts.
 */
@Beslist("T-9")
@Table("begeleiding")
class Begeleiding {

    @Id
    private final UUID id;

    @Version
    private Integer version;

    private final UUID inburgeraarId;
    private final String gemeentecode;
    private UUID partnerId;
    private final LocalDate startdatum;
    private final LocalDate einddatum;
    private LocalDate overdrachtDatum;
    private String overdrachtTeam;
    private String overdrachtSamenvatting;
    private Boolean overdrachtGezamenlijk;
    private LocalDate signaalSinds;
    private Instant gewijzigdOp;

    @MappedCollection(idColumn = "begeleiding", keyColumn = "begeleiding_key")
    private List<Contact> contacten;

    @PersistenceCreator
    Begeleiding(
            UUID id,
            Integer version,
            UUID inburgeraarId,
            String gemeentecode,
            UUID partnerId,
            LocalDate startdatum,
            LocalDate einddatum,
            LocalDate overdrachtDatum,
            String overdrachtTeam,
            String overdrachtSamenvatting,
            Boolean overdrachtGezamenlijk,
            LocalDate signaalSinds,
            Instant gewijzigdOp,
            List<Contact> contacten) {
        this.id = id;
        this.version = version;
        this.inburgeraarId = inburgeraarId;
        this.gemeentecode = gemeentecode;
        this.partnerId = partnerId;
        this.startdatum = startdatum;
        this.einddatum = einddatum;
        this.overdrachtDatum = overdrachtDatum;
        this.overdrachtTeam = overdrachtTeam;
        this.overdrachtSamenvatting = overdrachtSamenvatting;
        this.overdrachtGezamenlijk = overdrachtGezamenlijk;
        this.signaalSinds = signaalSinds;
        this.gewijzigdOp = gewijzigdOp;
        this.contacten = contacten == null ? new ArrayList<>() : new ArrayList<>(contacten);
    }

    /** A new begeleiding from the day of housing, {@code maanden} months long (T-9). */
    static Begeleiding nieuw(
            UUID inburgeraarId, String gemeentecode, UUID partnerId, LocalDate huisvesting, int maanden, Instant nu) {
        return new Begeleiding(
                UUID.randomUUID(),
                null,
                inburgeraarId,
                gemeentecode,
                partnerId,
                huisvesting,
                laatsteDag(huisvesting, maanden),
                null,
                null,
                null,
                null,
                null,
                nu,
                List.of());
    }

    /**
     * T-9 with T-14: the last day of a period of {@code maanden} months from {@code start} is the day before the same
     * calendar date (housed 2025-01-15: last day 2026-01-14); where that date does not exist the period runs to the
     * month's last day (housed on the leap day 2028-02-29: last day 2029-02-28, not 02-27).
     */
    static LocalDate laatsteDag(LocalDate start, int maanden) {
        LocalDate zelfdeDatum = start.plusMonths(maanden);
        return zelfdeDatum.getDayOfMonth() != start.getDayOfMonth() ? zelfdeDatum : zelfdeDatum.minusDays(1);
    }

    /** The consultant assigns another partner organisation while the begeleiding runs. */
    void wijsToe(UUID partner, Instant nu) {
        eisLopend();
        this.partnerId = partner;
        this.gewijzigdOp = nu;
    }

    /**
     * Records a contact (T-9): not before the start, not in the future, at least one leefgebied, the time spent above
     * zero and not above the bound, the interpreter's language when an interpreter took part. Every broken rule is named
     * by field; nothing changes when one is broken. A contact with a signal opens (or keeps) the signal to the consultant.
     */
    void legContactVast(Contact c, LocalDate vandaag, int maximumMinuten, Instant nu) {
        eisLopend();
        List<Violation> fouten = new ArrayList<>();
        if (c.datum() == null) {
            fouten.add(new Violation("datum", "fout.begeleiding.datumVerplicht", "T-9"));
        } else if (c.datum().isAfter(vandaag) || c.datum().isBefore(startdatum)) {
            fouten.add(new Violation(
                    "datum", "fout.begeleiding.datumBinnenPeriode", "T-9", datum(startdatum), datum(vandaag)));
        }
        if (c.leefgebiedenLijst().isEmpty()) {
            fouten.add(new Violation("leefgebieden", "fout.begeleiding.leefgebiedVerplicht", "T-9"));
        }
        if (c.minuten() <= 0 || c.minuten() > maximumMinuten) {
            fouten.add(new Violation("minuten", "fout.begeleiding.minuten", "R-11", maximumMinuten));
        }
        if (c.tolk() && (c.tolktaal() == null || c.tolktaal().isBlank())) {
            fouten.add(new Violation("tolktaal", "fout.begeleiding.tolktaalVerplicht", "T-9"));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        contacten.add(c);
        if (c.signaal() != null && !c.signaal().isBlank() && signaalSinds == null) {
            signaalSinds = c.datum();
        }
        gewijzigdOp = nu;
    }

    /** The consultant has seen the open signal; returns whether there was one. */
    boolean signaalGezien(Instant nu) {
        if (signaalSinds == null) {
            return false;
        }
        signaalSinds = null;
        gewijzigdOp = nu;
        return true;
    }

    /**
     * The warm handover to the sociaal wijkteam (T-9): a date not before the start and not in the future, and the
     * receiving team. The same handover a second time (a second click) changes nothing and answers {@code false}; a
     * different one after it is refused (409): a handover is recorded once.
     */
    boolean draagOver(
            LocalDate datum, String team, String samenvatting, boolean gezamenlijk, LocalDate vandaag, Instant nu) {
        if (overdrachtDatum != null) {
            if (overdrachtDatum.equals(datum) && Objects.equals(overdrachtTeam, team == null ? null : team.strip())) {
                return false;
            }
            throw new ConflictException("fout.begeleiding.overgedragen", null, "overdracht", "T-9");
        }
        List<Violation> fouten = new ArrayList<>();
        if (datum == null || datum.isBefore(startdatum) || datum.isAfter(vandaag)) {
            fouten.add(new Violation(
                    "datum", "fout.begeleiding.datumBinnenPeriode", "T-9", datum(startdatum), datum(vandaag)));
        }
        if (team == null || team.isBlank()) {
            fouten.add(new Violation("team", "fout.begeleiding.teamVerplicht", "T-9"));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        this.overdrachtDatum = datum;
        this.overdrachtTeam = team.strip();
        this.overdrachtSamenvatting = samenvatting == null || samenvatting.isBlank() ? null : samenvatting.strip();
        this.overdrachtGezamenlijk = gezamenlijk;
        this.gewijzigdOp = nu;
        return true;
    }

    private void eisLopend() {
        if (overdrachtDatum != null) {
            throw new ConflictException("fout.begeleiding.overgedragen", null, "overdracht", "T-9");
        }
    }

    private static String datum(LocalDate datum) {
        return InburgeringTermijnen.datum(datum);
    }

    boolean overgedragen() {
        return overdrachtDatum != null;
    }

    UUID id() {
        return id;
    }

    UUID inburgeraarId() {
        return inburgeraarId;
    }

    String gemeentecode() {
        return gemeentecode;
    }

    UUID partnerId() {
        return partnerId;
    }

    LocalDate startdatum() {
        return startdatum;
    }

    LocalDate einddatum() {
        return einddatum;
    }

    LocalDate overdrachtDatum() {
        return overdrachtDatum;
    }

    String overdrachtTeam() {
        return overdrachtTeam;
    }

    String overdrachtSamenvatting() {
        return overdrachtSamenvatting;
    }

    boolean overdrachtGezamenlijk() {
        return Boolean.TRUE.equals(overdrachtGezamenlijk);
    }

    LocalDate signaalSinds() {
        return signaalSinds;
    }

    List<Contact> contacten() {
        return List.copyOf(contacten);
    }
}
