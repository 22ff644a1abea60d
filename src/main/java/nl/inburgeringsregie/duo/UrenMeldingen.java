package nl.inburgeringsregie.duo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.uren.UrenGewijzigd;
import nl.inburgeringsregie.uren.Urenboek;
import nl.inburgeringsregie.uren.Urenpost;
import nl.inburgeringsregie.uren.Urensoort;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * DUO's GevolgdeUren from the hours ledger, never typed (issue 15, ADR 0034). DUO takes running totals, not increments
 * (route-na-pip §0.1 point 2): after a change of a person's hours ({@link UrenGewijzigd}) the ledger's totals are
 * mapped to DUO's three kinds and each total that differs from the last one we sent (or queued) goes through the
 * outbox; a correction is a lower total; an unchanged total is not sent again.
 *
 * <ul>
 * <li>{@code bredeintake/taallesknm}: NT2 and KNM during the brede intake at the gemeente;</li>
 * <li>{@code participatietaalles}: NT2 and KNM at the course institution in the leerroute (all placements, so the
 * previous route's hours after schakelen too), the brede intake's excluded;</li>
 * <li>{@code participatieactiviteiten}: participation, the brede intake's included (Besluit art. 3.14); only for an
 * asielstatushouder .</li>
 * </ul>
 *
 * DUO counts whole hours: a total is rounded down (an hour not fully followed is not reported). Runs after the change
 * committed, through Spring Modulith's event publication registry (retried if it fails), as the system: a provider's
 * user, who made the change, sees only their own organisation's rows, and the total is of every source. Two changes of
 * one person at once are taken in turn (an advisory lock), so the second compares with the first's total.
 */
@Component
class UrenMeldingen {

    static final String SOORT = "UREN";
    static final String TAAK = "gevolgde-uren";

    /** Changes processed at once; each holds one connection of the pool (maximum-pool-size 20). */
    static final int GELIJKTIJDIG = 4;

    private final Semaphore beurten = new Semaphore(GELIJKTIJDIG, true);

    private final Urenboek urenboek;
    private final Meldingen meldingen;
    private final DossierfeitenLezer dossiers;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MessageSourceAccessor berichten;
    private final TransactionTemplate transactie;

    UrenMeldingen(
            Urenboek urenboek,
            Meldingen meldingen,
            DossierfeitenLezer dossiers,
            JdbcClient jdbc,
            JsonMapper json,
            MessageSourceAccessor berichten,
            PlatformTransactionManager transacties) {
        this.urenboek = urenboek;
        this.meldingen = meldingen;
        this.dossiers = dossiers;
        this.jdbc = jdbc;
        this.json = json;
        this.berichten = berichten;
        this.transactie = new TransactionTemplate(transacties);
        this.transactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * What @ApplicationModuleListener stands for (async, after commit, its own transaction), run as the system, with a
     * turn first: an upload of 500 participants' week publishes 500 changes at once, and each run holds a connection of
     * the pool (as {@code NotificatieVerwerker}, issue 7's deadlock).
     */
    @Async
    @TransactionalEventListener
    void urenGewijzigd(UrenGewijzigd gewijzigd) {
        beurten.acquireUninterruptibly();
        // The executor passes the submitting user on (AsyncConfig); this work is the system's (row-level security '*').
        SecurityContextHolder.clearContext();
        try {
            transactie.executeWithoutResult(status -> verwerk(gewijzigd.inburgeraarId()));
        } finally {
            SecurityContextHolder.clearContext();
            beurten.release();
        }
    }

    /** Sends the totals of the person that changed since the last ones sent; in the caller's transaction. */
    void verwerk(UUID inburgeraarId) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("duo-uren " + inburgeraarId)
                .query(Integer.class)
                .single();
        Optional<Dossierfeiten> dossier =
                dossiers.van(List.of(inburgeraarId)).stream().findFirst();
        if (dossier.isEmpty()) {
            return; // removed meanwhile
        }
        Dossierfeiten d = dossier.get();
        boolean asielstatushouder = d.doelgroep() == Doelgroep.ASIELSTATUSHOUDER;
        List<Urenpost> posten = urenboek.allePosten(inburgeraarId);
        Predicate<Urenpost> lesuur = p -> p.soort() == Urensoort.NT2 || p.soort() == Urensoort.KNM;
        Predicate<Urenpost> intake = p -> Urenpost.BREDE_INTAKE.equals(p.bron());
        Map<String, Integer> totalen = new LinkedHashMap<>();
        totalen.put("bredeintake/taallesknm", totaal(posten, lesuur.and(intake)));
        if (asielstatushouder) {
            totalen.put("participatieactiviteiten", totaal(posten, p -> p.soort() == Urensoort.PARTICIPATIE));
        }
        totalen.put("participatietaalles", totaal(posten, lesuur.and(intake.negate())));
        String bsn = dossiers.bsn(inburgeraarId).orElseThrow();
        for (Map.Entry<String, Integer> t : totalen.entrySet()) {
            String pad = "/personen/" + bsn + "/uren/" + t.getKey();
            int vorige = meldingen
                    .laatsteGeldige(inburgeraarId, SOORT, pad)
                    .map(m -> json.readTree(m.bericht()).path("uren").asInt())
                    .orElse(0);
            if (vorige == t.getValue()) {
                continue; // unchanged for DUO: nothing to send
            }
            String bericht = json.writeValueAsString(Map.of("uren", t.getValue()));
            String omschrijving = berichten.getMessage("koppeling.klaargezet.UREN", new Object[] {t.getKey()});
            String soort = t.getKey().substring(t.getKey().lastIndexOf('/') + 1);
            List<DuoRegels.Schending> schendingen = DuoRegels.uren(
                    soort, t.getValue(), new DuoRegels.Feiten(asielstatushouder, null, null, null, null, null, null));
            if (schendingen.isEmpty()) {
                meldingen.klaarzettenAlsSysteem(
                        TAAK, SOORT, "GevolgdeUren", "PUT", d.id(), d.gemeentecode(), pad, bericht, omschrijving);
            } else {
                meldingen.nietVerstuurbaar(
                        TAAK,
                        SOORT,
                        "GevolgdeUren",
                        "PUT",
                        d.id(),
                        d.gemeentecode(),
                        pad,
                        bericht,
                        AanbodMeldingen.fouttekst(berichten, schendingen),
                        omschrijving);
            }
        }
    }

    private static int totaal(List<Urenpost> posten, Predicate<Urenpost> welke) {
        return posten.stream()
                .filter(welke)
                .map(Urenpost::uren)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(0, RoundingMode.DOWN)
                .min(BigDecimal.valueOf(Integer.MAX_VALUE))
                .intValue();
    }
}
