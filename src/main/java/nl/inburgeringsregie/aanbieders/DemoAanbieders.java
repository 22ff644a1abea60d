package nl.inburgeringsregie.aanbieders;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's providers (issue 15, ADR 0031): a taalschool with the Blik op Werk keurmerk for the B1-route (the demo
 * account {@code aanbieder} works there), an MBO with TST for the onderwijsroute, and a Z-route programme, each with a
 * contract for Haarlem and Velsen; and placements for some demo dossiers whose PIP was vastgesteld. Only in the
 * embedded default, as the demo accounts; made once (by the taalschool's instellingsnummer).
 */
@Component
@ConditionalOnProperty(
        name = {"inburgeringsregie.embedded-database.active", "inburgeringsregie.demo.enabled"},
        havingValue = "true")
public class DemoAanbieders {

    static final String TAALSCHOOL = "30TK000001";

    private static final Logger log = LoggerFactory.getLogger(DemoAanbieders.class);
    private static final List<String> GEMEENTEN = List.of("0392", "0453");

    private final AanbiederRepository aanbieders;
    private final ContractRepository contracten;
    private final PlaatsingRepository plaatsingen;
    private final Bezettingen bezettingen;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoAanbieders(
            AanbiederRepository aanbieders,
            ContractRepository contracten,
            PlaatsingRepository plaatsingen,
            Bezettingen bezettingen,
            JdbcClient jdbc,
            Clock clock) {
        this.aanbieders = aanbieders;
        this.contracten = contracten;
        this.plaatsingen = plaatsingen;
        this.bezettingen = bezettingen;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates the demo providers, contracts and placements when the taalschool is missing. */
    @Transactional
    public void zorgVoorDemoAanbieders() {
        boolean bestaat = aanbieders.alle().stream()
                .anyMatch(a -> TAALSCHOOL.equals(a.gegevens().instellingsnummer()));
        if (bestaat) {
            return;
        }
        Instant nu = Instant.now(clock);
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate begin = LocalDate.of(2022, 1, 1);
        LocalDate einde = vandaag.plusYears(2).withDayOfYear(1).minusDays(1);
        Aanbieder taalschool = aanbieders.save(Aanbieder.nieuw(
                new Aanbieder.Gegevens(
                        "Taalschool Kennemerland",
                        TAALSCHOOL,
                        einde,
                        null,
                        "Anouk Verbeek",
                        "inburgering@taalschool-kennemerland.example",
                        "023 555 0101"),
                nu));
        Aanbieder mbo = aanbieders.save(Aanbieder.nieuw(
                new Aanbieder.Gegevens(
                        "Nova College Haarlem",
                        "25LX000002",
                        einde,
                        einde,
                        "Bram Hoekstra",
                        "taalschakel@novacollege.example",
                        "023 555 0202"),
                nu));
        Aanbieder zroute = aanbieders.save(Aanbieder.nieuw(
                new Aanbieder.Gegevens(
                        "Zelfredzaam IJmond",
                        "30ZR000003",
                        einde,
                        null,
                        "Layla Amrani",
                        "zroute@zelfredzaam-ijmond.example",
                        "0255 555 0303"),
                nu));
        List<LocalDate> startmomenten = List.of(
                vandaag.plusMonths(1).withDayOfMonth(1),
                vandaag.plusMonths(4).withDayOfMonth(1),
                vandaag.plusMonths(7).withDayOfMonth(1));
        Contract b1 = contract(
                taalschool,
                "IJZK-2022-B1",
                "B1- en Z-route IJmond en Zuid-Kennemerland, perceel 1",
                Contractonderdeel.B1_ROUTE,
                begin,
                einde,
                40,
                startmomenten,
                Prijsmodel.PER_TRAJECT,
                "9850.00",
                nu);
        Contract o = contract(
                mbo,
                "IJZK-2022-O",
                "Onderwijsroute mbo, perceel 3",
                Contractonderdeel.ONDERWIJSROUTE,
                begin,
                einde,
                12,
                startmomenten,
                Prijsmodel.PER_TRAJECT,
                "14500.00",
                nu);
        Contract z = contract(
                zroute,
                "IJZK-2022-Z",
                "B1- en Z-route IJmond en Zuid-Kennemerland, perceel 2",
                Contractonderdeel.Z_ROUTE,
                begin,
                einde,
                15,
                List.of(),
                Prijsmodel.PER_UUR,
                "42.50",
                nu);
        jdbc.sql("""
                        insert into aanbieder_gebruiker (gebruikersnaam, aanbieder_id)
                        select username, ? from app_user where username = 'aanbieder' on conflict do nothing""").param(taalschool.id()).update();
        plaats(b1, Leerroute.B, Niveau.B1, 0, 8, startmomenten.getFirst(), vandaag, nu);
        plaats(o, Leerroute.O, Niveau.B1, 8, 2, startmomenten.getFirst(), vandaag, nu);
        plaats(z, Leerroute.Z, null, 10, 3, null, vandaag, nu);
        log.info("Demo providers, contracts and placements created");
    }

    private Contract contract(
            Aanbieder aanbieder,
            String nummer,
            String perceel,
            Contractonderdeel onderdeel,
            LocalDate begin,
            LocalDate einde,
            int capaciteit,
            List<LocalDate> startmomenten,
            Prijsmodel prijsmodel,
            String prijs,
            Instant nu) {
        return contracten.save(Contract.nieuw(
                new Contract.Gegevens(
                        aanbieder.id(),
                        nummer,
                        perceel,
                        onderdeel,
                        GEMEENTEN,
                        begin,
                        einde,
                        capaciteit,
                        startmomenten,
                        prijsmodel,
                        new BigDecimal(prijs)),
                nu));
    }

    /**
     * Places {@code aantal} demo dossiers with a vastgesteld PIP (their dagtekening is on the dossier), skipping the first
     * {@code overslaan}: the older half has started, the others start at the contract's next start moment.
     */
    private void plaats(
            Contract contract,
            Leerroute leerroute,
            Niveau niveau,
            int overslaan,
            int aantal,
            LocalDate volgendeStart,
            LocalDate vandaag,
            Instant nu) {
        record Dossier(UUID id, String gemeentecode, LocalDate dagtekening) {}
        List<Dossier> dossiers = jdbc.sql("""
                        select id, gemeentecode, dagtekening_pip from inburgeraar
                        where gemeentecode in ('0392', '0453') and dagtekening_pip is not null and fase = 'INBURGERING'
                        order by dagtekening_pip, id offset ? limit ?""")
                .params(overslaan, aantal)
                .query((rs, i) -> new Dossier(
                        rs.getObject("id", UUID.class),
                        rs.getString("gemeentecode"),
                        rs.getObject("dagtekening_pip", LocalDate.class)))
                .list();
        for (int i = 0; i < dossiers.size(); i++) {
            Dossier d = dossiers.get(i);
            LocalDate aanmelding =
                    d.dagtekening().isBefore(contract.begindatum()) ? contract.begindatum() : d.dagtekening();
            boolean gestart = i % 2 == 0 && aanmelding.plusWeeks(6).isBefore(vandaag);
            Plaatsing p = Plaatsing.aanmelden(
                    d.id(),
                    d.gemeentecode(),
                    contract,
                    null,
                    leerroute,
                    niveau,
                    aanmelding,
                    gestart ? null : volgendeStart,
                    null,
                    nu);
            p.plaats(bezettingen.van(contract, null), nu);
            if (gestart) {
                p.start(aanmelding.plusWeeks(6), vandaag, contract, nu);
            }
            bezettingen.boek(plaatsingen.save(p));
        }
    }
}
