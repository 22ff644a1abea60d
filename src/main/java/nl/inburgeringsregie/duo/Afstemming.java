package nl.inburgeringsregie.duo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.inburgeringsregie.gebruikers.MagTeamOverzien;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.Wet;
import nl.inburgeringsregie.pip.Pip;
import nl.inburgeringsregie.pip.PipKeuzes.PipStatus;
import nl.inburgeringsregie.pip.PipService;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.privacy.Doelbinding;
import nl.inburgeringsregie.termijnen.Termijn;
import nl.inburgeringsregie.termijnen.TermijnSoort;
import nl.inburgeringsregie.termijnen.Termijnen;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Reconciliation of DUO's picture with ours, per gemeente: persons DUO notified about who have no dossier here,
 * meldingen DUO refused, and — from a comparison run that asks DUO about every open dossier — dossiers DUO does not
 * know, places in another gemeente, or does not hold inburgeringsplichtig (or under another law), and doelgroepen,
 * termijnen and PIPs that differ. The comparison only reads: each difference links to the action that fixes it.
 */
@Service
class Afstemming {

    /** A person DUO notified about for whom this gemeente has no dossier. */
    record ZonderDossier(
            String bsn,
            String gemeentecode,
            String gebeurtenisId,
            Instant ontvangenOp,
            LocalDate datumKennisgeving,
            String doelgroep,
            UUID berichtId) {}

    /** The kinds of differences a comparison finds. */
    enum Soort {
        ONBEKEND_BIJ_DUO,
        ANDERE_GEMEENTE,
        NIET_PLICHTIG,
        ANDERE_WET,
        DOELGROEP,
        TERMIJN,
        PIP_NIET_BIJ_DUO,
        PIP_NIET_BIJ_ONS,
        PIP_ANDERS
    }

    /**
     * One difference: what we hold and what DUO holds; and, when a team lead marked it as seen (issue 21 point 8), the
     * reason, who and when (else null).
     */
    record Afwijking(
            UUID id,
            UUID inburgeraarId,
            String naam,
            String gemeentecode,
            Soort soort,
            String ons,
            String duo,
            Instant gevondenOp,
            String gezienReden,
            String gezienDoor,
            Instant gezienOp) {

        boolean gezien() {
            return gezienOp != null;
        }
    }

    /**
     * The last comparison run of a gemeente; {@code fout} is the technical cause when DUO did not answer (the page says
     * so with {@code afstemming.vergelijkingMislukt}), null otherwise.
     */
    record Vergelijking(Instant gestart, Instant klaar, int dossiers, String fout) {}

    private final JdbcClient jdbc;
    private final DossierfeitenLezer dossiers;
    private final DuoClient duo;
    private final PipService pips;
    private final Termijnen termijnen;
    private final Clock clock;
    private final TransactionTemplate transacties;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Map<String, Vergelijking> vergelijkingen = new ConcurrentHashMap<>();

    Afstemming(
            JdbcClient jdbc,
            DossierfeitenLezer dossiers,
            DuoClient duo,
            PipService pips,
            Termijnen termijnen,
            Clock clock,
            TransactionTemplate transacties,
            AuditLog auditLog,
            ApplicationEventPublisher events) {
        this.events = events;
        this.transacties = transacties;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.duo = duo;
        this.pips = pips;
        this.termijnen = termijnen;
        this.clock = clock;
    }

    /**
     * Still without a dossier: the latest notification per BSN whose person has not been registered since. Each shows
     * a BSN: audited in this transaction, without a person but naming the notification that holds the BSN (issue 14
     * point 14).
     */
    @Transactional
    @MagTeamOverzien
    List<ZonderDossier> zonderDossier(List<String> gemeenten) {
        List<ZonderDossier> lijst = jdbc.sql("""
                select distinct on (n.gemeentecode, n.bsn) n.bsn, n.gemeentecode, n.gebeurtenis_id, n.ontvangen_op,
                       n.datum_kennisgeving, n.doelgroep, n.bericht_id
                from duo_notificatie n
                where n.status = 'ZONDER_DOSSIER' and n.gemeentecode = any(?)
                  and not exists (select 1 from inburgeraar i where i.gemeentecode = n.gemeentecode and i.bsn = n.bsn)
                order by n.gemeentecode, n.bsn, n.ontvangen_op desc""")
                .param(gemeenten.toArray(String[]::new))
                .query((rs, i) -> new ZonderDossier(
                        rs.getString("bsn"),
                        rs.getString("gemeentecode"),
                        rs.getString("gebeurtenis_id"),
                        rs.getTimestamp("ontvangen_op").toInstant(),
                        rs.getObject("datum_kennisgeving", LocalDate.class),
                        rs.getString("doelgroep"),
                        rs.getObject("bericht_id", UUID.class)))
                .list();
        auditLog.registreerElk(
                AuditActie.IN_ZOEKRESULTAAT,
                lijst.stream()
                        .map(z -> new AuditLog.Betrokkene(null, z.gemeentecode()))
                        .toList(),
                lijst.stream()
                        .map(z -> Notificaties.zonderDossier(z.berichtId()))
                        .toList());
        return lijst;
    }

    /** The differences the last comparison of these gemeenten found; the list counts as reading each person on it. */
    @Transactional
    @MagTeamOverzien
    List<Afwijking> afwijkingen(List<String> gemeenten) {
        List<Afwijking> lijst = jdbc.sql("""
                select a.*, trim(coalesce(i.voornamen, '') || ' ' || coalesce(i.geslachtsnaam, '')) as naam,
                       g.reden as gezien_reden, g.gezien_door, g.gezien_op
                from duo_afwijking a left join inburgeraar i on i.id = a.inburgeraar_id
                left join duo_afwijking_gezien g on g.inburgeraar_id = a.inburgeraar_id and g.soort = a.soort
                     and g.ons = coalesce(a.ons, '') and g.duo = coalesce(a.duo, '')
                where a.gemeentecode = any(?) order by a.soort, naam""")
                .param(gemeenten.toArray(String[]::new))
                .query((rs, i) -> {
                    Timestamp gezienOp = rs.getTimestamp("gezien_op");
                    return new Afwijking(
                            rs.getObject("id", UUID.class),
                            rs.getObject("inburgeraar_id", UUID.class),
                            rs.getString("naam"),
                            rs.getString("gemeentecode"),
                            Soort.valueOf(rs.getString("soort")),
                            rs.getString("ons"),
                            rs.getString("duo"),
                            rs.getTimestamp("gevonden_op").toInstant(),
                            rs.getString("gezien_reden"),
                            rs.getString("gezien_door"),
                            gezienOp == null ? null : gezienOp.toInstant());
                })
                .list();
        auditLog.registreer(
                AuditActie.IN_ZOEKRESULTAAT,
                lijst.stream()
                        .map(a -> new AuditLog.Betrokkene(a.inburgeraarId(), a.gemeentecode()))
                        .distinct()
                        .toList(),
                "DUO-afstemming");
        return lijst;
    }

    /** Whether a difference with this id exists in one of these gemeenten (and is about a known dossier). */
    @Transactional(readOnly = true)
    @MagTeamOverzien
    boolean bestaat(UUID afwijkingId, List<String> gemeenten) {
        return jdbc.sql("select exists (select 1 from duo_afwijking where id = ? and gemeentecode = any(?) "
                        + "and inburgeraar_id is not null)")
                .params(afwijkingId, gemeenten.toArray(String[]::new))
                .query(Boolean.class)
                .single();
    }

    /**
     * A team lead marks a difference as seen, with the reason it may stay (issue 21 point 8): kept until the difference
     * changes, written in the dossier's journal and in the audit log. Empty when the difference is not one of these
     * gemeenten (or no longer there: a new comparison replaced it).
     */
    @Transactional
    @MagTeamOverzien
    Optional<Afwijking> markeerGezien(
            UUID afwijkingId,
            String reden,
            List<String> gemeenten,
            String door,
            Function<Afwijking, String> omschrijvingVan) {
        Optional<Afwijking> gevonden = jdbc.sql("select * from duo_afwijking where id = ? and gemeentecode = any(?)")
                .params(afwijkingId, gemeenten.toArray(String[]::new))
                .query((rs, i) -> new Afwijking(
                        afwijkingId,
                        rs.getObject("inburgeraar_id", UUID.class),
                        null,
                        rs.getString("gemeentecode"),
                        Soort.valueOf(rs.getString("soort")),
                        rs.getString("ons"),
                        rs.getString("duo"),
                        rs.getTimestamp("gevonden_op").toInstant(),
                        null,
                        null,
                        null))
                .optional()
                .filter(a -> a.inburgeraarId() != null);
        gevonden.ifPresent(a -> {
            jdbc.sql("""
                    insert into duo_afwijking_gezien (id, gemeentecode, inburgeraar_id, soort, ons, duo, reden, gezien_door, gezien_op)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (inburgeraar_id, soort, ons, duo) do update
                    set reden = excluded.reden, gezien_door = excluded.gezien_door, gezien_op = excluded.gezien_op""")
                    .params(
                            UUID.randomUUID(),
                            a.gemeentecode(),
                            a.inburgeraarId(),
                            a.soort().name(),
                            a.ons() == null ? "" : a.ons(),
                            a.duo() == null ? "" : a.duo(),
                            reden,
                            door,
                            Timestamp.from(Instant.now(clock)))
                    .update();
            String omschrijving = omschrijvingVan.apply(a);
            events.publishEvent(new AfwijkingGezien(a.inburgeraarId(), omschrijving));
            auditLog.registreer(
                    AuditActie.GEWIJZIGD,
                    new AuditLog.Betrokkene(a.inburgeraarId(), a.gemeentecode()),
                    omschrijving,
                    Doelbinding.GEGEVENSUITWISSELING_DUO);
        });
        return gevonden;
    }

    Optional<Vergelijking> laatsteVergelijking(String gemeentecode) {
        return Optional.ofNullable(vergelijkingen.get(gemeentecode));
    }

    /**
     * Asks DUO about every open dossier of the gemeente (duty, doelgroep, termijn, PIP) and replaces the gemeente's
     * differences with what it found. Runs as the team lead who started it; returns how many dossiers it compared, or
     * -1 when a comparison of the gemeente is already running.
     */
    @MagTeamOverzien
    int vergelijk(String gemeentecode) {
        Instant gestart = Instant.now(clock);
        Vergelijking nieuw = new Vergelijking(gestart, null, 0, null);
        if (vergelijkingen.compute(
                        gemeentecode, (g, lopend) -> lopend != null && lopend.klaar() == null ? lopend : nieuw)
                != nieuw) {
            return -1; // one comparison per gemeente at a time: the running one is not disturbed
        }
        List<Object[]> gevonden = new ArrayList<>();
        int vergeleken = 0;
        try {
            UUID na = null;
            List<UUID> pagina;
            while (!(pagina = dossiers.ids(gemeentecode, na, 200)).isEmpty()) {
                Map<UUID, String> bsns = dossiers.bsns(pagina);
                for (Dossierfeiten d : dossiers.van(pagina)) {
                    if (d.fase() != Fase.AFGEROND && d.fase() != Fase.UITGESCHREVEN) {
                        vergelijk(d, bsns.get(d.id())).forEach(a -> gevonden.add(new Object[] {d.id(), a}));
                        transacties.executeWithoutResult(status -> auditLog.registreer(
                                AuditActie.DUO_GEGEVENS_OPGEVRAAGD,
                                new AuditLog.Betrokkene(d.id(), d.gemeentecode()),
                                "Vergeleken met DUO: inburgeringsplicht, doelgroep, termijn, PIP",
                                Doelbinding.GEGEVENSUITWISSELING_DUO));
                        vergeleken++;
                    }
                }
                na = pagina.getLast();
            }
        } catch (DuoClient.DuoFout e) {
            vergelijkingen.put(gemeentecode, new Vergelijking(gestart, Instant.now(clock), vergeleken, e.getMessage()));
            throw e;
        }
        Timestamp nu = Timestamp.from(Instant.now(clock));
        // The gemeente's differences are replaced at once: a reader sees the previous run or this one, never half.
        transacties.executeWithoutResult(status -> {
            jdbc.sql("delete from duo_afwijking where gemeentecode = ?")
                    .param(gemeentecode)
                    .update();
            for (Object[] g : gevonden) {
                String[] a = (String[]) g[1];
                jdbc.sql(
                                "insert into duo_afwijking (id, gemeentecode, inburgeraar_id, soort, ons, duo, gevonden_op) values (?, ?, ?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), gemeentecode, g[0], a[0], a[1], a[2], nu)
                        .update();
            }
        });
        vergelijkingen.put(gemeentecode, new Vergelijking(gestart, Instant.now(clock), vergeleken, null));
        return vergeleken;
    }

    /** The differences of one dossier, each as {soort, ons, duo}. */
    private List<String[]> vergelijk(Dossierfeiten d, String bsn) {
        List<String[]> verschillen = new ArrayList<>();
        String pad = "/personen/" + bsn;
        Optional<JsonNode> plicht;
        try {
            plicht = duo.raadpleeg("Inburgeringsplicht", d.gemeentecode(), pad + "/inburgeringsplicht");
        } catch (DuoClient.DuoFout e) {
            if (e.status() == 403) {
                verschillen.add(new String[] {Soort.ANDERE_GEMEENTE.name(), d.gemeentecode(), e.getMessage()});
                return verschillen;
            }
            throw e;
        }
        if (plicht.isEmpty()) {
            verschillen.add(new String[] {
                Soort.ONBEKEND_BIJ_DUO.name(), d.wet() == null ? null : d.wet().name(), null
            });
            return verschillen;
        }
        if (!plicht.get().path("indicatorInburgeringsplicht").asBoolean()) {
            verschillen.add(new String[] {
                Soort.NIET_PLICHTIG.name(),
                "inburgeringsplichtig",
                plicht.get().path("redenGeenInburgeringsplicht").asString("niet inburgeringsplichtig")
            });
        } else if (d.wet() == Wet.WI2013) {
            verschillen.add(new String[] {Soort.ANDERE_WET.name(), "Wi2013", "Wi2021"});
        }
        duo.raadpleeg("Inburgeringsplicht", d.gemeentecode(), pad + "/doelgroep")
                .ifPresent(doelgroep -> {
                    Doelgroep volgensDuo = doelgroep.has("indeling")
                            ? Doelgroep.vanDuoWaarde(doelgroep.get("indeling").asString())
                            : null;
                    if (volgensDuo != null && volgensDuo != d.doelgroep()) {
                        verschillen.add(new String[] {
                            Soort.DOELGROEP.name(),
                            d.doelgroep() == null ? null : d.doelgroep().name(),
                            volgensDuo.name()
                        });
                    }
                });
        Optional<LocalDate> onzeEinddatum = termijnen
                .termijn(d, TermijnSoort.INBURGERINGSTERMIJN)
                .map(Termijn::uiterlijkeDatum)
                .map(dag -> dag.plusDays(1));
        Optional<LocalDate> duoEinddatum = duo.raadpleeg(
                        "Inburgeringstermijn", d.gemeentecode(), pad + "/inburgeringstermijn")
                .map(t -> LocalDate.parse(t.get("einddatum").asString()));
        if (duoEinddatum.isPresent() && !duoEinddatum.equals(onzeEinddatum)) {
            verschillen.add(new String[] {
                Soort.TERMIJN.name(),
                onzeEinddatum.map(LocalDate::toString).orElse(null),
                duoEinddatum.get().toString()
            });
        }
        Optional<Pip> onzePip = pips.versies(d.id()).stream()
                .filter(p -> p.status() == PipStatus.VASTGESTELD)
                .max(Comparator.comparingInt(Pip::versienummer));
        Optional<JsonNode> duoPip =
                duo.raadpleeg("PIP", d.gemeentecode(), pad + "/PIP").map(p -> p.path("pip"));
        String ons = onzePip.map(p -> p.leerroute().name() + ", " + p.dagtekeningPip())
                .orElse(null);
        String bijDuo = duoPip.map(p -> p.path("leerroute").asString() + ", "
                        + p.path("dagtekeningPip").asString())
                .orElse(null);
        if (ons != null && bijDuo == null) {
            verschillen.add(new String[] {Soort.PIP_NIET_BIJ_DUO.name(), ons, null});
        } else if (ons == null && bijDuo != null) {
            verschillen.add(new String[] {Soort.PIP_NIET_BIJ_ONS.name(), null, bijDuo});
        } else if (ons != null && !ons.equals(bijDuo)) {
            verschillen.add(new String[] {Soort.PIP_ANDERS.name(), ons, bijDuo});
        }
        return verschillen;
    }
}
