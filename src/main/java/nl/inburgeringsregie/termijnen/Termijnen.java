package nl.inburgeringsregie.termijnen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierInzienEnTeamOverzien;
import nl.inburgeringsregie.gebruikers.MagTeamOverzien;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.database.Unnest;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadlines of dossiers: computed live from the facts for one dossier (API, dossier page, timeline), and
 * copied into the read model {@code termijn} for worklists whenever facts change (same transaction) and by
 * the daily job.
 */
@Service
public class Termijnen {

    private static final int BATCH = 2000;

    /**
     * A missed deadline is recorded once and kept (T-15); only a record dated after the new one (which a clock set
     * back, as in tests, can make) gives way to the earlier.
     */
    private static final String EERDER_VASTGELEGD_WINT = """
            on conflict (inburgeraar_id, soort) do update set laatste_dag = excluded.laatste_dag,
                vastgelegd_op = excluded.vastgelegd_op
            where termijn_gemist.vastgelegd_op > excluded.vastgelegd_op""";

    private final List<TermijnBron> bronnen;
    private final TermijnSoorten soorten;
    private final DossierfeitenLezer lezer;
    private final JdbcTemplate jdbc;
    private final Gebruikers gebruikers;
    private final Toegang toegang;
    private final AuditLog auditLog;
    private final MessageSourceAccessor berichten;
    private final Clock clock;
    private final Werkvoorraad werkvoorraad;
    private final TransactionTemplate transactie;

    Termijnen(
            List<TermijnBron> bronnen,
            TermijnSoorten soorten,
            DossierfeitenLezer lezer,
            JdbcTemplate jdbc,
            Gebruikers gebruikers,
            Toegang toegang,
            AuditLog auditLog,
            MessageSourceAccessor berichten,
            Clock clock,
            Werkvoorraad werkvoorraad,
            PlatformTransactionManager transacties) {
        this.werkvoorraad = werkvoorraad;
        this.transactie = new TransactionTemplate(transacties);
        this.bronnen = List.copyOf(bronnen);
        this.soorten = soorten;
        this.lezer = lezer;
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.toegang = toegang;
        this.auditLog = auditLog;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** A dossier (with the person's name, for the page) with its deadlines as of today. */
    public record Overzicht(Dossierfeiten dossier, String naam, List<Termijn> termijnen, LocalDate vandaag) {}

    /** Every deadline of a dossier of the user's gemeenten (another gemeente's: not found); audited. */
    @Transactional
    @MagDossierInzien
    public Overzicht vanDossier(UUID id) {
        toegang.eis(Recht.DOSSIER_INZIEN, id);
        Dossierfeiten dossier = lezer.van(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
        auditLog.registreer(AuditActie.TERMIJNEN_BEKEKEN, new AuditLog.Betrokkene(id, dossier.gemeentecode()), null);
        LocalDate vandaag = LocalDate.now(clock);
        return new Overzicht(
                dossier,
                lezer.namen(List.of(id)).getOrDefault(id, ""),
                bereken(dossier, gemist(List.of(id), vandaag).getOrDefault(id, Map.of())),
                vandaag);
    }

    /**
     * A worklist within the user's gemeenten (see {@link Werkvoorraad.Filter}); every person on the page counts
     * as read (audit).
     */
    @Transactional
    @MagDossierInzien
    public Werkvoorraad.Pagina werkvoorraad(
            String consulent,
            TermijnSoort soort,
            String doelgroep,
            TermijnStatus status,
            LocalDate van,
            LocalDate tot,
            String volgende,
            int grootte) {
        List<String> gemeenten = gebruikers.huidige().gemeenten();
        Werkvoorraad.Pagina pagina = werkvoorraad.zoek(
                new Werkvoorraad.Filter(gemeenten, consulent, soort, doelgroep, status, van, tot),
                LocalDate.now(clock),
                volgende,
                grootte);
        auditLog.registreer(
                AuditActie.IN_ZOEKRESULTAAT,
                pagina.regels().stream()
                        .map(r -> new AuditLog.Betrokkene(r.inburgeraarId(), r.gemeentecode()))
                        .distinct()
                        .toList(),
                "werkvoorraad");
        return pagina;
    }

    /**
     * The team view's list (issue 21 point 11): one row per person at their first matching deadline, with their other
     * matching deadlines ({@link Werkvoorraad.Pagina#ookLopend}), in one of the user's gemeenten or all of them
     * ({@code gemeente} null or not theirs); every person on the page counts as read (audit).
     */
    @Transactional
    @MagDossierInzienEnTeamOverzien
    Werkvoorraad.Pagina teamlijst(
            String gemeente,
            String consulent,
            TermijnSoort soort,
            String doelgroep,
            LocalDate van,
            LocalDate tot,
            String volgende,
            int grootte) {
        Werkvoorraad.Pagina pagina = werkvoorraad.zoek(
                new Werkvoorraad.Filter(teamgemeenten(gemeente), consulent, soort, doelgroep, null, van, tot, true),
                LocalDate.now(clock),
                volgende,
                grootte);
        auditLog.registreer(
                AuditActie.IN_ZOEKRESULTAAT,
                pagina.regels().stream()
                        .map(r -> new AuditLog.Betrokkene(r.inburgeraarId(), r.gemeentecode()))
                        .distinct()
                        .toList(),
                "werkvoorraad");
        return pagina;
    }

    /** Per consultant in one of the user's gemeenten, or all of them (null): as {@link #tellingen()}. */
    @Transactional(readOnly = true)
    @MagTeamOverzien
    List<Werkvoorraad.Telling> tellingen(String gemeente) {
        return werkvoorraad.tellingen(teamgemeenten(gemeente), LocalDate.now(clock));
    }

    private List<String> teamgemeenten(String gemeente) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        return gemeente != null && gebruiker.werktVoor(gemeente) ? List.of(gemeente) : gebruiker.gemeenten();
    }

    /** The signed-in user's own running deadlines counted per urgency group (no personal data). */
    @Transactional(readOnly = true)
    @MagDossierInzien
    Map<Werkvoorraad.Groep, Integer> groepen() {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        return werkvoorraad.groepen(gebruiker.gemeenten(), gebruiker.gebruikersnaam(), LocalDate.now(clock));
    }

    /** Per consultant of the user's gemeenten: verlopen, binnenkort and caseload size (no personal data). */
    @Transactional(readOnly = true)
    @MagTeamOverzien
    List<Werkvoorraad.Telling> tellingen() {
        return werkvoorraad.tellingen(gebruikers.huidige().gemeenten(), LocalDate.now(clock));
    }

    LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    /** One deadline of a dossier computed from its facts now (for rules elsewhere, e.g. schakelen within T-6). */
    public Optional<Termijn> termijn(Dossierfeiten dossier, TermijnSoort soort) {
        return bereken(dossier).stream().filter(t -> t.soort().equals(soort)).findFirst();
    }

    /** All contributions for one dossier, in the order of the kinds ({@link TermijnSoorten}; no missed deadlines on record). */
    List<Termijn> bereken(Dossierfeiten dossier) {
        return bereken(dossier, Map.of());
    }

    /** All contributions for one dossier, with its deadlines recorded as missed (T-15), in the order of the kinds. */
    List<Termijn> bereken(Dossierfeiten dossier, Map<TermijnSoort, Gemist> gemist) {
        List<Termijn> termijnen = new ArrayList<>();
        for (TermijnBron bron : bronnen) {
            termijnen.addAll(bron.termijnen(dossier, gemist));
        }
        termijnen.sort(soorten.volgorde());
        return termijnen;
    }

    /**
     * The missed deadlines on record (T-15) of these dossiers as of {@code vandaag}, per dossier and kind: a record made
     * after that day did not exist yet then (only a clock set back, as tests do, meets one).
     */
    Map<UUID, Map<TermijnSoort, Gemist>> gemist(Collection<UUID> ids, LocalDate vandaag) {
        Map<UUID, Map<TermijnSoort, Gemist>> perDossier = new HashMap<>();
        jdbc.query(
                "select inburgeraar_id, soort, laatste_dag, vastgelegd_op from termijn_gemist"
                        + " where inburgeraar_id = any(?) and vastgelegd_op <= ?",
                (RowCallbackHandler) rs -> {
                    TermijnSoort soort = soorten.bekend(rs.getString("soort"));
                    perDossier
                            .computeIfAbsent(rs.getObject("inburgeraar_id", UUID.class), k -> new HashMap<>())
                            .put(
                                    soort,
                                    new Gemist(
                                            soort,
                                            rs.getObject("laatste_dag", LocalDate.class),
                                            rs.getObject("vastgelegd_op", LocalDate.class)));
                },
                ids.toArray(UUID[]::new),
                vandaag);
        return perDossier;
    }

    /** A duty deadline (not a window) that runs and whose last day lies before today: missed now (T-15). */
    private static boolean gemistOp(Termijn t, LocalDate vandaag) {
        return !t.soort().venster()
                && t.afsluiting() == null
                && t.uiterlijkeDatum() != null
                && t.gemistOp() == null
                && t.uiterlijkeDatum().isBefore(vandaag);
    }

    /** Rewrites the read model of these dossiers from their facts. */
    @Transactional
    public void werkBij(Collection<UUID> ids) {
        for (List<UUID> deel : delen(List.copyOf(ids))) {
            schrijf(deel, lezer.van(deel));
        }
    }

    /** Rewrites the read model of a whole gemeente, one transaction per batch; returns the number of dossiers. */
    public int werkGemeenteBij(String gemeentecode) {
        int aantal = 0;
        UUID na = null;
        while (true) {
            List<UUID> ids = lezer.ids(gemeentecode, na, BATCH);
            if (ids.isEmpty()) {
                return aantal;
            }
            transactie.executeWithoutResult(status -> schrijf(ids, lezer.van(ids)));
            aantal += ids.size();
            na = ids.getLast();
        }
    }

    /** Rewrites the read model of every gemeente. */
    public int werkAllesBij() {
        return lezer.gemeenten().stream().mapToInt(this::werkGemeenteBij).sum();
    }

    private void schrijf(List<UUID> ids, List<Dossierfeiten> dossiers) {
        record Rij(Dossierfeiten dossier, Termijn termijn) {}
        LocalDate vandaag = LocalDate.now(clock);
        // T-15: a deadline the read model still shows as running although its last day has passed was missed under the
        // facts of that time; record it before the new facts are applied, so that they cannot erase it.
        jdbc.update("""
                insert into termijn_gemist (inburgeraar_id, soort, gemeentecode, laatste_dag, vastgelegd_op)
                select inburgeraar_id, soort, gemeentecode, uiterlijke_datum, ? from termijn
                where inburgeraar_id = any(?) and not venster and afsluiting is null and uiterlijke_datum < ?
                """ + EERDER_VASTGELEGD_WINT, vandaag, ids.toArray(UUID[]::new), vandaag);
        Map<UUID, Map<TermijnSoort, Gemist>> gemist = gemist(ids, vandaag);
        List<Rij> rijen = new ArrayList<>();
        List<Object[]> nieuwGemist = new ArrayList<>();
        for (Dossierfeiten dossier : dossiers) {
            Map<TermijnSoort, Gemist> vanDossier = gemist.getOrDefault(dossier.id(), Map.of());
            List<Termijn> termijnen = bereken(dossier, vanDossier);
            // T-15: missed under the facts of now: record it, and compute again with it on record.
            Map<TermijnSoort, Gemist> aangevuld = new HashMap<>();
            aangevuld.putAll(vanDossier);
            for (Termijn t : termijnen) {
                if (gemistOp(t, vandaag) && !vanDossier.containsKey(t.soort())) {
                    aangevuld.put(t.soort(), new Gemist(t.soort(), t.uiterlijkeDatum(), vandaag));
                    nieuwGemist.add(new Object[] {
                        dossier.id(), t.soort().code(), dossier.gemeentecode(), t.uiterlijkeDatum(), vandaag
                    });
                }
            }
            if (aangevuld.size() > vanDossier.size()) {
                termijnen = bereken(dossier, aangevuld);
            }
            termijnen.forEach(t -> rijen.add(new Rij(dossier, t)));
        }
        if (!nieuwGemist.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into termijn_gemist (inburgeraar_id, soort, gemeentecode, laatste_dag, vastgelegd_op)
                    values (?, ?, ?, ?, ?)
                    """ + EERDER_VASTGELEGD_WINT, nieuwGemist);
        }
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (var delete = con.prepareStatement("delete from termijn where inburgeraar_id = any(?)")) {
                delete.setArray(1, con.createArrayOf("uuid", ids.toArray()));
                delete.executeUpdate();
            }
            Unnest.voerUit(
                    con,
                    """
                    insert into termijn (inburgeraar_id, soort, gemeentecode, consulent, doelgroep, startdatum,
                        uiterlijke_datum, binnenkort_vanaf, afsluiting, venster, regel, toelichting, verwacht, gemist_op,
                        opgeschort_van, opgeschort_tot)
                    select c1::uuid, c2, c3, c4, c5, c6::date, c7::date, c8::date, c9, c10::boolean, c11, c12,
                        c13::boolean, c14::date, c15::date, c16::date
                    from unnest(%s) as t(%s)""",
                    rijen.size(),
                    List.of(
                            i -> rijen.get(i).dossier().id(),
                            i -> rijen.get(i).termijn().soort().code(),
                            i -> rijen.get(i).dossier().gemeentecode(),
                            i -> rijen.get(i).dossier().consulent(),
                            i -> rijen.get(i).dossier().doelgroep().name(),
                            i -> rijen.get(i).termijn().startdatum(),
                            i -> rijen.get(i).termijn().uiterlijkeDatum(),
                            i -> rijen.get(i).termijn().binnenkortVanaf(),
                            i -> rijen.get(i).termijn().afsluiting(),
                            i -> rijen.get(i).termijn().soort().venster(),
                            i -> rijen.get(i).termijn().regel(),
                            i -> rijen.get(i).termijn().toelichting(),
                            i -> rijen.get(i).termijn().verwacht(),
                            i -> rijen.get(i).termijn().gemistOp(),
                            i -> rijen.get(i).termijn().opgeschortVan(),
                            i -> rijen.get(i).termijn().opgeschortTot()));
            return null;
        });
    }

    private static List<List<UUID>> delen(List<UUID> ids) {
        List<List<UUID>> delen = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            delen.add(ids.subList(i, Math.min(ids.size(), i + BATCH)));
        }
        return delen;
    }
}
