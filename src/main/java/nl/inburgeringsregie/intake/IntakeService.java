package nl.inburgeringsregie.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.intake.Intake.LeefgebiedVerslag;
import nl.inburgeringsregie.intake.Keuzes.LbtResultaat;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and saving the brede intake of a dossier of the user's gemeenten. Health (I-5) is shown to and
 * changed by only the consultant working on the dossier, each view audited; a draft can be saved at any moment;
 * finishing checks what the law requires and moves the dossier on.
 */
@Service
public class IntakeService {

    /** An intake as a user may see it, with the advice computed now. */
    public record Weergave(
            Dossierfeiten dossier, String naam, Intake intake, boolean bijzonderZichtbaar, Routeadvies.Advies advies) {}

    /**
     * What a save brings, on the screen and in the API (the request body of {@code PUT …/intake}); the health
     * leefgebieden are ignored unless the user works on the dossier. Built by name: {@link #concept} and a
     * {@code with…} per part; what a part leaves out (null) is saved empty, as the API has always done.
     */
    @Schema(
            name = "IntakeWijziging",
            description = "Een concept bewaren (afronden: false) of de intake afronden (afronden: true)")
    public record Wijziging(
            Integer versie,
            List<LeefgebiedVerslag> leefgebieden,
            Intake.Taalniveau taalniveau,
            Keuzes.Alfabetisering alfabetisering,
            Keuzes.Vooropleiding vooropleiding,
            Boolean wilStuderen,
            Intake.Checklist checklist,
            List<Intake.Afspraak> afspraken,
            Besluit routebesluit,
            Boolean afronden) {

        /** A draft save of the version the user saw (null: none known); nothing entered yet. */
        static Wijziging concept(Integer versie) {
            return new Wijziging(versie, null, null, null, null, null, null, null, null, false);
        }

        boolean rondAf() {
            return Boolean.TRUE.equals(afronden);
        }

        Wijziging withLeefgebieden(List<LeefgebiedVerslag> leefgebieden) {
            return kopie(k -> k.leefgebieden = leefgebieden);
        }

        Wijziging withTaalniveau(Intake.Taalniveau taalniveau) {
            return kopie(k -> k.taalniveau = taalniveau);
        }

        Wijziging withAlfabetisering(Keuzes.Alfabetisering alfabetisering) {
            return kopie(k -> k.alfabetisering = alfabetisering);
        }

        Wijziging withVooropleiding(Keuzes.Vooropleiding vooropleiding) {
            return kopie(k -> k.vooropleiding = vooropleiding);
        }

        Wijziging withWilStuderen(Boolean wilStuderen) {
            return kopie(k -> k.wilStuderen = wilStuderen);
        }

        Wijziging withChecklist(Intake.Checklist checklist) {
            return kopie(k -> k.checklist = checklist);
        }

        Wijziging withAfspraken(List<Intake.Afspraak> afspraken) {
            return kopie(k -> k.afspraken = afspraken);
        }

        Wijziging withRoutebesluit(Besluit routebesluit) {
            return kopie(k -> k.routebesluit = routebesluit);
        }

        /** The same change, finishing the intake (I-1 to I-3, R-3 are checked) or not. */
        Wijziging withAfronden(boolean afronden) {
            return kopie(k -> k.afronden = afronden);
        }

        private Wijziging kopie(Consumer<Kopie> wijziging) {
            Kopie k = new Kopie(this);
            wijziging.accept(k);
            return new Wijziging(
                    versie,
                    k.leefgebieden,
                    k.taalniveau,
                    k.alfabetisering,
                    k.vooropleiding,
                    k.wilStuderen,
                    k.checklist,
                    k.afspraken,
                    k.routebesluit,
                    k.afronden);
        }

        private static final class Kopie {
            private List<LeefgebiedVerslag> leefgebieden;
            private Intake.Taalniveau taalniveau;
            private Keuzes.Alfabetisering alfabetisering;
            private Keuzes.Vooropleiding vooropleiding;
            private Boolean wilStuderen;
            private Intake.Checklist checklist;
            private List<Intake.Afspraak> afspraken;
            private Besluit routebesluit;
            private Boolean afronden;

            private Kopie(Wijziging w) {
                leefgebieden = w.leefgebieden;
                taalniveau = w.taalniveau;
                alfabetisering = w.alfabetisering;
                vooropleiding = w.vooropleiding;
                wilStuderen = w.wilStuderen;
                checklist = w.checklist;
                afspraken = w.afspraken;
                routebesluit = w.routebesluit;
                afronden = w.afronden;
            }
        }
    }

    /** The consultant's route decision as entered. */
    public record Besluit(
            Leerroute leerroute,
            Alfabetiseringsindicator indicatorAlfabetiseringsonderwijs,
            Integer geschatteIntensiteitB1Route,
            String reden) {}

    private final IntakeRepository repository;
    private final DossierfeitenLezer dossiers;
    private final ApplicationEventPublisher events;
    private final Gebruikers gebruikers;
    private final Toegang toegang;
    private final AuditLog auditLog;
    private final MessageSourceAccessor berichten;
    private final Routeadvies routeadvies;
    private final VveInstellingen vve;
    private final Kinderen kinderen;
    private final Clock clock;

    IntakeService(
            IntakeRepository repository,
            DossierfeitenLezer dossiers,
            ApplicationEventPublisher events,
            Gebruikers gebruikers,
            Toegang toegang,
            AuditLog auditLog,
            MessageSourceAccessor berichten,
            IntakeInstellingen instellingen,
            VveInstellingen vve,
            Kinderen kinderen,
            Clock clock) {
        this.repository = repository;
        this.dossiers = dossiers;
        this.events = events;
        this.gebruikers = gebruikers;
        this.toegang = toegang;
        this.auditLog = auditLog;
        this.berichten = berichten;
        this.routeadvies = new Routeadvies(instellingen);
        this.vve = vve;
        this.kinderen = kinderen;
        this.clock = clock;
    }

    @Transactional
    @MagDossierInzien
    Weergave lees(UUID id) {
        Dossierfeiten dossier = dossier(id, Recht.DOSSIER_INZIEN);
        Intake intake =
                repository.findById(id).orElseGet(() -> Intake.nieuw(id, dossier.gemeentecode(), Instant.now(clock)));
        boolean bijzonder = werktAan(dossier);
        AuditLog.Betrokkene betrokkene = new AuditLog.Betrokkene(id, dossier.gemeentecode());
        auditLog.registreer(AuditActie.DOSSIER_BEKEKEN, betrokkene, "intake");
        if (bijzonder
                && intake.leefgebieden().stream().anyMatch(v -> v.leefgebied().bijzonder())) {
            auditLog.registreer(AuditActie.BIJZONDERE_GEGEVENS_BEKEKEN, betrokkene, "gezondheid (I-5)");
        }
        return new Weergave(dossier, naam(id), intake, bijzonder, advies(dossier, intake));
    }

    @Transactional
    @MagDossierWijzigen
    Weergave bewaar(UUID id, Wijziging w) {
        Dossierfeiten dossier = dossier(id, Recht.DOSSIER_WIJZIGEN);
        Intake intake = bestaandOfNieuw(dossier);
        eis(intake, w.rondAf() ? IntakeActie.AFRONDEN : IntakeActie.BEWAREN);
        intake.verwachtVersie(w.versie());
        boolean bijzonder = werktAan(dossier);
        List<Violation> fouten = new ArrayList<>();
        pasToe(dossier, intake, w, bijzonder, fouten);
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        Instant nu = Instant.now(clock);
        intake.gewijzigd(nu);
        LocalDate vandaag = LocalDate.now(clock);
        if (w.rondAf()) {
            intake.rondAf(vandaag);
        }
        intake = repository.save(intake);
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(id, dossier.gemeentecode()),
                w.rondAf() ? "intake afgerond" : "intake");
        if (w.rondAf()) {
            events.publishEvent(new BredeIntakeAfgerond(id, vandaag));
        }
        return new Weergave(dossier, naam(id), intake, bijzonder, advies(dossier, intake));
    }

    /**
     * Issue 21 (h1), point 5: the intake as the user submitted it, when the save was refused: the typed values applied
     * to the stored intake in memory (never saved), so the page shows them again with the errors and nothing typed is
     * lost. Audited as a view, like {@link #lees}.
     */
    @Transactional
    @MagDossierInzien
    Weergave metInvoer(UUID id, Wijziging w) {
        Weergave opgeslagen = lees(id);
        Intake intake = opgeslagen.intake();
        if (!intake.mag(IntakeActie.BEWAREN)) {
            return opgeslagen;
        }
        pasToe(opgeslagen.dossier(), intake, w, opgeslagen.bijzonderZichtbaar(), new ArrayList<>());
        return new Weergave(
                opgeslagen.dossier(),
                opgeslagen.naam(),
                intake,
                opgeslagen.bijzonderZichtbaar(),
                advies(opgeslagen.dossier(), intake));
    }

    /** Applies a change to the intake object (not saved) and collects what the rules ({@link IntakeRegels}) refuse. */
    private void pasToe(Dossierfeiten dossier, Intake intake, Wijziging w, boolean bijzonder, List<Violation> fouten) {
        IntakeRegels.Verslagen verslagen =
                IntakeRegels.verslagen(dossier.doelgroep(), intake.leefgebieden(), w.leefgebieden(), bijzonder);
        fouten.addAll(verslagen.fouten());
        fouten.addAll(IntakeRegels.afspraken(w.afspraken()));
        intake.zetVerslagen(verslagen.verslagen());
        intake.zetGesprek(w.taalniveau(), w.alfabetisering(), w.vooropleiding(), w.wilStuderen(), w.checklist());
        intake.zetAfspraken(w.afspraken());
        if (w.routebesluit() != null && w.routebesluit().leerroute() != null) {
            Intake.Routebesluit besluit = besluit(advies(dossier, intake), w.routebesluit());
            fouten.addAll(IntakeRegels.besluit(dossier.doelgroep(), besluit));
            intake.besluit(besluit);
        } else if (w.routebesluit() != null) {
            intake.besluit(Intake.Routebesluit.LEEG);
        }
        if (w.rondAf()) {
            // I-2: VVE age by the gemeente's limits (ADR 0039).
            fouten.addAll(IntakeRegels.afronding(
                    dossier.doelgroep(),
                    intake,
                    dossiers.kinderen(dossier.id()),
                    LocalDate.now(clock),
                    vve.grenzen(dossier.gemeentecode()),
                    kinderen.checklist(dossier.id(), intake.checklist())));
        }
    }

    /** Records the leerbaarheidstoets (I-3): a result with DUO's scores and date, or the municipality's exemption. */
    @Transactional
    @MagDossierWijzigen
    Weergave leerbaarheidstoets(UUID id, Intake.Leerbaarheidstoets lbt) {
        Dossierfeiten dossier = dossier(id, Recht.DOSSIER_WIJZIGEN);
        Intake intake = bestaandOfNieuw(dossier);
        eis(intake, IntakeActie.LEERBAARHEIDSTOETS_VASTLEGGEN);
        List<Violation> fouten = IntakeRegels.leerbaarheidstoets(lbt, LocalDate.now(clock));
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        intake.zetLbt(lbt);
        intake.gewijzigd(Instant.now(clock));
        intake = repository.save(intake);
        auditLog.registreer(
                AuditActie.GEWIJZIGD, new AuditLog.Betrokkene(id, dossier.gemeentecode()), "leerbaarheidstoets");
        return new Weergave(dossier, naam(id), intake, werktAan(dossier), advies(dossier, intake));
    }

    /** The route decision of a finished or draft intake, for drafting the PIP (module pip); empty without one. */
    @Transactional(readOnly = true)
    @MagDossierWijzigen
    public Optional<Intake.Routebesluit> routebesluit(UUID id) {
        dossier(id, Recht.DOSSIER_WIJZIGEN);
        return repository.findById(id).map(Intake::routebesluit).filter(b -> b.leerroute() != null);
    }

    /** The leerbaarheidstoets's result, for the PIP's check of its leerroute (R-3, issue 12); empty without one. */
    @Transactional(readOnly = true)
    @MagDossierWijzigen
    public Optional<LbtResultaat> lbtResultaat(UUID id) {
        dossier(id, Recht.DOSSIER_WIJZIGEN);
        return repository.findById(id).map(i -> i.lbt().resultaat());
    }

    private Routeadvies.Advies advies(Dossierfeiten dossier, Intake intake) {
        return routeadvies.adviseer(
                new Routeadvies.Gegevens(
                        dossier.doelgroep(),
                        dossier.geboortedatum(),
                        intake.lbt(),
                        intake.wilStuderen(),
                        intake.vooropleiding(),
                        intake.alfabetisering()),
                LocalDate.now(clock));
    }

    /** The decision as entered, beside the advice it was made on; no alfabetisering choice means the advice's. */
    private Intake.Routebesluit besluit(Routeadvies.Advies advies, Besluit b) {
        return Intake.Routebesluit.opAdvies(
                        advies.leerroute(),
                        advies.indicatorAlfabetiseringsonderwijs(),
                        advies.geschatteIntensiteitB1Route())
                .withLeerroute(b.leerroute())
                .withIndicator(
                        b.indicatorAlfabetiseringsonderwijs() != null
                                ? b.indicatorAlfabetiseringsonderwijs()
                                : advies.indicatorAlfabetiseringsonderwijs())
                .withUren(b.geschatteIntensiteitB1Route())
                .withReden(IntakeRegels.tekst(b.reden()))
                .withDatum(LocalDate.now(clock));
    }

    /** Asks the aggregate whether its state allows the action; a refusal reads as the user's 409. */
    private void eis(Intake intake, IntakeActie actie) {
        if (!intake.mag(actie)) {
            throw new ConflictException(berichten.getMessage("fout.intake.afgerond"), null);
        }
    }

    /** The dossier's facts, when the access decision lets the user do the action to its person (ADR 0028). */
    private Dossierfeiten dossier(UUID id, Recht handeling) {
        toegang.eis(handeling, id);
        return dossiers.van(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }

    /** The person's name for the page's heading (read apart from the dossier's facts, issue 13 point 5). */
    private String naam(UUID id) {
        return dossiers.namen(List.of(id)).getOrDefault(id, "");
    }

    private Intake bestaandOfNieuw(Dossierfeiten dossier) {
        return repository
                .findById(dossier.id())
                .orElseGet(() -> Intake.nieuw(dossier.id(), dossier.gemeentecode(), Instant.now(clock)));
    }

    /** Working on the dossier (I-5): its assigned consultant. */
    private boolean werktAan(Dossierfeiten dossier) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        return gebruiker.gebruikersnaam().equals(dossier.consulent());
    }
}
