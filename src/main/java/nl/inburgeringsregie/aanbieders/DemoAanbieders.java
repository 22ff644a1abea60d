package nl.inburgeringsregie.aanbieders;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.web.Weergave;
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
    static final String MBO = "25LX000002";
    static final String ZROUTE = "30ZR000003";

    /** The levels a demo participant climbs, a step every two quarters. */
    private static final List<String> TREDEN = List.of("A0", "A1", "A2", "B1");

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

    /**
     * Creates the demo providers, contracts and placements when the taalschool is missing, and a year of attendance and
     * progress for the started placements that have none yet.
     */
    @Transactional
    public void zorgVoorDemoAanbieders() {
        boolean bestaat = aanbieders.alle().stream()
                .anyMatch(a -> TAALSCHOOL.equals(a.gegevens().instellingsnummer()));
        if (!bestaat) {
            maak();
        }
        vulPresentieEnVoortgang();
    }

    private void maak() {
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
                        MBO,
                        einde,
                        einde,
                        "Bram Hoekstra",
                        "taalschakel@novacollege.example",
                        "023 555 0202"),
                nu));
        Aanbieder zroute = aanbieders.save(Aanbieder.nieuw(
                new Aanbieder.Gegevens(
                        "Zelfredzaam IJmond",
                        ZROUTE,
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

    /**
     * Reports, as the provider would have, a year of weekly attendance (up to the last completed week) and a progress
     * report each quarter from the start, for every started demo placement without any report yet. Deterministic: the
     * hours follow the placement's order and the week's number. Every third participant's last week is still to be
     * reported and every fourth's last quarter, so the provider's page shows reports due; the consultant sees hours and
     * progress bars.
     */
    private void vulPresentieEnVoortgang() {
        record Gestart(
                UUID id,
                UUID inburgeraarId,
                String gemeentecode,
                UUID aanbiederId,
                String onderdeel,
                LocalDate start) {}
        List<Gestart> gestart = jdbc.sql("""
                        select p.id, p.inburgeraar_id, p.gemeentecode, p.aanbieder_id, p.onderdeel, p.startdatum
                        from plaatsing p join aanbieder a on a.id = p.aanbieder_id
                        join inburgeraar i on i.id = p.inburgeraar_id
                        where a.instellingsnummer in (?, ?, ?) and p.status = 'GESTART'
                          and not exists (select 1 from presentie r where r.plaatsing_id = p.id)
                          and not exists (select 1 from leervordering l where l.plaatsing_id = p.id)
                        order by p.startdatum, i.geboortedatum, i.geslachtsnaam, i.voornamen""")
                .params(TAALSCHOOL, MBO, ZROUTE)
                .query((rs, i) -> new Gestart(
                        rs.getObject("id", UUID.class),
                        rs.getObject("inburgeraar_id", UUID.class),
                        rs.getString("gemeentecode"),
                        rs.getObject("aanbieder_id", UUID.class),
                        rs.getString("onderdeel"),
                        rs.getObject("startdatum", LocalDate.class)))
                .list();
        LocalDate vandaag = LocalDate.now(clock);
        Instant nu = Instant.now(clock);
        LocalDate vorigeWeek = vandaag.with(DayOfWeek.MONDAY).minusWeeks(1);
        int rijen = 0;
        for (int i = 0; i < gestart.size(); i++) {
            Gestart g = gestart.get(i);
            BigDecimal perWeek = BigDecimal.valueOf(
                    switch (Contractonderdeel.valueOf(g.onderdeel())) {
                        case ONDERWIJSROUTE -> 16;
                        case Z_ROUTE -> 8;
                        default -> 12;
                    });
            LocalDate eersteWeek = g.start().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            LocalDate vanaf = eersteWeek.isBefore(vorigeWeek.minusWeeks(51)) ? vorigeWeek.minusWeeks(51) : eersteWeek;
            LocalDate tot = i % 3 == 1 ? vorigeWeek.minusWeeks(1) : vorigeWeek;
            for (LocalDate week = vanaf; !week.isAfter(tot); week = week.plusWeeks(1)) {
                long n = i * 7L + ChronoUnit.WEEKS.between(eersteWeek, week);
                BigDecimal afwezig = n % 13 == 5 ? perWeek : n % 5 == 2 ? BigDecimal.TWO : BigDecimal.ZERO;
                Boolean geoorloofd = afwezig.signum() == 0 ? null : n % 13 != 5 || n % 2 == 0;
                jdbc.sql("""
                                insert into presentie (id, plaatsing_id, inburgeraar_id, gemeentecode, aanbieder_id,
                                    periode, datum, uren_aanwezig, uren_afwezig, afwezig_geoorloofd, gemeld_door,
                                    gemeld_op)
                                values (?, ?, ?, ?, ?, 'WEEK', ?, ?, ?, ?, 'aanbieder', ?)""")
                        .params(
                                UUID.randomUUID(),
                                g.id(),
                                g.inburgeraarId(),
                                g.gemeentecode(),
                                g.aanbiederId(),
                                week,
                                perWeek.subtract(afwezig),
                                afwezig,
                                geoorloofd,
                                Timestamp.from(gemeld(week.plusWeeks(1), nu)))
                        .update();
                rijen++;
            }
            LocalDate laatste = i % 4 == 2 ? vandaag.minusWeeks(13) : vandaag;
            for (int q = 1; !g.start().plusWeeks(13L * q).isAfter(laatste); q++) {
                LocalDate peildatum = g.start().plusWeeks(13L * q);
                if (peildatum.isBefore(vanaf)) {
                    continue;
                }
                jdbc.sql("""
                                insert into leervordering (id, plaatsing_id, inburgeraar_id, gemeentecode, aanbieder_id,
                                    peildatum, lezen, luisteren, spreken, schrijven, gemeld_door, gemeld_op)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'aanbieder', ?)""")
                        .params(
                                UUID.randomUUID(),
                                g.id(),
                                g.inburgeraarId(),
                                g.gemeentecode(),
                                g.aanbiederId(),
                                peildatum,
                                trede(q + 1),
                                trede(q + 1),
                                trede(q),
                                trede(q - 1),
                                Timestamp.from(gemeld(peildatum.plusDays(1), nu)))
                        .update();
                rijen++;
            }
        }
        if (rijen > 0) {
            log.info("Demo attendance and progress created: {} rows for {} placements", rijen, gestart.size());
        }
    }

    /** A level of {@link #TREDEN}: a step every two quarters. */
    private static String trede(int kwartaal) {
        return TREDEN.get(Math.clamp(kwartaal / 2, 0, TREDEN.size() - 1));
    }

    /** When a demo report was made: that morning at nine, never after now. */
    private static Instant gemeld(LocalDate dag, Instant nu) {
        Instant op = dag.atTime(9, 0).atZone(Weergave.NEDERLAND).toInstant();
        return op.isAfter(nu) ? nu : op;
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
                        new BigDecimal(prijs),
                        false),
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
