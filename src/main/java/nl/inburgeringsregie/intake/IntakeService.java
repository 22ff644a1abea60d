package nl.inburgeringsregie.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.inburgeraar.InburgeraarService;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.intake.Intake.LeefgebiedVerslag;
import nl.inburgeringsregie.intake.Keuzes.IntakeStatus;
import nl.inburgeringsregie.intake.Keuzes.LbtResultaat;
import nl.inburgeringsregie.intake.Keuzes.Leerroute;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and saving the brede intake of a dossier of the user's gemeenten. Health (I-5) is shown to and
 * changed by only the consultant working on the dossier, each view audited; a draft can be saved at any moment;
 * finishing checks what the law requires and moves the dossier on.
 */
@Service
public class IntakeService {

    static final int MAX_TEKST = 4000;

    /** An intake as a user may see it, with the advice computed now. */
    public record Weergave(
            Dossierfeiten dossier, Intake intake, boolean bijzonderZichtbaar, Routeadvies.Advies advies) {}

    /** What a save brings; the health leefgebieden are ignored unless the user works on the dossier. */
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
            boolean afronden) {}

    /** The consultant's route decision as entered. */
    public record Besluit(
            Leerroute leerroute,
            Keuzes.Alfabetiseringsindicator indicatorAlfabetiseringsonderwijs,
            Integer geschatteIntensiteitB1Route,
            String reden) {}

    private final IntakeRepository repository;
    private final DossierfeitenLezer dossiers;
    private final InburgeraarService inburgeraars;
    private final Gebruikers gebruikers;
    private final AuditLog auditLog;
    private final MessageSourceAccessor berichten;
    private final Routeadvies routeadvies;
    private final Clock clock;

    IntakeService(
            IntakeRepository repository,
            DossierfeitenLezer dossiers,
            InburgeraarService inburgeraars,
            Gebruikers gebruikers,
            AuditLog auditLog,
            MessageSourceAccessor berichten,
            IntakeInstellingen instellingen,
            Clock clock) {
        this.repository = repository;
        this.dossiers = dossiers;
        this.inburgeraars = inburgeraars;
        this.gebruikers = gebruikers;
        this.auditLog = auditLog;
        this.berichten = berichten;
        this.routeadvies = new Routeadvies(instellingen, berichten);
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('RECHT_DOSSIER_INZIEN')")
    Weergave lees(UUID id) {
        Dossierfeiten dossier = dossier(id);
        Intake intake =
                repository.findById(id).orElseGet(() -> Intake.nieuw(id, dossier.gemeentecode(), Instant.now(clock)));
        boolean bijzonder = werktAan(dossier);
        AuditLog.Betrokkene betrokkene = new AuditLog.Betrokkene(id, dossier.gemeentecode());
        auditLog.registreer(AuditActie.DOSSIER_BEKEKEN, betrokkene, "intake");
        if (bijzonder
                && intake.leefgebieden().stream().anyMatch(v -> v.leefgebied().bijzonder())) {
            auditLog.registreer(AuditActie.BIJZONDERE_GEGEVENS_BEKEKEN, betrokkene, "gezondheid (I-5)");
        }
        return new Weergave(dossier, intake, bijzonder, advies(dossier, intake));
    }

    @Transactional
    @PreAuthorize("hasAuthority('RECHT_DOSSIER_WIJZIGEN')")
    Weergave bewaar(UUID id, Wijziging w) {
        Dossierfeiten dossier = dossier(id);
        Intake intake = bestaandOfNieuw(dossier);
        if (intake.status() == IntakeStatus.AFGEROND) {
            throw new ConflictException(berichten.getMessage("fout.intake.afgerond"), null);
        }
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
        if (w.afronden()) {
            intake.rondAf(vandaag);
        }
        intake = repository.save(intake);
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(id, dossier.gemeentecode()),
                w.afronden() ? "intake afgerond" : "intake");
        if (w.afronden()) {
            inburgeraars.bredeIntakeAfgerond(id, vandaag);
        }
        return new Weergave(dossier, intake, bijzonder, advies(dossier, intake));
    }

    /**
     * Issue 21 (h1), point 5: the intake as the user submitted it, when the save was refused: the typed values applied
     * to the stored intake in memory (never saved), so the page shows them again with the errors and nothing typed is
     * lost. Audited as a view, like {@link #lees}.
     */
    @Transactional
    @PreAuthorize("hasAuthority('RECHT_DOSSIER_INZIEN')")
    Weergave metInvoer(UUID id, Wijziging w) {
        Weergave opgeslagen = lees(id);
        Intake intake = opgeslagen.intake();
        if (intake.status() == IntakeStatus.AFGEROND) {
            return opgeslagen;
        }
        pasToe(opgeslagen.dossier(), intake, w, opgeslagen.bijzonderZichtbaar(), new ArrayList<>());
        return new Weergave(
                opgeslagen.dossier(), intake, opgeslagen.bijzonderZichtbaar(), advies(opgeslagen.dossier(), intake));
    }

    /** Applies a change to the intake object (not saved) and collects what the rules refuse. */
    private void pasToe(Dossierfeiten dossier, Intake intake, Wijziging w, boolean bijzonder, List<Violation> fouten) {
        List<LeefgebiedVerslag> verslagen = verslagen(dossier, intake, w.leefgebieden(), bijzonder, fouten);
        afspraken(w.afspraken(), fouten);
        intake.zetVerslagen(verslagen);
        intake.zetGesprek(w.taalniveau(), w.alfabetisering(), w.vooropleiding(), w.wilStuderen(), w.checklist());
        intake.zetAfspraken(w.afspraken());
        Routeadvies.Advies advies = advies(dossier, intake);
        if (w.routebesluit() != null && w.routebesluit().leerroute() != null) {
            intake.besluit(besluit(dossier, advies, w.routebesluit(), fouten));
        } else if (w.routebesluit() != null) {
            intake.besluit(Intake.Routebesluit.LEEG);
        }
        if (w.afronden()) {
            controleerAfronding(dossier, intake, fouten);
        }
    }

    /** Records the leerbaarheidstoets (I-3): a result with DUO's scores and date, or the municipality's exemption. */
    @Transactional
    @PreAuthorize("hasAuthority('RECHT_DOSSIER_WIJZIGEN')")
    Weergave leerbaarheidstoets(UUID id, Intake.Leerbaarheidstoets lbt) {
        Dossierfeiten dossier = dossier(id);
        Intake intake = bestaandOfNieuw(dossier);
        if (intake.status() == IntakeStatus.AFGEROND) {
            throw new ConflictException(berichten.getMessage("fout.intake.afgerond"), null);
        }
        List<Violation> fouten = new ArrayList<>();
        if (lbt.vrijstelling() != null) {
            if (lbt.resultaat() != null) {
                fout(fouten, "resultaat", "I-3", "fout.lbt.vrijstellingEnResultaat");
            }
            if (leeg(lbt.vrijstellingBesluit())) {
                fout(fouten, "vrijstellingBesluit", "I-3", "fout.lbt.besluit");
            }
        } else if (lbt.resultaat() == null && lbt.gepland() == null) {
            fout(fouten, "resultaat", "I-3", "fout.lbt.leeg");
        } else if (lbt.resultaat() != null) {
            for (var score : Map.of(
                            "behaaldeScore",
                            Objects.toString(lbt.behaaldeScore(), ""),
                            "benodigdeScore",
                            Objects.toString(lbt.benodigdeScore(), ""))
                    .entrySet()) {
                if (!score.getValue().matches("\\d{1,3},\\d{2}")) {
                    fout(fouten, score.getKey(), "I-3", "fout.lbt.score");
                }
            }
            if (lbt.datumAfname() == null) {
                fout(fouten, "datumAfname", "I-3", "fout.lbt.datum");
            } else if (lbt.datumAfname().isAfter(LocalDate.now(clock))) {
                fout(fouten, "datumAfname", "I-3", "fout.datum.toekomst");
            }
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        intake.zetLbt(lbt);
        intake.gewijzigd(Instant.now(clock));
        intake = repository.save(intake);
        auditLog.registreer(
                AuditActie.GEWIJZIGD, new AuditLog.Betrokkene(id, dossier.gemeentecode()), "leerbaarheidstoets");
        return new Weergave(dossier, intake, werktAan(dossier), advies(dossier, intake));
    }

    /** The route decision of a finished or draft intake, for drafting the PIP (module pip); empty without one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('RECHT_DOSSIER_WIJZIGEN')")
    public java.util.Optional<Intake.Routebesluit> routebesluit(UUID id) {
        dossier(id);
        return repository.findById(id).map(Intake::routebesluit).filter(b -> b.leerroute() != null);
    }

    /** The leerbaarheidstoets's result, for the PIP's check of its leerroute (R-3, issue 12); empty without one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('RECHT_DOSSIER_WIJZIGEN')")
    public java.util.Optional<LbtResultaat> lbtResultaat(UUID id) {
        dossier(id);
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

    private List<LeefgebiedVerslag> verslagen(
            Dossierfeiten dossier,
            Intake intake,
            List<LeefgebiedVerslag> nieuw,
            boolean bijzonder,
            List<Violation> fouten) {
        Map<Leefgebied, LeefgebiedVerslag> resultaat = new HashMap<>();
        for (LeefgebiedVerslag oud : intake.leefgebieden()) {
            resultaat.put(oud.leefgebied(), oud);
        }
        List<LeefgebiedVerslag> invoer = nieuw == null ? List.of() : nieuw;
        for (int i = 0; i < invoer.size(); i++) {
            LeefgebiedVerslag v = invoer.get(i);
            String veld = "leefgebieden[" + i + "]";
            if (v.leefgebied() == null) {
                fout(fouten, veld + ".leefgebied", "I-1", "fout.leefgebied.leeg");
                continue;
            }
            if (v.leefgebied().bijzonder() && !bijzonder) {
                if (!leeg(v) && !gelijk(v, resultaat.get(v.leefgebied()))) {
                    fout(fouten, veld, "I-5", "fout.leefgebied.bijzonder");
                }
                continue;
            }
            if (v.leefgebied().alleenStatushouder() && dossier.doelgroep() != Doelgroep.ASIELSTATUSHOUDER && !leeg(v)) {
                fout(fouten, veld, "I-1", "fout.leefgebied.statushouder");
            }
            if (v.score() != null && (!v.leefgebied().schaal() || v.score() < 1 || v.score() > 5)) {
                fout(fouten, veld + ".score", "I-1", "fout.leefgebied.score");
            }
            for (var tekst : Map.of(
                            "situatie",
                            Objects.toString(v.situatie(), ""),
                            "wensen",
                            Objects.toString(v.wensen(), ""),
                            "krachten",
                            Objects.toString(v.krachten(), ""),
                            "belemmeringen",
                            Objects.toString(v.belemmeringen(), ""))
                    .entrySet()) {
                if (tekst.getValue().length() > MAX_TEKST) {
                    fouten.add(new Violation(
                            veld + "." + tekst.getKey(),
                            berichten.getMessage("fout.tekst.lang", new Object[] {MAX_TEKST}),
                            null));
                }
            }
            LeefgebiedVerslag oud = resultaat.get(v.leefgebied());
            String bron = oud != null && gelijk(v, oud) ? oud.bron() : null;
            resultaat.put(
                    v.leefgebied(),
                    new LeefgebiedVerslag(
                            v.leefgebied(),
                            tekst(v.situatie()),
                            v.score(),
                            tekst(v.wensen()),
                            tekst(v.krachten()),
                            tekst(v.belemmeringen()),
                            bron));
        }
        return resultaat.values().stream().filter(v -> !leeg(v)).toList();
    }

    private void afspraken(List<Intake.Afspraak> afspraken, List<Violation> fouten) {
        List<Intake.Afspraak> lijst = afspraken == null ? List.of() : afspraken;
        for (int i = 0; i < lijst.size(); i++) {
            Intake.Afspraak a = lijst.get(i);
            if (a.tijdstip() == null) {
                fout(fouten, "afspraken[" + i + "].tijdstip", null, "fout.afspraak.tijdstip");
            }
            if (a.tolkWijze() == null || a.opkomst() == null) {
                fout(fouten, "afspraken[" + i + "]", null, "fout.afspraak.keuzes");
            }
            if (a.tolkWijze() != null && a.tolkWijze() != Keuzes.TolkWijze.GEEN && leeg(a.tolkTaal())) {
                fout(fouten, "afspraken[" + i + "].tolkTaal", null, "fout.afspraak.tolkTaal");
            }
        }
    }

    private Intake.Routebesluit besluit(
            Dossierfeiten dossier, Routeadvies.Advies advies, Besluit b, List<Violation> fouten) {
        Integer uren = b.geschatteIntensiteitB1Route();
        Routeregels.geschatteIntensiteit(b.leerroute(), dossier.doelgroep(), uren)
                .ifPresent(sleutel -> fout(fouten, "routebesluit.geschatteIntensiteitB1Route", "R-2", sleutel));
        Keuzes.Alfabetiseringsindicator indicator = b.indicatorAlfabetiseringsonderwijs() != null
                ? b.indicatorAlfabetiseringsonderwijs()
                : advies.indicatorAlfabetiseringsonderwijs();
        Intake.Routebesluit besluit = new Intake.Routebesluit(
                advies.leerroute(),
                advies.indicatorAlfabetiseringsonderwijs(),
                advies.geschatteIntensiteitB1Route(),
                b.leerroute(),
                indicator,
                uren,
                tekst(b.reden()),
                LocalDate.now(clock));
        if (besluit.wijktAf() && leeg(b.reden())) {
            // Issue 21 (h1), point 5: say which part differs from the advice, with both values.
            fouten.add(new Violation(
                    "routebesluit.reden",
                    berichten.getMessage(
                            "fout.besluit.redenBij", new Object[] {String.join("; ", verschillen(besluit))}),
                    "R-3"));
        }
        return besluit;
    }

    /** The parts of a route decision that differ from the advice: leerroute, alfabetiseringsonderwijs, hours. */
    private List<String> verschillen(Intake.Routebesluit b) {
        List<String> verschillen = new ArrayList<>();
        if (b.leerroute() != b.adviesLeerroute()) {
            verschillen.add(berichten.getMessage("besluit.verschil.leerroute", new Object[] {
                b.adviesLeerroute() == null
                        ? berichten.getMessage("besluit.verschil.geen")
                        : berichten.getMessage(
                                "intake.leerroute." + b.adviesLeerroute().name()),
                berichten.getMessage("intake.leerroute." + b.leerroute().name())
            }));
        }
        if (b.indicator() != b.adviesIndicator()) {
            verschillen.add(berichten.getMessage(
                    "besluit.verschil.indicator",
                    new Object[] {indicator(b.adviesIndicator()), indicator(b.indicator())}));
        }
        if (b.uren() != null && !b.uren().equals(b.adviesUren())) {
            verschillen.add(berichten.getMessage("besluit.verschil.uren", new Object[] {
                b.adviesUren() == null ? berichten.getMessage("besluit.verschil.geenUren") : b.adviesUren(), b.uren()
            }));
        }
        return verschillen;
    }

    private String indicator(Keuzes.Alfabetiseringsindicator indicator) {
        return indicator == null
                ? berichten.getMessage("besluit.verschil.geen")
                : berichten.getMessage("besluit.verschil.indicator." + indicator.name());
    }

    /**
     * I-2: the children of the household of VVE age on the intake date, i.e. from their 2nd birthday up to (not
     * including) their 4th birthday; a child born on 29 February has its birthday on 28 February in other years.
     */
    private List<String> kinderInVveLeeftijd(Dossierfeiten dossier, LocalDate intakedatum) {
        return dossiers.kinderen(dossier.id()).stream()
                .filter(k -> k.geboortedatum() != null
                        && !intakedatum.isBefore(k.geboortedatum().plusYears(VVE_VANAF_JAREN))
                        && intakedatum.isBefore(k.geboortedatum().plusYears(VVE_TOT_JAREN)))
                .map(k -> k.voornaam())
                .toList();
    }

    /** VVE age (I-2): from the 2nd birthday until the 4th (when the child goes to primary school). */
    static final int VVE_VANAF_JAREN = 2;

    static final int VVE_TOT_JAREN = 4;

    private void controleerAfronding(Dossierfeiten dossier, Intake intake, List<Violation> fouten) {
        for (Leefgebied leefgebied : Leefgebied.values()) {
            if (leefgebied.alleenStatushouder() && dossier.doelgroep() != Doelgroep.ASIELSTATUSHOUDER) {
                continue;
            }
            LeefgebiedVerslag v = intake.verslag(leefgebied);
            if (v == null || leeg(v.situatie())) {
                fouten.add(new Violation(
                        "leefgebieden." + leefgebied.name(),
                        berichten.getMessage(
                                "fout.afronden.leefgebied",
                                new Object[] {berichten.getMessage("leefgebied." + leefgebied.name())}),
                        "I-1"));
            }
        }
        Intake.Checklist c = intake.checklist();
        List<String> vveKinderen = kinderInVveLeeftijd(dossier, LocalDate.now(clock));
        if (Boolean.FALSE.equals(c.vveInformatieGegeven())) {
            fout(fouten, "checklist.vveInformatieGegeven", "I-2", "fout.afronden.vve");
        } else if (c.vveInformatieGegeven() == null && !vveKinderen.isEmpty()) {
            fouten.add(new Violation(
                    "checklist.vveInformatieGegeven",
                    berichten.getMessage("fout.afronden.vveKind", new Object[] {String.join(", ", vveKinderen)}),
                    "I-2"));
        }
        if (!c.zonderPartnerAangeboden()) {
            fout(fouten, "checklist.zonderPartnerAangeboden", "I-2", "fout.afronden.zonderPartner");
        }
        if (!c.tolkAangeboden()) {
            fout(fouten, "checklist.tolkAangeboden", "I-1", "fout.afronden.tolk");
        }
        Intake.Leerbaarheidstoets lbt = intake.lbt();
        if (lbt.vrijstelling() == null && (lbt.resultaat() == null || lbt.resultaat() == LbtResultaat.ONBEKEND)) {
            fout(fouten, "leerbaarheidstoets", "I-3", "fout.afronden.lbt");
        }
        if (intake.routebesluit().leerroute() == null) {
            fout(fouten, "routebesluit", "R-3", "fout.afronden.besluit");
        }
    }

    private Dossierfeiten dossier(UUID id) {
        List<String> gemeenten = gebruikers.huidige().gemeenten();
        return dossiers.van(List.of(id)).stream()
                .filter(d -> gemeenten.contains(d.gemeentecode()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
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

    private void fout(List<Violation> fouten, String veld, String regel, String sleutel) {
        fouten.add(new Violation(veld, berichten.getMessage(sleutel), regel));
    }

    private static boolean leeg(LeefgebiedVerslag v) {
        return leeg(v.situatie())
                && v.score() == null
                && leeg(v.wensen())
                && leeg(v.krachten())
                && leeg(v.belemmeringen());
    }

    private static boolean gelijk(LeefgebiedVerslag a, LeefgebiedVerslag b) {
        return b != null
                && Objects.equals(tekst(a.situatie()), b.situatie())
                && Objects.equals(a.score(), b.score())
                && Objects.equals(tekst(a.wensen()), b.wensen())
                && Objects.equals(tekst(a.krachten()), b.krachten())
                && Objects.equals(tekst(a.belemmeringen()), b.belemmeringen());
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }

    private static String tekst(String s) {
        return leeg(s) ? null : s.strip();
    }
}
