package nl.inburgeringsregie.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.intake.Keuzes.Alfabetisering;
import nl.inburgeringsregie.intake.Keuzes.Cefr;
import nl.inburgeringsregie.intake.Keuzes.IntakeStatus;
import nl.inburgeringsregie.intake.Keuzes.LbtResultaat;
import nl.inburgeringsregie.intake.Keuzes.LbtVrijstelling;
import nl.inburgeringsregie.intake.Keuzes.Opkomst;
import nl.inburgeringsregie.intake.Keuzes.TolkWijze;
import nl.inburgeringsregie.intake.Keuzes.Vooropleiding;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The brede intake of one dossier (the aggregate root; its id is the inburgeraar's): the record per leefgebied,
 * language level, literacy, education and study wish, the checklist of I-2, appointments, the LBT and the route
 * decision. Its lifecycle is a state machine the aggregate guards itself: a draft (CONCEPT) allows every
 * {@link IntakeActie} and can be saved at any moment; {@link IntakeActie#AFRONDEN} moves it to AFGEROND, which is final
 * and allows none. A change the state does not allow throws {@link ActieGeweigerd}; callers ask {@link #mag} first.
 */
@Table("intake")
public class Intake {

    /** What was said about one leefgebied; {@code bron} names an imported source ("COA, 12-01-2026"). */
    @Table("intake_leefgebied")
    public record LeefgebiedVerslag(
            Leefgebied leefgebied,
            String situatie,
            Integer score,
            String wensen,
            String krachten,
            String belemmeringen,
            String bron) {}

    public record Taalniveau(Cefr lezen, Cefr luisteren, Cefr schrijven, Cefr spreken) {
        static final Taalniveau LEEG = new Taalniveau(null, null, null, null);
    }

    /** I-2: VVE information given to parents (null = no young children), talked without the partner offered, interpreter offered. */
    public record Checklist(Boolean vveInformatieGegeven, boolean zonderPartnerAangeboden, boolean tolkAangeboden) {
        static final Checklist LEEG = new Checklist(null, false, false);
    }

    @Table("intake_afspraak")
    public record Afspraak(
            LocalDateTime tijdstip, String plaats, String tolkTaal, TolkWijze tolkWijze, Opkomst opkomst) {}

    /**
     * I-3, with DUO's field names: result, scores as DUO writes them ("54,00"), date; or the municipality's exemption.
     * Built by name from {@link #LEEG} ({@code LEEG.withResultaat(...).withDatumAfname(...)}); the canonical
     * constructor is for JSON and the database.
     */
    public record Leerbaarheidstoets(
            LocalDate gepland,
            LbtVrijstelling vrijstelling,
            String vrijstellingBesluit,
            LbtResultaat resultaat,
            String behaaldeScore,
            String benodigdeScore,
            LocalDate datumAfname) {
        static final Leerbaarheidstoets LEEG = new Leerbaarheidstoets(null, null, null, null, null, null, null);

        static BigDecimal score(String duoScore) {
            return duoScore == null || !duoScore.matches("\\d{1,3},\\d{2}")
                    ? null
                    : new BigDecimal(duoScore.replace(',', '.'));
        }

        Leerbaarheidstoets withGepland(LocalDate gepland) {
            return kopie(k -> k.gepland = gepland);
        }

        Leerbaarheidstoets withVrijstelling(LbtVrijstelling vrijstelling) {
            return kopie(k -> k.vrijstelling = vrijstelling);
        }

        Leerbaarheidstoets withVrijstellingBesluit(String vrijstellingBesluit) {
            return kopie(k -> k.vrijstellingBesluit = vrijstellingBesluit);
        }

        Leerbaarheidstoets withResultaat(LbtResultaat resultaat) {
            return kopie(k -> k.resultaat = resultaat);
        }

        Leerbaarheidstoets withBehaaldeScore(String behaaldeScore) {
            return kopie(k -> k.behaaldeScore = behaaldeScore);
        }

        Leerbaarheidstoets withBenodigdeScore(String benodigdeScore) {
            return kopie(k -> k.benodigdeScore = benodigdeScore);
        }

        Leerbaarheidstoets withDatumAfname(LocalDate datumAfname) {
            return kopie(k -> k.datumAfname = datumAfname);
        }

        private Leerbaarheidstoets kopie(Consumer<Kopie> wijziging) {
            Kopie k = new Kopie(this);
            wijziging.accept(k);
            return new Leerbaarheidstoets(
                    k.gepland,
                    k.vrijstelling,
                    k.vrijstellingBesluit,
                    k.resultaat,
                    k.behaaldeScore,
                    k.benodigdeScore,
                    k.datumAfname);
        }

        private static final class Kopie {
            private LocalDate gepland;
            private LbtVrijstelling vrijstelling;
            private String vrijstellingBesluit;
            private LbtResultaat resultaat;
            private String behaaldeScore;
            private String benodigdeScore;
            private LocalDate datumAfname;

            private Kopie(Leerbaarheidstoets l) {
                gepland = l.gepland;
                vrijstelling = l.vrijstelling;
                vrijstellingBesluit = l.vrijstellingBesluit;
                resultaat = l.resultaat;
                behaaldeScore = l.behaaldeScore;
                benodigdeScore = l.benodigdeScore;
                datumAfname = l.datumAfname;
            }
        }
    }

    /**
     * The consultant's decision beside the advice it was made on; a different choice needs a reason. Built by
     * name: {@link #opAdvies} takes the advice (and chooses it), each {@code with…} records what the consultant chose
     * otherwise; the canonical constructor is for JSON and the database.
     */
    public record Routebesluit(
            Leerroute adviesLeerroute,
            Alfabetiseringsindicator adviesIndicator,
            Integer adviesUren,
            Leerroute leerroute,
            Alfabetiseringsindicator indicator,
            Integer uren,
            String reden,
            LocalDate datum) {
        static final Routebesluit LEEG = opAdvies(null, null, null);

        /** A decision on this advice (route, literacy indicator, hours) that follows it; no reason, no date yet. */
        static Routebesluit opAdvies(Leerroute leerroute, Alfabetiseringsindicator indicator, Integer uren) {
            return new Routebesluit(leerroute, indicator, uren, leerroute, indicator, uren, null, null);
        }

        public boolean wijktAf() {
            return leerroute != adviesLeerroute
                    || indicator != adviesIndicator
                    || (uren != null && !uren.equals(adviesUren));
        }

        Routebesluit withLeerroute(Leerroute leerroute) {
            return kopie(k -> k.leerroute = leerroute);
        }

        Routebesluit withIndicator(Alfabetiseringsindicator indicator) {
            return kopie(k -> k.indicator = indicator);
        }

        Routebesluit withUren(Integer uren) {
            return kopie(k -> k.uren = uren);
        }

        Routebesluit withReden(String reden) {
            return kopie(k -> k.reden = reden);
        }

        Routebesluit withDatum(LocalDate datum) {
            return kopie(k -> k.datum = datum);
        }

        private Routebesluit kopie(Consumer<Kopie> wijziging) {
            Kopie k = new Kopie(this);
            wijziging.accept(k);
            return new Routebesluit(
                    adviesLeerroute, adviesIndicator, adviesUren, k.leerroute, k.indicator, k.uren, k.reden, k.datum);
        }

        private static final class Kopie {
            private Leerroute leerroute;
            private Alfabetiseringsindicator indicator;
            private Integer uren;
            private String reden;
            private LocalDate datum;

            private Kopie(Routebesluit b) {
                leerroute = b.leerroute;
                indicator = b.indicator;
                uren = b.uren;
                reden = b.reden;
                datum = b.datum;
            }
        }
    }

    /** A change the intake's state does not allow (e.g. any change to a finished intake): answered 409. */
    public static final class ActieGeweigerd extends ConflictException {
        ActieGeweigerd(IntakeStatus status, IntakeActie actie) {
            super("Intake " + status + ": " + actie + " not allowed", null);
        }
    }

    @Id
    private final UUID inburgeraarId;

    @Version
    private Integer version;

    private final String gemeentecode;
    private IntakeStatus status;

    @MappedCollection(idColumn = "inburgeraar_id")
    private Set<LeefgebiedVerslag> leefgebieden = new HashSet<>();

    @Embedded.Empty(prefix = "taal_")
    private Taalniveau taalniveau = Taalniveau.LEEG;

    private Alfabetisering alfabetisering;
    private Vooropleiding vooropleiding;
    private Boolean wilStuderen;

    @Embedded.Empty
    private Checklist checklist = Checklist.LEEG;

    @MappedCollection(idColumn = "inburgeraar_id", keyColumn = "intake_key")
    private List<Afspraak> afspraken = new ArrayList<>();

    @Embedded.Empty(prefix = "lbt_")
    private Leerbaarheidstoets lbt = Leerbaarheidstoets.LEEG;

    @Embedded.Empty(prefix = "besluit_")
    private Routebesluit routebesluit = Routebesluit.LEEG;

    private LocalDate afgerondOp;
    private String coaBron;
    private Instant gewijzigdOp;

    @PersistenceCreator
    Intake(UUID inburgeraarId, Integer version, String gemeentecode) {
        this.inburgeraarId = inburgeraarId;
        this.version = version;
        this.gemeentecode = gemeentecode;
    }

    static Intake nieuw(UUID inburgeraarId, String gemeentecode, Instant nu) {
        Intake intake = new Intake(inburgeraarId, null, gemeentecode);
        intake.status = IntakeStatus.CONCEPT;
        intake.gewijzigdOp = nu;
        return intake;
    }

    /** The leefgebieden in the law's order. */
    public List<LeefgebiedVerslag> leefgebieden() {
        return leefgebieden.stream()
                .sorted(Comparator.comparing(LeefgebiedVerslag::leefgebied))
                .toList();
    }

    public LeefgebiedVerslag verslag(Leefgebied leefgebied) {
        return leefgebieden.stream()
                .filter(v -> v.leefgebied() == leefgebied)
                .findFirst()
                .orElse(null);
    }

    /** The actions the current state allows. */
    public Set<IntakeActie> toegestaneActies() {
        return switch (status) {
            case CONCEPT -> EnumSet.allOf(IntakeActie.class);
            case AFGEROND -> EnumSet.noneOf(IntakeActie.class);
        };
    }

    /** Whether the current state allows this action. */
    public boolean mag(IntakeActie actie) {
        return toegestaneActies().contains(actie);
    }

    private void eis(IntakeActie actie) {
        if (!mag(actie)) {
            throw new ActieGeweigerd(status, actie);
        }
    }

    void zetVerslagen(List<LeefgebiedVerslag> verslagen) {
        eis(IntakeActie.BEWAREN);
        leefgebieden = new HashSet<>(verslagen);
    }

    /** Completes the leefgebieden from COA's profile and names the source (I-4). */
    void neemCoaOver(List<LeefgebiedVerslag> verslagen, String bron) {
        eis(IntakeActie.COA_OVERNEMEN);
        leefgebieden = new HashSet<>(verslagen);
        coaBron = bron;
    }

    void zetGesprek(
            Taalniveau taalniveau,
            Alfabetisering alfabetisering,
            Vooropleiding vooropleiding,
            Boolean wilStuderen,
            Checklist checklist) {
        eis(IntakeActie.BEWAREN);
        this.taalniveau = taalniveau == null ? Taalniveau.LEEG : taalniveau;
        this.alfabetisering = alfabetisering;
        this.vooropleiding = vooropleiding;
        this.wilStuderen = wilStuderen;
        this.checklist = checklist == null ? Checklist.LEEG : checklist;
    }

    void zetAfspraken(List<Afspraak> afspraken) {
        eis(IntakeActie.BEWAREN);
        this.afspraken = new ArrayList<>(afspraken == null ? List.of() : afspraken);
    }

    void zetLbt(Leerbaarheidstoets lbt) {
        eis(IntakeActie.LEERBAARHEIDSTOETS_VASTLEGGEN);
        this.lbt = lbt == null ? Leerbaarheidstoets.LEEG : lbt;
    }

    void besluit(Routebesluit routebesluit) {
        eis(IntakeActie.BEWAREN);
        this.routebesluit = routebesluit == null ? Routebesluit.LEEG : routebesluit;
    }

    /** CONCEPT → AFGEROND; the completion rules ({@link IntakeRegels#afronding}) are checked before. */
    void rondAf(LocalDate datum) {
        eis(IntakeActie.AFRONDEN);
        status = IntakeStatus.AFGEROND;
        afgerondOp = datum;
    }

    void gewijzigd(Instant nu) {
        gewijzigdOp = nu;
    }

    public UUID inburgeraarId() {
        return inburgeraarId;
    }

    public Integer version() {
        return version;
    }

    public String gemeentecode() {
        return gemeentecode;
    }

    public IntakeStatus status() {
        return status;
    }

    public Taalniveau taalniveau() {
        return taalniveau == null ? Taalniveau.LEEG : taalniveau;
    }

    public Alfabetisering alfabetisering() {
        return alfabetisering;
    }

    public Vooropleiding vooropleiding() {
        return vooropleiding;
    }

    public Boolean wilStuderen() {
        return wilStuderen;
    }

    public Checklist checklist() {
        return checklist == null ? Checklist.LEEG : checklist;
    }

    public List<Afspraak> afspraken() {
        return List.copyOf(afspraken);
    }

    public Leerbaarheidstoets lbt() {
        return lbt == null ? Leerbaarheidstoets.LEEG : lbt;
    }

    public Routebesluit routebesluit() {
        return routebesluit == null ? Routebesluit.LEEG : routebesluit;
    }

    public LocalDate afgerondOp() {
        return afgerondOp;
    }

    public String coaBron() {
        return coaBron;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }

    /**
     * The one optimistic-locking check of the intake: the version the client saw must be current (none given: the
     * client does not know one, e.g. a first save). Stale writes fail; the save itself is checked by {@code @Version}.
     */
    void verwachtVersie(Integer versieVanClient) {
        if (versieVanClient != null && !versieVanClient.equals(version)) {
            throw new OptimisticLockingFailureException("Stale version");
        }
    }
}
