package nl.inburgeringsregie.voortgang;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.duo.DuoRoutegegevens;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Examenonderdeel;
import nl.inburgeringsregie.pip.VastgesteldPip;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.termijnen.Inburgeringstermijn;
import nl.inburgeringsregie.uren.Urenboek;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dossier's route status (issue 16, T-13; ADR 0040): per requirement of its route done, in progress, missing or
 * unknown with the evidence, and whether everything the gemeente can see is done (DUO decides, SS106). Read for staff
 * with the dossier right (404 beyond their relationships), audited as a read of the person; the same derivation feeds
 * the deadline {@code ROUTE_AFRONDEN} ({@link RouteTermijnen}).
 */
@Service
class Routestatussen {

    /**
     * {@code leerroute} null: no vastgesteld PIP yet (no requirements). {@code volledig}: every requirement the gemeente
     * can see is done; {@code afgerondDoorDuo}: DUO reported the duty met (SS106, phase AFGEROND).
     */
    record Routestatus(
            UUID inburgeraarId,
            Leerroute leerroute,
            Niveau niveau,
            List<Examenonderdeel> afgeschaald,
            LocalDate dagtekeningPip,
            LocalDate termijnLaatsteDag,
            List<Routebepaling.Eis> eisen,
            List<String> ontbreekt,
            boolean volledig,
            boolean afgerondDoorDuo) {}

    private final DossierfeitenLezer dossiers;
    private final Toegang toegang;
    private final VastgesteldPip pips;
    private final DuoRoutegegevens duo;
    private final Urenboek uren;
    private final Routebepaling bepaling;
    private final AuditLog auditLog;
    private final MessageSourceAccessor berichten;

    Routestatussen(
            DossierfeitenLezer dossiers,
            Toegang toegang,
            VastgesteldPip pips,
            DuoRoutegegevens duo,
            Urenboek uren,
            Routebepaling bepaling,
            AuditLog auditLog,
            MessageSourceAccessor berichten) {
        this.dossiers = dossiers;
        this.toegang = toegang;
        this.pips = pips;
        this.duo = duo;
        this.uren = uren;
        this.bepaling = bepaling;
        this.auditLog = auditLog;
        this.berichten = berichten;
    }

    @Transactional
    @MagDossierInzien
    public Routestatus routestatus(UUID inburgeraarId) {
        toegang.eis(Recht.DOSSIER_INZIEN, inburgeraarId);
        Dossierfeiten d = dossiers.van(List.of(inburgeraarId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN, new AuditLog.Betrokkene(d.id(), d.gemeentecode()), "routestatus");
        return bepaal(d);
    }

    /** The route status of a dossier, for a caller that decided access or acts without a user (the deadline source). */
    Routestatus bepaal(Dossierfeiten d) {
        Optional<VastgesteldPip.Route> pip = pips.van(d.id());
        LocalDate laatsteDag = Inburgeringstermijn.laatsteDag(d.mijlpalen()).orElse(null);
        boolean afgerond = d.fase() == Fase.AFGEROND;
        if (pip.isEmpty()) {
            return new Routestatus(
                    d.id(),
                    null,
                    null,
                    List.of(),
                    d.mijlpalen().dagtekeningPip(),
                    laatsteDag,
                    List.of(),
                    List.of(),
                    false,
                    afgerond);
        }
        VastgesteldPip.Route route = pip.get();
        List<Routebepaling.Eis> eisen =
                bepaling.eisen(new Routebepaling.Feiten(route, d.doelgroep(), duo.van(d.id()), uren.berekend(d.id())));
        return new Routestatus(
                d.id(),
                route.leerroute(),
                route.niveau(),
                route.afgeschaald(),
                d.mijlpalen().dagtekeningPip(),
                laatsteDag,
                eisen,
                Routebepaling.ontbreekt(eisen),
                Routebepaling.volledig(eisen),
                afgerond);
    }
}
