package nl.inburgeringsregie.ontzorgen;

import java.time.LocalDate;
import java.util.List;
import org.iban4j.CountryCode;
import org.iban4j.Iban;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ontzorgingen of the national dataset (issue 17 at national scale, docs/performance.md), generated inside
 * PostgreSQL with set-based inserts like {@code LandelijkeAanbieders}: for the asielstatushouders on bijstand of every
 * gemeente of the dataset (all but one in 25, who are left for the budgetcoach's worklist, O-1), an ontzorging from the
 * start of the bijstand for the configured months (T-8) with its four fixed costs (rent, energy, water, the health
 * insurance premium; O-1) to valid Dutch IBANs. The authorisation is signed on or just before the start, except for one
 * in four of those started in the last six weeks (the worklist again). Most periods were extended by the budgetcoach
 * (O-2, maatwerk with a reason: six to thirty months more), as large gemeenten do, so the largest gemeente pays the
 * fixed costs of well over 5,000 persons in each recent month (the payment batch's target). A period past its end was
 * ended on its last day, except some of the last four weeks still waiting for the decision. Choices come from a hash
 * of the person's id, so a run is reproducible. Per gemeente only when the gemeente has no ontzorging yet, so a
 * dataset loaded before this part gains it on its next start and one loaded with it is left alone. Only for generated
 * data: it writes the tables directly, without the checks of {@link Ontzorging}.
 */
@Component
@ConditionalOnProperty(
        name = {"inburgeringsregie.embedded-database.active", "inburgeringsregie.demo.enabled"},
        havingValue = "true")
public class LandelijkeOntzorgingen {

    /** What one call added. */
    public record Resultaat(int gemeenten, long ontzorgingen, long vasteLasten) {}

    private static final Logger log = LoggerFactory.getLogger(LandelijkeOntzorgingen.class);
    private static final int VERHUURDERS = 200;
    private static final int LEVERANCIERS = 6;
    private static final int WATERBEDRIJVEN = 10;
    private static final int VERZEKERAARS = 8;

    private final JdbcClient jdbc;
    private final TransactionTemplate transacties;
    private final OntzorgenInstellingen instellingen;
    private final MessageSourceAccessor berichten;

    LandelijkeOntzorgingen(
            JdbcClient jdbc,
            TransactionTemplate transacties,
            OntzorgenInstellingen instellingen,
            MessageSourceAccessor berichten) {
        this.jdbc = jdbc;
        this.transacties = transacties;
        this.instellingen = instellingen;
        this.berichten = berichten;
    }

    /** Adds the ontzorgingen of each of these gemeenten that has none yet. */
    public Resultaat voegToe(List<String> gemeenten, LocalDate vandaag) {
        String[] huur = ibans("RABO", 310_000_000L, VERHUURDERS);
        String[] energie = ibans("INGB", 6_510_000L, LEVERANCIERS);
        String[] water = ibans("ABNA", 417_170_000L, WATERBEDRIJVEN);
        String[] zorg = ibans("INGB", 7_710_000L, VERZEKERAARS);
        String reden = berichten.getMessage("demo.ontzorging.verlenging");
        int maanden = instellingen.maanden();
        int geladen = 0;
        long ontzorgingen = 0;
        long lasten = 0;
        for (String gemeente : gemeenten) {
            long[] n = transacties.execute(status -> {
                boolean heeft = jdbc.sql("select exists (select 1 from ontzorging where gemeentecode = ?)")
                        .param(gemeente)
                        .query(Boolean.class)
                        .single();
                if (heeft) {
                    return null;
                }
                jdbc.sql("""
                        create temp table landelijk_ontzorging on commit drop as
                        select gen_random_uuid() as id, i.id as inburgeraar_id, i.gemeentecode,
                               i.datum_start_bijstand as begindatum, h.h,
                               (i.datum_start_bijstand + make_interval(months => ?))::date as einde
                        from inburgeraar i
                             cross join lateral (select abs(hashtext(i.id::text || 'ontzorging')) % 100 as h) h
                        where i.gemeentecode = ? and i.doelgroep = 'ASIELSTATUSHOUDER'
                          and i.datum_start_bijstand is not null and i.datum_start_bijstand <= ?
                          and i.fase <> 'UITGESCHREVEN' and h.h >= 4""").params(maanden, gemeente, vandaag).update();
                long o = jdbc.sql("""
                        insert into ontzorging (id, version, inburgeraar_id, gemeentecode, begindatum, einddatum,
                                                datum_machtiging, verlenging_reden, beeindigd_op, gewijzigd_op)
                        select id, 0, inburgeraar_id, gemeentecode, begindatum, e.einddatum, m.machtiging,
                               case when e.verlengd then ? end,
                               case when e.einddatum < ? and not (e.einddatum >= ?::date - 28 and h % 2 = 0)
                                    then e.einddatum end,
                               now()
                        from landelijk_ontzorging
                             cross join lateral (select case when begindatum > ?::date - 42 and h < 28 then null
                                                        else begindatum - h % 3 end as machtiging) m
                             cross join lateral (select m.machtiging is not null and h between 13 and 97 as verlengd) v
                             cross join lateral (select v.verlengd,
                                                        case when v.verlengd
                                                             then (einde + make_interval(months => 6 * (1 + h % 5)))::date
                                                             else einde end as einddatum) e
                        order by inburgeraar_id""").params(reden, vandaag, vandaag, vandaag).update();
                long l = jdbc.sql("""
                        insert into vaste_last (ontzorging, ontzorging_key, soort, ontvanger, iban, polisnummer, bedrag)
                        select o.id, k.key, k.soort,
                               case k.soort when 'HUUR' then 'Woningcorporatie ' || (x.verhuurder + 1)
                                    when 'ENERGIE' then 'Energieleverancier ' || (x.leverancier + 1)
                                    when 'WATER' then 'Waterbedrijf ' || (x.waterbedrijf + 1)
                                    else 'Zorgverzekeraar ' || (x.verzekeraar + 1) end,
                               case k.soort when 'HUUR' then (?::text[])[x.verhuurder + 1]
                                    when 'ENERGIE' then (?::text[])[x.leverancier + 1]
                                    when 'WATER' then (?::text[])[x.waterbedrijf + 1]
                                    else (?::text[])[x.verzekeraar + 1] end,
                               case when k.soort = 'ZORGVERZEKERING'
                                    then 'ZV-' || lpad((abs(hashtext(o.id::text)) % 10000000)::text, 7, '0') end,
                               case k.soort when 'HUUR' then 450 + x.r % 450
                                    when 'ENERGIE' then 90 + x.r % 110
                                    when 'WATER' then 15 + x.r % 20
                                    else 125 + x.r % 35 end + 0.50
                        from landelijk_ontzorging o
                             cross join lateral (select abs(hashtext(o.id::text || 'lasten')) as r) r
                             cross join lateral (select r.r, (o.gemeentecode::int * 7 + r.r % 5) % ? as verhuurder,
                                                        r.r % ? as leverancier, o.gemeentecode::int % ? as waterbedrijf,
                                                        (r.r / 7) % ? as verzekeraar) x
                             cross join (values (0, 'HUUR'), (1, 'ENERGIE'), (2, 'WATER'), (3, 'ZORGVERZEKERING'))
                                  as k (key, soort)
                        order by o.inburgeraar_id, k.key""")
                        .params(huur, energie, water, zorg, VERHUURDERS, LEVERANCIERS, WATERBEDRIJVEN, VERZEKERAARS)
                        .update();
                return new long[] {o, l};
            });
            if (n != null) {
                geladen++;
                ontzorgingen += n[0];
                lasten += n[1];
            }
        }
        log.info(
                "National dataset: {} ontzorgingen with {} fixed costs in {} gemeenten", ontzorgingen, lasten, geladen);
        return new Resultaat(geladen, ontzorgingen, lasten);
    }

    /** Valid Dutch IBANs (ISO 13616 check digits) of consecutive account numbers at one bank. */
    private static String[] ibans(String bank, long eerste, int aantal) {
        String[] ibans = new String[aantal];
        for (int i = 0; i < aantal; i++) {
            ibans[i] = new Iban.Builder()
                    .countryCode(CountryCode.NL)
                    .bankCode(bank)
                    .accountNumber(String.format("%010d", eerste + i))
                    .build()
                    .toString();
        }
        return ibans;
    }
}
