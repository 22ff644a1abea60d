package nl.inburgeringsregie.pip;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.intake.Intake;
import nl.inburgeringsregie.intake.IntakeService;
import nl.inburgeringsregie.intake.Keuzes.LbtResultaat;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Eigenaar;
import nl.inburgeringsregie.pip.PipKeuzes.Examenonderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.Onderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.PipStatus;
import nl.inburgeringsregie.pip.PipKeuzes.Wijzigingsreden;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.termijnen.Termijn;
import nl.inburgeringsregie.termijnen.TermijnSoort;
import nl.inburgeringsregie.termijnen.Termijnen;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PIP's lifecycle for the dossiers of the user's gemeenten: draft from the intake, edit the concept, vaststellen
 * (P-4), change into a new version (schakelen T-6, afschalen T-7, other reasons), withdraw. Every rule refused names
 * its id; every step is journaled and audited.
 */
@Service
public class PipService {

    static final int PVT_MINIMUM_UREN = 12;
    static final int AFSCHALEN_MINIMUM_LESUREN = 600;
    static final int MAX_TEKST = 4000;
    /** The most agreements one PIP holds (h5, issue 14 point 7). */
    static final int MAX_AFSPRAKEN = 50;
    /** the Z-route's course hours (NT2 and KNM) and, for an asielstatushouder, its participation hours. */
    static final int Z_LESUREN = 800;

    static final int Z_PARTICIPATIEUREN = 800;

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

            @io.swagger.v3.oas.annotations.media.ArraySchema(maxItems = MAX_AFSPRAKEN)
            List<Pip.Afspraak> afspraken,

            String motiveringLeerroute) {}

    /** A change of a vastgesteld PIP: the reason, its justification, and for schakelen/afschalen what changes. */
    public record Wijziging(
            Wijzigingsreden reden,
            String toelichting,
            Leerroute leerroute,
            List<Examenonderdeel> afschalenOnderdelen,
            Integer lesuren,
            String lesurenBron) {}

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
            Beschikking beschikking) {
        this.beschikking = beschikking;
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
        if (dossier.wet() == nl.inburgeringsregie.inburgeraar.Wet.WI2013) {
            throw new InvalidInputException("wet", berichten.getMessage("fout.pip.wet2013"), "PL-4");
        }
        List<Pip> bestaand = repository.findByInburgeraarId(inburgeraarId);
        // P-3 (issue 12 part 4): after a withdrawal a new PIP can be made, as the next version number.
        if (bestaand.stream().anyMatch(p -> p.status() == PipStatus.CONCEPT || p.status() == PipStatus.VASTGESTELD)) {
            throw new ConflictException(
                    berichten.getMessage("fout.pip.bestaat"),
                    "/api/v1/pips/" + bestaand.getLast().id());
        }
        Instant nu = Instant.now(clock);
        Pip pip = bestaand.isEmpty()
                ? Pip.eerste(inburgeraarId, dossier.gemeentecode(), nu)
                : Pip.naIntrekking(
                        inburgeraarId,
                        dossier.gemeentecode(),
                        bestaand.stream().mapToInt(Pip::versienummer).max().orElse(0) + 1,
                        nu);
        var besluit = intake.routebesluit(inburgeraarId).orElse(null);
        Leerroute route = besluit == null ? null : besluit.leerroute();
        pip.zetInhoud(
                route,
                route == null || route == Leerroute.Z ? null : Niveau.B1,
                besluit == null ? null : besluit.indicator(),
                besluit == null ? null : besluit.uren(),
                false,
                null,
                false,
                null,
                standaardAfspraken(route, dossier));
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
        concept(pip);
        pip.verwachtVersie(inhoud.versie());
        Dossierfeiten dossier = dossier(pip.inburgeraarId(), Recht.DOSSIER_WIJZIGEN);
        List<Violation> fouten = new ArrayList<>();
        controleerInhoud(inhoud, dossier, pip, fouten);
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        pip.zetInhoud(
                inhoud.leerroute(),
                inhoud.niveau(),
                inhoud.indicatorAlfabetiseringsonderwijs(),
                inhoud.geschatteIntensiteitB1Route(),
                Boolean.TRUE.equals(inhoud.indicatorMagOpleidingAfmaken()),
                tekst(inhoud.zienswijze()),
                Boolean.TRUE.equals(inhoud.oneens()),
                tekst(inhoud.standpuntGemeente()),
                inhoud.afspraken());
        pip.zetMotiveringLeerroute(tekst(inhoud.motiveringLeerroute()));
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
        concept(pip);
        Dossierfeiten dossier = dossier(pip.inburgeraarId(), Recht.DOSSIER_WIJZIGEN);
        List<Violation> fouten = new ArrayList<>();
        controleerInhoud(
                new Inhoud(
                        null,
                        pip.leerroute(),
                        pip.niveau(),
                        pip.indicatorAlfabetiseringsonderwijs(),
                        pip.geschatteIntensiteitB1Route(),
                        pip.indicatorMagOpleidingAfmaken(),
                        pip.zienswijze(),
                        pip.oneens(),
                        pip.standpuntGemeente(),
                        pip.afspraken(),
                        pip.motiveringLeerroute()),
                dossier,
                pip,
                fouten);
        if (pip.leerroute() == null) {
            fout(fouten, "leerroute", "R-1", "fout.pip.leerroute");
        }
        if (pip.afspraken().isEmpty()) {
            fout(fouten, "afspraken", "P-1", "fout.pip.afspraken");
        }
        controleerOnderdelen(pip, dossier, fouten);
        controleerMotivering(pip, fouten);
        Pip huidige = pip.vorigeId() == null
                ? null
                : repository.findById(pip.vorigeId()).orElse(null);
        controleerDagtekening(dagtekening, dossier, huidige, fouten);
        controleerSchakelvenster(pip, huidige, dagtekening, dossier, fouten);
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        Instant nu = Instant.now(clock);
        if (huidige != null && huidige.status() == PipStatus.VASTGESTELD) {
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
                    dagtekening.format(nl.inburgeringsregie.infrastructure.web.Weergave.DATUM),
                    berichten.getMessage(nl.inburgeringsregie.infrastructure.web.Weergave.sleutel(pip.leerroute()))
                })));
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(pip.inburgeraarId(), pip.gemeentecode()),
                "pip vastgesteld");
        return pip;
    }

    /** A change of the vastgestelde PIP: a new concept version with its reason; schakelen and afschalen under T-6, T-7. */
    @Transactional
    @MagDossierWijzigen
    public Pip wijzig(UUID pipId, Wijziging w) {
        Pip huidige = vind(pipId, Recht.DOSSIER_WIJZIGEN);
        if (huidige.status() != PipStatus.VASTGESTELD) {
            throw new ConflictException(berichten.getMessage("fout.pip.nietVastgesteld"), null);
        }
        if (repository.findByInburgeraarId(huidige.inburgeraarId()).stream()
                .anyMatch(p -> p.status() == PipStatus.CONCEPT)) {
            throw new ConflictException(berichten.getMessage("fout.pip.conceptBestaat"), null);
        }
        Dossierfeiten dossier = dossier(huidige.inburgeraarId(), Recht.DOSSIER_WIJZIGEN);
        List<Violation> fouten = new ArrayList<>();
        if (w.reden() == null) {
            fout(fouten, "reden", "P-3", "fout.pip.reden");
        }
        if (tekst(w.toelichting()) == null) {
            fout(fouten, "toelichting", "P-3", "fout.pip.toelichting");
        } else if (w.toelichting().length() > MAX_TEKST) {
            fouten.add(new Violation(
                    "toelichting", berichten.getMessage("fout.tekst.lang", new Object[] {MAX_TEKST}), null));
        }
        Pip nieuw = huidige.volgende(w.reden(), tekst(w.toelichting()), Instant.now(clock));
        List<String> onderdeelRegels = new ArrayList<>();
        if (w.reden() == Wijzigingsreden.SCHAKELEN) {
            schakelen(huidige, w, dossier, nieuw, fouten);
            onderdeelRegels = onderdelenVanNieuweRoute(huidige, nieuw);
        } else if (w.reden() == Wijzigingsreden.AFSCHALEN) {
            afschalen(huidige, w, nieuw, fouten);
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
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
        if (pip.status() != PipStatus.VASTGESTELD && pip.status() != PipStatus.CONCEPT) {
            throw new ConflictException(berichten.getMessage("fout.pip.intrekken"), null);
        }
        if (tekst(reden) == null) {
            throw new InvalidInputException("reden", berichten.getMessage("fout.pip.intrekReden"), "P-3");
        }
        if (reden.length() > MAX_TEKST) {
            throw new InvalidInputException(
                    "reden", berichten.getMessage("fout.tekst.lang", new Object[] {MAX_TEKST}), null);
        }
        boolean wasVastgesteld = pip.status() == PipStatus.VASTGESTELD;
        pip.trekIn(tekst(reden), Instant.now(clock));
        pip = repository.save(pip);
        events.publishEvent(new PipJournaalregel(
                pip.inburgeraarId(),
                berichten.getMessage("journaal.pip.ingetrokken", new Object[] {pip.versienummer(), tekst(reden)})));
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

    /** The beschikking of a vastgestelde (or later replaced/withdrawn) version as PDF; audited as an export. */
    @Transactional
    @MagDossierInzien
    public byte[] beschikking(UUID pipId) {
        Pip pip = vind(pipId, Recht.DOSSIER_INZIEN);
        if (pip.dagtekeningPip() == null) {
            throw new ConflictException(berichten.getMessage("fout.pip.geenBeschikking"), null);
        }
        Dossierfeiten dossier = dossier(pip.inburgeraarId(), Recht.DOSSIER_INZIEN);
        String consulent = dossier.consulent() == null
                ? "–"
                : gebruikers
                        .vind(dossier.consulent())
                        .map(nl.inburgeringsregie.gebruikers.Gebruiker::naam)
                        .orElse(dossier.consulent());
        auditLog.registreer(
                AuditActie.GEEXPORTEERD,
                new AuditLog.Betrokkene(pip.inburgeraarId(), pip.gemeentecode()),
                "beschikking PIP versie " + pip.versienummer());
        return beschikking.pdf(pip, dossier, consulent);
    }

    private void schakelen(Pip huidige, Wijziging w, Dossierfeiten dossier, Pip nieuw, List<Violation> fouten) {
        if (w.leerroute() == null || w.leerroute() == huidige.leerroute()) {
            fout(fouten, "leerroute", "T-6", "fout.pip.schakelenRoute");
            return;
        }
        boolean altijd = huidige.leerroute() == Leerroute.O && w.leerroute() == Leerroute.B;
        Termijn venster = termijnen.termijn(dossier, TermijnSoort.SCHAKELEN).orElse(null);
        LocalDate vandaag = LocalDate.now(clock);
        if (!altijd
                && (venster == null
                        || venster.uiterlijkeDatum() == null
                        || vandaag.isAfter(venster.uiterlijkeDatum()))) {
            fouten.add(new Violation(
                    "leerroute",
                    berichten.getMessage("fout.pip.schakelenVenster", new Object[] {
                        venster == null || venster.uiterlijkeDatum() == null
                                ? "–"
                                : venster.uiterlijkeDatum()
                                        .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                    }),
                    "T-6"));
            return;
        }
        nieuw.zetInhoud(
                w.leerroute(),
                w.leerroute() == Leerroute.Z ? null : Niveau.B1,
                nieuw.indicatorAlfabetiseringsonderwijs(),
                w.leerroute() == Leerroute.B && dossier.doelgroep() == Doelgroep.ASIELSTATUSHOUDER
                        ? nieuw.geschatteIntensiteitB1Route()
                        : null,
                nieuw.indicatorMagOpleidingAfmaken(),
                nieuw.zienswijze(),
                nieuw.oneens(),
                nieuw.standpuntGemeente(),
                nieuw.afspraken().stream()
                        .filter(a -> !(w.leerroute() == Leerroute.O && a.onderdeel() == Onderdeel.MAP))
                        .toList());
    }

    private void afschalen(Pip huidige, Wijziging w, Pip nieuw, List<Violation> fouten) {
        if (huidige.leerroute() != Leerroute.B) {
            fout(fouten, "reden", "T-7", "fout.pip.afschalenRoute");
            return;
        }
        if (w.afschalenOnderdelen() == null || w.afschalenOnderdelen().isEmpty()) {
            fout(fouten, "afschalenOnderdelen", "T-7", "fout.pip.afschalenOnderdelen");
        }
        if (w.lesuren() == null || w.lesuren() < AFSCHALEN_MINIMUM_LESUREN) {
            fouten.add(new Violation(
                    "lesuren",
                    berichten.getMessage("fout.pip.afschalenUren", new Object[] {AFSCHALEN_MINIMUM_LESUREN}),
                    "T-7"));
        }
        if (tekst(w.lesurenBron()) == null) {
            fout(fouten, "lesurenBron", "T-7", "fout.pip.afschalenBron");
        }
        nieuw.zetAfschalen(w.afschalenOnderdelen(), w.lesuren(), tekst(w.lesurenBron()));
        nieuw.zetInhoud(
                Leerroute.B,
                Niveau.A2,
                nieuw.indicatorAlfabetiseringsonderwijs(),
                nieuw.geschatteIntensiteitB1Route(),
                nieuw.indicatorMagOpleidingAfmaken(),
                nieuw.zienswijze(),
                nieuw.oneens(),
                nieuw.standpuntGemeente(),
                nieuw.afspraken());
    }

    /** P-2 and the agreements' own fields. */
    private void controleerInhoud(Inhoud i, Dossierfeiten dossier, Pip pip, List<Violation> fouten) {
        boolean eerste = pip.versienummer() == 1;
        if (i.leerroute() == Leerroute.O && i.niveau() == Niveau.A2) {
            fout(fouten, "niveau", "R-2", "fout.pip.a2Onderwijsroute");
        }
        if (i.leerroute() == Leerroute.Z && i.niveau() == Niveau.B1) {
            fout(fouten, "niveau", "R-2", "fout.pip.b1Zroute");
        }
        if (i.leerroute() == Leerroute.B && i.niveau() == Niveau.A2 && eerste) {
            fout(fouten, "niveau", "R-2", "fout.pip.a2Eerste");
        }
        if (i.leerroute() == Leerroute.B
                && i.niveau() == Niveau.A2
                && !eerste
                && pip.afschalenOnderdelen().isEmpty()) {
            fout(fouten, "niveau", "T-7", "fout.pip.a2ZonderAfschalen");
        }
        if (i.leerroute() != null && i.leerroute() != Leerroute.Z && i.niveau() == null) {
            fout(fouten, "niveau", "R-1", "fout.pip.niveau");
        }
        Integer uren = i.geschatteIntensiteitB1Route();
        if (uren != null && (i.leerroute() != Leerroute.B || dossier.doelgroep() != Doelgroep.ASIELSTATUSHOUDER)) {
            fout(fouten, "geschatteIntensiteitB1Route", "R-2", "fout.pip.urenAlleenB1");
        } else if (uren != null && (uren < 1 || uren > 9999)) {
            fout(fouten, "geschatteIntensiteitB1Route", "R-2", "fout.pip.uren");
        }
        if (Boolean.TRUE.equals(i.oneens()) && tekst(i.standpuntGemeente()) == null) {
            fout(fouten, "standpuntGemeente", "P-2", "fout.pip.standpunt");
        }
        for (String t : new String[] {i.zienswijze(), i.standpuntGemeente(), i.motiveringLeerroute()}) {
            if (t != null && t.length() > MAX_TEKST) {
                fouten.add(new Violation(
                        "tekst", berichten.getMessage("fout.tekst.lang", new Object[] {MAX_TEKST}), null));
            }
        }
        List<Pip.Afspraak> afspraken = i.afspraken() == null ? List.of() : i.afspraken();
        if (afspraken.size() > MAX_AFSPRAKEN) {
            // h5 (issue 14 point 7): a documented maximum for the list, API and form alike.
            fouten.add(new Violation(
                    "afspraken", berichten.getMessage("fout.lijst.lang", new Object[] {MAX_AFSPRAKEN}), null));
            afspraken = afspraken.subList(0, MAX_AFSPRAKEN);
        }
        for (int n = 0; n < afspraken.size(); n++) {
            Pip.Afspraak a = afspraken.get(n);
            String veld = "afspraken[" + n + "]";
            if (a.onderdeel() == null || a.eigenaar() == null) {
                fout(fouten, veld, "P-1", "fout.pip.afspraakKeuzes");
                continue;
            }
            if (tekst(a.omschrijving()) == null) {
                fout(fouten, veld + ".omschrijving", "P-1", "fout.pip.afspraakOmschrijving");
            } else if (a.omschrijving().length() > MAX_TEKST) {
                fouten.add(new Violation(
                        veld + ".omschrijving",
                        berichten.getMessage("fout.tekst.lang", new Object[] {MAX_TEKST}),
                        null));
            }
            if (a.uiterlijk() == null && tekst(a.frequentie()) == null) {
                fout(fouten, veld + ".uiterlijk", "P-1", "fout.pip.afspraakWanneer");
            }
            if (a.onderdeel() == Onderdeel.PVT && (a.uren() == null || a.uren() < PVT_MINIMUM_UREN)) {
                fouten.add(new Violation(
                        veld + ".uren",
                        berichten.getMessage("fout.pip.pvtUren", new Object[] {PVT_MINIMUM_UREN}),
                        "R-7"));
            }
            if (a.onderdeel() == Onderdeel.MAP && i.leerroute() == Leerroute.O) {
                fout(fouten, veld + ".onderdeel", "R-6", "fout.pip.mapOnderwijsroute");
            }
            if (a.handhaafbaar() && !a.onderdeel().inburgering()) {
                fout(fouten, veld + ".handhaafbaar", "H-3", "fout.pip.handhaafbaar");
            }
            if (a.uren() != null && (a.uren() < 0 || a.uren() > 9999)) {
                fout(fouten, veld + ".uren", null, "fout.pip.afspraakUren");
            }
        }
    }

    /**
     * P-1, R-4 to R-8 (Wi2021 art. 15): the onderdelen the PIP of its route must hold before it can be vastgesteld, one
     * violation per missing onderdeel with its rule. B1-route: leerroute, KNM, PVT, MAP; onderwijsroute: leerroute
     * (the taalschakeltraject), KNM, PVT and no MAP (refused in {@link #controleerInhoud}); Z-route: leerroute and KNM
     * with 800 course hours together, for an asielstatushouder 800 participation hours, KNM, PVT, MAP. PVT's 12 hours
     * are checked per agreement in {@link #controleerInhoud}.
     */
    private void controleerOnderdelen(Pip pip, Dossierfeiten dossier, List<Violation> fouten) {
        Leerroute route = pip.leerroute();
        if (route == null) {
            return;
        }
        java.util.Set<Onderdeel> aanwezig = java.util.EnumSet.noneOf(Onderdeel.class);
        pip.afspraken().forEach(a -> aanwezig.add(a.onderdeel()));
        String leerrouteRegel = switch (route) {
            case B -> "R-4";
            case O -> "R-6";
            case Z -> "R-5";
        };
        if (!aanwezig.contains(Onderdeel.LEERROUTE)) {
            ontbreekt(fouten, Onderdeel.LEERROUTE, leerrouteRegel, "fout.pip.ontbreekt.leerroute." + route.name());
        }
        if (!aanwezig.contains(Onderdeel.KNM)) {
            ontbreekt(fouten, Onderdeel.KNM, route == Leerroute.O ? "P-1" : leerrouteRegel, "fout.pip.ontbreekt.knm");
        }
        if (!aanwezig.contains(Onderdeel.PVT)) {
            ontbreekt(fouten, Onderdeel.PVT, "R-7", "fout.pip.ontbreekt.pvt");
        }
        if (route != Leerroute.O && !aanwezig.contains(Onderdeel.MAP)) {
            ontbreekt(fouten, Onderdeel.MAP, "R-8", "fout.pip.ontbreekt.map");
        }
        if (route == Leerroute.Z) {
            int lesuren = uren(pip, Onderdeel.LEERROUTE) + uren(pip, Onderdeel.KNM);
            if (aanwezig.contains(Onderdeel.LEERROUTE) && lesuren < Z_LESUREN) {
                fouten.add(new Violation(
                        "afspraken.LEERROUTE.uren",
                        berichten.getMessage("fout.pip.ontbreekt.zLesuren", new Object[] {Z_LESUREN, lesuren}),
                        "R-5"));
            }
            int participatie = uren(pip, Onderdeel.PARTICIPATIE);
            if (dossier.doelgroep() == Doelgroep.ASIELSTATUSHOUDER && participatie < Z_PARTICIPATIEUREN) {
                fouten.add(new Violation(
                        "afspraken.PARTICIPATIE",
                        berichten.getMessage(
                                "fout.pip.ontbreekt.zParticipatie", new Object[] {Z_PARTICIPATIEUREN, participatie}),
                        "R-5"));
            }
        }
    }

    private void ontbreekt(List<Violation> fouten, Onderdeel onderdeel, String regel, String sleutel) {
        fouten.add(new Violation(
                "afspraken." + onderdeel.name(), berichten.getMessage(sleutel, new Object[] {regel}), regel));
    }

    private static int uren(Pip pip, Onderdeel onderdeel) {
        return pip.afspraken().stream()
                .filter(a -> a.onderdeel() == onderdeel && a.uren() != null && a.uren() > 0)
                .mapToInt(Pip.Afspraak::uren)
                .sum();
    }

    /**
     * a leerroute that departs from the intake's routebesluit, or contradicts the leerbaarheidstoets (Z-route with
     * "B1-route haalbaar"; B1-route or onderwijsroute with "B1-route niet haalbaar"), needs its reason on this version.
     */
    private void controleerMotivering(Pip pip, List<Violation> fouten) {
        if (pip.leerroute() == null || pip.motiveringLeerroute() != null) {
            return;
        }
        intake.routebesluit(pip.inburgeraarId())
                .map(Intake.Routebesluit::leerroute)
                .filter(besluit -> besluit != pip.leerroute())
                .ifPresent(besluit -> fouten.add(new Violation(
                        "motiveringLeerroute",
                        berichten.getMessage(
                                "fout.pip.motivering.routebesluit",
                                new Object[] {berichten.getMessage("intake.leerroute." + besluit.name())}),
                        "R-3")));
        LbtResultaat lbt = intake.lbtResultaat(pip.inburgeraarId()).orElse(null);
        boolean tegen = (lbt == LbtResultaat.B1_ROUTE_HAALBAAR && pip.leerroute() == Leerroute.Z)
                || (lbt == LbtResultaat.B1_ROUTE_NIET_HAALBAAR && pip.leerroute() != Leerroute.Z);
        if (tegen) {
            fouten.add(new Violation(
                    "motiveringLeerroute",
                    berichten.getMessage("fout.pip.motivering.lbt", new Object[] {lbt.duo()}),
                    "R-3"));
        }
    }

    /**
     * T-6 at vaststellen: a version whose leerroute differs from the vastgestelde one it replaces is a switch; its
     * dagtekening must fall inside the schakel window, but for onderwijsroute → B1-route (any time).
     */
    private void controleerSchakelvenster(
            Pip pip, Pip huidige, LocalDate dagtekening, Dossierfeiten dossier, List<Violation> fouten) {
        if (dagtekening == null
                || huidige == null
                || huidige.status() != PipStatus.VASTGESTELD
                || huidige.leerroute() == null
                || pip.leerroute() == null
                || pip.leerroute() == huidige.leerroute()
                || (huidige.leerroute() == Leerroute.O && pip.leerroute() == Leerroute.B)) {
            return;
        }
        LocalDate laatsteDag = termijnen
                .termijn(dossier, TermijnSoort.SCHAKELEN)
                .map(Termijn::uiterlijkeDatum)
                .orElse(null);
        if (laatsteDag == null || dagtekening.isAfter(laatsteDag)) {
            fouten.add(new Violation(
                    "leerroute",
                    berichten.getMessage("fout.pip.schakelenVensterVaststellen", new Object[] {
                        laatsteDag == null
                                ? "–"
                                : laatsteDag.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                        dagtekening.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                    }),
                    "T-6"));
        }
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
        List<Pip.Afspraak> afspraken = new ArrayList<>();
        for (Pip.Afspraak a : nieuw.afspraken()) {
            if (a.onderdeel() == Onderdeel.LEERROUTE
                    && a.omschrijving() != null
                    && a.omschrijving().equals(oudeTekst)) {
                afspraken.add(new Pip.Afspraak(
                        a.onderdeel(),
                        a.eigenaar(),
                        berichten.getMessage(
                                "pip.standaard.leerroute." + nieuw.leerroute().name()),
                        a.uiterlijk(),
                        a.frequentie(),
                        a.uren(),
                        a.aanbieder(),
                        a.handhaafbaar()));
            } else {
                afspraken.add(a);
            }
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
        nieuw.zetInhoud(
                nieuw.leerroute(),
                nieuw.niveau(),
                nieuw.indicatorAlfabetiseringsonderwijs(),
                nieuw.geschatteIntensiteitB1Route(),
                nieuw.indicatorMagOpleidingAfmaken(),
                nieuw.zienswijze(),
                nieuw.oneens(),
                nieuw.standpuntGemeente(),
                afspraken);
        // the justification of the switch is the reason for the new route, recorded on the new version itself.
        nieuw.zetMotiveringLeerroute(nieuw.wijzigingstoelichting());
        return regels;
    }

    private Pip.Afspraak standaardMap() {
        return new Pip.Afspraak(
                Onderdeel.MAP,
                Eigenaar.INBURGERAAR,
                berichten.getMessage("pip.standaard.map"),
                null,
                berichten.getMessage("pip.standaard.eenmalig"),
                null,
                null,
                true);
    }

    /** P-4: not before the duty, not before settling in the gemeente, not before the current PIP's; not in the future. */
    private void controleerDagtekening(LocalDate dagtekening, Dossierfeiten d, Pip huidige, List<Violation> fouten) {
        if (dagtekening == null) {
            fout(fouten, "dagtekeningPip", "P-4", "fout.pip.dagtekening");
            return;
        }
        if (dagtekening.isAfter(LocalDate.now(clock))) {
            fout(fouten, "dagtekeningPip", "P-4", "fout.pip.dagtekeningToekomst");
        }
        if (d.datumKennisgeving() != null && dagtekening.isBefore(d.datumKennisgeving())) {
            fout(fouten, "dagtekeningPip", "P-4", "fout.pip.dagtekeningVoorPlicht");
        }
        LocalDate gevestigd =
                d.doelgroep() == Doelgroep.ASIELSTATUSHOUDER ? d.datumHuisvesting() : d.datumInschrijvingBrp();
        if (gevestigd != null && dagtekening.isBefore(gevestigd)) {
            fout(fouten, "dagtekeningPip", "P-4", "fout.pip.dagtekeningVoorVestiging");
        }
        LocalDate eerdere = d.mijlpalen().dagtekeningPip();
        LocalDate vorige = huidige == null ? null : huidige.dagtekeningPip();
        if ((eerdere != null && dagtekening.isBefore(eerdere)) || (vorige != null && dagtekening.isBefore(vorige))) {
            fout(fouten, "dagtekeningPip", "P-4", "fout.pip.dagtekeningVoorVorige");
        }
    }

    private List<Pip.Afspraak> standaardAfspraken(Leerroute route, Dossierfeiten dossier) {
        List<Pip.Afspraak> afspraken = new ArrayList<>();
        if (route != null) {
            afspraken.add(new Pip.Afspraak(
                    Onderdeel.LEERROUTE,
                    Eigenaar.INBURGERAAR,
                    berichten.getMessage("pip.standaard.leerroute." + route.name()),
                    null,
                    berichten.getMessage("pip.standaard.wekelijks"),
                    null,
                    null,
                    true));
        }
        afspraken.add(new Pip.Afspraak(
                Onderdeel.KNM,
                Eigenaar.INBURGERAAR,
                berichten.getMessage("pip.standaard.knm"),
                null,
                berichten.getMessage("pip.standaard.eenmalig"),
                null,
                null,
                true));
        afspraken.add(new Pip.Afspraak(
                Onderdeel.PVT,
                Eigenaar.INBURGERAAR,
                berichten.getMessage("pip.standaard.pvt"),
                null,
                berichten.getMessage("pip.standaard.eenmalig"),
                PVT_MINIMUM_UREN,
                null,
                true));
        if (route != Leerroute.O) {
            afspraken.add(standaardMap());
        }
        if (dossier.doelgroep() == Doelgroep.ASIELSTATUSHOUDER) {
            afspraken.add(new Pip.Afspraak(
                    Onderdeel.MAATSCHAPPELIJKE_BEGELEIDING,
                    Eigenaar.PARTNER,
                    berichten.getMessage("pip.standaard.begeleiding"),
                    null,
                    berichten.getMessage("pip.standaard.wekelijks"),
                    null,
                    null,
                    false));
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

    private void concept(Pip pip) {
        if (pip.status() != PipStatus.CONCEPT) {
            throw new ConflictException(berichten.getMessage("fout.pip.geenConcept"), null);
        }
    }

    /** The dossier's facts, when the access decision lets the user do the action to its person (ADR 0028). */
    private Dossierfeiten dossier(UUID id, Recht handeling) {
        toegang.eis(handeling, id);
        return dossiers.van(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }

    private void fout(List<Violation> fouten, String veld, String regel, String sleutel) {
        fouten.add(new Violation(veld, berichten.getMessage(sleutel), regel));
    }

    private static String tekst(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
