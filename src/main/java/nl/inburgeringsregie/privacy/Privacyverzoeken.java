package nl.inburgeringsregie.privacy;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.gebruikers.MagPrivacyrechtenBeheren;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.infrastructure.logging.BsnMasker;
import nl.inburgeringsregie.privacy.AuditLog.Betrokkene;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A data subject's requests (issue 14 point 15), registered and handled by the privacy officer: inzage (AVG art. 15),
 * answered with one export of everything held about the person and who accessed it, when and why; correction (art.
 * 16), recorded with what changed, why and on whose request. Each is due one month after receipt (art. 12(3)), once
 * extendable by two months with a reason given within the first month. Every list and export that shows the person
 * is audited with the purpose {@link Doelbinding#RECHTEN_BETROKKENE}.
 */
@Service
public class Privacyverzoeken {

    static final int MAX_TEKST = 4000;
    static final int MAX_VERZOEKER = 200;
    /** Days before the deadline from which an open request counts as "binnenkort" on the worklist. */
    static final int BINNENKORT_DAGEN = 7;

    public enum Soort {
        /** AVG art. 15. */
        INZAGE,
        /** AVG art. 16. */
        CORRECTIE
    }

    public enum Uitkomst {
        /** Inzage: the export was given to the person. */
        VERSTREKT,
        /** Correction: the data were corrected (the toelichting says what and why). */
        GECORRIGEERD,
        /** Refused (the toelichting says why). */
        AFGEWEZEN;

        boolean past(Soort soort) {
            return this == AFGEWEZEN || (soort == Soort.INZAGE ? this == VERSTREKT : this == GECORRIGEERD);
        }
    }

    /** A request as registered. */
    public record Verzoek(
            UUID id,
            String gemeentecode,
            Soort soort,
            String bsn,
            UUID inburgeraarId,
            String verzoeker,
            String omschrijving,
            LocalDate ontvangenOp,
            LocalDate uitersteDatum,
            String verlengingReden,
            String geregistreerdDoor,
            Instant geregistreerdOp,
            String afgehandeldDoor,
            Instant afgehandeldOp,
            Uitkomst uitkomst,
            String toelichting,
            int versie) {

        public boolean open() {
            return afgehandeldOp == null;
        }

        public boolean verlengd() {
            return verlengingReden != null;
        }

        /** Where the request stands against its deadline today: VERLOPEN, BINNENKORT, OPEN or AFGEHANDELD. */
        public String stand(LocalDate vandaag) {
            if (!open()) {
                return "AFGEHANDELD";
            }
            if (vandaag.isAfter(uitersteDatum)) {
                return "VERLOPEN";
            }
            return ChronoUnit.DAYS.between(vandaag, uitersteDatum) <= BINNENKORT_DAGEN ? "BINNENKORT" : "OPEN";
        }
    }

    /** A new request as the privacy officer enters it. */
    public record Aanvraag(
            Soort soort,
            String gemeentecode,
            String bsn,
            String verzoeker,
            String omschrijving,
            LocalDate ontvangenOp) {}

    /** The inzage export: the request, everything held per module and table, and the audit trail about the person. */
    public record Inzage(
            Verzoek verzoek,
            Instant gemaaktOp,
            String gemaaktDoor,
            Map<String, Map<String, List<Map<String, Object>>>> gegevens,
            List<AuditRegel> toegang) {}

    /** The order of the export's sections; a module not named here comes after them. */
    private static final List<String> VOLGORDE = List.of("dossier", "intake", "pip", "termijnen", "duo", "privacy");

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Gebruikers gebruikers;
    private final Dossierregister dossiers;
    private final List<Persoonsgegevens> bronnen;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    Privacyverzoeken(
            JdbcClient jdbc,
            AuditLog auditLog,
            Gebruikers gebruikers,
            Dossierregister dossiers,
            List<Persoonsgegevens> bronnen,
            ApplicationEventPublisher events,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.gebruikers = gebruikers;
        this.dossiers = dossiers;
        this.bronnen = bronnen.stream()
                .sorted(Comparator.comparingInt(b -> {
                    int i = VOLGORDE.indexOf(b.onderdeel());
                    return i < 0 ? VOLGORDE.size() : i;
                }))
                .toList();
        this.events = events;
        this.berichten = berichten;
        this.clock = clock;
    }

    @Transactional
    @MagPrivacyrechtenBeheren
    public Verzoek registreer(Aanvraag a) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        LocalDate vandaag = LocalDate.now(clock);
        List<Violation> fouten = new ArrayList<>();
        if (a.soort() == null) {
            fouten.add(fout("soort", "verzoek.fout.soort", "AVG-12"));
        }
        if (a.gemeentecode() == null || !gebruiker.werktVoor(a.gemeentecode())) {
            fouten.add(fout("gemeentecode", "verzoek.fout.gemeente", null));
        }
        String bsn = a.bsn() == null ? "" : a.bsn().trim();
        if (!bsn.matches("[0-9]{9}") || !BsnMasker.bevatBsn(bsn)) {
            fouten.add(fout("bsn", "verzoek.fout.bsn", null));
        }
        String verzoeker = tekst(a.verzoeker());
        if (verzoeker == null) {
            fouten.add(fout("verzoeker", "verzoek.fout.verzoeker", "AVG-12"));
        } else if (verzoeker.length() > MAX_VERZOEKER) {
            fouten.add(new Violation(
                    "verzoeker", berichten.getMessage("verzoek.fout.lang", new Object[] {MAX_VERZOEKER}), null));
        }
        String omschrijving = tekst(a.omschrijving());
        if (omschrijving != null && omschrijving.length() > MAX_TEKST) {
            fouten.add(new Violation(
                    "omschrijving", berichten.getMessage("verzoek.fout.lang", new Object[] {MAX_TEKST}), null));
        }
        if (a.soort() == Soort.CORRECTIE && omschrijving == null) {
            fouten.add(fout("omschrijving", "verzoek.fout.correctieOmschrijving", "AVG-16"));
        }
        if (a.ontvangenOp() == null) {
            fouten.add(fout("ontvangenOp", "verzoek.fout.ontvangenLeeg", "AVG-12"));
        } else if (a.ontvangenOp().isAfter(vandaag)) {
            fouten.add(fout("ontvangenOp", "verzoek.fout.ontvangenToekomst", "AVG-12"));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        UUID dossier = dossiers.opBsn(a.gemeentecode(), bsn)
                .map(Dossierregister.Dossier::id)
                .orElse(null);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into privacyverzoek (id, gemeentecode, soort, bsn, inburgeraar_id, verzoeker, omschrijving,
                    ontvangen_op, uiterste_datum, geregistreerd_door, geregistreerd_op, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        id,
                        a.gemeentecode(),
                        a.soort().name(),
                        bsn,
                        dossier,
                        verzoeker,
                        omschrijving,
                        Date.valueOf(a.ontvangenOp()),
                        Date.valueOf(uitersteDatum(a.ontvangenOp())),
                        gebruiker.gebruikersnaam(),
                        Timestamp.from(Instant.now(clock)))
                .update();
        Verzoek verzoek = vind(id);
        audit(
                AuditActie.GEWIJZIGD,
                List.of(verzoek),
                "privacyverzoek " + a.soort().name().toLowerCase() + " geregistreerd");
        return verzoek;
    }

    /** Art. 12(3): one month after receipt (the same day of the next month, or its last day when that does not exist). */
    static LocalDate uitersteDatum(LocalDate ontvangen) {
        return ontvangen.plusMonths(1);
    }

    /** Art. 12(3): extended, three months after receipt. */
    static LocalDate verlengdeDatum(LocalDate ontvangen) {
        return ontvangen.plusMonths(3);
    }

    /** The privacy officer's worklist: the open requests of their gemeenten, earliest deadline first (audited). */
    @Transactional
    @MagPrivacyrechtenBeheren
    public List<Verzoek> open() {
        List<Verzoek> lijst = jdbc.sql("""
                select * from privacyverzoek where gemeentecode = any(?) and afgehandeld_op is null
                order by uiterste_datum, ontvangen_op, id""")
                .param(gemeenten())
                .query(Privacyverzoeken::verzoek)
                .list();
        audit(AuditActie.IN_ZOEKRESULTAAT, lijst, "privacyverzoeken");
        return lijst;
    }

    /** The last handled requests of the user's gemeenten, newest first (audited). */
    @Transactional
    @MagPrivacyrechtenBeheren
    public List<Verzoek> afgehandeld(int max) {
        List<Verzoek> lijst = jdbc.sql("""
                select * from privacyverzoek where gemeentecode = any(?) and afgehandeld_op is not null
                order by afgehandeld_op desc, id limit ?""")
                .params(gemeenten(), max)
                .query(Privacyverzoeken::verzoek)
                .list();
        audit(AuditActie.IN_ZOEKRESULTAAT, lijst, "privacyverzoeken afgehandeld");
        return lijst;
    }

    @Transactional
    @MagPrivacyrechtenBeheren
    public Verzoek lees(UUID id) {
        Verzoek verzoek = vind(id);
        audit(AuditActie.DOSSIER_BEKEKEN, List.of(verzoek), "privacyverzoek");
        return verzoek;
    }

    /** Art. 12(3): once, with a reason, while the first month runs: the deadline becomes three months after receipt. */
    @Transactional
    @MagPrivacyrechtenBeheren
    public Verzoek verleng(UUID id, Integer versie, String reden) {
        Verzoek verzoek = vind(id);
        verwachtVersie(verzoek, versie);
        if (!verzoek.open()) {
            throw new ConflictException(berichten.getMessage("verzoek.fout.afgehandeld"), null);
        }
        if (verzoek.verlengd()) {
            throw new ConflictException(berichten.getMessage("verzoek.fout.alVerlengd"), null);
        }
        String tekst = tekst(reden);
        if (tekst == null) {
            throw new InvalidInputException("reden", berichten.getMessage("verzoek.fout.verlengingReden"), "AVG-12");
        }
        if (tekst.length() > MAX_TEKST) {
            throw new InvalidInputException(
                    "reden", berichten.getMessage("verzoek.fout.lang", new Object[] {MAX_TEKST}), null);
        }
        if (LocalDate.now(clock).isAfter(verzoek.uitersteDatum())) {
            throw new InvalidInputException(
                    "reden",
                    berichten.getMessage(
                            "verzoek.fout.verlengenTeLaat",
                            new Object[] {verzoek.uitersteDatum().format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))}),
                    "AVG-12");
        }
        jdbc.sql("""
                update privacyverzoek set verlenging_reden = ?, uiterste_datum = ?, version = version + 1
                where id = ?""")
                .params(tekst, Date.valueOf(verlengdeDatum(verzoek.ontvangenOp())), id)
                .update();
        Verzoek verlengd = vind(id);
        audit(AuditActie.GEWIJZIGD, List.of(verlengd), "privacyverzoek verlengd");
        return verlengd;
    }

    /**
     * Handles the request: inzage VERSTREKT (only after the export was made) or AFGEWEZEN; correction GECORRIGEERD or
     * AFGEWEZEN, with what changed and why (art. 16), which also enters the dossier's journal. A second time is 409.
     */
    @Transactional
    @MagPrivacyrechtenBeheren
    public Verzoek handelAf(UUID id, Integer versie, Uitkomst uitkomst, String toelichting) {
        Verzoek verzoek = vind(id);
        verwachtVersie(verzoek, versie);
        if (!verzoek.open()) {
            throw new ConflictException(berichten.getMessage("verzoek.fout.afgehandeld"), null);
        }
        List<Violation> fouten = new ArrayList<>();
        String tekst = tekst(toelichting);
        if (uitkomst == null || !uitkomst.past(verzoek.soort())) {
            fouten.add(
                    fout("uitkomst", "verzoek.fout.uitkomst", verzoek.soort() == Soort.INZAGE ? "AVG-15" : "AVG-16"));
        }
        if (tekst == null && (uitkomst == Uitkomst.AFGEWEZEN || verzoek.soort() == Soort.CORRECTIE)) {
            fouten.add(fout(
                    "toelichting",
                    verzoek.soort() == Soort.CORRECTIE
                            ? "verzoek.fout.correctieToelichting"
                            : "verzoek.fout.afwijzingToelichting",
                    verzoek.soort() == Soort.CORRECTIE ? "AVG-16" : "AVG-12"));
        }
        if (tekst != null && tekst.length() > MAX_TEKST) {
            fouten.add(new Violation(
                    "toelichting", berichten.getMessage("verzoek.fout.lang", new Object[] {MAX_TEKST}), null));
        }
        if (uitkomst == Uitkomst.VERSTREKT && !exportGemaakt(verzoek)) {
            fouten.add(fout("uitkomst", "verzoek.fout.eerstExporteren", "AVG-15"));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        String gebruiker = gebruikers.huidige().gebruikersnaam();
        Instant nu = Instant.now(clock);
        jdbc.sql("""
                update privacyverzoek set afgehandeld_door = ?, afgehandeld_op = ?, uitkomst = ?, toelichting = ?,
                    version = version + 1 where id = ?""")
                .params(gebruiker, Timestamp.from(nu), uitkomst.name(), tekst, id)
                .update();
        Verzoek afgehandeld = vind(id);
        audit(AuditActie.GEWIJZIGD, List.of(afgehandeld), "privacyverzoek afgehandeld: " + uitkomst.name());
        if (afgehandeld.inburgeraarId() != null && verzoek.soort() == Soort.CORRECTIE) {
            events.publishEvent(new PrivacyGebeurtenis(
                    afgehandeld.inburgeraarId(),
                    berichten.getMessage("journaal.privacy.correctie", new Object[] {
                        berichten.getMessage("uitkomst." + uitkomst.name()),
                        afgehandeld.verzoeker(),
                        afgehandeld.omschrijving(),
                        tekst
                    }),
                    gebruiker,
                    nu));
        }
        return afgehandeld;
    }

    /**
     * Art. 15: everything held about the request's person (every module's tables) and every audit row about them (who,
     * when, what, why). Making it is itself audited (GEEXPORTEERD), before the audit trail is read, so the export
     * lists itself.
     */
    @Transactional
    @MagPrivacyrechtenBeheren
    public Inzage inzage(UUID id) {
        Verzoek verzoek = vind(id);
        if (verzoek.soort() != Soort.INZAGE) {
            throw new ConflictException(berichten.getMessage("verzoek.fout.geenInzage"), null);
        }
        audit(AuditActie.GEEXPORTEERD, List.of(verzoek), exportDetail(verzoek));
        // The dossier as it is now (a dossier registered after the request is found too).
        UUID dossier = dossiers.opBsn(verzoek.gemeentecode(), verzoek.bsn())
                .map(Dossierregister.Dossier::id)
                .orElse(verzoek.inburgeraarId());
        Persoonsgegevens.Persoon persoon = new Persoonsgegevens.Persoon(dossier, verzoek.gemeentecode(), verzoek.bsn());
        Map<String, Map<String, List<Map<String, Object>>>> gegevens = new LinkedHashMap<>();
        for (Persoonsgegevens bron : bronnen) {
            Map<String, List<Map<String, Object>>> van = bron.van(persoon);
            if (van.values().stream().anyMatch(rijen -> !rijen.isEmpty())) {
                gegevens.put(bron.onderdeel(), van);
            }
        }
        List<AuditRegel> toegang = dossier == null
                ? List.of()
                : auditLog.vanInburgeraar(dossier, List.of(verzoek.gemeentecode()), Integer.MAX_VALUE);
        return new Inzage(verzoek, Instant.now(clock), gebruikers.huidige().gebruikersnaam(), gegevens, toegang);
    }

    private boolean exportGemaakt(Verzoek verzoek) {
        return Boolean.TRUE.equals(jdbc.sql("""
                select exists (select 1 from audit_log where action = 'GEEXPORTEERD' and gemeentecode = ? and detail = ?
                               and occurred_at >= ?)""")
                .params(verzoek.gemeentecode(), exportDetail(verzoek), Timestamp.from(verzoek.geregistreerdOp()))
                .query(Boolean.class)
                .single());
    }

    private static String exportDetail(Verzoek verzoek) {
        return "inzage art. 15, verzoek " + verzoek.id();
    }

    private Verzoek vind(UUID id) {
        return jdbc.sql("select * from privacyverzoek where id = ? and gemeentecode = any(?)")
                .params(id, gemeenten())
                .query(Privacyverzoeken::verzoek)
                .optional()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("verzoek.fout.nietGevonden")));
    }

    private void verwachtVersie(Verzoek verzoek, Integer versie) {
        if (versie != null && versie != verzoek.versie()) {
            throw new ConflictException(berichten.getMessage("verzoek.fout.gelijktijdig"), null);
        }
    }

    /** A list or page showing requests counts as reading each person on it; a BSN without a dossier names the request. */
    private void audit(AuditActie actie, List<Verzoek> verzoeken, String detail) {
        if (verzoeken.isEmpty()) {
            return;
        }
        List<Betrokkene> betrokkenen = verzoeken.stream()
                .map(v -> new Betrokkene(v.inburgeraarId(), v.gemeentecode()))
                .toList();
        List<String> details = verzoeken.stream()
                .map(v -> v.inburgeraarId() == null ? detail + " (zonder dossier, verzoek " + v.id() + ")" : detail)
                .toList();
        auditLog.registreerElk(actie, betrokkenen, details, Doelbinding.RECHTEN_BETROKKENE);
    }

    private String[] gemeenten() {
        return gebruikers.huidige().gemeenten().toArray(String[]::new);
    }

    private Violation fout(String veld, String sleutel, String regel) {
        return new Violation(veld, berichten.getMessage(sleutel), regel);
    }

    private static String tekst(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Verzoek verzoek(ResultSet rs, int rij) throws SQLException {
        Timestamp afgehandeld = rs.getTimestamp("afgehandeld_op");
        String uitkomst = rs.getString("uitkomst");
        return new Verzoek(
                rs.getObject("id", UUID.class),
                rs.getString("gemeentecode"),
                Soort.valueOf(rs.getString("soort")),
                rs.getString("bsn"),
                rs.getObject("inburgeraar_id", UUID.class),
                rs.getString("verzoeker"),
                rs.getString("omschrijving"),
                rs.getDate("ontvangen_op").toLocalDate(),
                rs.getDate("uiterste_datum").toLocalDate(),
                rs.getString("verlenging_reden"),
                rs.getString("geregistreerd_door"),
                rs.getTimestamp("geregistreerd_op").toInstant(),
                rs.getString("afgehandeld_door"),
                afgehandeld == null ? null : afgehandeld.toInstant(),
                uitkomst == null ? null : Uitkomst.valueOf(uitkomst),
                rs.getString("toelichting"),
                rs.getInt("version"));
    }
}
