package nl.inburgeringsregie.duo;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagTeamOverzien;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.pip.PipIngetrokken;
import nl.inburgeringsregie.pip.PipVastgesteld;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.privacy.Doelbinding;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox of meldingen to DUO: written in the transaction of the change (a vastgesteld PIP → a PIP melding),
 * delivered by {@link MeldingenVersturen} with retries and backoff, its status visible per dossier (WACHT, VERZONDEN,
 * MISLUKT while DUO is unreachable, GEWEIGERD with DUO's fouttekst), and sent again on a team lead's request.
 */
@Service
class Meldingen {

    public enum Status {
        WACHT,
        VERZONDEN,
        MISLUKT,
        GEWEIGERD,
        /**
         * Not sent: a newer melding of the same kind to the same path replaced it before it went out. Only for the
         * meldingen that carry the whole state of their path (the hours' totals and the inburgeringsaanbod, ADR 0034):
         * sending the older one after the newer would put an old total back at DUO.
         */
        VERVANGEN
    }

    /** The kinds whose newest melding to a path replaces the older ones still waiting (see {@link Status#VERVANGEN}). */
    static final List<String> VERVANGBAAR = List.of("UREN", "AANBOD");

    /** A melding; {@code naam} is the person's name where the list shows it (issue 21 point 8), else null. */
    public record Melding(
            UUID id,
            String soort,
            String api,
            String methode,
            UUID inburgeraarId,
            String gemeentecode,
            String pad,
            String bericht,
            Status status,
            int pogingen,
            Instant volgendePoging,
            String fouttekst,
            Instant aangemaaktOp,
            Instant verzondenOp,
            String naam) {}

    /** The meldingen with the person's name, for the lists that show them. */
    private static final String MET_NAAM = """
            select m.*, trim(coalesce(i.voornamen, '') || ' ' || coalesce(i.geslachtsnaam, '')) as naam
            from duo_melding m left join inburgeraar i on i.id = m.inburgeraar_id""";

    static final Duration EERSTE_WACHTTIJD = Duration.ofMinutes(1);
    /**
     * How long a claimed melding stays with its sender: longer than a run of 100 that each wait the full timeout for
     * connecting and reading (100 x 2 x 10 s), and no longer than the longest wait after a failure.
     */
    static final Duration CLAIM = Duration.ofHours(1);

    static final Duration LANGSTE_WACHTTIJD = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final DossierfeitenLezer dossiers;
    private final AuditLog auditLog;
    private final JsonMapper json;
    private final Clock clock;

    Meldingen(JdbcClient jdbc, DossierfeitenLezer dossiers, AuditLog auditLog, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.auditLog = auditLog;
        this.json = json;
        this.clock = clock;
    }

    /** A vastgesteld PIP becomes a PIP melding, in the same transaction (the outbox). */
    @EventListener
    void pipVastgesteld(PipVastgesteld pip) {
        String bsn = dossiers.bsn(pip.inburgeraarId()).orElseThrow();
        Map<String, Object> bericht = new LinkedHashMap<>();
        bericht.put("dagtekeningPip", pip.dagtekeningPip().toString());
        bericht.put("leerroute", pip.leerroute());
        if (pip.niveau() != null) {
            bericht.put("niveau", pip.niveau());
        }
        if (pip.geschatteIntensiteitB1Route() != null) {
            bericht.put("geschatteIntensiteitB1Route", pip.geschatteIntensiteitB1Route());
        }
        bericht.put("indicatorMagOpleidingAfmaken", pip.indicatorMagOpleidingAfmaken());
        if (pip.indicatorAlfabetiseringsonderwijs() != null) {
            bericht.put("indicatorAlfabetiseringsonderwijs", pip.indicatorAlfabetiseringsonderwijs());
        }
        klaarzetten(
                "PIP",
                "PIP",
                "POST",
                pip.inburgeraarId(),
                pip.gemeentecode(),
                "/personen/" + bsn + "/PIP",
                json.writeValueAsString(bericht),
                "PIP-melding voor DUO klaargezet (versie " + pip.versienummer() + ")");
    }

    /**
     * A withdrawn PIP (P-3, issue 12 part 4): DUO's PIP API lets the gemeente delete the current PIP (DELETE), which
     * DUO allows only while no inburgeringstermijn is set and no course hours of the current inburgeringsaanbod are
     * booked (duo-m2m README). The melding goes out as DUO's spec allows; DUO's refusal is shown with what to do
     * ({@code koppeling.pipIntrekking.instructie}).
     */
    @EventListener
    void pipIngetrokken(PipIngetrokken pip) {
        String bsn = dossiers.bsn(pip.inburgeraarId()).orElseThrow();
        klaarzetten(
                PIP_INTREKKING,
                "PIP",
                "DELETE",
                pip.inburgeraarId(),
                pip.gemeentecode(),
                "/personen/" + bsn + "/PIP",
                null,
                "Intrekking PIP (versie " + pip.versienummer() + ") als verwijdering voor DUO klaargezet");
    }

    /** The kind of the melding that deletes the PIP at DUO after a withdrawal. */
    static final String PIP_INTREKKING = "PIP_INTREKKING";

    /**
     * Writes a melding to the outbox in the caller's transaction, due now, and audits it. {@code bericht} null for a
     * melding without a body.
     */
    void klaarzetten(
            String soort,
            String api,
            String methode,
            UUID inburgeraarId,
            String gemeentecode,
            String pad,
            String bericht,
            String omschrijving) {
        schrijf(soort, api, methode, inburgeraarId, gemeentecode, pad, bericht, null, null);
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(inburgeraarId, gemeentecode),
                omschrijving,
                Doelbinding.GEGEVENSUITWISSELING_DUO);
    }

    /**
     * As {@link #klaarzetten}, for work of the system itself without a signed-in user ({@code taak} names it in the
     * audit trail), e.g. the hours totals that follow a provider's report (ADR 0034).
     */
    void klaarzettenAlsSysteem(
            String taak,
            String soort,
            String api,
            String methode,
            UUID inburgeraarId,
            String gemeentecode,
            String pad,
            String bericht,
            String omschrijving) {
        schrijf(soort, api, methode, inburgeraarId, gemeentecode, pad, bericht, null, null);
        auditLog.registreerAlsSysteem(
                taak,
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(inburgeraarId, gemeentecode),
                omschrijving,
                Doelbinding.GEGEVENSUITWISSELING_DUO);
    }

    /**
     * A melding made by the system (from a placement or the hours ledger, ADR 0034) that DUO's rules refuse before it
     * is sent: kept as GEWEIGERD with the rules' text, so the team lead sees it among the refused meldingen and the
     * change that caused it is not lost or blocked. Nothing goes to DUO; audited like a melding put ready.
     */
    void nietVerstuurbaar(
            String taak,
            String soort,
            String api,
            String methode,
            UUID inburgeraarId,
            String gemeentecode,
            String pad,
            String bericht,
            String fouttekst,
            String omschrijving) {
        schrijf(soort, api, methode, inburgeraarId, gemeentecode, pad, bericht, Status.GEWEIGERD, fouttekst);
        auditLog.registreerAlsSysteem(
                taak,
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(inburgeraarId, gemeentecode),
                omschrijving,
                Doelbinding.GEGEVENSUITWISSELING_DUO);
    }

    private void schrijf(
            String soort,
            String api,
            String methode,
            UUID inburgeraarId,
            String gemeentecode,
            String pad,
            String bericht,
            Status status,
            String fouttekst) {
        Timestamp nu = Timestamp.from(Instant.now(clock));
        if (status == null && VERVANGBAAR.contains(soort)) {
            jdbc.sql("""
                            update duo_melding set status = 'VERVANGEN'
                            where inburgeraar_id = ? and soort = ? and pad = ? and status in ('WACHT', 'MISLUKT')""").params(inburgeraarId, soort, pad).update();
        }
        jdbc.sql("""
                insert into duo_melding (id, soort, api, methode, inburgeraar_id, gemeentecode, pad, bericht, status,
                                         volgende_poging, aangemaakt_op, fouttekst)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        soort,
                        api,
                        methode,
                        inburgeraarId,
                        gemeentecode,
                        pad,
                        bericht,
                        (status == null ? Status.WACHT : status).name(),
                        nu,
                        nu,
                        fouttekst)
                .update();
    }

    /**
     * The newest melding of this kind to this path that DUO's rules did not refuse (waiting, sent or being retried):
     * what DUO has, or will have, from us. A refused one changed nothing at DUO.
     */
    Optional<Melding> laatsteGeldige(UUID inburgeraarId, String soort, String pad) {
        return jdbc.sql("""
                        select * from duo_melding where inburgeraar_id = ? and soort = ? and pad = ?
                        and status not in ('GEWEIGERD', 'VERVANGEN') order by volgnummer desc limit 1""")
                .params(inburgeraarId, soort, pad)
                .query(Meldingen::melding)
                .optional();
    }

    @Transactional(readOnly = true)
    @MagDossierInzien
    List<Melding> vanDossier(UUID inburgeraarId, List<String> gemeenten) {
        return jdbc.sql(
                        MET_NAAM
                                + " where m.inburgeraar_id = ? and m.gemeentecode = any(?) order by m.aangemaakt_op desc, m.volgnummer desc")
                .params(inburgeraarId, gemeenten.toArray(String[]::new))
                .query(Meldingen::melding)
                .list();
    }

    /**
     * The newest meldingen of the gemeenten, for the team lead's view of the exchange; the list counts as reading each
     * person it concerns, audited in this transaction (issue 14 point 14).
     */
    @Transactional
    @MagTeamOverzien
    List<Melding> laatste(List<String> gemeenten, int max) {
        return geaudit(
                jdbc.sql(MET_NAAM + " where m.gemeentecode = any(?) order by m.aangemaakt_op desc limit ?")
                        .params(gemeenten.toArray(String[]::new), max)
                        .query(Meldingen::melding)
                        .list(),
                "DUO-meldingen");
    }

    /** The newest meldingen DUO refused, for reconciliation; audited as {@link #laatste}. */
    @Transactional
    @MagTeamOverzien
    List<Melding> geweigerd(List<String> gemeenten, int max) {
        return geaudit(
                jdbc.sql(MET_NAAM + """
                 where m.gemeentecode = any(?) and m.status = 'GEWEIGERD'
                order by m.aangemaakt_op desc limit ?""")
                        .params(gemeenten.toArray(String[]::new), max)
                        .query(Meldingen::melding)
                        .list(),
                "DUO-meldingen geweigerd");
    }

    private List<Melding> geaudit(List<Melding> lijst, String detail) {
        auditLog.registreer(
                AuditActie.IN_ZOEKRESULTAAT,
                lijst.stream()
                        .map(m -> new AuditLog.Betrokkene(m.inburgeraarId(), m.gemeentecode()))
                        .distinct()
                        .toList(),
                detail);
        return lijst;
    }

    /**
     * A team lead sends a melding that failed (DUO unreachable) again, now. A melding DUO refused on its content is not
     * sent again unchanged: it would be refused again (issue 21 point 8); the screen offers "bekijk en los op".
     */
    @Transactional
    @MagTeamOverzien
    boolean opnieuw(UUID id, List<String> gemeenten) {
        return jdbc.sql("""
                update duo_melding set status = 'WACHT', volgende_poging = ?, fouttekst = null
                where id = ? and gemeentecode = any(?) and status = 'MISLUKT'""")
                        .params(Timestamp.from(Instant.now(clock)), id, gemeenten.toArray(String[]::new))
                        .update()
                == 1;
    }

    /**
     * Claims the meldingen due now (system work: the delivery job), oldest first. Claiming moves their next attempt
     * {@link #CLAIM} ahead in the same statement, and rows another sender holds are skipped: a melding is sent once even
     * when two deliveries overlap (a second instance, or a run db-scheduler restarts after a missed heartbeat). If the
     * sender dies in the middle, the melding is due again once the claim has lapsed.
     */
    @Transactional
    List<Melding> teVersturen(int max) {
        Instant nu = Instant.now(clock);
        return jdbc.sql("""
                with geclaimd as (
                    update duo_melding set volgende_poging = ?
                    where id in (select id from duo_melding where status in ('WACHT', 'MISLUKT') and volgende_poging <= ?
                                 order by volgende_poging, volgnummer limit ? for update skip locked)
                    returning *)
                select * from geclaimd order by volgnummer""")
                .params(Timestamp.from(nu.plus(CLAIM)), Timestamp.from(nu), max)
                .query(Meldingen::melding)
                .list();
    }

    /** DUO accepted the melding: recorded, and the delivery of the person's data audited. */
    @Transactional
    void verzonden(Melding m) {
        jdbc.sql(
                        "update duo_melding set status = 'VERZONDEN', verzonden_op = ?, pogingen = pogingen + 1, fouttekst = null where id = ?")
                .params(Timestamp.from(Instant.now(clock)), m.id())
                .update();
        verstuurd(m, "geaccepteerd");
    }

    /** DUO refused the melding (it was delivered, so audited too). */
    @Transactional
    void geweigerd(Melding m, String fouttekst) {
        jdbc.sql("update duo_melding set status = 'GEWEIGERD', pogingen = pogingen + 1, fouttekst = ? where id = ?")
                .params(fouttekst, m.id())
                .update();
        verstuurd(m, "geweigerd");
    }

    private void verstuurd(Melding m, String uitkomst) {
        auditLog.registreerAlsSysteem(
                MeldingenVersturen.TAAK,
                AuditActie.DUO_MELDING_VERSTUURD,
                new AuditLog.Betrokkene(m.inburgeraarId(), m.gemeentecode()),
                m.soort() + "-melding aan DUO, " + uitkomst,
                Doelbinding.GEGEVENSUITWISSELING_DUO);
    }

    /** DUO was unreachable or failed: try again after a wait that doubles per attempt, at most an hour. */
    @Transactional
    void mislukt(Melding m, String fouttekst) {
        long minuten =
                Math.min(LANGSTE_WACHTTIJD.toMinutes(), EERSTE_WACHTTIJD.toMinutes() << Math.min(m.pogingen(), 6));
        jdbc.sql(
                        "update duo_melding set status = 'MISLUKT', pogingen = pogingen + 1, fouttekst = ?, volgende_poging = ? where id = ? and status <> 'VERVANGEN'")
                .params(fouttekst, Timestamp.from(Instant.now(clock).plus(Duration.ofMinutes(minuten))), m.id())
                .update();
    }

    private static Melding melding(ResultSet rs, int i) throws SQLException {
        Timestamp verzonden = rs.getTimestamp("verzonden_op");
        return new Melding(
                rs.getObject("id", UUID.class),
                rs.getString("soort"),
                rs.getString("api"),
                rs.getString("methode"),
                rs.getObject("inburgeraar_id", UUID.class),
                rs.getString("gemeentecode"),
                rs.getString("pad"),
                rs.getString("bericht"),
                Status.valueOf(rs.getString("status")),
                rs.getInt("pogingen"),
                rs.getTimestamp("volgende_poging").toInstant(),
                rs.getString("fouttekst"),
                rs.getTimestamp("aangemaakt_op").toInstant(),
                verzonden == null ? null : verzonden.toInstant(),
                naam(rs));
    }

    private static String naam(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        for (int k = 1; k <= meta.getColumnCount(); k++) {
            if ("naam".equals(meta.getColumnLabel(k))) {
                String naam = rs.getString(k);
                return naam == null || naam.isBlank() ? null : naam;
            }
        }
        return null;
    }
}
