package nl.inburgeringsregie.voortgang;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.duo.DuoAfrondingen;
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
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Z-route's eindgesprek (issue 16, ADR 0040; R-5): the consultant judges whether the person made enough effort
 * ("voldoende ingezet"), with the reasons. It is held once the hours are met: 800 course hours (NT2 and KNM) and, for an
 * asielstatushouder, 800 participation hours (brede-intake hours count), as the ledger totals them; with "voldoende"
 * the PVT and the MAP must be reported and not after it (DUO refuses a MAP or PVT after the Z-route's completion;
 * route-na-pip.md §1(f)'s proposal: no completion without them), and the completion goes to DUO
 * ({@code datumAfrondingZroute}, module duo). "Onvoldoende" is recorded (for handhaving later) and sends nothing; a later
 * eindgesprek may follow, none after a "voldoende" one. Every refusal names field and rule; nothing is stored then.
 */
@Service
class ZrouteEindgesprekken {

    static final int MAXIMUM_MOTIVERING = 2000;

    record Eindgesprek(
            UUID id,
            LocalDate datum,
            boolean voldoendeIngezet,
            String motivering,
            String vastgelegdDoor,
            OffsetDateTime vastgelegdOp) {}

    /** As typed; serializable, as the page keeps it in the (shared) session across a refusal's redirect. */
    record Invoer(LocalDate datum, Boolean voldoendeIngezet, String motivering) implements Serializable {}

    private final JdbcClient jdbc;
    private final DossierfeitenLezer dossiers;
    private final Toegang toegang;
    private final Gebruikers gebruikers;
    private final VastgesteldPip pips;
    private final Urenboek uren;
    private final DuoRoutegegevens duo;
    private final DuoAfrondingen duoAfrondingen;
    private final AuditLog auditLog;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    ZrouteEindgesprekken(
            JdbcClient jdbc,
            DossierfeitenLezer dossiers,
            Toegang toegang,
            Gebruikers gebruikers,
            VastgesteldPip pips,
            Urenboek uren,
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
        this.uren = uren;
        this.duo = duo;
        this.duoAfrondingen = duoAfrondingen;
        this.auditLog = auditLog;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** The person's eindgesprekken, newest first; audited as a read. */
    @Transactional
    @MagDossierInzien
    public List<Eindgesprek> lijst(UUID inburgeraarId) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_INZIEN);
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN, new AuditLog.Betrokkene(d.id(), d.gemeentecode()), "zroute-eindgesprek");
        return lees(d.id());
    }

    @Transactional
    @MagDossierWijzigen
    public Eindgesprek vastleggen(UUID inburgeraarId, Invoer invoer) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        LocalDate vandaag = LocalDate.now(clock.withZone(Voortgangsgesprekken.ZONE));
        Optional<VastgesteldPip.Route> pip = pips.van(d.id());
        List<Violation> fouten = new ArrayList<>();
        if (pip.isEmpty() || pip.get().leerroute() != Leerroute.Z) {
            throw new InvalidInputException("leerroute", "fout.zroute.geenZroute", "R-5");
        }
        if (invoer.datum() == null) {
            fouten.add(new Violation("datum", "fout.zroute.datumVerplicht", "R-5"));
        } else if (invoer.datum().isAfter(vandaag)) {
            fouten.add(new Violation("datum", "fout.zroute.datumInToekomst", "R-5"));
        } else if (invoer.datum().isBefore(pip.get().dagtekening())) {
            fouten.add(new Violation(
                    "datum",
                    "fout.zroute.datumVoorPip",
                    "R-5",
                    InburgeringTermijnen.datum(pip.get().dagtekening())));
        }
        if (invoer.voldoendeIngezet() == null) {
            fouten.add(new Violation("voldoendeIngezet", "fout.zroute.oordeelVerplicht", "R-5"));
        }
        String motivering = invoer.motivering() == null || invoer.motivering().isBlank()
                ? null
                : invoer.motivering().strip();
        if (motivering == null) {
            fouten.add(new Violation("motivering", "fout.zroute.motiveringVerplicht", "R-5"));
        } else if (motivering.length() > MAXIMUM_MOTIVERING) {
            fouten.add(new Violation("motivering", "fout.voortgang.teLang", null, MAXIMUM_MOTIVERING));
        }
        // the hours first, as the ledger totals them; participation capped by DUO's partial ontheffing (scenario
        // 7).
        Urenboek.Urenoverzicht ledger = uren.berekend(d.id());
        DuoRoutegegevens.Routegegevens gemeld = duo.van(d.id());
        urenTekort(ledger, "LESUREN", null)
                .ifPresent(nog -> fouten.add(new Violation("uren", "fout.zroute.lesuren", "R-5", nog)));
        if (d.doelgroep() == Doelgroep.ASIELSTATUSHOUDER) {
            urenTekort(ledger, "PARTICIPATIE", gemeld)
                    .ifPresent(nog -> fouten.add(new Violation("uren", "fout.zroute.participatie", "R-5", nog)));
        }
        if (Boolean.TRUE.equals(invoer.voldoendeIngezet()) && invoer.datum() != null) {
            datumVoor("pvt", gemeld.pvtOndertekend(), invoer.datum(), fouten);
            datumVoor("map", gemeld.mapEindgesprek(), invoer.datum(), fouten);
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        if (lees(d.id()).stream().anyMatch(Eindgesprek::voldoendeIngezet)) {
            throw new ConflictException(
                    berichten.getMessage("fout.zroute.alAfgerond"), null, "voldoendeIngezet", "R-5");
        }
        UUID id = UUID.randomUUID();
        int opgeslagen = jdbc.sql("""
                        insert into zroute_eindgesprek (id, inburgeraar_id, gemeentecode, datum, voldoende_ingezet,
                            motivering, vastgelegd_door, vastgelegd_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (inburgeraar_id, datum) do nothing""")
                .params(
                        id,
                        d.id(),
                        d.gemeentecode(),
                        invoer.datum(),
                        invoer.voldoendeIngezet(),
                        motivering,
                        gebruikers.huidige().gebruikersnaam(),
                        Timestamp.from(clock.instant()))
                .update();
        if (opgeslagen == 0) {
            throw new ConflictException(
                    berichten.getMessage(
                            "fout.zroute.alOpDezeDag", new Object[] {InburgeringTermijnen.datum(invoer.datum())}),
                    null,
                    "datum",
                    "R-5");
        }
        if (invoer.voldoendeIngezet()) {
            // The completion to DUO, checked against DUO's rules; a refusal rolls the eindgesprek back too.
            duoAfrondingen.meldZroute(d.id(), invoer.datum());
        }
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(d.id(), d.gemeentecode()),
                invoer.voldoendeIngezet() ? "zroute-eindgesprek.voldoende" : "zroute-eindgesprek.onvoldoende");
        return lees(d.id()).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** How many hours are still missing of this target (participation: capped, {@code duo} given); empty when met. */
    private static Optional<String> urenTekort(
            Urenboek.Urenoverzicht ledger, String code, DuoRoutegegevens.Routegegevens duo) {
        Urenboek.Doel d = ledger.doelen().stream()
                .filter(x -> x.code().equals(code))
                .findFirst()
                .orElseThrow();
        BigDecimal norm = BigDecimal.valueOf(duo == null ? d.doel() : Routebepaling.participatieNorm(d.doel(), duo));
        return d.uren().compareTo(norm) >= 0
                ? Optional.empty()
                : Optional.of(norm.subtract(d.uren()).stripTrailingZeros().toPlainString());
    }

    private static void datumVoor(String veld, LocalDate gemeld, LocalDate eindgesprek, List<Violation> fouten) {
        if (gemeld == null) {
            fouten.add(new Violation(veld, "fout.zroute." + veld + "Ontbreekt", "R-5"));
        } else if (gemeld.isAfter(eindgesprek)) {
            fouten.add(new Violation(
                    veld, "fout.zroute." + veld + "NaEindgesprek", "R-5", InburgeringTermijnen.datum(gemeld)));
        }
    }

    private List<Eindgesprek> lees(UUID inburgeraarId) {
        return jdbc.sql("select * from zroute_eindgesprek where inburgeraar_id = ? order by datum desc")
                .param(inburgeraarId)
                .query((rs, i) -> new Eindgesprek(
                        rs.getObject("id", UUID.class),
                        rs.getObject("datum", LocalDate.class),
                        rs.getBoolean("voldoende_ingezet"),
                        rs.getString("motivering"),
                        rs.getString("vastgelegd_door"),
                        rs.getTimestamp("vastgelegd_op")
                                .toInstant()
                                .atZone(Voortgangsgesprekken.ZONE)
                                .toOffsetDateTime()))
                .list();
    }

    private Dossierfeiten dossier(UUID inburgeraarId, Recht recht) {
        toegang.eis(recht, inburgeraarId);
        return dossiers.van(List.of(inburgeraarId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }
}
