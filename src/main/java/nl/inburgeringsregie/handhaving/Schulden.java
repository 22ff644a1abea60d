package nl.inburgeringsregie.handhaving;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.infrastructure.web.Weergave;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's financial burden (H-5, H-6): DUO's fines and loan, recorded by hand (DUO's "Opgelegde Boete" is not
 * available), and other known debts, with the gemeente's own fines that stand (a boete not undone by a gegrond
 * bezwaar). H-5: DUO does not fine asielstatushouders for exceeding the termijn, nor lends to them under the Wi2021; a
 * record of either for an asielstatushouder is kept (DUO may know better) with a warning to check it. H-6: the fines
 * burden (the gemeente's, DUO's and the new one) is compared with the configured threshold; the loan and other debts
 * are shown apart (route-na-pip.md §4(e) scenario 7). Payment is not followed yet: every imposed fine counts as open.
 */
@Beslist({"H-5", "H-6"})
@Service
class Schulden {

    static final int MAXIMUM_OMSCHRIJVING = 1000;
    static final BigDecimal MAXIMUM_BEDRAG = BigDecimal.valueOf(1_000_000);

    enum Soort {
        DUO_BOETE,
        DUO_LENING,
        OVERIG
    }

    @Schema(name = "Schuld")
    public record Schuld(
            UUID id, Soort soort, BigDecimal bedrag, LocalDate datum, String omschrijving, String vastgelegdDoor) {}

    /**
     * The burden: the gemeente's fines that stand, DUO's fines, DUO's loan and other debts; {@code nieuweBoete} the fine
     * proposed now (0 when none); {@code boetelast} the fines together with it, compared with {@code drempel} (H-6);
     * {@code totaal} everything.
     */
    @Schema(name = "FinancieleLast")
    public record Last(
            BigDecimal gemeenteBoetes,
            BigDecimal duoBoetes,
            BigDecimal duoLening,
            BigDecimal overigeSchulden,
            BigDecimal nieuweBoete,
            BigDecimal boetelast,
            BigDecimal totaal,
            BigDecimal drempel,
            boolean bovenDrempel) {}

    @Schema(name = "Schuldenoverzicht")
    public record Overzicht(List<Schuld> schulden, Last last) {}

    /** A recorded debt with the warning H-5 gives for it, or null. */
    @Schema(name = "SchuldVastgelegd")
    public record Vastgelegd(Schuld schuld, String waarschuwing) {}

    record Invoer(Soort soort, BigDecimal bedrag, LocalDate datum, String omschrijving) implements Serializable {}

    private final JdbcClient jdbc;
    private final DossierfeitenLezer dossiers;
    private final Toegang toegang;
    private final Gebruikers gebruikers;
    private final HandhavingInstellingen instellingen;
    private final AuditLog auditLog;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    Schulden(
            JdbcClient jdbc,
            DossierfeitenLezer dossiers,
            Toegang toegang,
            Gebruikers gebruikers,
            HandhavingInstellingen instellingen,
            AuditLog auditLog,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.toegang = toegang;
        this.gebruikers = gebruikers;
        this.instellingen = instellingen;
        this.auditLog = auditLog;
        this.berichten = berichten;
        this.clock = clock;
    }

    @Transactional
    @MagDossierInzien
    public Overzicht overzicht(UUID inburgeraarId) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_INZIEN);
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN, new AuditLog.Betrokkene(d.id(), d.gemeentecode()), "handhaving.schulden");
        return new Overzicht(lees(d.id()), last(d.id(), BigDecimal.ZERO));
    }

    /**
     * Records a debt; refused naming field and rule: a kind, an amount above 0 with at most two decimals, a date not in
     * the future. H-5's warning for an asielstatushouder's DUO fine or loan.
     */
    @Transactional
    @MagDossierWijzigen
    public Vastgelegd vastleggen(UUID inburgeraarId, Invoer invoer) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        List<Violation> fouten = new ArrayList<>();
        if (invoer.soort() == null) {
            fouten.add(new Violation("soort", "fout.schuld.soort", "H-6"));
        }
        BigDecimal bedrag = invoer.bedrag();
        if (bedrag == null
                || bedrag.signum() <= 0
                || bedrag.compareTo(MAXIMUM_BEDRAG) > 0
                || bedrag.stripTrailingZeros().scale() > 2) {
            fouten.add(new Violation("bedrag", "fout.schuld.bedrag", "H-6"));
        }
        if (invoer.datum() == null) {
            fouten.add(new Violation("datum", "fout.schuld.datum", "H-6"));
        } else if (invoer.datum().isAfter(LocalDate.now(clock.withZone(Weergave.NEDERLAND)))) {
            fouten.add(new Violation("datum", "fout.handhaving.datumInToekomst", "H-6"));
        }
        String omschrijving = Handhavingszaken.leeg(invoer.omschrijving());
        if (omschrijving != null && omschrijving.length() > MAXIMUM_OMSCHRIJVING) {
            fouten.add(new Violation("omschrijving", "fout.handhaving.teLang", null, MAXIMUM_OMSCHRIJVING));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into schuld (id, inburgeraar_id, gemeentecode, soort, bedrag, datum, omschrijving,
                            vastgelegd_door, vastgelegd_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        d.id(),
                        d.gemeentecode(),
                        invoer.soort().name(),
                        bedrag,
                        invoer.datum(),
                        omschrijving,
                        gebruikers.huidige().gebruikersnaam(),
                        Timestamp.from(clock.instant()))
                .update();
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(d.id(), d.gemeentecode()),
                "handhaving.schuld." + invoer.soort().name());
        String waarschuwing = null;
        if (d.doelgroep() == Doelgroep.ASIELSTATUSHOUDER && invoer.soort() != Soort.OVERIG) {
            waarschuwing = berichten.getMessage(
                    "waarschuwing.schuld.asielstatushouder." + invoer.soort().name());
        }
        Schuld schuld =
                lees(d.id()).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        return new Vastgelegd(schuld, waarschuwing);
    }

    /** H-6: the person's burden with a new fine of {@code nieuweBoete}. */
    Last last(UUID inburgeraarId, BigDecimal nieuweBoete) {
        BigDecimal gemeente =
                jdbc.sql("""
                        select coalesce(sum(bedrag), 0) from handhavingszaak
                        where inburgeraar_id = ? and besluit = 'BOETE' and bezwaar_gegrond is not true""").param(inburgeraarId).query(BigDecimal.class).single();
        BigDecimal duoBoetes = som(inburgeraarId, Soort.DUO_BOETE);
        BigDecimal lening = som(inburgeraarId, Soort.DUO_LENING);
        BigDecimal overig = som(inburgeraarId, Soort.OVERIG);
        BigDecimal boetelast = gemeente.add(duoBoetes).add(nieuweBoete);
        return new Last(
                gemeente,
                duoBoetes,
                lening,
                overig,
                nieuweBoete,
                boetelast,
                boetelast.add(lening).add(overig),
                instellingen.drempel(),
                boetelast.compareTo(instellingen.drempel()) > 0);
    }

    private BigDecimal som(UUID inburgeraarId, Soort soort) {
        return jdbc.sql("select coalesce(sum(bedrag), 0) from schuld where inburgeraar_id = ? and soort = ?")
                .params(inburgeraarId, soort.name())
                .query(BigDecimal.class)
                .single();
    }

    private List<Schuld> lees(UUID inburgeraarId) {
        return jdbc.sql("select * from schuld where inburgeraar_id = ? order by datum desc, vastgelegd_op desc")
                .param(inburgeraarId)
                .query((rs, i) -> new Schuld(
                        rs.getObject("id", UUID.class),
                        Soort.valueOf(rs.getString("soort")),
                        rs.getBigDecimal("bedrag"),
                        rs.getObject("datum", LocalDate.class),
                        rs.getString("omschrijving"),
                        rs.getString("vastgelegd_door")))
                .list();
    }

    private Dossierfeiten dossier(UUID inburgeraarId, Recht recht) {
        toegang.eis(recht, inburgeraarId);
        return dossiers.van(List.of(inburgeraarId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }
}
