package nl.inburgeringsregie.aanbieders;

import static nl.inburgeringsregie.infrastructure.web.Weergave.sleutel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.inburgeringsregie.aanbieders.gebeurtenissen.PlaatsingGewijzigd;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.Pip;
import nl.inburgeringsregie.pip.PipKeuzes.PipStatus;
import nl.inburgeringsregie.pip.PipService;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placing a person with a contract (AB-1, AB-2, AB-5) and each step of the placement's lifecycle (issue 15, ADR 0031), for the person's
 * consultant (the right to change the dossier, through the access decision). The checks of a new placement: a
 * vastgesteld PIP whose route or agreements the contract's onderdeel serves (P-1), a contract for the person's
 * gemeente (AB-1) whose period covers the dates (AB-2), a provider holding the keurmerk the onderdeel needs on the
 * placement date, no second running placement for the same onderdeel (AB-5). A full contract puts the person on
 * its waiting list (AB-3). Every step is journaled on the dossier ({@link PlaatsingGemeld}) and audited.
 */
@Beslist({"AB-1", "AB-2", "AB-5"})
@Service
class Plaatsingen {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** A new placement as the consultant asks for it. */
    record Aanmelding(UUID contractId, LocalDate aanmelddatum, LocalDate verwachteStart, LocalDate verwachteEinde) {}

    /** A placement as screens and the API show it, with the steps it allows now (asked of the aggregate). */
    record Weergave(
            UUID id,
            Integer versie,
            UUID inburgeraarId,
            UUID contractId,
            String contractnummer,
            UUID aanbiederId,
            String aanbieder,
            Contractonderdeel onderdeel,
            Leerroute leerroute,
            Niveau niveau,
            Plaatsing.Status status,
            int wachtlijstpositie,
            LocalDate aanmelddatum,
            LocalDate verwachteStart,
            LocalDate verwachteEinde,
            LocalDate startdatum,
            LocalDate einddatum,
            String redenAfbreken,
            Set<Plaatsing.Actie> acties) {

        /** For templates: {@code ${p.mag('STARTEN')}}. */
        public boolean mag(String actie) {
            return acties.contains(Plaatsing.Actie.valueOf(actie));
        }
    }

    private final PlaatsingRepository plaatsingen;
    private final ContractRepository contracten;
    private final AanbiederRepository aanbieders;
    private final Bezettingen bezettingen;
    private final DossierfeitenLezer dossiers;
    private final PipService pips;
    private final Toegang toegang;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;
    private final JdbcClient jdbc;
    private final Clock clock;

    Plaatsingen(
            PlaatsingRepository plaatsingen,
            ContractRepository contracten,
            AanbiederRepository aanbieders,
            Bezettingen bezettingen,
            DossierfeitenLezer dossiers,
            PipService pips,
            Toegang toegang,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            MessageSourceAccessor berichten,
            JdbcClient jdbc,
            Clock clock) {
        this.plaatsingen = plaatsingen;
        this.contracten = contracten;
        this.aanbieders = aanbieders;
        this.bezettingen = bezettingen;
        this.dossiers = dossiers;
        this.pips = pips;
        this.toegang = toegang;
        this.auditLog = auditLog;
        this.events = events;
        this.berichten = berichten;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The person's placements, newest first (the dossier's placement page and the API). */
    @Transactional
    @MagDossierInzien
    public List<Weergave> vanDossier(UUID inburgeraarId) {
        Dossierfeiten dossier = dossier(inburgeraarId, Recht.DOSSIER_INZIEN);
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN,
                new AuditLog.Betrokkene(inburgeraarId, dossier.gemeentecode()),
                "plaatsingen");
        return weergaven(plaatsingen.vanDossier(inburgeraarId));
    }

    @Transactional
    @MagDossierInzien
    public Weergave lees(UUID plaatsingId) {
        Plaatsing p = vind(plaatsingId, Recht.DOSSIER_INZIEN);
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN, new AuditLog.Betrokkene(p.inburgeraarId(), p.gemeentecode()), "plaatsing");
        return weergave(p);
    }

    /** A contract the consultant may choose for the person (AB-1), with its provider's name. */
    public record Contractkeuze(
            UUID contractId, String aanbieder, String contractnummer, Contractonderdeel onderdeel) {}

    /**
     * The contracts of the person's gemeente the consultant may choose from (AB-1), for the placement form: one
     * statement with the providers' names (loading the contract aggregates and every provider cost two statements per
     * contract and a read of all providers, docs/performance.md issue 15).
     */
    @Transactional(readOnly = true)
    @MagDossierWijzigen
    public List<Contractkeuze> keuzes(UUID inburgeraarId) {
        Dossierfeiten dossier = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        return jdbc.sql("""
                        select c.id, a.naam, c.contractnummer, c.onderdeel
                        from contract c
                        join contract_gemeente g on g.contract_id = c.id
                        join aanbieder a on a.id = c.aanbieder_id
                        where g.gemeentecode = ?
                        order by c.contractnummer""")
                .param(dossier.gemeentecode())
                .query((rs, i) -> new Contractkeuze(
                        rs.getObject("id", UUID.class),
                        rs.getString("naam"),
                        rs.getString("contractnummer"),
                        Contractonderdeel.valueOf(rs.getString("onderdeel"))))
                .list();
    }

    /** Places the person with the contract (see the class comment for the checks); a full contract: the waiting list. */
    @Transactional
    @MagDossierWijzigen
    public Weergave plaats(UUID inburgeraarId, Aanmelding a) {
        Dossierfeiten dossier = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        List<Violation> fouten = new ArrayList<>();
        if (a.contractId() == null) {
            fouten.add(new Violation("contractId", "fout.plaatsing.contractVerplicht", "AB-1"));
        }
        if (a.aanmelddatum() == null) {
            fouten.add(new Violation("aanmelddatum", "fout.plaatsing.datumVerplicht", "AB-2"));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        Contract contract = contracten
                .findById(a.contractId())
                .orElseThrow(() -> new InvalidInputException("contractId", "fout.plaatsing.contractOnbekend", "AB-1"));
        Pip pip = huidigePip(inburgeraarId)
                .orElseThrow(() -> new InvalidInputException("inburgeraarId", "fout.plaatsing.geenPip", "R-10"));
        Aanbieder aanbieder = aanbieders.findById(contract.aanbiederId()).orElseThrow();
        fouten.addAll(toets(dossier, pip, contract, aanbieder, a));
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        bezettingen.vergrendel(contract.id());
        boolean dubbel = plaatsingen.vanDossier(inburgeraarId).stream()
                .anyMatch(p -> p.status().lopend() && p.onderdeel() == contract.onderdeel());
        if (dubbel) {
            throw new ConflictException("fout.plaatsing.dubbel", null, "contractId", "AB-5");
        }
        Instant nu = Instant.now(clock);
        Plaatsing p = Plaatsing.aanmelden(
                inburgeraarId,
                dossier.gemeentecode(),
                contract,
                pip.id(),
                pip.leerroute(),
                pip.niveau(),
                a.aanmelddatum(),
                a.verwachteStart(),
                a.verwachteEinde(),
                nu);
        p.plaats(bezettingen.van(contract, null), nu);
        p = plaatsingen.save(p);
        bezettingen.boek(p);
        int positie = bezettingen.positie(p.id());
        String uitkomst = p.status() == Plaatsing.Status.WACHTLIJST
                ? berichten.getMessage("plaatsing.journaal.wachtlijst", new Object[] {positie})
                : berichten.getMessage("plaatsing.journaal.geplaatst");
        meld(p, aanbieder, "plaatsing.journaal.aangemeld", onderdeel(p), contract.contractnummer(), uitkomst);
        gewijzigd(
                p,
                aanbieder,
                p.status() == Plaatsing.Status.WACHTLIJST
                        ? PlaatsingGewijzigd.Stap.WACHTLIJST
                        : PlaatsingGewijzigd.Stap.GEPLAATST,
                pip);
        return weergave(p, contract, aanbieder, positie);
    }

    /**
     * One step of the lifecycle (AB-4): {@code datum} for starting and completing, {@code reden} for ending early.
     * Under the contract's lock, so a place freed and a place taken are counted in order (AB-3).
     */
    @Transactional
    @MagDossierWijzigen
    public Weergave stap(UUID plaatsingId, Plaatsing.Actie actie, LocalDate datum, String reden) {
        Plaatsing p = vind(plaatsingId, Recht.DOSSIER_WIJZIGEN);
        Contract contract = contracten.findById(p.contractId()).orElseThrow();
        Aanbieder aanbieder = aanbieders.findById(p.aanbiederId()).orElseThrow();
        bezettingen.vergrendel(contract.id());
        Instant nu = Instant.now(clock);
        LocalDate vandaag = LocalDate.now(clock);
        switch (actie) {
            case PLAATSEN -> p.plaats(bezettingen.van(contract, p.id()), nu);
            case STARTEN -> p.start(datum, vandaag, contract, nu);
            case AFRONDEN -> p.rondAf(datum, vandaag, nu);
            case AFBREKEN -> p.breekAf(reden, vandaag, nu);
        }
        p = plaatsingen.save(p);
        bezettingen.boek(p);
        switch (actie) {
            case PLAATSEN -> meld(p, aanbieder, "plaatsing.journaal.vanWachtlijst", onderdeel(p));
            case STARTEN -> meld(p, aanbieder, "plaatsing.journaal.gestart", onderdeel(p), DATUM.format(datum));
            case AFRONDEN -> meld(p, aanbieder, "plaatsing.journaal.afgerond", onderdeel(p), DATUM.format(datum));
            case AFBREKEN -> meld(p, aanbieder, "plaatsing.journaal.afgebroken", onderdeel(p), p.redenAfbreken());
        }
        gewijzigd(
                p,
                aanbieder,
                switch (actie) {
                    case PLAATSEN -> PlaatsingGewijzigd.Stap.GEPLAATST;
                    case STARTEN -> PlaatsingGewijzigd.Stap.GESTART;
                    case AFRONDEN -> PlaatsingGewijzigd.Stap.AFGEROND;
                    case AFBREKEN -> PlaatsingGewijzigd.Stap.AFGEBROKEN;
                },
                huidigePip(p.inburgeraarId()).orElse(null));
        return weergave(p, contract, aanbieder, bezettingen.positie(p.id()));
    }

    /** The checks of a new placement that name a field: every one that fails, not only the first. */
    private List<Violation> toets(
            Dossierfeiten dossier, Pip pip, Contract contract, Aanbieder aanbieder, Aanmelding a) {
        List<Violation> fouten = new ArrayList<>();
        Contractonderdeel onderdeel = contract.onderdeel();
        if (!contract.bedient(dossier.gemeentecode())) {
            fouten.add(new Violation("contractId", "fout.plaatsing.andereGemeente", "AB-1"));
        }
        if (onderdeel.leerroute() != null && onderdeel.leerroute() != pip.leerroute()) {
            fouten.add(new Violation("contractId", "fout.plaatsing.andereRoute", "P-1", pip.leerroute()));
        }
        if (onderdeel.pipOnderdeel() != null
                && pip.afspraken().stream().noneMatch(x -> x.onderdeel() == onderdeel.pipOnderdeel())) {
            fouten.add(new Violation("contractId", "fout.plaatsing.nietInPip", "P-1"));
        }
        if (!aanbieder.heeftKeurmerk(onderdeel.keurmerk(), a.aanmelddatum())) {
            fouten.add(new Violation(
                    "contractId",
                    "fout.plaatsing.keurmerk." + onderdeel.keurmerk().name(),
                    "R-10",
                    DATUM.format(a.aanmelddatum())));
        }
        if (pip.dagtekeningPip() != null && a.aanmelddatum().isBefore(pip.dagtekeningPip())) {
            fouten.add(new Violation(
                    "aanmelddatum", "fout.plaatsing.voorPip", "R-10", DATUM.format(pip.dagtekeningPip())));
        }
        binnenContract(fouten, "aanmelddatum", a.aanmelddatum(), contract);
        if (a.verwachteStart() != null) {
            if (a.verwachteStart().isBefore(a.aanmelddatum())) {
                fouten.add(new Violation("verwachteStart", "fout.plaatsing.startVoorAanmelding", "AB-2"));
            } else if (binnenContract(fouten, "verwachteStart", a.verwachteStart(), contract)
                    && !contract.isStartmoment(a.verwachteStart())) {
                fouten.add(new Violation("verwachteStart", "fout.plaatsing.geenStartmoment", "AB-2"));
            }
        }
        if (a.verwachteEinde() != null) {
            LocalDate vanaf = a.verwachteStart() != null ? a.verwachteStart() : a.aanmelddatum();
            if (!a.verwachteEinde().isAfter(vanaf)) {
                fouten.add(new Violation("verwachteEinde", "fout.plaatsing.eindeVoorStart", "AB-2"));
            } else {
                binnenContract(fouten, "verwachteEinde", a.verwachteEinde(), contract);
            }
        }
        return fouten;
    }

    private static boolean binnenContract(List<Violation> fouten, String veld, LocalDate datum, Contract contract) {
        if (contract.loopt(datum)) {
            return true;
        }
        fouten.add(new Violation(
                veld,
                "fout.plaatsing.buitenContract",
                "AB-2",
                DATUM.format(contract.begindatum()),
                DATUM.format(contract.einddatum())));
        return false;
    }

    private void meld(Plaatsing p, Aanbieder aanbieder, String sleutel, Object... args) {
        Object[] metAanbieder = new Object[args.length + 1];
        metAanbieder[0] = aanbieder.naam();
        System.arraycopy(args, 0, metAanbieder, 1, args.length);
        events.publishEvent(new PlaatsingGemeld(p.inburgeraarId(), berichten.getMessage(sleutel, metAanbieder)));
        // T-5, AB-9 (ADR 0033): the placement signals follow the step, in this transaction.
        events.publishEvent(new TermijnfeitenGewijzigd(List.of(p.inburgeraarId())));
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(p.inburgeraarId(), p.gemeentecode()),
                "plaatsing " + p.id() + " " + p.status().name().toLowerCase(Locale.ROOT));
    }

    /**
     * A placement that teaches the leerroute is the course of an inburgeringsaanbod (DUO's Inburgeringsaanbod API,
     * R-10; ADR 0034): its step is told to whoever listens, in this transaction. Modules (KNM, PVT, MAP) and the
     * brugklas are no inburgeringsaanbod of their own.
     */
    private void gewijzigd(Plaatsing p, Aanbieder aanbieder, PlaatsingGewijzigd.Stap stap, Pip pip) {
        if (p.onderdeel().leerroute() == null) {
            return;
        }
        events.publishEvent(new PlaatsingGewijzigd(
                p.id(),
                p.inburgeraarId(),
                p.gemeentecode(),
                aanbieder.gegevens().instellingsnummer(),
                aanbieder.naam(),
                aanbieder.heeftKeurmerk(Contractonderdeel.Keurmerk.BLIK_OP_WERK, p.aanmelddatum()),
                aanbieder.heeftKeurmerk(Contractonderdeel.Keurmerk.TST, p.aanmelddatum()),
                stap,
                p.aanmelddatum(),
                p.verwachteStart(),
                p.verwachteEinde(),
                p.startdatum(),
                p.einddatum(),
                pip == null ? null : pip.indicatorAlfabetiseringsonderwijs()));
    }

    /** The person's current vastgesteld PIP, if any. */
    private Optional<Pip> huidigePip(UUID inburgeraarId) {
        return pips.versies(inburgeraarId).stream()
                .filter(x -> x.status() == PipStatus.VASTGESTELD)
                .max(Comparator.comparingInt(Pip::versienummer));
    }

    private String onderdeel(Plaatsing p) {
        return berichten.getMessage(sleutel(p.onderdeel()));
    }

    private Plaatsing vind(UUID plaatsingId, Recht recht) {
        // Row-level security hides another gemeente's placements; the access decision then asks the relationship.
        Plaatsing p = plaatsingen
                .findById(plaatsingId)
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.plaatsing.nietGevonden")));
        toegang.eis(recht, p.inburgeraarId());
        return p;
    }

    private Dossierfeiten dossier(UUID id, Recht recht) {
        toegang.eis(recht, id);
        return dossiers.van(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }

    private List<Weergave> weergaven(List<Plaatsing> lijst) {
        Map<UUID, Contract> perContract = new HashMap<>();
        contracten
                .findAllById(
                        lijst.stream().map(Plaatsing::contractId).distinct().toList())
                .forEach(c -> perContract.put(c.id(), c));
        Map<UUID, Aanbieder> perAanbieder = new HashMap<>();
        aanbieders
                .findAllById(
                        lijst.stream().map(Plaatsing::aanbiederId).distinct().toList())
                .forEach(a -> perAanbieder.put(a.id(), a));
        return lijst.stream()
                .map(p -> weergave(
                        p,
                        perContract.get(p.contractId()),
                        perAanbieder.get(p.aanbiederId()),
                        p.status() == Plaatsing.Status.WACHTLIJST ? bezettingen.positie(p.id()) : 0))
                .toList();
    }

    private Weergave weergave(Plaatsing p) {
        return weergave(
                p,
                contracten.findById(p.contractId()).orElseThrow(),
                aanbieders.findById(p.aanbiederId()).orElseThrow(),
                bezettingen.positie(p.id()));
    }

    private static Weergave weergave(Plaatsing p, Contract c, Aanbieder a, int positie) {
        return new Weergave(
                p.id(),
                p.version(),
                p.inburgeraarId(),
                p.contractId(),
                c.contractnummer(),
                p.aanbiederId(),
                a.naam(),
                p.onderdeel(),
                p.leerroute(),
                p.niveau(),
                p.status(),
                positie,
                p.aanmelddatum(),
                p.verwachteStart(),
                p.verwachteEinde(),
                p.startdatum(),
                p.einddatum(),
                p.redenAfbreken(),
                p.toegestaneActies());
    }
}
