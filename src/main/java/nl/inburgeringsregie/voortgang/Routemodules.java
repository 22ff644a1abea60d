package nl.inburgeringsregie.voortgang;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.duo.DuoAfrondingen;
import nl.inburgeringsregie.duo.DuoRegels.Resultaat;
import nl.inburgeringsregie.duo.DuoRoutegegevens;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.pip.VastgesteldPip;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import nl.inburgeringsregie.uren.Urenboek;
import nl.inburgeringsregie.uren.Urenpost;
import nl.inburgeringsregie.uren.Urensoort;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PVT and the MAP as modules the consultant follows to their end (issue 16, ADR 0040 addendum). Their
 * hours come from the hours ledger: a provider's PVT or MAP placement (its attendance) and the activities the gemeente
 * runs itself, recorded here (a PVT meeting; the MAP's competentiescan, orientation and practical part). The module ends
 * with its afronding: the signing of the participatieverklaring after at least 12 hours, the MAP's eindgesprek
 * between the person and the gemeente after the practical hours (R-8, configuration) with its outcome; the MAP is not
 * part of the onderwijsroute (Wi2021 art. 8 lid 3). The DUO melding is made from the afronding (module duo, DUO's rules
 * including R-9's verwijtbaar flag), in the same transaction: a refusal stores nothing. A withdrawal withdraws the
 * melding and keeps the afronding with its withdrawal. The KNM is followed through the ledger and its exam (B1-route) or
 * the Z-route's eindgesprek; it has no afronding of its own here.
 */
@Service
class Routemodules {

    static final int MAXIMUM_OMSCHRIJVING = 1000;
    static final int MAXIMUM_VERSLAG = 2000;

    /** The hours one activity may count on one day; more is not plausible (issue 16: "hours beyond the range"). */
    static final BigDecimal MAXIMUM_PER_DAG = BigDecimal.valueOf(24);

    /** A module with an afronding here; texts module.<NAME>. */
    enum Module {
        PVT(Resultaat.PVT, Urensoort.PVT),
        MAP(Resultaat.MAP, Urensoort.MAP);

        private final Resultaat resultaat;
        private final Urensoort soort;

        Module(Resultaat resultaat, Urensoort soort) {
            this.resultaat = resultaat;
            this.soort = soort;
        }

        /** R-7 for the PVT, R-8 for the MAP. */
        public String regel() {
            return resultaat.regel();
        }

        /** The route needs the module: the PVT always, the MAP not in the onderwijsroute (Wi2021 art. 8 lid 3). */
        boolean hoortBij(Leerroute route) {
            return this == PVT || route != Leerroute.O;
        }

        /** Parses a path segment ({@code pvt}, {@code map}); empty for anything else. */
        static Optional<Module> van(String tekst) {
            for (Module m : values()) {
                if (m.name().equalsIgnoreCase(tekst)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    /** What the gemeente runs itself, per module; texts module.activiteit.<NAME>. */
    enum Activiteitsoort {
        BIJEENKOMST(Module.PVT),
        COMPETENTIESCAN(Module.MAP),
        ORIENTATIE(Module.MAP),
        PRAKTIJKDEEL(Module.MAP);

        private final Module module;

        Activiteitsoort(Module module) {
            this.module = module;
        }

        public Module module() {
            return module;
        }

        static Optional<Activiteitsoort> van(String tekst) {
            for (Activiteitsoort s : values()) {
                if (s.name().equals(tekst)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    public record Activiteit(
            UUID id,
            Module module,
            Activiteitsoort soort,
            LocalDate datum,
            BigDecimal uren,
            String omschrijving,
            String vastgelegdDoor) {}

    /** {@code ingetrokkenOp} null: in force. */
    public record Afronding(
            UUID id,
            Module module,
            LocalDate datum,
            String verslag,
            String verwijtbaar,
            String vastgelegdDoor,
            OffsetDateTime vastgelegdOp,
            String ingetrokkenDoor,
            OffsetDateTime ingetrokkenOp) {}

    /**
     * One module of a person's route: the hours against the target with their sources (placements and the gemeente's
     * own activities), the activities, the afronding in force (or null), earlier withdrawn ones, and the date DUO knows
     * (the latest melding, or DUO's answer).
     */
    public record Moduleoverzicht(
            Module module,
            BigDecimal uren,
            int doel,
            int procent,
            List<Urenpost> bronnen,
            List<Activiteit> activiteiten,
            Afronding afronding,
            List<Afronding> ingetrokken,
            LocalDate bijDuo) {}

    /**
     * A person's modules: none without a vastgesteld PIP; the MAP only when the route has one. The KNM's hours are the
     * ledger's, shown with the module for the whole picture. {@code zroute}: in the Z-route, the progress per kind of
     * hours against its target (R-5: course hours; for an asielstatushouder participation hours, capped by DUO's partial
     * ontheffing, scenario 7); empty in another route.
     */
    public record Overzicht(
            UUID inburgeraarId,
            Leerroute leerroute,
            List<Moduleoverzicht> modules,
            Urenboek.Totaal knm,
            List<Urenboek.Doel> zroute) {}

    /** As typed; serializable, as the page keeps it in the (shared) session across a refusal's redirect. */
    record ActiviteitInvoer(Activiteitsoort soort, LocalDate datum, BigDecimal uren, String omschrijving)
            implements Serializable {}

    /** As typed; {@code verwijtbaar} {@code Ja}, {@code Nee} or empty. */
    record AfrondingInvoer(LocalDate datum, String verslag, String verwijtbaar) implements Serializable {}

    private final JdbcClient jdbc;
    private final DossierfeitenLezer dossiers;
    private final Toegang toegang;
    private final Gebruikers gebruikers;
    private final VastgesteldPip pips;
    private final Urenboek urenboek;
    private final DuoRoutegegevens duo;
    private final DuoAfrondingen duoAfrondingen;
    private final AuditLog auditLog;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    Routemodules(
            JdbcClient jdbc,
            DossierfeitenLezer dossiers,
            Toegang toegang,
            Gebruikers gebruikers,
            VastgesteldPip pips,
            Urenboek urenboek,
            DuoRoutegegevens duo,
            DuoAfrondingen duoAfrondingen,
            AuditLog auditLog,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.toegang = toegang;
        this.gebruikers = gebruikers;
        this.pips = pips;
        this.urenboek = urenboek;
        this.duo = duo;
        this.duoAfrondingen = duoAfrondingen;
        this.auditLog = auditLog;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** The person's modules for staff with the dossier right (404 beyond their relationships); audited as a read. */
    @Transactional
    @MagDossierInzien
    public Overzicht overzicht(UUID inburgeraarId) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_INZIEN);
        auditLog.registreer(AuditActie.DOSSIER_BEKEKEN, new AuditLog.Betrokkene(d.id(), d.gemeentecode()), "modules");
        Optional<VastgesteldPip.Route> pip = pips.van(d.id());
        Urenboek.Urenoverzicht ledger = urenboek.berekend(d.id());
        Urenboek.Totaal knm = ledger.totalen().get(Urensoort.KNM.ordinal());
        if (pip.isEmpty()) {
            return new Overzicht(d.id(), null, List.of(), knm, List.of());
        }
        DuoRoutegegevens.Routegegevens gemeld = duo.van(d.id());
        List<Activiteit> activiteiten = activiteiten(d.id());
        List<Afronding> afrondingen = afrondingen(d.id());
        List<Moduleoverzicht> modules = new ArrayList<>();
        for (Module m : Module.values()) {
            if (!m.hoortBij(pip.get().leerroute())) {
                continue;
            }
            Urenboek.Doel doel = doel(ledger, m);
            modules.add(new Moduleoverzicht(
                    m,
                    doel.uren(),
                    doel.doel(),
                    doel.procent(),
                    ledger.totalen().get(m.soort.ordinal()).bronnen(),
                    activiteiten.stream().filter(a -> a.module() == m).toList(),
                    afrondingen.stream()
                            .filter(a -> a.module() == m && a.ingetrokkenOp() == null)
                            .findFirst()
                            .orElse(null),
                    afrondingen.stream()
                            .filter(a -> a.module() == m && a.ingetrokkenOp() != null)
                            .toList(),
                    m == Module.PVT ? gemeld.pvtOndertekend() : gemeld.mapEindgesprek()));
        }
        List<Urenboek.Doel> zroute = new ArrayList<>();
        if (pip.get().leerroute() == Leerroute.Z) {
            zroute.add(doel(ledger, "LESUREN"));
            if (d.doelgroep() == Doelgroep.ASIELSTATUSHOUDER) {
                Urenboek.Doel p = doel(ledger, "PARTICIPATIE");
                int norm = Routebepaling.participatieNorm(p.doel(), gemeld);
                zroute.add(Urenboek.doel(p.code(), p.uren(), norm, p.regel()));
            }
        }
        return new Overzicht(d.id(), pip.get().leerroute(), List.copyOf(modules), knm, List.copyOf(zroute));
    }

    /**
     * Records an activity the gemeente ran itself. Refused, naming field and rule: without a vastgesteld PIP, the MAP in
     * the onderwijsroute, a kind of another module, a date missing, in the future, before the PIP or after the module's
     * afronding, hours not above 0, above 24 on the day (with the module's other activities) or with more than two
     * decimals.
     */
    @Transactional
    @MagDossierWijzigen
    public Activiteit activiteitVastleggen(UUID inburgeraarId, Module module, ActiviteitInvoer invoer) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        VastgesteldPip.Route pip = route(d, module);
        List<Violation> fouten = new ArrayList<>();
        if (invoer.soort() == null || invoer.soort().module() != module) {
            fouten.add(new Violation("soort", "fout.module.soort." + module.name(), module.regel()));
        }
        datum(invoer.datum(), d, module, fouten);
        Optional<Afronding> afronding = afrondingen(d.id()).stream()
                .filter(a -> a.module() == module && a.ingetrokkenOp() == null)
                .findFirst();
        if (invoer.datum() != null
                && afronding.isPresent()
                && invoer.datum().isAfter(afronding.get().datum())) {
            fouten.add(new Violation(
                    "datum",
                    "fout.module.naAfronding",
                    module.regel(),
                    InburgeringTermijnen.datum(afronding.get().datum())));
        }
        BigDecimal uren = invoer.uren();
        if (uren == null
                || uren.signum() <= 0
                || uren.compareTo(MAXIMUM_PER_DAG) > 0
                || uren.stripTrailingZeros().scale() > 2) {
            fouten.add(new Violation("uren", "fout.module.uren", module.regel(), MAXIMUM_PER_DAG));
        } else if (invoer.datum() != null) {
            BigDecimal andere = jdbc.sql("""
                            select coalesce(sum(uren), 0) from module_activiteit
                            where inburgeraar_id = ? and datum = ?""")
                    .params(d.id(), invoer.datum())
                    .query(BigDecimal.class)
                    .single();
            if (andere.add(uren).compareTo(MAXIMUM_PER_DAG) > 0) {
                fouten.add(new Violation(
                        "uren",
                        "fout.module.teVeelOpDag",
                        module.regel(),
                        MAXIMUM_PER_DAG,
                        andere.stripTrailingZeros()));
            }
        }
        String omschrijving = leeg(invoer.omschrijving());
        if (omschrijving != null && omschrijving.length() > MAXIMUM_OMSCHRIJVING) {
            fouten.add(new Violation("omschrijving", "fout.voortgang.teLang", null, MAXIMUM_OMSCHRIJVING));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into module_activiteit (id, inburgeraar_id, gemeentecode, module, soort, datum, uren,
                            omschrijving, vastgelegd_door, vastgelegd_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        d.id(),
                        d.gemeentecode(),
                        module.name(),
                        invoer.soort().name(),
                        invoer.datum(),
                        uren,
                        omschrijving,
                        gebruikers.huidige().gebruikersnaam(),
                        Timestamp.from(clock.instant()))
                .update();
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(d.id(), d.gemeentecode()),
                "module." + module.name() + ".activiteit");
        return activiteiten(d.id()).stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Removes an activity recorded in error; not while the module's afronding is in force (its hours were the reason it
     * could end: withdraw the afronding first). 404 for an activity of another person or module.
     */
    @Transactional
    @MagDossierWijzigen
    public void activiteitVerwijderen(UUID inburgeraarId, Module module, UUID activiteitId) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        if (afrondingen(d.id()).stream().anyMatch(a -> a.module() == module && a.ingetrokkenOp() == null)) {
            throw new ConflictException(
                    berichten.getMessage("fout.module.verwijderenNaAfronding"), null, "activiteit", module.regel());
        }
        int verwijderd = jdbc.sql("delete from module_activiteit where id = ? and inburgeraar_id = ? and module = ?")
                .params(activiteitId, d.id(), module.name())
                .update();
        if (verwijderd == 0) {
            throw new NotFoundException(berichten.getMessage("fout.module.activiteitNietGevonden"));
        }
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(d.id(), d.gemeentecode()),
                "module." + module.name() + ".activiteit.verwijderd");
    }

    /**
     * Ends the module and makes the DUO melding from it. Refused, naming field and rule, nothing stored: without a
     * vastgesteld PIP, the MAP in the onderwijsroute, a date missing, in the future or before the PIP, the hours below
     * the target (R-7: 12; R-8: configuration), the MAP's eindgesprek without its outcome, and whatever DUO's rules
     * refuse (R-9's verwijtbaar flag, a date after the Z-route's completion); a second afronding while one is in force
     * is a conflict (409).
     */
    @Transactional
    @MagDossierWijzigen
    public Afronding afronden(UUID inburgeraarId, Module module, AfrondingInvoer invoer) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        route(d, module);
        List<Violation> fouten = new ArrayList<>();
        datum(invoer.datum(), d, module, fouten);
        Urenboek.Doel doel = doel(urenboek.berekend(d.id()), module);
        if (doel.uren().compareTo(BigDecimal.valueOf(doel.doel())) < 0) {
            fouten.add(new Violation(
                    "uren",
                    "fout.module.urenTekort." + module.name(),
                    module.regel(),
                    doel.doel(),
                    doel.uren().toPlainString()));
        }
        String verslag = leeg(invoer.verslag());
        if (module == Module.MAP && verslag == null) {
            fouten.add(new Violation("verslag", "fout.module.verslagVerplicht", "R-8"));
        } else if (verslag != null && verslag.length() > MAXIMUM_VERSLAG) {
            fouten.add(new Violation("verslag", "fout.voortgang.teLang", null, MAXIMUM_VERSLAG));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        String verwijtbaar = leeg(invoer.verwijtbaar());
        UUID id = UUID.randomUUID();
        int opgeslagen = jdbc.sql("""
                        insert into module_afronding (id, inburgeraar_id, gemeentecode, module, datum, verslag,
                            verwijtbaar, vastgelegd_door, vastgelegd_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (inburgeraar_id, module) where ingetrokken_op is null do nothing""")
                .params(
                        id,
                        d.id(),
                        d.gemeentecode(),
                        module.name(),
                        invoer.datum(),
                        verslag,
                        "Ja".equals(verwijtbaar) || "Nee".equals(verwijtbaar) ? verwijtbaar : null,
                        gebruikers.huidige().gebruikersnaam(),
                        Timestamp.from(clock.instant()))
                .update();
        if (opgeslagen == 0) {
            Afronding eerder = afrondingen(d.id()).stream()
                    .filter(a -> a.module() == module && a.ingetrokkenOp() == null)
                    .findFirst()
                    .orElseThrow();
            throw new ConflictException(
                    berichten.getMessage(
                            "fout.module.alAfgerond", new Object[] {InburgeringTermijnen.datum(eerder.datum())}),
                    null,
                    "datum",
                    module.regel());
        }
        // DUO's rules decide the rest (R-9, the Z-route's completion); a refusal rolls the afronding back too.
        try {
            duoAfrondingen.meldResultaat(d.id(), module.resultaat, invoer.datum(), verwijtbaar);
        } catch (InvalidInputException e) {
            // DUO's rules name DUO's field; the caller typed "datum".
            throw new InvalidInputException(e.violations().stream()
                    .map(v -> v.field().equals(module.resultaat.veld())
                            ? new Violation("datum", v.message(), v.regel(), v.args())
                            : v)
                    .toList());
        }
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(d.id(), d.gemeentecode()),
                "module." + module.name() + ".afronding");
        return afrondingen(d.id()).stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Withdraws the afronding in force and its date at DUO (a melding without the date); DUO refuses it once the duty is
     * met through the Z-route. 404 when none is in force.
     */
    @Transactional
    @MagDossierWijzigen
    public void intrekken(UUID inburgeraarId, Module module) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        int ingetrokken = jdbc.sql("""
                        update module_afronding set ingetrokken_door = ?, ingetrokken_op = ?
                        where inburgeraar_id = ? and module = ? and ingetrokken_op is null""")
                .params(gebruikers.huidige().gebruikersnaam(), Timestamp.from(clock.instant()), d.id(), module.name())
                .update();
        if (ingetrokken == 0) {
            throw new NotFoundException(berichten.getMessage("fout.module.geenAfronding"));
        }
        duoAfrondingen.meldResultaat(d.id(), module.resultaat, null, null);
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(d.id(), d.gemeentecode()),
                "module." + module.name() + ".ingetrokken");
    }

    /** The vastgesteld PIP's route, when the module belongs to it; otherwise a refusal naming the rule. */
    private VastgesteldPip.Route route(Dossierfeiten d, Module module) {
        VastgesteldPip.Route pip = pips.van(d.id())
                .orElseThrow(() -> new InvalidInputException("leerroute", "fout.module.geenPip", module.regel()));
        if (!module.hoortBij(pip.leerroute())) {
            throw new InvalidInputException("module", "fout.module.mapNietInOnderwijsroute", "R-8");
        }
        return pip;
    }

    /** A module's date: required, not after today, not before the first PIP's dagtekening (the route starts there). */
    private void datum(LocalDate datum, Dossierfeiten d, Module module, List<Violation> fouten) {
        LocalDate vandaag = LocalDate.now(clock.withZone(Voortgangsgesprekken.ZONE));
        LocalDate pip = d.mijlpalen().dagtekeningPip();
        if (datum == null) {
            fouten.add(new Violation("datum", "fout.module.datumVerplicht", module.regel()));
        } else if (datum.isAfter(vandaag)) {
            fouten.add(new Violation("datum", "fout.module.datumInToekomst", module.regel()));
        } else if (pip != null && datum.isBefore(pip)) {
            fouten.add(new Violation(
                    "datum", "fout.module.datumVoorPip", module.regel(), InburgeringTermijnen.datum(pip)));
        }
    }

    private static Urenboek.Doel doel(Urenboek.Urenoverzicht ledger, Module module) {
        return doel(ledger, module.name());
    }

    private static Urenboek.Doel doel(Urenboek.Urenoverzicht ledger, String code) {
        return ledger.doelen().stream()
                .filter(x -> x.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private List<Activiteit> activiteiten(UUID inburgeraarId) {
        return jdbc.sql(
                        "select * from module_activiteit where inburgeraar_id = ? order by datum desc, vastgelegd_op desc")
                .param(inburgeraarId)
                .query((rs, i) -> new Activiteit(
                        rs.getObject("id", UUID.class),
                        Module.valueOf(rs.getString("module")),
                        Activiteitsoort.valueOf(rs.getString("soort")),
                        rs.getObject("datum", LocalDate.class),
                        rs.getBigDecimal("uren").stripTrailingZeros(),
                        rs.getString("omschrijving"),
                        rs.getString("vastgelegd_door")))
                .list();
    }

    private List<Afronding> afrondingen(UUID inburgeraarId) {
        return jdbc.sql("select * from module_afronding where inburgeraar_id = ? order by vastgelegd_op desc")
                .param(inburgeraarId)
                .query((rs, i) -> new Afronding(
                        rs.getObject("id", UUID.class),
                        Module.valueOf(rs.getString("module")),
                        rs.getObject("datum", LocalDate.class),
                        rs.getString("verslag"),
                        rs.getString("verwijtbaar"),
                        rs.getString("vastgelegd_door"),
                        tijd(rs, "vastgelegd_op"),
                        rs.getString("ingetrokken_door"),
                        tijd(rs, "ingetrokken_op")))
                .list();
    }

    private static OffsetDateTime tijd(ResultSet rs, String kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null
                ? null
                : t.toInstant().atZone(Voortgangsgesprekken.ZONE).toOffsetDateTime();
    }

    private static String leeg(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private Dossierfeiten dossier(UUID inburgeraarId, Recht recht) {
        toegang.eis(recht, inburgeraarId);
        return dossiers.van(List.of(inburgeraarId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }
}
