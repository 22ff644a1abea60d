package nl.inburgeringsregie.aanbieders;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.gebruikers.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The providers of the national dataset (issue 15, ADR 0007 and 0031), generated inside PostgreSQL with set-based
 * inserts as the dataset's history: the gemeenten are grouped in regions of consecutive codes; per region and route
 * (B1-route, onderwijsroute, Z-route) as many providers as it takes to keep each at most at
 * {@code deelnemersPerAanbieder} participants, each with one contract for the region's gemeenten (the onderwijsroute's
 * provider with TST, every one with the Blik op Werk keurmerk, R-10); every person in the inburgering phase with a
 * vastgesteld PIP placed with one of its route's providers (started two to nine weeks after the dagtekening, or placed
 * to start soon), booked in the contract's capacity ledger; and for every started placement a year of weekly
 * attendance (AB-6), at most 52 weeks up to last week, with now and then an absence. Each provider has a user
 * {@code a<n>} (password {@code demo}) whose number is the one in its instellingsnummer ({@code LA<n>}). Choices come
 * from a hash of the dossier's or placement's id, so a run is reproducible. Only for generated data: it writes the
 * tables directly, without the checks of {@link Plaatsingen} and {@link Presenties}.
 */
@Component
@ConditionalOnProperty(
        name = {"inburgeringsregie.embedded-database.active", "inburgeringsregie.demo.enabled"},
        havingValue = "true")
public class LandelijkeAanbieders {

    /** The instellingsnummer of the national dataset's provider {@code n} is this prefix and n in eight digits. */
    static final String PREFIX = "LA";

    /** What one call added. */
    public record Resultaat(int aanbieders, long plaatsingen, long presenties) {}

    private static final Logger log = LoggerFactory.getLogger(LandelijkeAanbieders.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transacties;
    private final DemoAccounts demoAccounts;

    LandelijkeAanbieders(JdbcClient jdbc, TransactionTemplate transacties, DemoAccounts demoAccounts) {
        this.jdbc = jdbc;
        this.transacties = transacties;
        this.demoAccounts = demoAccounts;
    }

    /**
     * Adds providers, contracts, placements and attendance for these (freshly loaded) gemeenten, each given with its
     * region; persons who already have a placement are left alone.
     */
    public Resultaat voegToe(
            List<String> gemeenten, List<Integer> regios, int deelnemersPerAanbieder, LocalDate vandaag) {
        String[] codes = gemeenten.toArray(String[]::new);
        Integer[] regio = regios.toArray(Integer[]::new);
        Map<String, String> accounts = new LinkedHashMap<>();
        long plaatsingen = transacties.execute(status -> {
            jdbc.sql("""
                    create temp table landelijk_plaatsbaar on commit drop as
                    select p.inburgeraar_id, p.id as pip_id, p.gemeentecode, p.leerroute, p.niveau, p.dagtekening_pip, r.regio,
                           case p.leerroute when 'B' then 'B1_ROUTE' when 'O' then 'ONDERWIJSROUTE' else 'Z_ROUTE' end as onderdeel,
                           row_number() over (partition by r.regio, p.leerroute
                                              order by hashtext(p.inburgeraar_id::text || 'aanbieder'), p.inburgeraar_id) as volgnummer
                    from pip p join inburgeraar i on i.id = p.inburgeraar_id
                         join unnest(?::text[], ?::int[]) as r (gemeentecode, regio) on r.gemeentecode = p.gemeentecode
                    where p.status = 'VASTGESTELD' and p.dagtekening_pip is not null and p.leerroute is not null
                      and i.fase = 'INBURGERING'
                      and not exists (select 1 from plaatsing x where x.inburgeraar_id = p.inburgeraar_id)""").params(codes, regio).update();
            long eerder = jdbc.sql("select count(*) from aanbieder where instellingsnummer like ? || '%'")
                    .param(PREFIX)
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                    create temp table landelijk_aanbieder on commit drop as
                    select gen_random_uuid() as id, gen_random_uuid() as contract_id,
                           ? + row_number() over (order by s.regio, s.onderdeel, j) as nr, s.regio, s.onderdeel, j, s.k,
                           ceil(s.n::numeric / s.k)::int as deelnemers
                    from (select regio, onderdeel, count(*) as n, ceil(count(*)::numeric / ?)::int as k
                          from landelijk_plaatsbaar group by regio, onderdeel) s
                         cross join lateral generate_series(0, s.k - 1) j""").params(eerder, Math.max(1, deelnemersPerAanbieder)).update();
            LocalDate einde = vandaag.plusYears(2).withDayOfYear(1).minusDays(1);
            jdbc.sql("""
                    insert into aanbieder (id, version, naam, instellingsnummer, bow_geldig_tot, tst_geldig_tot,
                                           contactpersoon, email, telefoon, gewijzigd_op)
                    select id, 0,
                           case onderdeel when 'B1_ROUTE' then 'Taalschool' when 'ONDERWIJSROUTE' then 'Roc'
                                else 'Zelfredzaamheidsprogramma' end || ' regio ' || (regio + 1) || '-' || (j + 1),
                           ? || lpad(nr::text, 8, '0'), ?, case when onderdeel = 'ONDERWIJSROUTE' then ?::date end,
                           'Contactpersoon ' || nr, 'inburgering' || nr || '@aanbieder.example',
                           '088 555 ' || lpad(nr::text, 4, '0'), now()
                    from landelijk_aanbieder""").params(PREFIX, einde, einde).update();
            jdbc.sql("""
                    insert into contract (id, version, aanbieder_id, contractnummer, perceel, onderdeel, begindatum, einddatum,
                                          capaciteit, prijsmodel, prijs, gewijzigd_op)
                    select contract_id, 0, id, 'LAND-' || lpad(nr::text, 6, '0'),
                           'Regio ' || (regio + 1) || ', perceel ' || onderdeel || ' ' || (j + 1), onderdeel,
                           date '2022-01-01', ?, least(100000, deelnemers + deelnemers / 4 + 1),
                           case when onderdeel = 'Z_ROUTE' then 'PER_UUR' else 'PER_TRAJECT' end,
                           case onderdeel when 'Z_ROUTE' then 42.50 when 'ONDERWIJSROUTE' then 14500 else 9850 end, now()
                    from landelijk_aanbieder""").param(einde).update();
            jdbc.sql("""
                    insert into contract_gemeente (contract_id, gemeentecode)
                    select a.contract_id, r.gemeentecode
                    from landelijk_aanbieder a join unnest(?::text[], ?::int[]) as r (gemeentecode, regio) on r.regio = a.regio""").params(codes, regio).update();
            jdbc.sql("""
                    insert into contract_startmoment (contract_id, datum)
                    select a.contract_id, (date_trunc('month', ?::date) + make_interval(months => m))::date
                    from landelijk_aanbieder a cross join (values (1), (4), (7)) as s (m)
                    where a.onderdeel <> 'Z_ROUTE'""").param(vandaag).update();
            long geplaatst = jdbc.sql("""
                    insert into plaatsing (id, version, inburgeraar_id, gemeentecode, contract_id, aanbieder_id, onderdeel,
                                           pip_id, leerroute, niveau, status, aanmelddatum, verwachte_start, startdatum,
                                           gewijzigd_op)
                    select gen_random_uuid(), 0, p.inburgeraar_id, p.gemeentecode, a.contract_id, a.id, p.onderdeel,
                           p.pip_id, p.leerroute, p.niveau, case when s.start <= ? then 'GESTART' else 'GEPLAATST' end,
                           s.aanmelding, s.start, case when s.start <= ? then s.start end, now()
                    from landelijk_plaatsbaar p
                         join landelijk_aanbieder a on a.regio = p.regio and a.onderdeel = p.onderdeel
                              and a.j = p.volgnummer % a.k
                         cross join lateral (select greatest(p.dagtekening_pip, date '2022-01-01') as aanmelding) m
                         cross join lateral (select m.aanmelding, m.aanmelding + 14
                                 + abs(hashtext(p.inburgeraar_id::text || 'start')) % 50 as start) s
                    order by p.inburgeraar_id""").params(vandaag, vandaag).update();
            jdbc.sql("""
                    insert into contractbezetting (plaatsing_id, contract_id, status, wachtnummer, verwachte_start)
                    select pl.id, pl.contract_id, pl.status, null, pl.verwachte_start
                    from plaatsing pl join landelijk_aanbieder a on a.id = pl.aanbieder_id""").update();
            jdbc.sql("""
                            select l.nr, a.naam from landelijk_aanbieder l join aanbieder a on a.id = l.id order by l.nr""")
                    .query((rs, i) -> Map.entry("a" + rs.getLong("nr"), rs.getString("naam")))
                    .list()
                    .forEach(e -> accounts.put(e.getKey(), e.getValue()));
            return geplaatst;
        });
        demoAccounts.zorgVoorAanbieders(accounts);
        transacties.executeWithoutResult(status -> jdbc.sql("""
                        insert into aanbieder_gebruiker (gebruikersnaam, aanbieder_id)
                        select 'a' || ltrim(substr(a.instellingsnummer, 3), '0'), a.id from aanbieder a
                        where a.instellingsnummer like ? || '%' on conflict do nothing""").param(PREFIX).update());
        long presenties = 0;
        for (String gemeente : gemeenten) {
            presenties += transacties.execute(status -> (long)
                    jdbc.sql("""
                            insert into presentie (id, plaatsing_id, inburgeraar_id, gemeentecode, aanbieder_id, periode, datum,
                                                   uren_aanwezig, uren_afwezig, afwezig_geoorloofd, gemeld_door, gemeld_op)
                            select gen_random_uuid(), pl.id, pl.inburgeraar_id, pl.gemeentecode, pl.aanbieder_id, 'WEEK', w.datum,
                                   case when x.r < 8 then 0 when x.r < 20 then h.u - 2 else h.u end,
                                   case when x.r < 8 then h.u when x.r < 20 then 2 else 0 end,
                                   case when x.r < 20 then x.r < 5 or x.r between 8 and 14 end,
                                   'a' || ltrim(substr(a.instellingsnummer, 3), '0'), w.datum + 7 + time '16:00'
                            from plaatsing pl join aanbieder a on a.id = pl.aanbieder_id
                                 cross join lateral (select case pl.onderdeel when 'ONDERWIJSROUTE' then 16
                                         when 'Z_ROUTE' then 8 else 10 end as u) h
                                 cross join lateral (select t::date as datum from generate_series(
                                         greatest(date_trunc('week', pl.startdatum), date_trunc('week', ?::date) - interval '52 weeks'),
                                         date_trunc('week', ?::date) - interval '1 week', interval '1 week') t) w
                                 cross join lateral (select abs(hashtext(pl.id::text || w.datum::text)) % 100 as r) x
                            where pl.gemeentecode = ? and pl.status = 'GESTART' and a.instellingsnummer like ? || '%'
                              and not exists (select 1 from presentie y where y.plaatsing_id = pl.id)
                            order by pl.inburgeraar_id, w.datum""").params(vandaag, vandaag, gemeente, PREFIX).update());
        }
        log.info(
                "National dataset: {} providers, {} placements, {} attendance rows",
                accounts.size(),
                plaatsingen,
                presenties);
        return new Resultaat(accounts.size(), plaatsingen, presenties);
    }
}
