package nl.inburgeringsregie.ontzorgen;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.iban4j.CountryCode;
import org.iban4j.Iban;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's ontzorgingen (issue 17, ADR 0032), so the budgetcoach has a real worklist: for the demo asielstatushouders
 * of Haarlem and Velsen whose bijstand started in the last eight months, the period from that start (T-8) with the
 * fixed costs (O-1); one in five still lacks the signed authorisation, and one older one is extended (O-2). Last
 * month's batch of each gemeente is made and sent, this month's is made and open. Only in the embedded default, as the
 * demo accounts; made once (when Haarlem has no ontzorging).
 */
@Component
@ConditionalOnProperty(
        name = {"inburgeringsregie.embedded-database.active", "inburgeringsregie.demo.enabled"},
        havingValue = "true")
public class DemoOntzorgingen {

    private static final Logger log = LoggerFactory.getLogger(DemoOntzorgingen.class);
    private static final List<String> GEMEENTEN = List.of("0392", "0453");
    private static final List<String> VERHUURDERS =
            List.of("Woonstichting Spaarnestad", "Woningcorporatie Kennemerhuis", "Stichting Wonen IJmond");
    private static final List<String> ENERGIE = List.of("Energie Noord-Holland", "Duinstroom Energie");
    private static final List<String> VERZEKERAARS = List.of("Zorgverzekeraar Zilverlinde", "Zorg en Zekerheid Kust");

    private final OntzorgingRepository ontzorgingen;
    private final OntzorgenInstellingen instellingen;
    private final Betaalbatches batches;
    private final JdbcClient jdbc;
    private final MessageSourceAccessor berichten;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoOntzorgingen(
            OntzorgingRepository ontzorgingen,
            OntzorgenInstellingen instellingen,
            Betaalbatches batches,
            JdbcClient jdbc,
            MessageSourceAccessor berichten,
            ApplicationEventPublisher events,
            Clock clock) {
        this.ontzorgingen = ontzorgingen;
        this.instellingen = instellingen;
        this.batches = batches;
        this.jdbc = jdbc;
        this.berichten = berichten;
        this.events = events;
        this.clock = clock;
    }

    /** Creates the demo ontzorgingen and batches when Haarlem has none. */
    @Transactional
    public void zorgVoorDemoOntzorgingen() {
        boolean bestaat = jdbc.sql("select exists (select 1 from ontzorging where gemeentecode = '0392')")
                .query(Boolean.class)
                .single();
        if (bestaat) {
            return;
        }
        Instant nu = clock.instant();
        LocalDate vandaag = LocalDate.now(clock);
        record Dossier(UUID id, String gemeentecode, LocalDate startBijstand) {}
        List<Dossier> dossiers = jdbc.sql("""
                        select id, gemeentecode, datum_start_bijstand from inburgeraar
                        where gemeentecode in ('0392', '0453') and doelgroep = 'ASIELSTATUSHOUDER'
                          and datum_start_bijstand between ? and ? and fase <> 'UITGESCHREVEN'
                        order by gemeentecode, datum_start_bijstand desc, id""")
                .params(vandaag.minusMonths(8), vandaag)
                .query((rs, i) -> new Dossier(
                        rs.getObject("id", UUID.class),
                        rs.getString("gemeentecode"),
                        rs.getObject("datum_start_bijstand", LocalDate.class)))
                .list();
        int aantal = 0;
        List<UUID> ontzorgd = new ArrayList<>();
        for (String gemeente : GEMEENTEN) {
            List<Dossier> van = dossiers.stream()
                    .filter(d -> d.gemeentecode().equals(gemeente))
                    .limit(gemeente.equals("0392") ? 14 : 6)
                    .toList();
            for (int i = 0; i < van.size(); i++) {
                Dossier d = van.get(i);
                Ontzorging o =
                        Ontzorging.nieuw(d.id(), d.gemeentecode(), d.startBijstand(), instellingen.maanden(), nu);
                LocalDate machtiging = i % 5 == 4 ? null : d.startBijstand().minusDays(i % 3);
                o.legVast(machtiging, lasten(aantal), instellingen.maximumBedrag(), nu);
                if (i == van.size() - 1 && machtiging != null && o.einddatum().isAfter(vandaag)) {
                    o.verleng(o.einddatum().plusMonths(3), berichten.getMessage("demo.ontzorging.verlenging"), nu);
                }
                ontzorgingen.save(o);
                ontzorgd.add(d.id());
                aantal++;
            }
        }
        // T-8 and O-1: their deadlines rewritten as the budgetcoach's recording rewrites them (Ontzorgingen).
        events.publishEvent(new TermijnfeitenGewijzigd(ontzorgd));
        YearMonth maand = YearMonth.from(vandaag);
        for (String gemeente : GEMEENTEN) {
            batches.verstuurd(batches.maakVoor(gemeente, maand.minusMonths(1)).id());
            batches.maakVoor(gemeente, maand);
        }
        log.info(
                "Demo ontzorgingen: {} with their fixed costs, and the batches of {} and {}",
                aantal,
                maand.minusMonths(1),
                maand);
    }

    /** Rent, energy, water and the health insurance premium, with valid (generated) Dutch IBANs. */
    private static List<VasteLast> lasten(int n) {
        List<VasteLast> lasten = new ArrayList<>();
        lasten.add(new VasteLast(
                VasteLast.Soort.HUUR,
                VERHUURDERS.get(n % VERHUURDERS.size()),
                iban("RABO", 300_000_000L + n % VERHUURDERS.size()),
                null,
                bedrag(545 + (n * 37) % 190)));
        lasten.add(new VasteLast(
                VasteLast.Soort.ENERGIE,
                ENERGIE.get(n % ENERGIE.size()),
                iban("INGB", 6_500_000L + n % ENERGIE.size()),
                null,
                bedrag(115 + (n * 13) % 60)));
        lasten.add(new VasteLast(
                VasteLast.Soort.WATER,
                "Waterbedrijf Duin en Polder",
                iban("ABNA", 417_160_000L),
                null,
                bedrag(19 + n % 8)));
        lasten.add(new VasteLast(
                VasteLast.Soort.ZORGVERZEKERING,
                VERZEKERAARS.get(n % VERZEKERAARS.size()),
                iban("INGB", 7_700_000L + n % VERZEKERAARS.size()),
                "ZV-" + (204_100 + n),
                bedrag(148 + n % 9)));
        return lasten;
    }

    private static String iban(String bank, long rekening) {
        return new Iban.Builder()
                .countryCode(CountryCode.NL)
                .bankCode(bank)
                .accountNumber(String.format("%010d", rekening))
                .build()
                .toString();
    }

    private static BigDecimal bedrag(int euro) {
        return new BigDecimal(euro + ".50");
    }
}
