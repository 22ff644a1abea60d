package nl.inburgeringsregie.ontzorgen;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's ontzorging (O-1, O-2, T-8): the period from the start of the bijstand right, {@code maanden} months long
 * (T-14: it ends on the same calendar date, or on the month's last day where that date does not exist), the date the
 * authorisation was signed (not after the start: the costs are withheld from the first payment), the fixed costs, and
 * the budgetcoach's decision at the end: ended on a date, or extended to a new end date with a reason (maatwerk). The
 * aggregate guards these rules; once ended it changes no more.
 */
@Beslist({"O-1", "O-2"})
@Table("ontzorging")
class Ontzorging {

    @Id
    private final UUID id;

    @Version
    private Integer version;

    private final UUID inburgeraarId;
    private final String gemeentecode;
    private final LocalDate begindatum;
    private LocalDate einddatum;
    private LocalDate datumMachtiging;
    private String verlengingReden;
    private LocalDate beeindigdOp;
    private Instant gewijzigdOp;

    @MappedCollection(idColumn = "ontzorging", keyColumn = "ontzorging_key")
    private List<VasteLast> vasteLasten;

    @PersistenceCreator
    Ontzorging(
            UUID id,
            Integer version,
            UUID inburgeraarId,
            String gemeentecode,
            LocalDate begindatum,
            LocalDate einddatum,
            LocalDate datumMachtiging,
            String verlengingReden,
            LocalDate beeindigdOp,
            Instant gewijzigdOp,
            List<VasteLast> vasteLasten) {
        this.id = id;
        this.version = version;
        this.inburgeraarId = inburgeraarId;
        this.gemeentecode = gemeentecode;
        this.begindatum = begindatum;
        this.einddatum = einddatum;
        this.datumMachtiging = datumMachtiging;
        this.verlengingReden = verlengingReden;
        this.beeindigdOp = beeindigdOp;
        this.gewijzigdOp = gewijzigdOp;
        this.vasteLasten = vasteLasten == null ? new ArrayList<>() : new ArrayList<>(vasteLasten);
    }

    /** A new ontzorging from the start of the bijstand right, {@code maanden} months long (T-8, T-14). */
    static Ontzorging nieuw(UUID inburgeraarId, String gemeentecode, LocalDate startBijstand, int maanden, Instant nu) {
        return new Ontzorging(
                UUID.randomUUID(),
                null,
                inburgeraarId,
                gemeentecode,
                startBijstand,
                einde(startBijstand, maanden),
                null,
                null,
                null,
                nu,
                List.of());
    }

    /**
     * T-8 with T-14: the last day of a period of {@code maanden} months from {@code start} is the same calendar date,
     * or the month's last day where that date does not exist (2028-08-31 + 6 months: 2029-02-28).
     */
    static LocalDate einde(LocalDate start, int maanden) {
        return start.plusMonths(maanden);
    }

    /**
     * Records the authorisation and the fixed costs (O-1), replacing the earlier ones. Every broken rule is named by
     * field; nothing changes when one is broken.
     */
    void legVast(LocalDate machtiging, List<VasteLast> lasten, BigDecimal maximumBedrag, Instant nu) {
        eisLopend();
        List<Violation> fouten = new ArrayList<>();
        if (machtiging != null && machtiging.isAfter(begindatum)) {
            fouten.add(new Violation("datumMachtiging", "fout.ontzorging.machtigingNaStart", "O-1", datum(begindatum)));
        }
        for (int i = 0; i < lasten.size(); i++) {
            fouten.addAll(controleer("vasteLasten[" + i + "].", lasten.get(i), maximumBedrag));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        this.datumMachtiging = machtiging;
        this.vasteLasten = new ArrayList<>(lasten);
        this.gewijzigdOp = nu;
    }

    private static List<Violation> controleer(String pad, VasteLast last, BigDecimal maximumBedrag) {
        List<Violation> fouten = new ArrayList<>();
        if (last.soort() == null) {
            fouten.add(new Violation(pad + "soort", "fout.ontzorging.soortVerplicht", "O-1"));
        }
        if (last.ontvanger() == null || last.ontvanger().isBlank()) {
            fouten.add(new Violation(pad + "ontvanger", "fout.ontzorging.ontvangerVerplicht", "O-1"));
        }
        if (!geldigeIban(last.iban())) {
            fouten.add(new Violation(pad + "iban", "fout.ontzorging.iban", "O-1"));
        }
        if (last.soort() == VasteLast.Soort.ZORGVERZEKERING
                && (last.polisnummer() == null || last.polisnummer().isBlank())) {
            fouten.add(new Violation(pad + "polisnummer", "fout.ontzorging.polisnummerVerplicht", "O-1"));
        }
        if (last.bedrag() == null
                || last.bedrag().signum() <= 0
                || last.bedrag().compareTo(maximumBedrag) > 0
                || last.bedrag().scale() > 2) {
            fouten.add(new Violation(pad + "bedrag", "fout.ontzorging.bedrag", "O-1", maximumBedrag.toPlainString()));
        }
        return fouten;
    }

    /** ISO 13616: the country's format and the mod-97 check digits, checked by iban4j. */
    static boolean geldigeIban(String iban) {
        if (iban == null || iban.isBlank()) {
            return false;
        }
        try {
            IbanUtil.validate(iban);
            return true;
        } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
            return false;
        }
    }

    /** O-2: extends to a later end date, with the reason (maatwerk). */
    void verleng(LocalDate nieuweEinddatum, String reden, Instant nu) {
        eisLopend();
        List<Violation> fouten = new ArrayList<>();
        if (reden == null || reden.isBlank()) {
            fouten.add(new Violation("reden", "fout.ontzorging.redenVerplicht", "O-2"));
        }
        if (nieuweEinddatum == null || !nieuweEinddatum.isAfter(einddatum)) {
            fouten.add(new Violation("einddatum", "fout.ontzorging.einddatumNaHuidige", "O-2", datum(einddatum)));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        this.einddatum = nieuweEinddatum;
        this.verlengingReden = reden.strip();
        this.gewijzigdOp = nu;
    }

    /** O-2: ends the ontzorging on {@code datum}, within the period. */
    void beeindig(LocalDate datum, Instant nu) {
        eisLopend();
        if (datum == null || datum.isBefore(begindatum) || datum.isAfter(einddatum)) {
            throw new InvalidInputException(List.of(new Violation(
                    "datum", "fout.ontzorging.eindeBinnenPeriode", "O-2", datum(begindatum), datum(einddatum))));
        }
        this.beeindigdOp = datum;
        this.gewijzigdOp = nu;
    }

    private void eisLopend() {
        if (beeindigdOp != null) {
            throw new ConflictException("fout.ontzorging.beeindigd", null, "status", "O-2");
        }
    }

    private static String datum(LocalDate datum) {
        return InburgeringTermijnen.datum(datum);
    }

    boolean beeindigd() {
        return beeindigdOp != null;
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

    LocalDate begindatum() {
        return begindatum;
    }

    LocalDate einddatum() {
        return einddatum;
    }

    LocalDate datumMachtiging() {
        return datumMachtiging;
    }

    String verlengingReden() {
        return verlengingReden;
    }

    LocalDate beeindigdOp() {
        return beeindigdOp;
    }

    List<VasteLast> vasteLasten() {
        return List.copyOf(vasteLasten);
    }
}
