package nl.inburgeringsregie.ontzorgen;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagOntzorgingBeheren;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.privacy.Doelbinding;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly payment batch of ontzorgen per gemeente (O-1; ADR 0032). A payment is one fixed cost of one ontzorging
 * for one month: of every ontzorging with a signed authorisation whose period (to its end or the day it was ended)
 * overlaps the month, the full monthly amount. Every payment is in exactly one batch (unique per ontzorging, kind and
 * month); making the batch of a month again, before it is sent, adds what is missing and changes nothing else, so
 * unchanged facts give the same file byte for byte. A batch once sent is immutable: making it again is refused (400 on
 * {@code maand}, O-1). A payment the bank refuses is booked back (GEWEIGERD, with its reason) and is a signal on the
 * budgetcoach's worklist.
 */
@Service
class Betaalbatches {

    record Batch(
            UUID id,
            String gemeentecode,
            YearMonth maand,
            String status,
            Instant aangemaaktOp,
            Instant verstuurdOp,
            int aantal,
            BigDecimal totaal,
            List<Betaling> betalingen) {}

    record Betaling(
            UUID id,
            UUID inburgeraarId,
            VasteLast.Soort soort,
            String ontvanger,
            String iban,
            String omschrijving,
            BigDecimal bedrag,
            String status,
            String redenWeigering) {}

    private final JdbcClient jdbc;
    private final Gebruikers gebruikers;
    private final OntzorgenInstellingen instellingen;
    private final AuditLog auditLog;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    Betaalbatches(
            JdbcClient jdbc,
            Gebruikers gebruikers,
            OntzorgenInstellingen instellingen,
            AuditLog auditLog,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.instellingen = instellingen;
        this.auditLog = auditLog;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** The batches of the user's gemeenten, newest month first (no payments, no person). */
    @Transactional(readOnly = true)
    @MagOntzorgingBeheren
    List<Batch> overzicht() {
        return jdbc.sql("""
                        select b.id, b.gemeentecode, b.maand, b.status, b.aangemaakt_op, b.verstuurd_op,
                               count(p.id) as aantal, coalesce(sum(p.bedrag), 0) as totaal
                        from betaalbatch b left join betaling p on p.batch_id = b.id
                        where b.gemeentecode = any(?)
                        group by b.id order by b.maand desc, b.gemeentecode""")
                .param(gebruikers.huidige().gemeenten().toArray(String[]::new))
                .query((rs, n) -> new Batch(
                        rs.getObject("id", UUID.class),
                        rs.getString("gemeentecode"),
                        YearMonth.from(rs.getObject("maand", LocalDate.class)),
                        rs.getString("status"),
                        rs.getTimestamp("aangemaakt_op").toInstant(),
                        rs.getTimestamp("verstuurd_op") == null
                                ? null
                                : rs.getTimestamp("verstuurd_op").toInstant(),
                        rs.getInt("aantal"),
                        rs.getBigDecimal("totaal"),
                        List.of()))
                .list();
    }

    /** Makes (or completes, before it is sent) the batch of a gemeente for a month. */
    @Transactional
    @MagOntzorgingBeheren
    Batch maak(String gemeentecode, YearMonth maand) {
        if (gemeentecode == null || !gebruikers.huidige().werktVoor(gemeentecode)) {
            throw new InvalidInputException(List.of(new Violation("gemeentecode", "fout.betaalbatch.gemeente", "O-1")));
        }
        if (maand == null) {
            throw new InvalidInputException(List.of(new Violation("maand", "fout.betaalbatch.maand", "O-1")));
        }
        if (instellingen.rekening(gemeentecode) == null) {
            throw new InvalidInputException(
                    List.of(new Violation("gemeentecode", "fout.betaalbatch.geenRekening", "O-1")));
        }
        Batch b = maakVoor(gemeentecode, maand);
        auditLog.registreerElk(
                AuditActie.GEEXPORTEERD,
                b.betalingen().stream()
                        .map(p -> new AuditLog.Betrokkene(p.inburgeraarId(), gemeentecode))
                        .distinct()
                        .toList(),
                b.betalingen().stream()
                        .map(p -> p.inburgeraarId())
                        .distinct()
                        .map(p -> "betaalbatch " + maand)
                        .toList(),
                Doelbinding.ONTZORGEN);
        return b;
    }

    /**
     * Makes or completes the month's batch of a gemeente without asking who: the caller has checked that the user
     * works for it (or is the demo). Under the batch's row lock; a sent batch is refused (O-1).
     */
    Batch maakVoor(String gemeentecode, YearMonth maand) {
        LocalDate eerste = maand.atDay(1);
        jdbc.sql("""
                insert into betaalbatch (id, gemeentecode, maand, status, aangemaakt_op)
                values (?, ?, ?, 'AANGEMAAKT', ?) on conflict (gemeentecode, maand) do nothing""")
                .params(UUID.randomUUID(), gemeentecode, eerste, Timestamp.from(clock.instant()))
                .update();
        // Under the batch's lock: two budgetcoaches making the same month wait for each other.
        var batch = jdbc.sql("select id, status from betaalbatch where gemeentecode = ? and maand = ? for update")
                .params(gemeentecode, eerste)
                .query((rs, n) -> new Object[] {rs.getObject("id", UUID.class), rs.getString("status")})
                .single();
        UUID id = (UUID) batch[0];
        if ("VERSTUURD".equals(batch[1])) {
            throw new InvalidInputException(
                    List.of(new Violation("maand", "fout.betaalbatch.verstuurd", "O-1", maand.toString())));
        }
        String omschrijving = berichten.getMessage("betaalbatch.omschrijving", new Object[] {maand.toString()});
        jdbc.sql("""
                insert into betaling (id, batch_id, gemeentecode, maand, inburgeraar_id, ontzorging_id, soort, ontvanger,
                                      iban, omschrijving, bedrag, status)
                select gen_random_uuid(), ?, o.gemeentecode, ?, o.inburgeraar_id, o.id, l.soort, l.ontvanger, l.iban,
                       ? || ' ' || lower(l.soort), l.bedrag, 'OPGENOMEN'
                from ontzorging o join vaste_last l on l.ontzorging = o.id
                where o.gemeentecode = ? and o.datum_machtiging is not null
                  and o.begindatum <= ? and coalesce(o.beeindigd_op, o.einddatum) >= ?
                on conflict (ontzorging_id, soort, maand) do nothing""")
                .params(id, eerste, omschrijving, gemeentecode, maand.atEndOfMonth(), eerste)
                .update();
        return lees(id);
    }

    /** One batch with its payments (404 for another gemeente's, by row-level security); audited per person. */
    @Transactional
    @MagOntzorgingBeheren
    Batch batch(UUID id) {
        Batch b = lees(id);
        auditLog.registreerElk(
                AuditActie.DOSSIER_BEKEKEN,
                b.betalingen().stream()
                        .map(p -> new AuditLog.Betrokkene(p.inburgeraarId(), b.gemeentecode()))
                        .distinct()
                        .toList(),
                b.betalingen().stream()
                        .map(Betaling::inburgeraarId)
                        .distinct()
                        .map(p -> "betaalbatch " + b.maand())
                        .toList(),
                Doelbinding.ONTZORGEN);
        return b;
    }

    /** The batch as pain.001.001.03: its payments not refused, in a fixed order. */
    @Transactional(readOnly = true)
    @MagOntzorgingBeheren
    byte[] pain001(UUID id) {
        Batch b = lees(id);
        List<Pain001.Betaling> betalingen = b.betalingen().stream()
                .filter(p -> p.status().equals("OPGENOMEN"))
                .map(p -> new Pain001.Betaling(p.id(), p.ontvanger(), p.iban(), p.omschrijving(), p.bedrag()))
                .toList();
        if (betalingen.isEmpty()) {
            // ISO's schema requires at least one transaction: an empty batch has no file.
            throw new InvalidInputException(List.of(new Violation(
                    "betalingen", "fout.betaalbatch.leeg", "O-1", b.maand().toString())));
        }
        return Pain001.schrijf(
                b.id(),
                b.aangemaaktOp(),
                berichten.getMessage("betaalbatch.opdrachtgever", new Object[] {b.gemeentecode()}),
                instellingen.rekening(b.gemeentecode()),
                b.maand().atDay(1),
                betalingen);
    }

    /** Marks the batch sent to the uitkeringsadministratie or the bank: from now on immutable. */
    @Transactional
    @MagOntzorgingBeheren
    Batch verstuur(UUID id) {
        return verstuurd(id);
    }

    /** Marks the batch sent without asking who (the caller checked, or is the demo); a second time is refused. */
    Batch verstuurd(UUID id) {
        Batch b = lees(id);
        if (b.status().equals("VERSTUURD")) {
            throw new InvalidInputException(List.of(new Violation(
                    "status", "fout.betaalbatch.alVerstuurd", "O-1", b.maand().toString())));
        }
        jdbc.sql("update betaalbatch set status = 'VERSTUURD', verstuurd_op = ? where id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
        return lees(id);
    }

    /** The bank refused a payment of a sent batch: booked back with the reason, a signal for the budgetcoach. */
    @Transactional
    @MagOntzorgingBeheren
    Batch weiger(UUID batchId, UUID betalingId, String reden) {
        Batch b = lees(batchId);
        Betaling p = b.betalingen().stream()
                .filter(x -> x.id().equals(betalingId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.betaalbatch.nietGevonden")));
        if (!b.status().equals("VERSTUURD")) {
            throw new InvalidInputException(List.of(new Violation("status", "fout.betaalbatch.nietVerstuurd", "O-1")));
        }
        if (reden == null || reden.isBlank()) {
            throw new InvalidInputException(List.of(new Violation("reden", "fout.betaalbatch.reden", "O-1")));
        }
        if (p.status().equals("GEWEIGERD")) {
            return b;
        }
        jdbc.sql("update betaling set status = 'GEWEIGERD', reden_weigering = ?, geweigerd_op = ? where id = ?")
                .params(reden.strip(), LocalDate.now(clock), betalingId)
                .update();
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(p.inburgeraarId(), b.gemeentecode()),
                "betaling geweigerd",
                Doelbinding.ONTZORGEN);
        return lees(batchId);
    }

    private Batch lees(UUID id) {
        List<Betaling> betalingen = jdbc.sql("""
                        select id, inburgeraar_id, soort, ontvanger, iban, omschrijving, bedrag, status, reden_weigering
                        from betaling where batch_id = ? order by inburgeraar_id, soort, id""")
                .param(id)
                .query((rs, n) -> new Betaling(
                        rs.getObject("id", UUID.class),
                        rs.getObject("inburgeraar_id", UUID.class),
                        VasteLast.Soort.valueOf(rs.getString("soort")),
                        rs.getString("ontvanger"),
                        rs.getString("iban"),
                        rs.getString("omschrijving"),
                        rs.getBigDecimal("bedrag"),
                        rs.getString("status"),
                        rs.getString("reden_weigering")))
                .list();
        return jdbc.sql(
                        "select id, gemeentecode, maand, status, aangemaakt_op, verstuurd_op from betaalbatch where id = ?")
                .param(id)
                .query((rs, n) -> new Batch(
                        id,
                        rs.getString("gemeentecode"),
                        YearMonth.from(rs.getObject("maand", LocalDate.class)),
                        rs.getString("status"),
                        rs.getTimestamp("aangemaakt_op").toInstant(),
                        rs.getTimestamp("verstuurd_op") == null
                                ? null
                                : rs.getTimestamp("verstuurd_op").toInstant(),
                        betalingen.size(),
                        betalingen.stream()
                                .filter(p -> p.status().equals("OPGENOMEN"))
                                .map(Betaling::bedrag)
                                .reduce(BigDecimal.ZERO, BigDecimal::add),
                        betalingen))
                .optional()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.betaalbatch.nietGevonden")));
    }
}
