package nl.inburgeringsregie.begeleiding;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.gebruikers.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The maatschappelijke begeleiding of the national dataset (issue 17 at national scale, docs/performance.md), generated
 * inside PostgreSQL with set-based inserts like {@code LandelijkeAanbieders}: per region (the providers' regions of
 * consecutive gemeentecodes) one partner organisation, "Stichting Welkom regio n", with its begeleiders
 * {@code bg<n>-<k>} (password {@code demo}, one per 100 running begeleidingen, at least one); every housed
 * asielstatushouder of the region (but one in 33) assigned to it from the day of housing for the configured months
 * (T-9); a contact every six weeks from two weeks after housing up to today or the handover (an interpreter for two in
 * five persons, leefgebieden, time spent, now and then participation time, R-11), one in 17 running begeleidingen with
 * an open signal to the consultant; a begeleiding past its end handed over warmly to the sociaal wijkteam on its last
 * day, except some of the last four weeks (overdue on the worklist). Choices come from a hash of the ids, so a run is
 * reproducible. Per gemeente only when the gemeente has no begeleiding yet, so a dataset loaded before this part gains
 * it on its next start and one loaded with it is left alone. Only for generated data: it writes the tables directly,
 * without the checks of {@link Begeleiding}.
 */
@Component
@ConditionalOnProperty(
        name = {"inburgeringsregie.embedded-database.active", "inburgeringsregie.demo.enabled"},
        havingValue = "true")
public class LandelijkeBegeleiding {

    /** The name of region n's partner organisation is this prefix and n. */
    static final String PREFIX = "Stichting Welkom regio ";

    /** Running begeleidingen per begeleider account. */
    private static final int PER_BEGELEIDER = 100;

    /** What one call added. */
    public record Resultaat(int gemeenten, long begeleidingen, long contacten, int begeleiders) {}

    private static final Logger log = LoggerFactory.getLogger(LandelijkeBegeleiding.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transacties;
    private final BegeleidingInstellingen instellingen;
    private final DemoAccounts demoAccounts;
    private final MessageSourceAccessor berichten;

    LandelijkeBegeleiding(
            JdbcClient jdbc,
            TransactionTemplate transacties,
            BegeleidingInstellingen instellingen,
            DemoAccounts demoAccounts,
            MessageSourceAccessor berichten) {
        this.jdbc = jdbc;
        this.transacties = transacties;
        this.instellingen = instellingen;
        this.demoAccounts = demoAccounts;
        this.berichten = berichten;
    }

    /** Adds the begeleidingen of each of these gemeenten (given with its region, 0-based) that has none yet. */
    public Resultaat voegToe(List<String> gemeenten, List<Integer> regios, LocalDate vandaag) {
        String signaal = berichten.getMessage("demo.begeleiding.signaal");
        String samenvatting = berichten.getMessage("demo.begeleiding.overdracht");
        int geladen = 0;
        long begeleidingen = 0;
        long contacten = 0;
        for (int g = 0; g < gemeenten.size(); g++) {
            String gemeente = gemeenten.get(g);
            int regio = regios.get(g) + 1;
            long[] n = transacties.execute(status -> {
                boolean heeft = jdbc.sql("select exists (select 1 from begeleiding where gemeentecode = ?)")
                        .param(gemeente)
                        .query(Boolean.class)
                        .single();
                if (heeft) {
                    return null;
                }
                jdbc.sql("""
                        insert into partnerorganisatie (id, version, naam, gewijzigd_op)
                        values (gen_random_uuid(), 0, ?, now()) on conflict (naam) do nothing""").param(PREFIX + regio).update();
                String team = berichten.getMessage("demo.begeleiding.team", new Object[] {
                    jdbc.sql("select naam from gemeente where code = ?")
                            .param(gemeente)
                            .query(String.class)
                            .optional()
                            .orElse(gemeente)
                });
                jdbc.sql("""
                        create temp table landelijk_begeleiding on commit drop as
                        select gen_random_uuid() as id, i.id as inburgeraar_id, i.gemeentecode, p.id as partner_id,
                               i.datum_huisvesting as startdatum, e.einddatum, h.h,
                               case when e.einddatum < ? and not (e.einddatum >= ?::date - 28 and h.h % 2 = 0)
                                    then e.einddatum end as overdracht
                        from inburgeraar i
                             join partnerorganisatie p on p.naam = ?
                             cross join lateral (select abs(hashtext(i.id::text || 'begeleiding')) % 100 as h) h
                             cross join lateral (select (i.datum_huisvesting + make_interval(months => ?))::date as d) z
                             cross join lateral (select case when extract(day from z.d) <> extract(day from i.datum_huisvesting)
                                                             then z.d else z.d - 1 end as einddatum) e
                        where i.gemeentecode = ? and i.doelgroep = 'ASIELSTATUSHOUDER'
                          and i.datum_huisvesting is not null and i.datum_huisvesting <= ?
                          and i.fase <> 'UITGESCHREVEN' and h.h >= 3""")
                        .params(vandaag, vandaag, PREFIX + regio, instellingen.maanden(), gemeente, vandaag)
                        .update();
                long b = jdbc.sql("""
                        insert into begeleiding (id, version, inburgeraar_id, gemeentecode, partner_id, startdatum, einddatum,
                                                 overdracht_datum, overdracht_team, overdracht_samenvatting,
                                                 overdracht_gezamenlijk, signaal_sinds, gewijzigd_op)
                        select b.id, 0, b.inburgeraar_id, b.gemeentecode, b.partner_id, b.startdatum, b.einddatum,
                               b.overdracht, case when b.overdracht is not null then ? end,
                               case when b.overdracht is not null then ? end,
                               case when b.overdracht is not null then b.h % 4 <> 0 end, null, now()
                        from landelijk_begeleiding b order by b.inburgeraar_id""").params(team, samenvatting).update();
                // A contact every six weeks from two weeks after housing; the last one of a running begeleiding with
                // an open signal (one in 17) carries the signal.
                long c = jdbc.sql("""
                        insert into begeleidingscontact (begeleiding, begeleiding_key, datum, tolk, tolktaal, leefgebieden,
                                                         minuten, participatie, signaal, vastgelegd_door)
                        select b.id, c.nr - 1, c.datum, b.h % 5 < 2,
                               case when b.h % 5 < 2 then (array['Tigrinya', 'Arabisch', 'Dari', 'Turks'])[1 + b.h % 4] end,
                               (array['WONEN,INKOMEN', 'WERK,VOORLICHTING', 'ZORG', 'GEZIN,ONDERWIJS', 'VERZEKERINGEN,INKOMEN',
                                      'VERVOER', 'WERK'])[1 + r.r % 7],
                               30 + 15 * (r.r % 11), r.r % 4 = 0,
                               case when b.overdracht is null and b.h % 17 = 0 and c.nr = c.laatste then ? end,
                               'bg' || ? || '-1'
                        from landelijk_begeleiding b
                             cross join lateral (select t::date as datum, row_number() over (order by t) as nr,
                                                        count(*) over () as laatste
                                                 from generate_series(b.startdatum + 14,
                                                         least(coalesce(b.overdracht, b.einddatum), ?::date),
                                                         interval '6 weeks') t) c
                             cross join lateral (select abs(hashtext(b.id::text || c.datum::text)) as r) r
                        order by b.inburgeraar_id, c.nr""").params(signaal, regio, vandaag).update();
                jdbc.sql("""
                        update begeleiding b set signaal_sinds = c.datum
                        from begeleidingscontact c join landelijk_begeleiding l on l.id = c.begeleiding
                        where c.begeleiding = b.id and c.signaal is not null""").update();
                return new long[] {b, c};
            });
            if (n != null) {
                geladen++;
                begeleidingen += n[0];
                contacten += n[1];
            }
        }
        int begeleiders = begeleiders(regios.stream().distinct().map(r -> r + 1).toList());
        log.info(
                "National dataset: {} begeleidingen with {} contacts in {} gemeenten, {} begeleiders",
                begeleidingen,
                contacten,
                geladen,
                begeleiders);
        return new Resultaat(geladen, begeleidingen, contacten, begeleiders);
    }

    /**
     * The begeleiders of each region's organisation, one per {@value #PER_BEGELEIDER} running begeleidingen (at least
     * one), when missing; returns how many accounts the regions have.
     */
    private int begeleiders(List<Integer> regios) {
        Map<String, String> accounts = new LinkedHashMap<>();
        for (int regio : regios) {
            long lopend = jdbc.sql("""
                            select count(*) from begeleiding b join partnerorganisatie p on p.id = b.partner_id
                            where p.naam = ? and b.overdracht_datum is null""").param(PREFIX + regio).query(Long.class).single();
            for (long k = 1; k <= Math.max(1, (lopend + PER_BEGELEIDER - 1) / PER_BEGELEIDER); k++) {
                accounts.put("bg" + regio + "-" + k, "Begeleider " + k + " " + PREFIX + regio);
            }
        }
        demoAccounts.zorgVoorBegeleiders(accounts);
        transacties.executeWithoutResult(status -> jdbc.sql("""
                        insert into partner_gebruiker (gebruikersnaam, partner_id)
                        select g.gebruikersnaam, p.id
                        from unnest(?::text[]) as g (gebruikersnaam)
                             join partnerorganisatie p on p.naam = ? || substring(g.gebruikersnaam from 'bg([0-9]+)-')
                        on conflict do nothing""")
                .params(accounts.keySet().toArray(String[]::new), PREFIX)
                .update());
        return accounts.size();
    }
}
