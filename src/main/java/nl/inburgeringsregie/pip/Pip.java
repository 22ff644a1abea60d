package nl.inburgeringsregie.pip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Eigenaar;
import nl.inburgeringsregie.pip.PipKeuzes.Examenonderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.Onderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.PipStatus;
import nl.inburgeringsregie.pip.PipKeuzes.Wijzigingsreden;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of the PIP of a dossier (the aggregate root). A concept can be edited; vaststellen fixes its
 * dagtekening and locks it; a change makes a new version that starts as a concept copy with its reason.
 */
@Table("pip")
public class Pip {

    /** An agreement: what, who, by when or how often, hours where it counts, and whether it can be enforced (H-3). */
    @Table("pip_afspraak")
    public record Afspraak(
            Onderdeel onderdeel,
            Eigenaar eigenaar,
            String omschrijving,
            LocalDate uiterlijk,
            String frequentie,
            Integer uren,
            String aanbieder,
            boolean handhaafbaar) {}

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
        Pip pip = new Pip(UUID.randomUUID(), null, inburgeraarId, gemeentecode, 1, null);
        pip.status = PipStatus.CONCEPT;
        pip.gewijzigdOp = nu;
        return pip;
    }

    /**
     * A new PIP after the previous one was withdrawn (P-3, issue 12 part 4): a fresh concept, not a change of the
     * withdrawn one (no {@code vorigeId}), numbered after the versions before it.
     */
    static Pip naIntrekking(UUID inburgeraarId, String gemeentecode, int versienummer, Instant nu) {
        Pip pip = new Pip(UUID.randomUUID(), null, inburgeraarId, gemeentecode, versienummer, null);
        pip.status = PipStatus.CONCEPT;
        pip.gewijzigdOp = nu;
        return pip;
    }

    /** A new concept version after this vastgestelde one, with the same content and the reason for the change. */
    Pip volgende(Wijzigingsreden reden, String toelichting, Instant nu) {
        Pip pip = new Pip(UUID.randomUUID(), null, inburgeraarId, gemeentecode, versienummer + 1, id);
        pip.status = PipStatus.CONCEPT;
        pip.leerroute = leerroute;
        pip.niveau = niveau;
        pip.indicatorAlfabetiseringsonderwijs = indicatorAlfabetiseringsonderwijs;
        pip.geschatteIntensiteitB1Route = geschatteIntensiteitB1Route;
        pip.indicatorMagOpleidingAfmaken = indicatorMagOpleidingAfmaken;
        pip.zienswijze = zienswijze;
        pip.oneens = oneens;
        pip.standpuntGemeente = standpuntGemeente;
        pip.afschalenOnderdelen = afschalenOnderdelen;
        pip.motiveringLeerroute = motiveringLeerroute;
        pip.afspraken = new ArrayList<>(afspraken);
        pip.wijzigingsreden = reden;
        pip.wijzigingstoelichting = toelichting;
        pip.gewijzigdOp = nu;
        return pip;
    }

    void zetInhoud(
            Leerroute leerroute,
            Niveau niveau,
            Alfabetiseringsindicator indicator,
            Integer uren,
            boolean magOpleidingAfmaken,
            String zienswijze,
            boolean oneens,
            String standpuntGemeente,
            List<Afspraak> afspraken) {
        this.leerroute = leerroute;
        this.niveau = niveau;
        this.indicatorAlfabetiseringsonderwijs = indicator;
        this.geschatteIntensiteitB1Route = uren;
        this.indicatorMagOpleidingAfmaken = magOpleidingAfmaken;
        this.zienswijze = zienswijze;
        this.oneens = oneens;
        this.standpuntGemeente = standpuntGemeente;
        this.afspraken = new ArrayList<>(afspraken == null ? List.of() : afspraken);
    }

    void zetAfschalen(List<Examenonderdeel> onderdelen, Integer lesuren, String bron) {
        this.afschalenOnderdelen = onderdelen == null || onderdelen.isEmpty()
                ? null
                : String.join(",", onderdelen.stream().map(Enum::name).toList());
        this.lesuren = lesuren;
        this.lesurenBron = bron;
    }

    /** the reason for a leerroute that departs from the routebesluit or the leerbaarheidstoets. */
    void zetMotiveringLeerroute(String motivering) {
        this.motiveringLeerroute = motivering;
    }

    void stelVast(LocalDate dagtekening, Instant nu) {
        this.dagtekeningPip = dagtekening;
        this.status = PipStatus.VASTGESTELD;
        this.gewijzigdOp = nu;
    }

    void vervang(Instant nu) {
        this.status = PipStatus.VERVANGEN;
        this.gewijzigdOp = nu;
    }

    void trekIn(String reden, Instant nu) {
        this.status = PipStatus.INGETROKKEN;
        this.intrekkingsreden = reden;
        this.gewijzigdOp = nu;
    }

    void gewijzigd(Instant nu) {
        this.gewijzigdOp = nu;
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

    void verwachtVersie(Integer versieVanClient) {
        if (versieVanClient != null && !versieVanClient.equals(version)) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Stale version");
        }
    }
}
