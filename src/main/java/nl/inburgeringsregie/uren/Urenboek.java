package nl.inburgeringsregie.uren;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hours ledger: a person's hours from every {@link UrenBron}, totalled per kind with their sources, and measured
 * against the targets: the Z-route's 800 course hours (NT2 and KNM) and 800 participation hours (R-5, configurable),
 * the 600 hours of NT2 at a keurmerk institution that allow afschalen (T-7), the PVT's 12 hours and the MAP's
 * practical hours (R-8, configurable, default 40).
 */
@Service
public class Urenboek {

    /** T-7: afschalen to A2 only after at least this many hours of NT2 lessons at a keurmerk institution. */
    public static final int AFSCHALEN_NT2_UREN = 600;

    /** the PVT takes at least 12 hours (Besluit inburgering 2021 art. 3.1). */
    public static final int PVT_UREN = 12;

    /** A kind's total and the sources it is made of. */
    public record Totaal(Urensoort soort, BigDecimal uren, List<Urenpost> bronnen) {}

    /**
     * Progress against one target: {@code code} is LESUREN, PARTICIPATIE, NT2_KEURMERK, PVT or MAP (texts
     * uren.doel.<code>).
     */
    public record Doel(String code, BigDecimal uren, int doel, String regel, int procent) {}

    /** A person's ledger: totals per kind (every kind, zero included), the NT2 hours at a keurmerk, the targets. */
    public record Urenoverzicht(
            UUID inburgeraarId, List<Totaal> totalen, BigDecimal nt2BijKeurmerk, List<Doel> doelen) {}

    private final List<UrenBron> bronnen;
    private final Toegang toegang;
    private final DossierfeitenLezer dossiers;
    private final AuditLog auditLog;
    private final MessageSourceAccessor berichten;
    private final int doelLesuren;
    private final int doelParticipatie;
    private final int doelMap;

    Urenboek(
            List<UrenBron> bronnen,
            Toegang toegang,
            DossierfeitenLezer dossiers,
            AuditLog auditLog,
            MessageSourceAccessor berichten,
            @Value("${inburgeringsregie.uren.doel.lesuren:800}") int doelLesuren,
            @Value("${inburgeringsregie.uren.doel.participatie:800}") int doelParticipatie,
            @Value("${inburgeringsregie.uren.doel.map:40}") int doelMap) {
        this.bronnen = bronnen;
        this.toegang = toegang;
        this.dossiers = dossiers;
        this.auditLog = auditLog;
        this.berichten = berichten;
        this.doelLesuren = doelLesuren;
        this.doelParticipatie = doelParticipatie;
        this.doelMap = doelMap;
    }

    /** A dossier's ledger for the gemeente's staff (404 beyond their relationships); the read is audited. */
    @Transactional
    @MagDossierInzien
    public Urenoverzicht overzicht(UUID inburgeraarId) {
        toegang.eis(Recht.DOSSIER_INZIEN, inburgeraarId);
        Dossierfeiten dossier = dossiers.van(List.of(inburgeraarId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN, new AuditLog.Betrokkene(dossier.id(), dossier.gemeentecode()), "uren");
        return berekend(inburgeraarId);
    }

    /**
     * A dossier's ledger for a caller that has already decided the user may see the dossier, or that acts without a user
     * (a deadline source, the route status of issue 16); no access decision and no audit of its own.
     */
    @Transactional(readOnly = true)
    public Urenoverzicht berekend(UUID inburgeraarId) {
        List<Urenpost> posten = posten(inburgeraarId);
        List<Totaal> totalen = new ArrayList<>();
        for (Urensoort soort : Urensoort.values()) {
            List<Urenpost> vanSoort =
                    posten.stream().filter(p -> p.soort() == soort).toList();
            totalen.add(new Totaal(soort, som(vanSoort), vanSoort));
        }
        BigDecimal nt2Keurmerk = nt2BijKeurmerk(posten);
        BigDecimal lesuren = totalen.get(Urensoort.NT2.ordinal())
                .uren()
                .add(totalen.get(Urensoort.KNM.ordinal()).uren());
        return new Urenoverzicht(
                inburgeraarId,
                totalen,
                nt2Keurmerk,
                List.of(
                        doel("LESUREN", lesuren, doelLesuren, "R-5"),
                        doel(
                                "PARTICIPATIE",
                                totalen.get(Urensoort.PARTICIPATIE.ordinal()).uren(),
                                doelParticipatie,
                                "R-5"),
                        doel("NT2_KEURMERK", nt2Keurmerk, AFSCHALEN_NT2_UREN, "T-7"),
                        doel("PVT", totalen.get(Urensoort.PVT.ordinal()).uren(), PVT_UREN, "R-7"),
                        // the MAP's practical part; no minimum is confirmed in law, so it is configuration.
                        doel("MAP", totalen.get(Urensoort.MAP.ordinal()).uren(), doelMap, "R-8")));
    }

    /**
     * The NT2 hours at a keurmerk institution (T-7), for a caller that has already decided the user may act on the
     * dossier (the PIP's change); no audit of its own.
     */
    @Transactional(readOnly = true)
    public BigDecimal nt2BijKeurmerk(UUID inburgeraarId) {
        return nt2BijKeurmerk(posten(inburgeraarId));
    }

    /**
     * Every source's hours of a person, for system work that acts on the person without a user (the DUO totals after
     * a change, ADR 0034); no access decision and no audit of its own: the caller's melding is audited.
     */
    @Transactional(readOnly = true)
    public List<Urenpost> allePosten(UUID inburgeraarId) {
        return posten(inburgeraarId);
    }

    private List<Urenpost> posten(UUID inburgeraarId) {
        return bronnen.stream().flatMap(b -> b.uren(inburgeraarId).stream()).toList();
    }

    private static BigDecimal nt2BijKeurmerk(List<Urenpost> posten) {
        return som(posten.stream()
                .filter(p -> p.soort() == Urensoort.NT2 && p.keurmerk())
                .toList());
    }

    private static BigDecimal som(List<Urenpost> posten) {
        return posten.stream()
                .map(Urenpost::uren)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .stripTrailingZeros();
    }

    /** Progress against a target, in percent rounded down and at most 100 (a target of 0 is met). */
    public static Doel doel(String code, BigDecimal uren, int doel, String regel) {
        int procent = doel <= 0
                ? 100
                : uren.multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(doel), 0, RoundingMode.DOWN)
                        .min(BigDecimal.valueOf(100))
                        .intValue();
        return new Doel(code, uren, doel, regel, procent);
    }
}
