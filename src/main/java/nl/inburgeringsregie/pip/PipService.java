package nl.inburgeringsregie.pip;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.inburgeringsregie.documenten.Beschikking;
import nl.inburgeringsregie.gebruikers.Gebruiker;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Adressering;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.inburgeraar.Wet;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.infrastructure.web.Weergave;
import nl.inburgeringsregie.intake.Intake;
import nl.inburgeringsregie.intake.IntakeService;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Eigenaar;
import nl.inburgeringsregie.pip.PipKeuzes.Examenonderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.Onderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.PipActie;
import nl.inburgeringsregie.pip.PipKeuzes.PipStatus;
import nl.inburgeringsregie.pip.PipKeuzes.Wijzigingsreden;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.termijnen.Termijn;
import nl.inburgeringsregie.termijnen.TermijnSoort;
import nl.inburgeringsregie.termijnen.Termijnen;
import nl.inburgeringsregie.uren.Urenboek;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PIP's lifecycle for the dossiers of the user's gemeenten: draft from the intake, edit the concept, vaststellen
 * (P-4), change into a new version (schakelen T-6, afschalen T-7, other reasons), withdraw. The aggregate guards each
 * step of its lifecycle ({@link Pip#mag}); the rules are {@link PipRegels}'s, each refusal names its id; every step is
 * journaled and audited.
 */
@Service
public class PipService {

    /** The content of a concept as entered. */
    public record Inhoud(
            Integer versie,
            Leerroute leerroute,
            Niveau niveau,
            Alfabetiseringsindicator indicatorAlfabetiseringsonderwijs,
            Integer geschatteIntensiteitB1Route,
            Boolean indicatorMagOpleidingAfmaken,
            String zienswijze,
            Boolean oneens,
            String standpuntGemeente,

            @ArraySchema(maxItems = PipRegels.MAX_AFSPRAKEN) List<Pip.Afspraak> afspraken,

            String motiveringLeerroute) {

        /** The stored content of a version, for the rules at vaststellen. */
        static Inhoud van(Pip pip) {
            return new Inhoud(
                    pip.version(),
                    pip.leerroute(),
                    pip.niveau(),
                    pip.indicatorAlfabetiseringsonderwijs(),
                    pip.geschatteIntensiteitB1Route(),
                    pip.indicatorMagOpleidingAfmaken(),
                    pip.zienswijze(),
                    pip.oneens(),
                    pip.standpuntGemeente(),
                    pip.afspraken(),
                    pip.motiveringLeerroute());
        }

        /** Puts this content on a concept (the aggregate refuses it on any other version). */
        void zetOp(Pip pip) {
            pip.wijzigRoute(
                    new Pip.Route(leerroute, niveau, indicatorAlfabetiseringsonderwijs, geschatteIntensiteitB1Route));
            pip.wijzigOpleidingAfmaken(Boolean.TRUE.equals(indicatorMagOpleidingAfmaken));
            pip.wijzigZienswijze(new Pip.Zienswijze(
                    PipRegels.tekst(zienswijze), Boolean.TRUE.equals(oneens), PipRegels.tekst(standpuntGemeente)));
            pip.wijzigAfspraken(afspraken);
            pip.wijzigMotiveringLeerroute(PipRegels.tekst(motiveringLeerroute));
        }
    }

    /**
     * A change of a vastgesteld PIP: the reason, its justification, and for schakelen/afschalen what changes. Built by
     * name ({@code Wijziging.om(reden, toelichting).withLeerroute(...)}); the canonical constructor is for JSON.
     */
    public record Wijziging(
            Wijzigingsreden reden, String toelichting, Leerroute leerroute, List<Examenonderdeel> afschalenOnderdelen) {

        /** A change for this reason, justified; nothing else changes yet. */
        public static Wijziging om(Wijzigingsreden reden, String toelichting) {
            return new Wijziging(reden, toelichting, null, null);
        }

        /** T-6 (schakelen): the new leerroute. */
        public Wijziging withLeerroute(Leerroute leerroute) {
            return kopie(k -> k.leerroute = leerroute);
        }

        /** T-7 (afschalen): the exam parts that go down to A2. */
        public Wijziging withAfschalenOnderdelen(List<Examenonderdeel> afschalenOnderdelen) {
            return kopie(k -> k.afschalenOnderdelen = afschalenOnderdelen);
        }

        private Wijziging kopie(Consumer<Kopie> wijziging) {
            Kopie k = new Kopie(this);
            wijziging.accept(k);
            return new Wijziging(reden, toelichting, k.leerroute, k.afschalenOnderdelen);
        }

        private static final class Kopie {
            private Leerroute leerroute;
            private List<Examenonderdeel> afschalenOnderdelen;

            private Kopie(Wijziging w) {
                leerroute = w.leerroute;
                afschalenOnderdelen = w.afschalenOnderdelen;
            }
        }
    }

    private final PipRepository repository;
    private final DossierfeitenLezer dossiers;
    private final IntakeService intake;
    private final Termijnen termijnen;
    private final Gebruikers gebruikers;
    private final Toegang toegang;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;
    private final Clock clock;
    private final Beschikking beschikking;
    private final Urenboek urenboek;
    private final List<AfspraakPlaatsingen> plaatsingen;

    PipService(
            PipRepository repository,
            DossierfeitenLezer dossiers,
            IntakeService intake,
            Termijnen termijnen,
            Gebruikers gebruikers,
            Toegang toegang,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            MessageSourceAccessor berichten,
            Clock clock,
            Beschikking beschikking,
            Urenboek urenboek,
            List<AfspraakPlaatsingen> plaatsingen) {
        this.beschikking = beschikking;
        this.plaatsingen = plaatsingen;
        this.urenboek = urenboek;
        this.repository = repository;
        this.dossiers = dossiers;
        this.intake = intake;
        this.termijnen = termijnen;
        this.gebruikers = gebruikers;
        this.toegang = toegang;
        this.auditLog = auditLog;
        this.events = events;
        this.berichten = berichten;
        this.clock = clock;
    }

    @Transactional
    @MagDossierInzien
    public List<Pip> versies(UUID inburgeraarId) {
        Dossierfeiten dossier = dossier(inburgeraarId, Recht.DOSSIER_INZIEN);
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN, new AuditLog.Betrokkene(inburgeraarId, dossier.gemeentecode()), "pip");
        return repository.findByInburgeraarId(inburgeraarId);
    }

    @Transactional
    @MagDossierInzien
    public Pip lees(UUID pipId) {
        Pip pip = vind(pipId, Recht.DOSSIER_INZIEN);
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN, new AuditLog.Betrokkene(pip.inburgeraarId(), pip.gemeentecode()), "pip");
        return pip;
    }

    /** The first PIP, drafted from the intake's route decision and the standard agreements of the route. */
    @Transactional
    @MagDossierWijzigen
    public Pip maakConcept(UUID inburgeraarId) {
        Dossierfeiten dossier = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        if (dossier.wet() == Wet.WI2013) {
            throw new InvalidInputException("wet", "fout.pip.wet2013", "PL-4");
        }
        List<Pip> bestaand = repository.findByInburgeraarId(inburgeraarId);
        // P-3 (issue 12 part 4): after a withdrawal a new PIP can be made, as the next version number.
        if (!PipRegels.nieuwPipMogelijk(bestaand)) {
            throw new ConflictException(
                    "fout.pip.bestaat", "/api/v1/pips/" + bestaand.getLast().id());
        }
        Instant nu = Instant.now(clock);
        Pip pip = bestaand.isEmpty()
                ? Pip.eerste(inburgeraarId, dossier.gemeentecode(), nu)
                : Pip.naIntrekking(
                        inburgeraarId,
                        dossier.gemeentecode(),
                        bestaand.stream().mapToInt(Pip::versienummer).max().orElse(0) + 1,
                        nu);
        Intake.Routebesluit besluit = intake.routebesluit(inburgeraarId).orElse(null);
        Leerroute route = besluit == null ? null : besluit.leerroute();
        pip.wijzigRoute(new Pip.Route(
                route,
                route == null || route == Leerroute.Z ? null : Niveau.B1,
                besluit == null ? null : besluit.indicator(),
                besluit == null ? null : besluit.uren()));
        pip.wijzigAfspraken(standaardAfspraken(route, dossier));
        pip = repository.save(pip);
        events.publishEvent(new PipJournaalregel(
                inburgeraarId, berichten.getMessage("journaal.pip.concept", new Object[] {pip.versienummer()})));
        auditLog.registreer(
                AuditActie.GEWIJZIGD, new AuditLog.Betrokkene(inburgeraarId, dossier.gemeentecode()), "pip concept");
        return pip;
    }

    @Transactional
    @MagDossierWijzigen
    public Pip wijzigConcept(UUID pipId, Inhoud inhoud) {
        Pip pip = vind(pipId, Recht.DOSSIER_WIJZIGEN);
        pip.vereis(PipActie.BEWERKEN);
        pip.verwachtVersie(inhoud.versie());
        Dossierfeiten dossier = dossier(pip.inburgeraarId(), Recht.DOSSIER_WIJZIGEN);
        List<Violation> fouten = PipRegels.inhoud(
                inhoud, pip.versienummer() == 1, !pip.afschalenOnderdelen().isEmpty(), dossier.doelgroep());
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        inhoud.zetOp(pip);
        pip.gewijzigd(Instant.now(clock));
        pip = repository.save(pip);
        auditLog.registreer(
                AuditActie.GEWIJZIGD, new AuditLog.Betrokkene(pip.inburgeraarId(), pip.gemeentecode()), "pip concept");
        return pip;
    }

    /** Vaststellen (P-3, P-4): checks the whole plan and the dagtekening, locks the version, moves the dossier on. */
    @Transactional
    @MagDossierWijzigen
    public Pip stelVast(UUID pipId, LocalDate dagtekening) {
        Pip pip = vind(pipId, Recht.DOSSIER_WIJZIGEN);
        pip.vereis(PipActie.VASTSTELLEN);
        Dossierfeiten dossier = dossier(pip.inburgeraarId(), Recht.DOSSIER_WIJZIGEN);
        Pip huidige = pip.vorigeId() == null
                ? null
                : repository.findById(pip.vorigeId()).orElse(null);
        List<Violation> fouten = PipRegels.vaststelling(pip, huidige, dagtekening, feiten(pip, dossier));
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        Instant nu = Instant.now(clock);
        metAanbiederVanDePlaatsing(pip);
        if (huidige != null && huidige.mag(PipActie.VERVANGEN)) {
            huidige.vervang(nu);
            repository.save(huidige);
        }
        pip.stelVast(dagtekening, nu);
        pip = repository.save(pip);
        events.publishEvent(new PipVastgesteld(
                pip.id(),
                pip.inburgeraarId(),
                pip.gemeentecode(),
                pip.versienummer(),
                dagtekening,
                pip.leerroute().name(),
                pip.niveau() == null ? null : pip.niveau().name(),
                pip.geschatteIntensiteitB1Route(),
                pip.indicatorMagOpleidingAfmaken(),
                pip.indicatorAlfabetiseringsonderwijs() == null
                        ? null
                        : pip.indicatorAlfabetiseringsonderwijs().name(),
                berichten.getMessage("journaal.pip.vastgesteld", new Object[] {
                    pip.versienummer(),
                    dagtekening.format(Weergave.DATUM),
                    berichten.getMessage(Weergave.sleutel(pip.leerroute()))
                })));
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(pip.inburgeraarId(), pip.gemeentecode()),
                "pip vastgesteld");
        return pip;
    }

    /**
     * Per onderdeel the person's current placement with a provider (issue 15: the PIP agreement names the placement),
     * for the user's access to the dossier; empty where nobody is placed or no module places persons.
     */
    @Transactional(readOnly = true)
    @MagDossierInzien
    public Map<Onderdeel, AfspraakPlaatsingen.AfspraakPlaatsing> plaatsingen(UUID inburgeraarId) {
        toegang.eis(Recht.DOSSIER_INZIEN, inburgeraarId);
        Map<Onderdeel, AfspraakPlaatsingen.AfspraakPlaatsing> perOnderdeel = new EnumMap<>(Onderdeel.class);
        plaatsingen.forEach(b -> b.van(inburgeraarId).forEach(perOnderdeel::putIfAbsent));
        return perOnderdeel;
    }

    /**
     * At vaststellen the agreements of an onderdeel someone is placed for name the placement's provider instead of the
     * typed one, so the version's beschikking (P-5) names who carries it out; the typed text stays where there is no
     * placement, or only one that was broken off (issue 15, ADR 0031).
     */
    private void metAanbiederVanDePlaatsing(Pip pip) {
        Map<Onderdeel, AfspraakPlaatsingen.AfspraakPlaatsing> perOnderdeel = new EnumMap<>(Onderdeel.class);
        plaatsingen.forEach(b -> b.van(pip.inburgeraarId()).forEach(perOnderdeel::putIfAbsent));
        if (perOnderdeel.values().stream().allMatch(AfspraakPlaatsingen.AfspraakPlaatsing::afgebroken)) {
            return;
        }
        pip.wijzigAfspraken(pip.afspraken().stream()
                .map(a -> {
                    AfspraakPlaatsingen.AfspraakPlaatsing p = perOnderdeel.get(a.onderdeel());
                    return p == null || p.afgebroken() ? a : a.withAanbieder(p.aanbieder());
                })
                .toList());
    }

    /** What the rules at vaststellen need to know of the dossier, the intake and the schakel window (T-6). */
    private PipRegels.Feiten feiten(Pip pip, Dossierfeiten d) {
        return new PipRegels.Feiten(
                d.doelgroep(),
                d.datumKennisgeving(),
                d.doelgroep() == Doelgroep.ASIELSTATUSHOUDER ? d.datumHuisvesting() : d.datumInschrijvingBrp(),
                d.mijlpalen().dagtekeningPip(),
                intake.routebesluit(pip.inburgeraarId())
                        .map(Intake.Routebesluit::leerroute)
                        .orElse(null),
                intake.lbtResultaat(pip.inburgeraarId()).orElse(null),
                schakelenTotEnMet(d),
                LocalDate.now(clock));
    }

    /** T-6: the last day of the schakel window, asked from the termijnen module; null when there is none. */
    private LocalDate schakelenTotEnMet(Dossierfeiten dossier) {
        return termijnen
                .termijn(dossier, TermijnSoort.SCHAKELEN)
                .map(Termijn::uiterlijkeDatum)
                .orElse(null);
    }

    /** A change of the vastgestelde PIP: a new concept version with its reason; schakelen and afschalen under T-6, T-7. */
    @Transactional
    @MagDossierWijzigen
    public Pip wijzig(UUID pipId, Wijziging w) {
        Pip huidige = vind(pipId, Recht.DOSSIER_WIJZIGEN);
        huidige.vereis(PipActie.WIJZIGEN);
        if (PipRegels.heeftConcept(repository.findByInburgeraarId(huidige.inburgeraarId()))) {
            throw new ConflictException("fout.pip.conceptBestaat", null);
        }
        Dossierfeiten dossier = dossier(huidige.inburgeraarId(), Recht.DOSSIER_WIJZIGEN);
        // T-7: the hours ledger's NT2 hours at a keurmerk institution, never a typed number (issue 15, ADR 0031).
        BigDecimal nt2Uren = w.reden() == Wijzigingsreden.AFSCHALEN
                ? urenboek.nt2BijKeurmerk(huidige.inburgeraarId())
                : BigDecimal.ZERO;
        List<Violation> fouten =
                PipRegels.wijziging(huidige, w, schakelenTotEnMet(dossier), LocalDate.now(clock), nt2Uren);
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        Pip nieuw = huidige.volgende(w.reden(), PipRegels.tekst(w.toelichting()), Instant.now(clock));
        List<String> onderdeelRegels = List.of();
        if (w.reden() == Wijzigingsreden.SCHAKELEN) {
            schakelen(w.leerroute(), dossier, nieuw);
            onderdeelRegels = onderdelenVanNieuweRoute(huidige, nieuw);
        } else if (w.reden() == Wijzigingsreden.AFSCHALEN) {
            // T-7: the lowered exam parts go to A2; the rest of the B1-route stays.
            nieuw.wijzigAfschalen(
                    w.afschalenOnderdelen(), nt2Uren.intValue(), berichten.getMessage("pip.afschalen.bronUrenboek"));
            Pip.Route route = nieuw.route();
            nieuw.wijzigRoute(new Pip.Route(
                    Leerroute.B,
                    Niveau.A2,
                    route.indicatorAlfabetiseringsonderwijs(),
                    route.geschatteIntensiteitB1Route()));
        }
        nieuw = repository.save(nieuw);
        events.publishEvent(new PipJournaalregel(
                nieuw.inburgeraarId(), berichten.getMessage("journaal.pip.wijziging", new Object[] {
                    nieuw.versienummer(),
                    berichten.getMessage("pip.reden." + w.reden().name())
                })));
        for (String regel : onderdeelRegels) {
            events.publishEvent(new PipJournaalregel(
                    nieuw.inburgeraarId(), berichten.getMessage(regel, new Object[] {nieuw.versienummer()})));
        }
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(nieuw.inburgeraarId(), nieuw.gemeentecode()),
                "pip wijziging");
        return nieuw;
    }

    @Transactional
    @MagDossierWijzigen
    public Pip trekIn(UUID pipId, String reden) {
        Pip pip = vind(pipId, Recht.DOSSIER_WIJZIGEN);
        pip.vereis(PipActie.INTREKKEN);
        List<Violation> fouten = PipRegels.intrekking(reden);
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        boolean wasVastgesteld = pip.status() == PipStatus.VASTGESTELD;
        pip.trekIn(PipRegels.tekst(reden), Instant.now(clock));
        pip = repository.save(pip);
        events.publishEvent(new PipJournaalregel(
                pip.inburgeraarId(),
                berichten.getMessage(
                        "journaal.pip.ingetrokken", new Object[] {pip.versienummer(), PipRegels.tekst(reden)})));
        if (wasVastgesteld) {
            // P-3, T-1 (issue 12 part 4): no valid PIP from today (module inburgeraar); DUO is told (module duo,
            // DELETE where DUO allows it).
            LocalDate vandaag = LocalDate.now(clock);
            events.publishEvent(
                    new PipIngetrokken(pip.id(), pip.inburgeraarId(), pip.gemeentecode(), pip.versienummer(), vandaag));
        }
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(pip.inburgeraarId(), pip.gemeentecode()),
                "pip ingetrokken");
        return pip;
    }

    /**
     * The beschikking of a vastgestelde (or later replaced/withdrawn) version as PDF (P-5, module documenten); audited
     * as an export. The start of the inburgeringstermijn it states is the termijnen module's (T-3).
     */
    @Transactional
    @MagDossierInzien
    public byte[] beschikking(UUID pipId) {
        Pip pip = vind(pipId, Recht.DOSSIER_INZIEN);
        pip.vereis(PipActie.BESCHIKKING);
        Dossierfeiten dossier = dossier(pip.inburgeraarId(), Recht.DOSSIER_INZIEN);
        String consulent = dossier.consulent() == null
                ? "–"
                : gebruikers.vind(dossier.consulent()).map(Gebruiker::naam).orElse(dossier.consulent());
        LocalDate termijnStart = termijnen
                .termijn(dossier, TermijnSoort.INBURGERINGSTERMIJN)
                .map(Termijn::startdatum)
                .orElse(null);
        auditLog.registreer(
                AuditActie.GEEXPORTEERD,
                new AuditLog.Betrokkene(pip.inburgeraarId(), pip.gemeentecode()),
                "beschikking PIP versie " + pip.versienummer());
        Adressering aan = dossiers.adressering(pip.inburgeraarId())
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
        return beschikking.pdf(
                pip, new Beschikking.Ontvanger(aan.naam(), aan.adres(), aan.talen()), consulent, termijnStart);
    }

    /**
     * T-6: the new leerroute after schakelen, with its level, the estimated hours only where they belong,
     * and no MAP agreement in the onderwijsroute.
     */
    private static void schakelen(Leerroute naar, Dossierfeiten dossier, Pip nieuw) {
        Pip.Route route = nieuw.route();
        nieuw.wijzigRoute(new Pip.Route(
                naar,
                naar == Leerroute.Z ? null : Niveau.B1,
                route.indicatorAlfabetiseringsonderwijs(),
                naar == Leerroute.B && dossier.doelgroep() == Doelgroep.ASIELSTATUSHOUDER
                        ? route.geschatteIntensiteitB1Route()
                        : null));
        nieuw.wijzigAfspraken(nieuw.afspraken().stream()
                .filter(a -> !(naar == Leerroute.O && a.onderdeel() == Onderdeel.MAP))
                .toList());
    }

    /**
     * The onderdelen of the new route after schakelen: the leerroute agreement's standard text follows the route; MAP
     * is added for the B1- and Z-route and removed for the onderwijsroute. Returns the journal lines' keys.
     */
    private List<String> onderdelenVanNieuweRoute(Pip huidige, Pip nieuw) {
        if (nieuw.leerroute() == null || nieuw.leerroute() == huidige.leerroute()) {
            return List.of();
        }
        List<String> regels = new ArrayList<>();
        String oudeTekst = huidige.leerroute() == null
                ? null
                : berichten.getMessage(
                        "pip.standaard.leerroute." + huidige.leerroute().name());
        String nieuweTekst = berichten.getMessage(
                "pip.standaard.leerroute." + nieuw.leerroute().name());
        List<Pip.Afspraak> afspraken = new ArrayList<>();
        for (Pip.Afspraak a : nieuw.afspraken()) {
            boolean standaardTekst = a.onderdeel() == Onderdeel.LEERROUTE
                    && a.omschrijving() != null
                    && a.omschrijving().equals(oudeTekst);
            afspraken.add(standaardTekst ? a.withOmschrijving(nieuweTekst) : a);
        }
        boolean metMap = afspraken.stream().anyMatch(a -> a.onderdeel() == Onderdeel.MAP);
        if (nieuw.leerroute() != Leerroute.O && !metMap) {
            afspraken.add(standaardMap());
            regels.add("journaal.pip.mapToegevoegd");
        }
        if (nieuw.leerroute() == Leerroute.O
                && huidige.afspraken().stream().anyMatch(a -> a.onderdeel() == Onderdeel.MAP)) {
            regels.add("journaal.pip.mapVervallen");
        }
        nieuw.wijzigAfspraken(afspraken);
        // the justification of the switch is the reason for the new route, recorded on the new version itself.
        nieuw.wijzigMotiveringLeerroute(nieuw.wijzigingstoelichting());
        return regels;
    }

    private Pip.Afspraak standaardMap() {
        return Pip.Afspraak.van(Onderdeel.MAP, Eigenaar.INBURGERAAR, berichten.getMessage("pip.standaard.map"))
                .withFrequentie(berichten.getMessage("pip.standaard.eenmalig"))
                .withHandhaafbaar(true);
    }

    /** The standard agreements of a route (P-1, R-4 to R-8), drafted into the first concept. */
    private List<Pip.Afspraak> standaardAfspraken(Leerroute route, Dossierfeiten dossier) {
        List<Pip.Afspraak> afspraken = new ArrayList<>();
        String eenmalig = berichten.getMessage("pip.standaard.eenmalig");
        String wekelijks = berichten.getMessage("pip.standaard.wekelijks");
        if (route != null) {
            afspraken.add(Pip.Afspraak.van(
                            Onderdeel.LEERROUTE,
                            Eigenaar.INBURGERAAR,
                            berichten.getMessage("pip.standaard.leerroute." + route.name()))
                    .withFrequentie(wekelijks)
                    .withHandhaafbaar(true));
        }
        afspraken.add(Pip.Afspraak.van(Onderdeel.KNM, Eigenaar.INBURGERAAR, berichten.getMessage("pip.standaard.knm"))
                .withFrequentie(eenmalig)
                .withHandhaafbaar(true));
        afspraken.add(Pip.Afspraak.van(Onderdeel.PVT, Eigenaar.INBURGERAAR, berichten.getMessage("pip.standaard.pvt"))
                .withFrequentie(eenmalig)
                .withUren(PipRegels.PVT_MINIMUM_UREN)
                .withHandhaafbaar(true));
        if (route != Leerroute.O) {
            afspraken.add(standaardMap());
        }
        if (dossier.doelgroep() == Doelgroep.ASIELSTATUSHOUDER) {
            afspraken.add(Pip.Afspraak.van(
                            Onderdeel.MAATSCHAPPELIJKE_BEGELEIDING,
                            Eigenaar.PARTNER,
                            berichten.getMessage("pip.standaard.begeleiding"))
                    .withFrequentie(wekelijks));
        }
        return afspraken;
    }

    /** The PIP, when the access decision lets the user do the action to its person (ADR 0028). */
    private Pip vind(UUID pipId, Recht handeling) {
        return repository
                .findById(pipId)
                .filter(p -> toegang.mag(handeling, p.inburgeraarId()))
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.pip.nietGevonden")));
    }

    /** The dossier's facts, when the access decision lets the user do the action to its person (ADR 0028). */
    private Dossierfeiten dossier(UUID id, Recht handeling) {
        toegang.eis(handeling, id);
        return dossiers.van(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }
}
