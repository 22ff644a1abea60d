package nl.inburgeringsregie.pip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.inburgeringsregie.documenten.Beschikking;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Eigenaar;
import nl.inburgeringsregie.pip.PipKeuzes.Examenonderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.Onderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.PipActie;
import nl.inburgeringsregie.pip.PipKeuzes.PipStatus;
import nl.inburgeringsregie.pip.PipKeuzes.Wijzigingsreden;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of the PIP of a dossier (the aggregate root), guarding the lifecycle (P-3). A concept can be edited; vaststellen fixes its
 * dagtekening and locks it; a change makes a new version that starts as a concept copy with its reason.
 */
@Beslist("P-3")
@Table("pip")
public class Pip implements Beschikking.Plan {

    /**
     * An agreement: what, who, by when or how often, hours where it counts, and whether it can be enforced (H-3). Made
     * with {@link #van} and the {@code with…} methods.
     */
    @Table("pip_afspraak")
    public record Afspraak(
            Onderdeel onderdeel,
            Eigenaar eigenaar,
            String omschrijving,
            LocalDate uiterlijk,
            String frequentie,
            Integer uren,
            String aanbieder,
            boolean handhaafbaar)
            implements Beschikking.Afspraak {

        /** An agreement on an onderdeel, kept by its owner, described; no date, frequency, hours or provider yet. */
        public static Afspraak van(Onderdeel onderdeel, Eigenaar eigenaar, String omschrijving) {
            return new Afspraak(onderdeel, eigenaar, omschrijving, null, null, null, null, false);
        }

        public Afspraak withOmschrijving(String omschrijving) {
            return kopie(k -> k.omschrijving = omschrijving);
        }

        public Afspraak withUiterlijk(LocalDate uiterlijk) {
            return kopie(k -> k.uiterlijk = uiterlijk);
        }

        public Afspraak withFrequentie(String frequentie) {
            return kopie(k -> k.frequentie = frequentie);
        }

        public Afspraak withUren(Integer uren) {
            return kopie(k -> k.uren = uren);
        }

        public Afspraak withAanbieder(String aanbieder) {
            return kopie(k -> k.aanbieder = aanbieder);
        }

        public Afspraak withHandhaafbaar(boolean handhaafbaar) {
            return kopie(k -> k.handhaafbaar = handhaafbaar);
        }

        /** The one place that lists every field: a copy with the change applied (no positional copies per with…). */
        private Afspraak kopie(Consumer<Kopie> wijziging) {
            Kopie k = new Kopie(this);
            wijziging.accept(k);
            return new Afspraak(
                    k.onderdeel,
                    k.eigenaar,
                    k.omschrijving,
                    k.uiterlijk,
                    k.frequentie,
                    k.uren,
                    k.aanbieder,
                    k.handhaafbaar);
        }

        private static final class Kopie {
            private final Onderdeel onderdeel;
            private final Eigenaar eigenaar;
            private String omschrijving;
            private LocalDate uiterlijk;
            private String frequentie;
            private Integer uren;
            private String aanbieder;
            private boolean handhaafbaar;

            private Kopie(Afspraak a) {
                onderdeel = a.onderdeel;
                eigenaar = a.eigenaar;
                omschrijving = a.omschrijving;
                uiterlijk = a.uiterlijk;
                frequentie = a.frequentie;
                uren = a.uren;
                aanbieder = a.aanbieder;
                handhaafbaar = a.handhaafbaar;
            }
        }
    }

    /** The route of a plan: leerroute, level, literacy indicator and the estimated hours of the B1-route. */
    public record Route(
            Leerroute leerroute,
            Niveau niveau,
            Alfabetiseringsindicator indicatorAlfabetiseringsonderwijs,
            Integer geschatteIntensiteitB1Route) {}

    /** P-2: the newcomer's view, whether they disagree, and then the gemeente's decision and weighing. */
    public record Zienswijze(String zienswijze, boolean oneens, String standpuntGemeente) {}

    @Id
    private final UUID id;

    @Version
    private Integer version;

    private final UUID inburgeraarId;
    private final String gemeentecode;
    private final int versienummer;
    private final UUID vorigeId;
    private PipStatus status;
    private Leerroute leerroute;
    private Niveau niveau;
    private Alfabetiseringsindicator indicatorAlfabetiseringsonderwijs;
    private Integer geschatteIntensiteitB1Route;
    private boolean indicatorMagOpleidingAfmaken;
    private String zienswijze;
    private boolean oneens;
    private String standpuntGemeente;
    private LocalDate dagtekeningPip;
    private Wijzigingsreden wijzigingsreden;
    private String wijzigingstoelichting;
    private String afschalenOnderdelen;
    private Integer lesuren;
    private String lesurenBron;
    private String intrekkingsreden;
    /** why the leerroute departs from the intake's routebesluit or the leerbaarheidstoets (issue 12). */
    private String motiveringLeerroute;

    private Instant gewijzigdOp;

    @MappedCollection(idColumn = "pip_id", keyColumn = "pip_key")
    private List<Afspraak> afspraken = new ArrayList<>();

    @PersistenceCreator
    Pip(UUID id, Integer version, UUID inburgeraarId, String gemeentecode, int versienummer, UUID vorigeId) {
        this.id = id;
        this.version = version;
        this.inburgeraarId = inburgeraarId;
        this.gemeentecode = gemeentecode;
        this.versienummer = versienummer;
        this.vorigeId = vorigeId;
    }

    static Pip eerste(UUID inburgeraarId, String gemeentecode, Instant nu) {
        return nieuwConcept(inburgeraarId, gemeentecode, 1, null, nu);
    }

    /**
     * A new PIP after the previous one was withdrawn (P-3, issue 12 part 4): a fresh concept, not a change of the
     * withdrawn one (no {@code vorigeId}), numbered after the versions before it.
     */
    static Pip naIntrekking(UUID inburgeraarId, String gemeentecode, int versienummer, Instant nu) {
        return nieuwConcept(inburgeraarId, gemeentecode, versienummer, null, nu);
    }

    private static Pip nieuwConcept(
            UUID inburgeraarId, String gemeentecode, int versienummer, UUID vorigeId, Instant nu) {
        Pip pip = new Pip(UUID.randomUUID(), null, inburgeraarId, gemeentecode, versienummer, vorigeId);
        pip.status = PipStatus.CONCEPT;
        pip.gewijzigdOp = nu;
        return pip;
    }

    /** The steps of the lifecycle this version allows now (P-3); the one answer screens and services ask. */
    public Set<PipActie> toegestaneActies() {
        Set<PipActie> acties = EnumSet.noneOf(PipActie.class);
        acties.addAll(status.toegestaan());
        if (dagtekeningPip != null) {
            // P-5: every version that was vastgesteld keeps its letter, also after it was replaced or withdrawn.
            acties.add(PipActie.BESCHIKKING);
        }
        return acties;
    }

    public boolean mag(PipActie actie) {
        return toegestaneActies().contains(actie);
    }

    /** Refuses a step this version does not allow now, with the message key that says why (P-3). */
    void vereis(PipActie actie) {
        if (!mag(actie)) {
            throw new ConflictException(actie.geweigerd(), null);
        }
    }

    /** A new concept version after this vastgestelde one, with the same content and the reason for the change. */
    Pip volgende(Wijzigingsreden reden, String toelichting, Instant nu) {
        vereis(PipActie.WIJZIGEN);
        Pip pip = nieuwConcept(inburgeraarId, gemeentecode, versienummer + 1, id, nu);
        pip.wijzigRoute(route());
        pip.indicatorMagOpleidingAfmaken = indicatorMagOpleidingAfmaken;
        pip.wijzigZienswijze(new Zienswijze(zienswijze, oneens, standpuntGemeente));
        pip.afschalenOnderdelen = afschalenOnderdelen;
        pip.motiveringLeerroute = motiveringLeerroute;
        pip.afspraken = new ArrayList<>(afspraken);
        pip.wijzigingsreden = reden;
        pip.wijzigingstoelichting = toelichting;
        return pip;
    }

    void wijzigRoute(Route route) {
        vereis(PipActie.BEWERKEN);
        this.leerroute = route.leerroute();
        this.niveau = route.niveau();
        this.indicatorAlfabetiseringsonderwijs = route.indicatorAlfabetiseringsonderwijs();
        this.geschatteIntensiteitB1Route = route.geschatteIntensiteitB1Route();
    }

    void wijzigOpleidingAfmaken(boolean magOpleidingAfmaken) {
        vereis(PipActie.BEWERKEN);
        this.indicatorMagOpleidingAfmaken = magOpleidingAfmaken;
    }

    void wijzigZienswijze(Zienswijze zienswijze) {
        vereis(PipActie.BEWERKEN);
        this.zienswijze = zienswijze.zienswijze();
        this.oneens = zienswijze.oneens();
        this.standpuntGemeente = zienswijze.standpuntGemeente();
    }

    void wijzigAfspraken(List<Afspraak> afspraken) {
        vereis(PipActie.BEWERKEN);
        this.afspraken = new ArrayList<>(afspraken == null ? List.of() : afspraken);
    }

    /** T-7: the exam parts lowered to A2, with the course hours that allow it and their source. */
    void wijzigAfschalen(List<Examenonderdeel> onderdelen, Integer lesuren, String bron) {
        vereis(PipActie.BEWERKEN);
        this.afschalenOnderdelen = onderdelen == null || onderdelen.isEmpty()
                ? null
                : String.join(",", onderdelen.stream().map(Enum::name).toList());
        this.lesuren = lesuren;
        this.lesurenBron = bron;
    }

    /** the reason for a leerroute that departs from the routebesluit or the leerbaarheidstoets. */
    void wijzigMotiveringLeerroute(String motivering) {
        vereis(PipActie.BEWERKEN);
        this.motiveringLeerroute = motivering;
    }

    /** P-4: concept → vastgesteld with its dagtekening. */
    void stelVast(LocalDate dagtekening, Instant nu) {
        vereis(PipActie.VASTSTELLEN);
        this.dagtekeningPip = dagtekening;
        this.status = PipStatus.VASTGESTELD;
        this.gewijzigdOp = nu;
    }

    /** P-3: vastgesteld → vervangen, when its next version is vastgesteld. */
    void vervang(Instant nu) {
        vereis(PipActie.VERVANGEN);
        this.status = PipStatus.VERVANGEN;
        this.gewijzigdOp = nu;
    }

    /** P-3: concept or vastgesteld → ingetrokken, with the reason. */
    void trekIn(String reden, Instant nu) {
        vereis(PipActie.INTREKKEN);
        this.status = PipStatus.INGETROKKEN;
        this.intrekkingsreden = reden;
        this.gewijzigdOp = nu;
    }

    void gewijzigd(Instant nu) {
        this.gewijzigdOp = nu;
    }

    /**
     * Optimistic locking, the one way for the PIP: the version the client read must still be the stored one (null: the
     * client sent none and the save's own version check stands).
     */
    void verwachtVersie(Integer versieVanClient) {
        if (versieVanClient != null && !versieVanClient.equals(version)) {
            throw new OptimisticLockingFailureException("Stale version of PIP " + id);
        }
    }

    public Route route() {
        return new Route(leerroute, niveau, indicatorAlfabetiseringsonderwijs, geschatteIntensiteitB1Route);
    }

    public UUID id() {
        return id;
    }

    public Integer version() {
        return version;
    }

    public UUID inburgeraarId() {
        return inburgeraarId;
    }

    public String gemeentecode() {
        return gemeentecode;
    }

    public int versienummer() {
        return versienummer;
    }

    public UUID vorigeId() {
        return vorigeId;
    }

    public PipStatus status() {
        return status;
    }

    public Leerroute leerroute() {
        return leerroute;
    }

    public Niveau niveau() {
        return niveau;
    }

    public Alfabetiseringsindicator indicatorAlfabetiseringsonderwijs() {
        return indicatorAlfabetiseringsonderwijs;
    }

    public Integer geschatteIntensiteitB1Route() {
        return geschatteIntensiteitB1Route;
    }

    public boolean indicatorMagOpleidingAfmaken() {
        return indicatorMagOpleidingAfmaken;
    }

    public String zienswijze() {
        return zienswijze;
    }

    public boolean oneens() {
        return oneens;
    }

    public String standpuntGemeente() {
        return standpuntGemeente;
    }

    public LocalDate dagtekeningPip() {
        return dagtekeningPip;
    }

    public Wijzigingsreden wijzigingsreden() {
        return wijzigingsreden;
    }

    public String wijzigingstoelichting() {
        return wijzigingstoelichting;
    }

    public List<Examenonderdeel> afschalenOnderdelen() {
        return afschalenOnderdelen == null
                ? List.of()
                : Arrays.stream(afschalenOnderdelen.split(","))
                        .map(Examenonderdeel::valueOf)
                        .toList();
    }

    public Integer lesuren() {
        return lesuren;
    }

    public String lesurenBron() {
        return lesurenBron;
    }

    public String intrekkingsreden() {
        return intrekkingsreden;
    }

    public String motiveringLeerroute() {
        return motiveringLeerroute;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }

    public List<Afspraak> afspraken() {
        return List.copyOf(afspraken);
    }
}
