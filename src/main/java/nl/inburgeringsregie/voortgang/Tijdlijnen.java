package nl.inburgeringsregie.voortgang;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.aanbieders.Plaatsingsverloop;
import nl.inburgeringsregie.duo.DuoRoutegegevens;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.infrastructure.web.Weergave;
import nl.inburgeringsregie.pip.VastgesteldPip;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The route's timeline (issue 16, ADR 0042): one list of the dated events of a person's route, newest first, each from
 * the module that owns it, read through that module's public reader: the PIP's versions (pip), the placements with
 * their hours present so far and the last day present (aanbieders), DUO's exam results and the PVT, MAP and Z-route
 * dates (duo), the voortgangsgesprekken (only the date and whether the person came: never what was said, so no health
 * note, I-5) and the Z-route's eindgesprekken (only the judgement, not its reasons). Five indexed queries by the
 * dossier's id. The API's read is audited here; the "Route en voortgang" page audits its read once with the route
 * status and takes the list from {@link #samengesteld}.
 */
@Service
class Tijdlijnen {

    /** The kind of an event; its order is the order of events on one day (oldest first). */
    @Schema(
            name = "TijdlijnSoort",
            description = "Soort gebeurtenis: PIP, een stap van een plaatsing, aanwezigheid, een examen, een gesprek of"
                    + " een datum van PVT, MAP of Z-route")
    enum Soort {
        PIP,
        PLAATSING_AANGEMELD,
        PLAATSING_GESTART,
        AANWEZIGHEID,
        EXAMEN,
        VOORTGANGSGESPREK,
        PVT,
        MAP,
        ZROUTE_EINDGESPREK,
        ZROUTE_AFGEROND,
        PLAATSING_AFGEROND,
        PLAATSING_AFGEBROKEN
    }

    /** One dated event: {@code bron} the module whose fact it is (PIP, AANBIEDERS, DUO, VOORTGANG). */
    @Schema(name = "TijdlijnGebeurtenis")
    public record Gebeurtenis(
            @Schema(description = "De datum van de gebeurtenis")
            LocalDate datum,

            Soort soort,

            @Schema(description = "Wat er gebeurde, in een zin")
            String omschrijving,

            @Schema(description = "Waar het feit vandaan komt: PIP, AANBIEDERS, DUO of VOORTGANG")
            String bron) {}

    /** Newest first; on one day the later step of the route first. */
    static final Comparator<Gebeurtenis> VOLGORDE = Comparator.comparing(Gebeurtenis::datum)
            .thenComparing(Gebeurtenis::soort)
            .thenComparing(Gebeurtenis::omschrijving)
            .reversed();

    /**
     * The conversations' date and attendance and the eindgesprekken's judgement, nothing else (I-5): one query on the
     * unique indexes of both tables by the dossier's id and day (planned in a test).
     */
    static final String GESPREKKEN = """
                        select 'GESPREK' as soort, datum, aanwezig as uitkomst from voortgangsgesprek where inburgeraar_id = :id
                        union all
                        select 'EINDGESPREK', datum, voldoende_ingezet from zroute_eindgesprek where inburgeraar_id = :id""";

    private final DossierfeitenLezer dossiers;
    private final Toegang toegang;
    private final VastgesteldPip pips;
    private final Plaatsingsverloop plaatsingen;
    private final DuoRoutegegevens duo;
    private final AuditLog auditLog;
    private final Weergave weergave;
    private final MessageSourceAccessor berichten;
    private final JdbcClient jdbc;

    Tijdlijnen(
            DossierfeitenLezer dossiers,
            Toegang toegang,
            VastgesteldPip pips,
            Plaatsingsverloop plaatsingen,
            DuoRoutegegevens duo,
            AuditLog auditLog,
            Weergave weergave,
            MessageSourceAccessor berichten,
            JdbcClient jdbc) {
        this.dossiers = dossiers;
        this.toegang = toegang;
        this.pips = pips;
        this.plaatsingen = plaatsingen;
        this.duo = duo;
        this.auditLog = auditLog;
        this.weergave = weergave;
        this.berichten = berichten;
        this.jdbc = jdbc;
    }

    /** The timeline for the gemeente's staff (404 beyond their relationships); audited as one read of the dossier. */
    @Transactional
    @MagDossierInzien
    public List<Gebeurtenis> tijdlijn(UUID inburgeraarId) {
        toegang.eis(Recht.DOSSIER_INZIEN, inburgeraarId);
        Dossierfeiten d = dossiers.van(List.of(inburgeraarId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
        auditLog.registreer(AuditActie.DOSSIER_BEKEKEN, new AuditLog.Betrokkene(d.id(), d.gemeentecode()), "tijdlijn");
        return samengesteld(d.id());
    }

    /** The timeline, for a caller that decided access and audits the read itself (the route page). */
    @Transactional(readOnly = true)
    List<Gebeurtenis> samengesteld(UUID inburgeraarId) {
        List<Gebeurtenis> lijst = new ArrayList<>();
        for (VastgesteldPip.Versie v : pips.versies(inburgeraarId)) {
            String route = weergave.label(v.leerroute());
            String reden = v.wijzigingsreden() == null
                    ? tekst("routetijdlijn.pip.eerste")
                    : weergave.label(v.wijzigingsreden());
            lijst.add(new Gebeurtenis(
                    v.dagtekening(),
                    Soort.PIP,
                    tekst("routetijdlijn.pip", v.versienummer(), route, reden, weergave.label(v.status())),
                    "PIP"));
        }
        for (Plaatsingsverloop.Verloop p : plaatsingen.van(inburgeraarId)) {
            String bij = tekst("routetijdlijn.plaatsing.bij", p.aanbieder(), p.onderdeel());
            lijst.add(new Gebeurtenis(
                    p.aanmelddatum(),
                    Soort.PLAATSING_AANGEMELD,
                    p.status().equals("WACHTLIJST")
                            ? tekst("routetijdlijn.plaatsing.wachtlijst", bij)
                            : p.verwachteStart() == null
                                    ? tekst("routetijdlijn.plaatsing.aangemeld", bij)
                                    : tekst(
                                            "routetijdlijn.plaatsing.aangemeld.start",
                                            bij,
                                            weergave.tekst(p.verwachteStart())),
                    "AANBIEDERS"));
            if (p.startdatum() != null) {
                lijst.add(new Gebeurtenis(
                        p.startdatum(),
                        Soort.PLAATSING_GESTART,
                        tekst("routetijdlijn.plaatsing.gestart", bij),
                        "AANBIEDERS"));
            }
            if (p.laatstAanwezig() != null) {
                lijst.add(new Gebeurtenis(
                        p.laatstAanwezig(),
                        Soort.AANWEZIGHEID,
                        tekst(
                                "routetijdlijn.aanwezigheid",
                                bij,
                                p.urenAanwezig().toPlainString().replace('.', ',')),
                        "AANBIEDERS"));
            }
            if (p.einddatum() != null) {
                boolean afgebroken = p.status().equals("AFGEBROKEN");
                lijst.add(new Gebeurtenis(
                        p.einddatum(),
                        afgebroken ? Soort.PLAATSING_AFGEBROKEN : Soort.PLAATSING_AFGEROND,
                        tekst(
                                afgebroken ? "routetijdlijn.plaatsing.afgebroken" : "routetijdlijn.plaatsing.afgerond",
                                bij),
                        "AANBIEDERS"));
            }
        }
        DuoRoutegegevens.Routegegevens route = duo.van(inburgeraarId);
        for (DuoRoutegegevens.Examenresultaat e : route.examens()) {
            if (e.examendatum() == null) {
                continue;
            }
            lijst.add(new Gebeurtenis(e.examendatum(), Soort.EXAMEN, examen(e), "DUO"));
        }
        datum(lijst, route.pvtOndertekend(), Soort.PVT, "routetijdlijn.pvt");
        datum(lijst, route.mapEindgesprek(), Soort.MAP, "routetijdlijn.map");
        datum(lijst, route.zrouteAfgerond(), Soort.ZROUTE_AFGEROND, "routetijdlijn.zroute.afgerond");
        jdbc.sql(GESPREKKEN).param("id", inburgeraarId).query(rs -> {
            LocalDate dag = rs.getObject("datum", LocalDate.class);
            boolean uitkomst = rs.getBoolean("uitkomst");
            if (rs.getString("soort").equals("GESPREK")) {
                lijst.add(new Gebeurtenis(
                        dag,
                        Soort.VOORTGANGSGESPREK,
                        tekst(uitkomst ? "routetijdlijn.gesprek.gevoerd" : "routetijdlijn.gesprek.nietVerschenen"),
                        "VOORTGANG"));
            } else {
                lijst.add(new Gebeurtenis(
                        dag,
                        Soort.ZROUTE_EINDGESPREK,
                        tekst(
                                uitkomst
                                        ? "routetijdlijn.eindgesprek.voldoende"
                                        : "routetijdlijn.eindgesprek.onvoldoende"),
                        "VOORTGANG"));
            }
        });
        lijst.sort(VOLGORDE);
        return List.copyOf(lijst);
    }

    /** An exam result: the part, its level, and the result or why there is none. */
    private String examen(DuoRoutegegevens.Examenresultaat e) {
        String onderdeel = berichten.getMessage(
                "routetijdlijn.examen.onderdeel." + e.onderdeel(), e.onderdeel() == null ? "" : e.onderdeel());
        String resultaat = e.resultaat() == null
                ? tekst("routetijdlijn.examen.onbekend")
                : berichten.getMessage("routetijdlijn.examen.resultaat." + e.resultaat(), e.resultaat());
        if ("Geen".equals(e.resultaat()) && e.redenGeenResultaat() != null) {
            resultaat = tekst(
                    "routetijdlijn.examen.geenResultaat",
                    berichten.getMessage(
                            "routetijdlijn.examen.reden." + e.redenGeenResultaat(), e.redenGeenResultaat()));
        }
        return e.niveau() == null
                ? tekst("routetijdlijn.examen", onderdeel, resultaat)
                : tekst("routetijdlijn.examen.niveau", onderdeel, e.niveau(), resultaat);
    }

    private void datum(List<Gebeurtenis> lijst, LocalDate dag, Soort soort, String sleutel) {
        if (dag != null) {
            lijst.add(new Gebeurtenis(dag, soort, tekst(sleutel), "DUO"));
        }
    }

    private String tekst(String sleutel, Object... argumenten) {
        return berichten.getMessage(sleutel, argumenten);
    }
}
