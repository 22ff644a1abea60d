package nl.inburgeringsregie.aanbieders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.inburgeringsregie.aanbieders.instellingen.Instellingenlijst;
import nl.inburgeringsregie.gebruikers.Gebruiker;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.Gemeente;
import nl.inburgeringsregie.gebruikers.MagAanbiedersBeheren;
import nl.inburgeringsregie.gebruikers.MagAanbiedersInzien;
import nl.inburgeringsregie.gebruikers.Rol;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The functioneel beheerder's register of providers, their contracts and their users (issue 15, ADR 0031); the team
 * lead reads it. No personal data of inburgeraars: the capacity view counts places ({@link Bezettingen}).
 */
@Service
class Aanbiedersbeheer {

    /** A provider with its contracts (each with its capacity) and its users, for the beheer page. */
    record Overzicht(
            UUID id, Aanbieder.Gegevens aanbieder, List<ContractMetCapaciteit> contracten, List<String> gebruikers) {}

    record ContractMetCapaciteit(UUID id, Contract.Gegevens contract, Bezettingen.Capaciteit capaciteit) {}

    /** A provider to choose in a form. */
    record Keuze(UUID id, String naam) {}

    private final AanbiederRepository aanbieders;
    private final ContractRepository contracten;
    private final Bezettingen bezettingen;
    private final Gebruikers gebruikers;
    private final JdbcClient jdbc;
    private final Instellingenlijst duo;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    Aanbiedersbeheer(
            AanbiederRepository aanbieders,
            ContractRepository contracten,
            Bezettingen bezettingen,
            Gebruikers gebruikers,
            JdbcClient jdbc,
            Instellingenlijst duo,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.aanbieders = aanbieders;
        this.contracten = contracten;
        this.bezettingen = bezettingen;
        this.gebruikers = gebruikers;
        this.jdbc = jdbc;
        this.duo = duo;
        this.berichten = berichten;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @MagAanbiedersInzien
    public List<Overzicht> overzicht() {
        Map<UUID, List<Contract>> perAanbieder =
                contracten.alle().stream().collect(Collectors.groupingBy(Contract::aanbiederId));
        Map<UUID, List<String>> koppelingen = koppelingen();
        return aanbieders.alle().stream()
                .map(a -> new Overzicht(
                        a.id(),
                        a.gegevens(),
                        perAanbieder.getOrDefault(a.id(), List.of()).stream()
                                .map(c -> new ContractMetCapaciteit(c.id(), c.gegevens(), bezettingen.capaciteit(c)))
                                .toList(),
                        koppelingen.getOrDefault(a.id(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    @MagAanbiedersInzien
    public List<Aanbieder> aanbieders() {
        return aanbieders.alle();
    }

    @Transactional(readOnly = true)
    @MagAanbiedersInzien
    public List<Keuze> keuzes() {
        return aanbieders.alle().stream().map(a -> new Keuze(a.id(), a.naam())).toList();
    }

    @Transactional(readOnly = true)
    @MagAanbiedersInzien
    public Aanbieder aanbieder(UUID id) {
        return aanbieders.findById(id).orElseThrow(() -> nietGevonden());
    }

    @Transactional(readOnly = true)
    @MagAanbiedersInzien
    public List<Contract> contracten() {
        return contracten.alle();
    }

    @Transactional(readOnly = true)
    @MagAanbiedersInzien
    public Contract contract(UUID id) {
        return contracten.findById(id).orElseThrow(() -> nietGevonden());
    }

    @Transactional(readOnly = true)
    @MagAanbiedersInzien
    public Bezettingen.Capaciteit capaciteit(UUID contractId) {
        return bezettingen.capaciteit(contract(contractId));
    }

    /** The installation's gemeenten a contract may serve (AB-1). */
    public List<Gemeente> gemeenten() {
        return gebruikers.gemeenten();
    }

    /** The accounts with the role AANBIEDER, which can be linked to a provider. */
    @Transactional(readOnly = true)
    @MagAanbiedersInzien
    public List<Gebruiker> aanbiederAccounts() {
        return gebruikers.alle().stream()
                .filter(g -> g.rollen().contains(Rol.AANBIEDER))
                .toList();
    }

    @Transactional
    @MagAanbiedersBeheren
    public Aanbieder maakAanbieder(Aanbieder.Gegevens gegevens) {
        uniekInstellingsnummer(gegevens.instellingsnummer(), null);
        Aanbieder aanbieder = Aanbieder.nieuw(gegevens, Instant.now(clock));
        controleer(aanbieder);
        return aanbieders.save(aanbieder);
    }

    /** Changes a provider; {@code versie} is the version the user saw (a lost update answers 409). */
    @Transactional
    @MagAanbiedersBeheren
    public Aanbieder wijzigAanbieder(UUID id, Integer versie, Aanbieder.Gegevens gegevens) {
        Aanbieder aanbieder = aanbieder(id);
        versie(versie, aanbieder.version());
        uniekInstellingsnummer(gegevens.instellingsnummer(), id);
        aanbieder.wijzig(gegevens, Instant.now(clock));
        controleer(aanbieder);
        return aanbieders.save(aanbieder);
    }

    /**
     * Checks the provider's instellingsnummer and keurmerken against DUO's list of institutions now and keeps
     * DUO's answer with the moment; false when DUO could not be asked (the earlier check, if any, stays).
     */
    @Transactional
    @MagAanbiedersBeheren
    public boolean controleerBijDuo(UUID id) {
        Aanbieder aanbieder = aanbieder(id);
        boolean gevraagd = controleer(aanbieder);
        if (gevraagd) {
            aanbieders.save(aanbieder);
        }
        return gevraagd;
    }

    /** The last check against DUO's list with the fields that differ from our register (empty: they agree). */
    record Controle(Aanbieder.DuoControle duo, List<String> afwijkingen) {}

    static Optional<Controle> controle(Aanbieder aanbieder) {
        return aanbieder.duoControle().map(c -> new Controle(c, c.afwijkingen(aanbieder)));
    }

    /** Asks DUO's list (saved or changed providers are checked at once); false when DUO could not be asked. */
    private boolean controleer(Aanbieder aanbieder) {
        Optional<List<Instellingenlijst.Instelling>> lijst = duo.vraag();
        lijst.ifPresent(l -> aanbieder.gecontroleerdBijDuo(
                l.stream()
                        .filter(i -> i.instellingsnummer()
                                .equals(aanbieder.gegevens().instellingsnummer()))
                        .findFirst()
                        .orElse(null),
                Instant.now(clock)));
        return lijst.isPresent();
    }

    @Transactional
    @MagAanbiedersBeheren
    public Contract maakContract(Contract.Gegevens gegevens) {
        toets(gegevens, null);
        return contracten.save(Contract.nieuw(gegevens, Instant.now(clock)));
    }

    @Transactional
    @MagAanbiedersBeheren
    public Contract wijzigContract(UUID id, Integer versie, Contract.Gegevens gegevens) {
        Contract contract = contract(id);
        versie(versie, contract.version());
        toets(gegevens, id);
        contract.wijzig(gegevens, Instant.now(clock));
        return contracten.save(contract);
    }

    /** Links an account with the role AANBIEDER to the provider (one organisation per account). */
    @Transactional
    @MagAanbiedersBeheren
    public void koppel(UUID aanbiederId, String gebruikersnaam) {
        aanbieder(aanbiederId);
        boolean aanbiederAccount = gebruikersnaam != null
                && gebruikers
                        .vind(gebruikersnaam)
                        .filter(g -> g.rollen().contains(Rol.AANBIEDER))
                        .isPresent();
        if (!aanbiederAccount) {
            throw new InvalidInputException("gebruikersnaam", "fout.aanbieder.geenAanbiederAccount", null);
        }
        jdbc.sql("""
                        insert into aanbieder_gebruiker (gebruikersnaam, aanbieder_id) values (?, ?)
                        on conflict (gebruikersnaam) do update set aanbieder_id = excluded.aanbieder_id""").params(gebruikersnaam, aanbiederId).update();
    }

    @Transactional
    @MagAanbiedersBeheren
    public void ontkoppel(UUID aanbiederId, String gebruikersnaam) {
        aanbieder(aanbiederId);
        jdbc.sql("delete from aanbieder_gebruiker where aanbieder_id = ? and gebruikersnaam = ?")
                .params(aanbiederId, gebruikersnaam)
                .update();
    }

    private Map<UUID, List<String>> koppelingen() {
        return jdbc
                .sql("select aanbieder_id, gebruikersnaam from aanbieder_gebruiker order by gebruikersnaam")
                .query((rs, i) -> Map.entry(rs.getObject("aanbieder_id", UUID.class), rs.getString("gebruikersnaam")))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /**
     * The checks of a contract beyond its form: its provider, its gemeenten (AB-1), its dates (AB-2), the BSN only for
     * an onderdeel with an exam (AB-10).
     */
    private void toets(Contract.Gegevens g, UUID id) {
        List<Violation> fouten = new ArrayList<>();
        if (g.aanbiederId() == null || aanbieders.findById(g.aanbiederId()).isEmpty()) {
            fouten.add(new Violation("aanbiederId", "fout.contract.aanbiederOnbekend", null));
        }
        Set<String> bekend = gebruikers.gemeenten().stream().map(Gemeente::code).collect(Collectors.toSet());
        if (g.gemeenten() == null || g.gemeenten().isEmpty()) {
            fouten.add(new Violation("gemeenten", "fout.contract.geenGemeente", "AB-1"));
        } else if (!bekend.containsAll(g.gemeenten())) {
            fouten.add(new Violation("gemeenten", "fout.contract.onbekendeGemeente", "AB-1"));
        }
        if (g.begindatum() != null && g.einddatum() != null) {
            if (g.einddatum().isBefore(g.begindatum())) {
                fouten.add(new Violation("einddatum", "fout.contract.eindeVoorBegin", "AB-2"));
            } else if (g.startmomenten().stream()
                    .anyMatch(s -> s.isBefore(g.begindatum()) || s.isAfter(g.einddatum()))) {
                fouten.add(new Violation("startmomenten", "fout.contract.startmomentBuitenPeriode", "AB-2"));
            }
        }
        if (g.bsnVoorExamenregistratie()
                && g.onderdeel() != null
                && !g.onderdeel().heeftExamen()) {
            fouten.add(new Violation("bsnVoorExamenregistratie", "fout.contract.bsnZonderExamen", "AB-10"));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        boolean bestaat = contracten.alle().stream()
                .anyMatch(c -> c.contractnummer().equals(g.contractnummer()) && !c.id().equals(id));
        if (bestaat) {
            throw new ConflictException("fout.contract.nummerBestaat", null, "contractnummer");
        }
    }

    private void uniekInstellingsnummer(String instellingsnummer, UUID id) {
        boolean bestaat = aanbieders.alle().stream()
                .anyMatch(
                        a -> Objects.equals(a.gegevens().instellingsnummer(), instellingsnummer) && !a.id().equals(id));
        if (bestaat) {
            throw new ConflictException("fout.aanbieder.instellingsnummerBestaat", null, "instellingsnummer");
        }
    }

    private static void versie(Integer gezien, Integer huidig) {
        if (gezien != null && !gezien.equals(huidig)) {
            throw new OptimisticLockingFailureException("stale version");
        }
    }

    private NotFoundException nietGevonden() {
        return new NotFoundException(berichten.getMessage("fout.aanbieder.nietGevonden"));
    }
}
