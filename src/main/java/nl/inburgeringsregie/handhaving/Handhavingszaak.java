package nl.inburgeringsregie.handhaving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.pip.PipKeuzes.Onderdeel;

/**
 * One handhavingszaak (the aggregate root): one gedraging of one person and the procedure that follows it, guarding
 * its lifecycle (H-1). Signaal, waarschuwing, verwijtbaarheid (Awb 5:41: not verwijtbaar ends the case, afgezien),
 * voornemen with the zienswijze period, zienswijze, the team lead's approval (four eyes), besluit (boete or afzien),
 * bezwaar and the beslissing op bezwaar. A step the state does not allow is refused naming the state
 * ({@link #eis(Stap)}, the service answers 400 naming the status); the facts a step needs are refused naming field and rule (400). The
 * amount of a voornemen follows the verordening's ladder per repeat of the same obligation ({@link #bedrag}: H-2 for
 * the brede intake, whose first no-show gets a warning only; H-3's ladder for the PIP, never above the legal maximum).
 * A Participatiewet maatregel for the gedraging blocks the Wi2021 boete (H-4).
 */
@Beslist({"H-1", "H-2", "H-4"})
final class Handhavingszaak {

    /** The gedraging (H-1 to H-3); texts gedraging.<NAME>. */
    enum Gedraging {
        BREDE_INTAKE_NIET_VERSCHENEN(true),
        BREDE_INTAKE_NIET_MEEWERKEN(true),
        PIP_NIET_MEEWERKEN(false),
        ONDERDEEL_NIET_NAGEKOMEN(false);

        private final boolean bredeIntake;

        Gedraging(boolean bredeIntake) {
            this.bredeIntake = bredeIntake;
        }

        /** H-2 (the brede intake's ladder) or H-3 (the PIP's). */
        boolean bredeIntake() {
            return bredeIntake;
        }

        String regel() {
            return bredeIntake ? "H-2" : "H-3";
        }
    }

    enum Status {
        SIGNAAL,
        WAARSCHUWING,
        VOORNEMEN,
        ZIENSWIJZE,
        BOETE,
        AFGEZIEN,
        BEZWAAR,
        BESLISSING_OP_BEZWAAR
    }

    /** A step of the procedure; {@code pad}: its path segment in the API. */
    enum Stap {
        WAARSCHUWING("waarschuwing", EnumSet.of(Status.SIGNAAL)),
        VERWIJTBAARHEID("verwijtbaarheid", EnumSet.of(Status.SIGNAAL, Status.WAARSCHUWING)),
        VOORNEMEN("voornemen", EnumSet.of(Status.WAARSCHUWING)),
        ZIENSWIJZE("zienswijze", EnumSet.of(Status.VOORNEMEN)),
        GOEDKEURING("goedkeuring", EnumSet.of(Status.VOORNEMEN, Status.ZIENSWIJZE)),
        BESLUIT("besluit", EnumSet.of(Status.VOORNEMEN, Status.ZIENSWIJZE)),
        BEZWAAR("bezwaar", EnumSet.of(Status.BOETE)),
        BESLISSING_OP_BEZWAAR("beslissing-op-bezwaar", EnumSet.of(Status.BEZWAAR)),
        PARTICIPATIEWET_MAATREGEL("participatiewet-maatregel", EnumSet.allOf(Status.class));

        private final String pad;
        private final Set<Status> vanuit;

        Stap(String pad, Set<Status> vanuit) {
            this.pad = pad;
            this.vanuit = vanuit;
        }

        String pad() {
            return pad;
        }
    }

    /** Why a gedraging cannot be blamed, or less (Awb 5:41); texts verwijtbaarheid.reden.<NAME>. */
    enum Reden {
        ZIEKTE,
        MANTELZORG,
        AANBIEDER_TEKORT,
        GEEN_TOLK,
        ANDERS
    }

    /** The decision after the voornemen. */
    enum Besluit {
        BOETE,
        AFGEZIEN
    }

    /** Thrown by {@link #eis}: the step is not allowed in this state, or was already taken (400 naming the status). */
    static final class NietToegestaan extends RuntimeException {
        private final Stap stap;
        private final Status status;
        private final boolean alGezet;

        NietToegestaan(Stap stap, Status status, boolean alGezet) {
            super(stap + " in " + status);
            this.stap = stap;
            this.status = status;
            this.alGezet = alGezet;
        }

        Stap stap() {
            return stap;
        }

        Status status() {
            return status;
        }

        boolean alGezet() {
            return alGezet;
        }
    }

    final UUID id;
    final UUID inburgeraarId;
    final String gemeentecode;
    final Gedraging gedraging;
    final Onderdeel onderdeel;
    final LocalDate datumGedraging;
    final Set<Stap> gezet;
    Status status;
    Boolean verwijtbaar;
    Reden verwijtbaarheidReden;
    String verwijtbaarheidToelichting;
    Integer herhaling;
    BigDecimal bedrag;
    String bedragReden;
    LocalDate zienswijzeTot;
    BigDecimal boetelast;
    Boolean bovenDrempel;
    String goedgekeurdDoor;
    String goedkeuringReden;
    Besluit besluit;
    LocalDate besluitDatum;
    LocalDate bezwaarTot;
    Boolean bezwaarGegrond;
    LocalDate pwMaatregelDatum;
    String voornemenDoor;

    Handhavingszaak(
            UUID id,
            UUID inburgeraarId,
            String gemeentecode,
            Gedraging gedraging,
            Onderdeel onderdeel,
            LocalDate datumGedraging,
            Status status,
            Set<Stap> gezet) {
        this.id = id;
        this.inburgeraarId = inburgeraarId;
        this.gemeentecode = gemeentecode;
        this.gedraging = gedraging;
        this.onderdeel = onderdeel;
        this.datumGedraging = datumGedraging;
        this.status = status;
        this.gezet = gezet.isEmpty() ? EnumSet.noneOf(Stap.class) : EnumSet.copyOf(gezet);
    }

    /** The lifecycle's guard (H-1): the step once, and only from the states it follows. */
    void eis(Stap stap) {
        if (gezet.contains(stap)) {
            throw new NietToegestaan(stap, status, true);
        }
        if (!stap.vanuit.contains(status)) {
            throw new NietToegestaan(stap, status, false);
        }
    }

    void waarschuwing() {
        eis(Stap.WAARSCHUWING);
        gezet.add(Stap.WAARSCHUWING);
        status = Status.WAARSCHUWING;
    }

    /** Awb 5:41 (H-1): not verwijtbaar ends the case without a fine. */
    void verwijtbaarheid(boolean verwijtbaar, Reden reden, String toelichting) {
        eis(Stap.VERWIJTBAARHEID);
        gezet.add(Stap.VERWIJTBAARHEID);
        this.verwijtbaar = verwijtbaar;
        this.verwijtbaarheidReden = reden;
        this.verwijtbaarheidToelichting = toelichting;
        if (!verwijtbaar) {
            status = Status.AFGEZIEN;
            besluit = Besluit.AFGEZIEN;
        }
    }

    /**
     * The voornemen: only after the verwijtbaarheid was assessed as verwijtbaar (H-1), not while a Participatiewet
     * maatregel covers the gedraging (H-4), and not for the first missed brede intake (H-2: a warning only).
     */
    void voornemen(
            int herhaling,
            BigDecimal bedrag,
            String bedragReden,
            LocalDate zienswijzeTot,
            BigDecimal boetelast,
            boolean bovenDrempel,
            String door) {
        eis(Stap.VOORNEMEN);
        if (verwijtbaar == null) {
            throw new InvalidInputException("verwijtbaar", "fout.handhaving.verwijtbaarheidOntbreekt", "H-1");
        }
        blokkeerBijMaatregel();
        if (gedraging.bredeIntake() && herhaling < 2) {
            throw new InvalidInputException("gedraging", "fout.handhaving.eersteIntakeAlleenWaarschuwing", "H-2");
        }
        gezet.add(Stap.VOORNEMEN);
        status = Status.VOORNEMEN;
        this.herhaling = herhaling;
        this.bedrag = bedrag;
        this.bedragReden = bedragReden;
        this.zienswijzeTot = zienswijzeTot;
        this.boetelast = boetelast;
        this.bovenDrempel = bovenDrempel;
        this.voornemenDoor = door;
    }

    void zienswijze() {
        eis(Stap.ZIENSWIJZE);
        gezet.add(Stap.ZIENSWIJZE);
        status = Status.ZIENSWIJZE;
    }

    /**
     * Four eyes: another user than the one who made the voornemen approves the boete (the right to approve, the team
     * lead's, the service checks); above the burden threshold with a reason (H-6).
     */
    void goedkeuring(String door, String reden) {
        eis(Stap.GOEDKEURING);
        if (door.equals(voornemenDoor)) {
            throw new InvalidInputException("goedkeuring", "fout.handhaving.eigenGoedkeuring", "H-1");
        }
        if (Boolean.TRUE.equals(bovenDrempel) && reden == null) {
            throw new InvalidInputException("reden", "fout.handhaving.drempelReden", "H-6");
        }
        blokkeerBijMaatregel();
        gezet.add(Stap.GOEDKEURING);
        goedgekeurdDoor = door;
        goedkeuringReden = reden;
    }

    /**
     * The besluit: a boete after the zienswijze or once its period passed (H-1), with the team lead's approval and no
     * Participatiewet maatregel (H-4); afzien with a reason at any point after the voornemen.
     */
    void besluit(Besluit uitkomst, LocalDate vandaag, LocalDate bezwaarTot) {
        eis(Stap.BESLUIT);
        if (uitkomst == Besluit.BOETE) {
            blokkeerBijMaatregel();
            if (status == Status.VOORNEMEN && !vandaag.isAfter(zienswijzeTot)) {
                throw new InvalidInputException("zienswijzeTot", "fout.handhaving.zienswijzeLoopt", "H-1");
            }
            if (goedgekeurdDoor == null) {
                throw new InvalidInputException("goedkeuring", "fout.handhaving.goedkeuringOntbreekt", "H-1");
            }
            this.bezwaarTot = bezwaarTot;
        }
        gezet.add(Stap.BESLUIT);
        besluit = uitkomst;
        besluitDatum = vandaag;
        status = uitkomst == Besluit.BOETE ? Status.BOETE : Status.AFGEZIEN;
    }

    void bezwaar() {
        eis(Stap.BEZWAAR);
        gezet.add(Stap.BEZWAAR);
        status = Status.BEZWAAR;
    }

    void beslissingOpBezwaar(boolean gegrond) {
        eis(Stap.BESLISSING_OP_BEZWAAR);
        gezet.add(Stap.BESLISSING_OP_BEZWAAR);
        bezwaarGegrond = gegrond;
        status = Status.BESLISSING_OP_BEZWAAR;
    }

    /**
     * H-4 the other way round: a maatregel recorded after a Wi2021 boete is kept (the Participatiewet team decides), and
     * the answer warns; true when a boete stands.
     */
    boolean participatiewetMaatregel(LocalDate datum) {
        eis(Stap.PARTICIPATIEWET_MAATREGEL);
        gezet.add(Stap.PARTICIPATIEWET_MAATREGEL);
        pwMaatregelDatum = datum;
        return boeteStaat();
    }

    /** A boete was imposed and not undone by a gegrond bezwaar. */
    boolean boeteStaat() {
        return besluit == Besluit.BOETE && !Boolean.TRUE.equals(bezwaarGegrond);
    }

    /**
     * Counts as an earlier breach of the same obligation (H-2, H-3): warned, and not ended without a fine (not
     * verwijtbaar, afgezien, or a gegrond bezwaar). The first missed brede intake, warned only, counts.
     */
    boolean telt() {
        return gezet.contains(Stap.WAARSCHUWING) && besluit != Besluit.AFGEZIEN && !Boolean.TRUE.equals(bezwaarGegrond);
    }

    private void blokkeerBijMaatregel() {
        if (pwMaatregelDatum != null) {
            throw new InvalidInputException("participatiewetMaatregel", "fout.handhaving.participatiewet", "H-4");
        }
    }

    /**
     * The verordening's amount for the {@code herhaling}-th breach of the obligation (from 1): for the brede intake
     * (H-2) the ladder starts at the 2nd no-show, the 1st having a warning only; for the PIP (H-3) at the 1st. Beyond the
     * ladder its last amount. Empty for the 1st missed brede intake.
     */
    static Optional<BigDecimal> bedrag(List<BigDecimal> ladder, boolean bredeIntake, int herhaling) {
        int stap = bredeIntake ? herhaling - 2 : herhaling - 1;
        if (stap < 0) {
            return Optional.empty();
        }
        return Optional.of(ladder.get(Math.min(stap, ladder.size() - 1)));
    }
}
