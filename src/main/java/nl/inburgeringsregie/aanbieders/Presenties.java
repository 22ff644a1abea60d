package nl.inburgeringsregie.aanbieders;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagDeelnemersRapporteren;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.privacy.Doelbinding;
import nl.inburgeringsregie.uren.UrenGewijzigd;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's reports on its own started placements (issue 15, second part; ADR 0031): attendance per lesson day or
 * per week (AB-6) and progress per skill (AB-7). Only a placement with the user's own organisation is found (filtered
 * in SQL, the relationship AANBIEDER decided by {@link Toegang}, the row-level security policy as the third wall);
 * every other placement answers 404 before the body is looked at. A report again for the same day, week or peildatum
 * replaces the earlier one (a correction), in one upsert, so two providers (or two lessons' teachers) reporting at
 * once never lose a row. Every read is audited per person.
 */
@Beslist({"AB-6", "AB-7"})
@Service
class Presenties {

    /** Attendance per lesson day ({@code datum} is the day) or per week ({@code datum} is its Monday). */
    enum Periode {
        LES,
        WEEK
    }

    /** A report of attendance as the provider sends it; checked here, after the access decision. */
    record Melding(
            Periode periode, LocalDate datum, BigDecimal urenAanwezig, BigDecimal urenAfwezig, Boolean geoorloofd) {}

    /** A report of progress as the provider sends it. */
    record Vordering(
            LocalDate peildatum,
            Taalniveau lezen,
            Taalniveau luisteren,
            Taalniveau spreken,
            Taalniveau schrijven,
            String opmerking) {}

    /** One stored attendance row. */
    record Presentie(
            UUID plaatsingId,
            Periode periode,
            LocalDate datum,
            BigDecimal urenAanwezig,
            BigDecimal urenAfwezig,
            Boolean geoorloofd,
            String gemeldDoor,
            Instant gemeldOp) {}

    /** One stored progress report. */
    record Voortgang(
            UUID plaatsingId,
            LocalDate peildatum,
            Taalniveau lezen,
            Taalniveau luisteren,
            Taalniveau spreken,
            Taalniveau schrijven,
            String opmerking,
            String gemeldDoor,
            Instant gemeldOp) {}

    /** The placement as the provider may see it: its own organisation's, with what the checks need. */
    record EigenPlaatsing(
            UUID id,
            UUID inburgeraarId,
            String gemeentecode,
            UUID aanbiederId,
            Plaatsing.Status status,
            LocalDate startdatum,
            LocalDate einddatum) {}

    static final int MAX_OPMERKING = 2000;

    private final JdbcClient jdbc;
    private final Gebruikers gebruikers;
    private final Toegang toegang;
    private final AuditLog auditLog;
    private final MessageSourceAccessor berichten;
    private final Clock clock;
    private final BigDecimal maxUrenPerDag;
    private final ApplicationEventPublisher events;

    Presenties(
            JdbcClient jdbc,
            Gebruikers gebruikers,
            Toegang toegang,
            AuditLog auditLog,
            MessageSourceAccessor berichten,
            Clock clock,
            @Value("${inburgeringsregie.aanbieders.max-uren-per-dag:40}") BigDecimal maxUrenPerDag,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.toegang = toegang;
        this.auditLog = auditLog;
        this.berichten = berichten;
        this.clock = clock;
        this.events = events;
        this.maxUrenPerDag = maxUrenPerDag;
    }

    /** Today, by the application's clock (the upload template's week). */
    LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    /** Records (or corrects) one day's or week's attendance of a participant of the user's organisation (AB-6). */
    @Transactional
    @MagDeelnemersRapporteren
    public Presentie meld(UUID plaatsingId, Melding m) {
        EigenPlaatsing p = eigen(plaatsingId);
        List<Violation> fouten = controleer(p, m);
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        Presentie opgeslagen = bewaar(List.of(p), List.of(m))
                .get(sleutel(p.id(), m.periode(), m.datum()))
                .presentie();
        events.publishEvent(new UrenGewijzigd(p.inburgeraarId(), p.gemeentecode()));
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(p.inburgeraarId(), p.gemeentecode()),
                "presentie " + m.periode() + " " + m.datum(),
                Doelbinding.UITVOERING_WET_INBURGERING);
        events.publishEvent(new PresentieGemeld(List.of(p.inburgeraarId())));
        return opgeslagen;
    }

    /** The checks of AB-6, all at once, each naming its field; the placement must have started. */
    List<Violation> controleer(EigenPlaatsing p, Melding m) {
        return controleer(p, m, () -> overlapt(p.id(), m));
    }

    /** As {@link #controleer(EigenPlaatsing, Melding)}, with the overlap with reports of the other kind decided apart. */
    private List<Violation> controleer(EigenPlaatsing p, Melding m, BooleanSupplier overlapt) {
        List<Violation> fouten = new ArrayList<>();
        if (p.status() != Plaatsing.Status.GESTART) {
            fouten.add(new Violation("status", "fout.presentie.nietGestart", "AB-6"));
        }
        if (m.periode() == null) {
            fouten.add(new Violation("periode", "fout.presentie.periodeVerplicht", "AB-6"));
        }
        LocalDate vandaag = LocalDate.now(clock);
        if (m.datum() == null) {
            fouten.add(new Violation("datum", "fout.presentie.datumVerplicht", "AB-6"));
        } else if (m.periode() == Periode.WEEK && m.datum().getDayOfWeek() != DayOfWeek.MONDAY) {
            fouten.add(new Violation("datum", "fout.presentie.geenMaandag", "AB-6"));
        } else if (m.periode() != null && p.startdatum() != null) {
            LocalDate laatste = m.periode() == Periode.WEEK ? m.datum().plusDays(6) : m.datum();
            if (laatste.isBefore(p.startdatum())
                    || m.datum().isAfter(vandaag)
                    || (p.einddatum() != null && m.datum().isAfter(p.einddatum()))) {
                fouten.add(new Violation("datum", "fout.presentie.buitenPlaatsing", "AB-6"));
            } else if (overlapt.getAsBoolean()) {
                fouten.add(new Violation("periode", "fout.presentie.lesEnWeek", "AB-6"));
            }
        }
        BigDecimal max = m.periode() == Periode.WEEK ? maxUrenPerDag.multiply(BigDecimal.valueOf(7)) : maxUrenPerDag;
        uren(fouten, "urenAanwezig", m.urenAanwezig(), max);
        uren(fouten, "urenAfwezig", m.urenAfwezig(), max);
        if (m.urenAanwezig() != null
                && m.urenAfwezig() != null
                && m.urenAanwezig().add(m.urenAfwezig()).compareTo(max) > 0
                && m.urenAanwezig().compareTo(max) <= 0
                && m.urenAfwezig().compareTo(max) <= 0) {
            fouten.add(new Violation("urenAfwezig", "fout.presentie.teVeelUren", "AB-6", max.stripTrailingZeros()));
        }
        if (m.urenAfwezig() != null && m.urenAfwezig().signum() > 0 && m.geoorloofd() == null) {
            fouten.add(new Violation("geoorloofd", "fout.presentie.redenVerplicht", "AB-6"));
        }
        return fouten;
    }

    private static void uren(List<Violation> fouten, String veld, BigDecimal uren, BigDecimal max) {
        if (uren == null) {
            fouten.add(new Violation(veld, "fout.presentie.urenVerplicht", "AB-6"));
        } else if (uren.signum() < 0 || uren.compareTo(max) > 0) {
            fouten.add(new Violation(veld, "fout.presentie.teVeelUren", "AB-6", max.stripTrailingZeros()));
        } else if (uren.stripTrailingZeros().scale() > 2) {
            fouten.add(new Violation(veld, "fout.presentie.urenVorm", "AB-6"));
        }
    }

    /** A lesson day inside a reported week, or a week holding reported lesson days: the hours would count twice. */
    private boolean overlapt(UUID plaatsingId, Melding m) {
        LocalDate maandag = m.datum().with(DayOfWeek.MONDAY);
        return jdbc.sql("""
                        select exists (select 1 from presentie where plaatsing_id = ? and periode <> ?
                                       and datum between ? and ?)""")
                .params(plaatsingId, m.periode().name(), maandag, maandag.plusDays(6))
                .query(Boolean.class)
                .single();
    }

    /** A stored report and whether it was new (false: it corrected an earlier report of the same day or week). */
    record Opgeslagen(Presentie presentie, boolean nieuw) {}

    /** The outcome of one row of an uploaded week: stored as new or as a correction. */
    record Bestandsresultaat(int rij, UUID plaatsingId, boolean nieuw) {}

    /**
     * A week's attendance of several participants from one file (AB-6), all or nothing: every row is checked first and
     * every failing row is reported by row and field; only a file without errors is stored, in one transaction. A row
     * naming a placement that is not the user's organisation's — whether it exists elsewhere or not — is a row error
     * with the same words as a malformed id, so the file never tells whether someone exists.
     */
    @Transactional
    @MagDeelnemersRapporteren
    public List<Bestandsresultaat> meldBestand(List<PresentieBestand.Rij> rijen) {
        Map<UUID, EigenPlaatsing> eigen = eigen(rijen.stream()
                .map(PresentieBestand.Rij::plaatsingId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<Violation> fouten = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        Set<String> metLesdagen = weekMetLesdagen(rijen);
        for (PresentieBestand.Rij rij : rijen) {
            String voorvoegsel = "rijen[" + rij.rij() + "].";
            EigenPlaatsing p = rij.plaatsingId() == null ? null : eigen.get(rij.plaatsingId());
            if (p == null) {
                if (rij.plaatsingId() != null) {
                    fouten.add(
                            new Violation(voorvoegsel + "plaatsingId", "fout.presentiebestand.geenDeelnemer", "AB-6"));
                }
                continue;
            }
            if (!gezien.add(rij.plaatsingId() + " " + rij.melding().datum())) {
                fouten.add(new Violation(voorvoegsel + "plaatsingId", "fout.presentiebestand.dubbel", "AB-6"));
                continue;
            }
            boolean overlapt =
                    metLesdagen.contains(rij.plaatsingId() + " " + rij.melding().datum());
            for (Violation v : controleer(p, rij.melding(), () -> overlapt)) {
                String veld = v.field().equals("datum") || v.field().equals("periode") ? "week" : v.field();
                fouten.add(new Violation(voorvoegsel + veld, v.message(), v.regel(), v.args()));
            }
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        Map<String, Opgeslagen> opgeslagen = bewaar(
                rijen.stream().map(r -> eigen.get(r.plaatsingId())).toList(),
                rijen.stream().map(PresentieBestand.Rij::melding).toList());
        List<Bestandsresultaat> resultaten = new ArrayList<>();
        List<AuditLog.Betrokkene> betrokkenen = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (PresentieBestand.Rij rij : rijen) {
            EigenPlaatsing p = eigen.get(rij.plaatsingId());
            Melding m = rij.melding();
            resultaten.add(new Bestandsresultaat(
                    rij.rij(),
                    p.id(),
                    opgeslagen.get(sleutel(p.id(), m.periode(), m.datum())).nieuw()));
            betrokkenen.add(new AuditLog.Betrokkene(p.inburgeraarId(), p.gemeentecode()));
            details.add("presentie WEEK " + rij.melding().datum() + " (bestand)");
        }
        auditLog.registreerElk(AuditActie.GEWIJZIGD, betrokkenen, details, Doelbinding.UITVOERING_WET_INBURGERING);
        events.publishEvent(new PresentieGemeld(betrokkenen.stream()
                .map(AuditLog.Betrokkene::inburgeraarId)
                .distinct()
                .toList()));
        // One change per person, however many of their rows the file held: one new total each (ADR 0034).
        betrokkenen.stream()
                .distinct()
                .forEach(b -> events.publishEvent(new UrenGewijzigd(b.inburgeraarId(), b.gemeentecode())));
        return resultaten;
    }

    /**
     * The rows' weeks (as "placement week") that already hold reported lesson days (AB-6: a week and its lesson days
     * would count twice), for the whole file in one statement. Rows without a placement or a Monday are left to the
     * checks.
     */
    private Set<String> weekMetLesdagen(List<PresentieBestand.Rij> rijen) {
        List<PresentieBestand.Rij> teToetsen = rijen.stream()
                .filter(r -> r.plaatsingId() != null && r.melding().datum() != null)
                .toList();
        if (teToetsen.isEmpty()) {
            return Set.of();
        }
        Set<String> weken = new HashSet<>();
        jdbc.sql("""
                        select t.plaatsing_id, t.maandag from unnest(?::uuid[], ?::date[]) as t(plaatsing_id, maandag)
                        where exists (select 1 from presentie r where r.plaatsing_id = t.plaatsing_id
                                      and r.periode <> 'WEEK' and r.datum between t.maandag and t.maandag + 6)""")
                .params(
                        teToetsen.stream()
                                .map(PresentieBestand.Rij::plaatsingId)
                                .toArray(UUID[]::new),
                        teToetsen.stream()
                                .map(r -> r.melding()
                                        .datum()
                                        .with(DayOfWeek.MONDAY)
                                        .toString())
                                .toArray(String[]::new))
                .query((rs, i) ->
                        rs.getObject("plaatsing_id", UUID.class) + " " + rs.getObject("maandag", LocalDate.class))
                .list()
                .forEach(weken::add);
        return weken;
    }

    /**
     * Stores (or corrects) checked reports in one statement, one of each (placement, period, day): the upsert of a
     * single report and of a whole file alike (a week of 500 participants was 2,000 statements). The result by
     * {@link #sleutel}.
     */
    private Map<String, Opgeslagen> bewaar(List<EigenPlaatsing> plaatsingen, List<Melding> meldingen) {
        int n = meldingen.size();
        UUID[] ids = new UUID[n];
        UUID[] plaatsing = new UUID[n];
        UUID[] personen = new UUID[n];
        String[] gemeenten = new String[n];
        UUID[] aanbieders = new UUID[n];
        String[] perioden = new String[n];
        String[] datums = new String[n];
        String[] aanwezig = new String[n];
        String[] afwezig = new String[n];
        String[] geoorloofd = new String[n];
        for (int i = 0; i < n; i++) {
            EigenPlaatsing p = plaatsingen.get(i);
            Melding m = meldingen.get(i);
            ids[i] = UUID.randomUUID();
            plaatsing[i] = p.id();
            personen[i] = p.inburgeraarId();
            gemeenten[i] = p.gemeentecode();
            aanbieders[i] = p.aanbiederId();
            perioden[i] = m.periode().name();
            datums[i] = m.datum().toString();
            aanwezig[i] = m.urenAanwezig().toPlainString();
            afwezig[i] = m.urenAfwezig().toPlainString();
            geoorloofd[i] = m.urenAfwezig().signum() > 0 ? String.valueOf(m.geoorloofd()) : null;
        }
        Map<String, Opgeslagen> opgeslagen = new HashMap<>();
        jdbc.sql("""
                        insert into presentie (id, plaatsing_id, inburgeraar_id, gemeentecode, aanbieder_id, periode,
                            datum, uren_aanwezig, uren_afwezig, afwezig_geoorloofd, gemeld_door, gemeld_op)
                        select t.id, t.plaatsing_id, t.inburgeraar_id, t.gemeentecode, t.aanbieder_id, t.periode,
                               t.datum::date, t.aanwezig::numeric, t.afwezig::numeric, t.geoorloofd::boolean, ?, ?
                        from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::uuid[], ?::text[], ?::text[],
                                    ?::text[], ?::text[], ?::text[])
                             as t(id, plaatsing_id, inburgeraar_id, gemeentecode, aanbieder_id, periode, datum,
                                  aanwezig, afwezig, geoorloofd)
                        on conflict (plaatsing_id, periode, datum) do update set
                            uren_aanwezig = excluded.uren_aanwezig, uren_afwezig = excluded.uren_afwezig,
                            afwezig_geoorloofd = excluded.afwezig_geoorloofd, gemeld_door = excluded.gemeld_door,
                            gemeld_op = excluded.gemeld_op
                        returning plaatsing_id, periode, datum, uren_aanwezig, uren_afwezig, afwezig_geoorloofd,
                            gemeld_door, gemeld_op, (xmax = 0) as nieuw""")
                .params(
                        gebruikers.huidige().gebruikersnaam(),
                        Timestamp.from(Instant.now(clock)),
                        ids,
                        plaatsing,
                        personen,
                        gemeenten,
                        aanbieders,
                        perioden,
                        datums,
                        aanwezig,
                        afwezig,
                        geoorloofd)
                .query((rs, i) -> Map.entry(
                        sleutel(
                                rs.getObject("plaatsing_id", UUID.class),
                                Periode.valueOf(rs.getString("periode")),
                                rs.getObject("datum", LocalDate.class)),
                        new Opgeslagen(presentie(rs), rs.getBoolean("nieuw"))))
                .list()
                .forEach(e -> opgeslagen.put(e.getKey(), e.getValue()));
        return opgeslagen;
    }

    /** A stored report's key: placement, period and day (the table's unique key). */
    private static String sleutel(UUID plaatsingId, Periode periode, LocalDate datum) {
        return plaatsingId + " " + periode + " " + datum;
    }

    /** The user's own organisation's placements among {@code ids}, each also reached through the relationship. */
    private Map<UUID, EigenPlaatsing> eigen(List<UUID> ids) {
        Map<UUID, EigenPlaatsing> eigen = new HashMap<>();
        if (ids.isEmpty()) {
            return eigen;
        }
        jdbc.sql(EIGEN + " where p.id = any (?)")
                .params(gebruikers.huidige().gebruikersnaam(), ids.toArray(UUID[]::new))
                .query((rs, i) -> eigenPlaatsing(rs))
                .list()
                .forEach(p -> eigen.put(p.id(), p));
        Set<UUID> bereikt = toegang.mogen(
                Recht.DEELNEMERS_RAPPORTEREN,
                eigen.values().stream().map(EigenPlaatsing::inburgeraarId).collect(Collectors.toSet()));
        eigen.values().removeIf(p -> !bereikt.contains(p.inburgeraarId()));
        return eigen;
    }

    /** Records (or corrects) a progress report of a participant of the user's organisation (AB-7). */
    @Transactional
    @MagDeelnemersRapporteren
    public Voortgang meldVoortgang(UUID plaatsingId, Vordering v) {
        EigenPlaatsing p = eigen(plaatsingId);
        List<Violation> fouten = new ArrayList<>();
        if (p.status() != Plaatsing.Status.GESTART) {
            fouten.add(new Violation("status", "fout.presentie.nietGestart", "AB-7"));
        }
        if (v.peildatum() == null) {
            fouten.add(new Violation("peildatum", "fout.presentie.datumVerplicht", "AB-7"));
        } else if (p.startdatum() == null
                || v.peildatum().isBefore(p.startdatum())
                || v.peildatum().isAfter(LocalDate.now(clock))) {
            fouten.add(new Violation("peildatum", "fout.presentie.buitenPlaatsing", "AB-7"));
        }
        if (v.lezen() == null && v.luisteren() == null && v.spreken() == null && v.schrijven() == null) {
            fouten.add(new Violation("lezen", "fout.voortgang.geenNiveau", "AB-7"));
        }
        if (v.opmerking() != null && v.opmerking().length() > MAX_OPMERKING) {
            fouten.add(new Violation("opmerking", "fout.voortgang.opmerkingTeLang", "AB-7", MAX_OPMERKING));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        Voortgang opgeslagen = jdbc.sql("""
                        insert into leervordering (id, plaatsing_id, inburgeraar_id, gemeentecode, aanbieder_id,
                            peildatum, lezen, luisteren, spreken, schrijven, opmerking, gemeld_door, gemeld_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (plaatsing_id, peildatum) do update set
                            lezen = excluded.lezen, luisteren = excluded.luisteren, spreken = excluded.spreken,
                            schrijven = excluded.schrijven, opmerking = excluded.opmerking,
                            gemeld_door = excluded.gemeld_door, gemeld_op = excluded.gemeld_op
                        returning plaatsing_id, peildatum, lezen, luisteren, spreken, schrijven, opmerking,
                            gemeld_door, gemeld_op""")
                .params(
                        UUID.randomUUID(),
                        p.id(),
                        p.inburgeraarId(),
                        p.gemeentecode(),
                        p.aanbiederId(),
                        v.peildatum(),
                        naam(v.lezen()),
                        naam(v.luisteren()),
                        naam(v.spreken()),
                        naam(v.schrijven()),
                        v.opmerking() == null || v.opmerking().isBlank()
                                ? null
                                : v.opmerking().strip(),
                        gebruikers.huidige().gebruikersnaam(),
                        Timestamp.from(Instant.now(clock)))
                .query((rs, i) -> voortgang(rs))
                .single();
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(p.inburgeraarId(), p.gemeentecode()),
                "voortgang " + v.peildatum(),
                Doelbinding.UITVOERING_WET_INBURGERING);
        return opgeslagen;
    }

    /** A placement's attendance, newest first; audited. */
    @Transactional
    @MagDeelnemersRapporteren
    public List<Presentie> presentie(UUID plaatsingId) {
        EigenPlaatsing p = eigen(plaatsingId);
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN,
                new AuditLog.Betrokkene(p.inburgeraarId(), p.gemeentecode()),
                "presentie (aanbieder)",
                Doelbinding.UITVOERING_WET_INBURGERING);
        return jdbc.sql("""
                        select plaatsing_id, periode, datum, uren_aanwezig, uren_afwezig, afwezig_geoorloofd,
                               gemeld_door, gemeld_op
                        from presentie where plaatsing_id = ? order by datum desc, periode""").param(p.id()).query((rs, i) -> presentie(rs)).list();
    }

    /** A placement's progress reports, newest first; audited. */
    @Transactional
    @MagDeelnemersRapporteren
    public List<Voortgang> voortgang(UUID plaatsingId) {
        EigenPlaatsing p = eigen(plaatsingId);
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN,
                new AuditLog.Betrokkene(p.inburgeraarId(), p.gemeentecode()),
                "voortgang (aanbieder)",
                Doelbinding.UITVOERING_WET_INBURGERING);
        return jdbc.sql("""
                        select plaatsing_id, peildatum, lezen, luisteren, spreken, schrijven, opmerking, gemeld_door,
                               gemeld_op
                        from leervordering where plaatsing_id = ? order by peildatum desc""").param(p.id()).query((rs, i) -> voortgang(rs)).list();
    }

    /**
     * The providers' progress reports of all a person's placements, newest first, for the consultant (AB-7; right
     * DOSSIER_INZIEN through the user's relationships, else 404); audited when there is anything to read.
     */
    @Transactional
    @MagDossierInzien
    public Map<UUID, List<Voortgang>> voortgangVanDossier(UUID inburgeraarId) {
        toegang.eis(Recht.DOSSIER_INZIEN, inburgeraarId);
        record Rij(Voortgang voortgang, String gemeentecode) {}
        List<Rij> rijen = jdbc.sql("""
                        select plaatsing_id, peildatum, lezen, luisteren, spreken, schrijven, opmerking, gemeld_door,
                               gemeld_op, gemeentecode
                        from leervordering where inburgeraar_id = ? order by peildatum desc""")
                .param(inburgeraarId)
                .query((rs, i) -> new Rij(voortgang(rs), rs.getString("gemeentecode")))
                .list();
        if (!rijen.isEmpty()) {
            auditLog.registreer(
                    AuditActie.DOSSIER_BEKEKEN,
                    new AuditLog.Betrokkene(inburgeraarId, rijen.getFirst().gemeentecode()),
                    "voortgang");
        }
        Map<UUID, List<Voortgang>> perPlaatsing = new LinkedHashMap<>();
        rijen.forEach(r -> perPlaatsing
                .computeIfAbsent(r.voortgang().plaatsingId(), k -> new ArrayList<>())
                .add(r.voortgang()));
        return perPlaatsing;
    }

    /**
     * The placement if it is with the user's own organisation, else 404 (whether it exists elsewhere is never told);
     * the relationship AANBIEDER is then asked of the access decision as well.
     */
    EigenPlaatsing eigen(UUID plaatsingId) {
        EigenPlaatsing p = jdbc.sql(EIGEN + " where p.id = ?")
                .params(gebruikers.huidige().gebruikersnaam(), plaatsingId)
                .query((rs, i) -> eigenPlaatsing(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.plaatsing.nietGevonden")));
        toegang.eis(Recht.DEELNEMERS_RAPPORTEREN, p.inburgeraarId());
        return p;
    }

    /** The placements of the user's own organisation (the user's name is the first parameter). */
    private static final String EIGEN = """
            select p.id, p.inburgeraar_id, p.gemeentecode, p.aanbieder_id, p.status, p.startdatum, p.einddatum
            from plaatsing p
            join aanbieder_gebruiker g on g.aanbieder_id = p.aanbieder_id and g.gebruikersnaam = ?
            """;

    private static EigenPlaatsing eigenPlaatsing(ResultSet rs) throws SQLException {
        return new EigenPlaatsing(
                rs.getObject("id", UUID.class),
                rs.getObject("inburgeraar_id", UUID.class),
                rs.getString("gemeentecode"),
                rs.getObject("aanbieder_id", UUID.class),
                Plaatsing.Status.valueOf(rs.getString("status")),
                rs.getObject("startdatum", LocalDate.class),
                rs.getObject("einddatum", LocalDate.class));
    }

    private static String naam(Taalniveau n) {
        return n == null ? null : n.name();
    }

    private static Taalniveau niveau(String s) {
        return s == null ? null : Taalniveau.valueOf(s);
    }

    private static Presentie presentie(ResultSet rs) throws SQLException {
        return new Presentie(
                rs.getObject("plaatsing_id", UUID.class),
                Periode.valueOf(rs.getString("periode")),
                rs.getObject("datum", LocalDate.class),
                rs.getBigDecimal("uren_aanwezig"),
                rs.getBigDecimal("uren_afwezig"),
                (Boolean) rs.getObject("afwezig_geoorloofd"),
                rs.getString("gemeld_door"),
                rs.getTimestamp("gemeld_op").toInstant());
    }

    private static Voortgang voortgang(ResultSet rs) throws SQLException {
        return new Voortgang(
                rs.getObject("plaatsing_id", UUID.class),
                rs.getObject("peildatum", LocalDate.class),
                niveau(rs.getString("lezen")),
                niveau(rs.getString("luisteren")),
                niveau(rs.getString("spreken")),
                niveau(rs.getString("schrijven")),
                rs.getString("opmerking"),
                rs.getString("gemeld_door"),
                rs.getTimestamp("gemeld_op").toInstant());
    }
}
