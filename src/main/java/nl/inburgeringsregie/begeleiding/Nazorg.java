package nl.inburgeringsregie.begeleiding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Nazorg (T-11): the day the person's duty was met (DUO's notice that moved the dossier to AFGEROND, or the gemeente's
 * own completion recorded by the consultant), the contact due some months later (configuration), the day it is planned
 * and the day it was held with its outcome (work, study, a need for help, none).
 */
@Beslist("T-11")
@Table("nazorg")
class Nazorg {

    enum Bron {
        DUO,
        GEMEENTE
    }

    enum Uitkomst {
        WERK,
        STUDIE,
        HULPVRAAG,
        GEEN_BEHOEFTE
    }

    @Id
    private final UUID id;

    @Version
    private Integer version;

    private final UUID inburgeraarId;
    private final String gemeentecode;
    private final LocalDate voldaanOp;
    private final Bron bron;
    private LocalDate geplandOp;
    private LocalDate gehoudenOp;
    private Uitkomst uitkomst;
    private String toelichting;
    private Instant gewijzigdOp;

    @PersistenceCreator
    Nazorg(
            UUID id,
            Integer version,
            UUID inburgeraarId,
            String gemeentecode,
            LocalDate voldaanOp,
            Bron bron,
            LocalDate geplandOp,
            LocalDate gehoudenOp,
            Uitkomst uitkomst,
            String toelichting,
            Instant gewijzigdOp) {
        this.id = id;
        this.version = version;
        this.inburgeraarId = inburgeraarId;
        this.gemeentecode = gemeentecode;
        this.voldaanOp = voldaanOp;
        this.bron = bron;
        this.geplandOp = geplandOp;
        this.gehoudenOp = gehoudenOp;
        this.uitkomst = uitkomst;
        this.toelichting = toelichting;
        this.gewijzigdOp = gewijzigdOp;
    }

    static Nazorg nieuw(UUID inburgeraarId, String gemeentecode, LocalDate voldaanOp, Bron bron, Instant nu) {
        return new Nazorg(
                UUID.randomUUID(), null, inburgeraarId, gemeentecode, voldaanOp, bron, null, null, null, null, nu);
    }

    /** T-11 with T-14: the contact is due the same calendar date {@code maanden} months on (or the month's last day). */
    LocalDate uiterlijk(int maanden) {
        return uiterlijk(voldaanOp, maanden);
    }

    /** T-11 with T-14: the day the nazorg contact is due when the duty was met on {@code voldaanOp}. */
    static LocalDate uiterlijk(LocalDate voldaanOp, int maanden) {
        return voldaanOp.plusMonths(maanden);
    }

    /**
     * Plans the contact (a date not before the duty was met) and, when held, records the day (not in the future) with
     * its outcome. Every broken rule is named by field; nothing changes when one is broken.
     */
    void legVast(
            LocalDate gepland,
            LocalDate gehouden,
            Uitkomst uitkomst,
            String toelichting,
            LocalDate vandaag,
            Instant nu) {
        List<Violation> fouten = new ArrayList<>();
        if (gepland != null && gepland.isBefore(voldaanOp)) {
            fouten.add(new Violation("geplandOp", "fout.nazorg.naVoldaan", "T-11", datum(voldaanOp)));
        }
        if (gehouden != null && (gehouden.isBefore(voldaanOp) || gehouden.isAfter(vandaag))) {
            fouten.add(new Violation(
                    "gehoudenOp", "fout.nazorg.gehoudenBinnen", "T-11", datum(voldaanOp), datum(vandaag)));
        }
        if (gehouden != null && uitkomst == null) {
            fouten.add(new Violation("uitkomst", "fout.nazorg.uitkomstVerplicht", "T-11"));
        }
        if (gehouden == null && uitkomst != null) {
            fouten.add(new Violation("gehoudenOp", "fout.nazorg.gehoudenVerplicht", "T-11"));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        this.geplandOp = gepland;
        this.gehoudenOp = gehouden;
        this.uitkomst = uitkomst;
        this.toelichting = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        this.gewijzigdOp = nu;
    }

    private static String datum(LocalDate d) {
        return InburgeringTermijnen.datum(d);
    }

    UUID inburgeraarId() {
        return inburgeraarId;
    }

    String gemeentecode() {
        return gemeentecode;
    }

    LocalDate voldaanOp() {
        return voldaanOp;
    }

    Bron bron() {
        return bron;
    }

    LocalDate geplandOp() {
        return geplandOp;
    }

    LocalDate gehoudenOp() {
        return gehoudenOp;
    }

    Uitkomst uitkomst() {
        return uitkomst;
    }

    String toelichting() {
        return toelichting;
    }
}
