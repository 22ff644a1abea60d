package nl.inburgeringsregie.handhaving;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.MagTeamOverzien;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.handhaving.Handhavingszaak.Besluit;
import nl.inburgeringsregie.handhaving.Handhavingszaak.Gedraging;
import nl.inburgeringsregie.handhaving.Handhavingszaak.NietToegestaan;
import nl.inburgeringsregie.handhaving.Handhavingszaak.Reden;
import nl.inburgeringsregie.handhaving.Handhavingszaak.Stap;
import nl.inburgeringsregie.handhaving.Handhavingszaak.Status;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.infrastructure.web.Weergave;
import nl.inburgeringsregie.pip.PipKeuzes.Onderdeel;
import nl.inburgeringsregie.pip.VastgesteldPip;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.termijnen.AlgemeneTermijnenwet;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handhavingszaken of a person (issue 18, ADR 0043): recording a gedraging with its evidence and each step of the
 * procedure, as {@link Handhavingszaak} allows it. Access as for the dossier (404 beyond the user's relationships, 403
 * without the right); the team lead's approval needs the team lead's right. Every read and step is audited; a step is
 * dated, by whom, and taken once (400 naming the state for a step the state does not allow or a second click, as issue 18 asks); bad
 * input 400 naming field and rule, nothing stored then. The deadlines (the zienswijze period, the bezwaar period, both
 * after the Atw) are {@link HandhavingTermijnen}'s, rewritten after every step.
 */
@Service
class Handhavingszaken {

    static final int MAXIMUM_TEKST = 2000;
    static final int MAXIMUM_BEWIJS = 20;
    static final int MAXIMUM_REFERENTIE = 100;

    enum Bewijssoort {
        VOORTGANGSGESPREK,
        AFSPRAAK,
        PRESENTIE,
        BRIEF,
        OVERIG
    }

    @Schema(name = "Handhavingsbewijs")
    public record Bewijs(Bewijssoort soort, String referentie, String omschrijving) implements Serializable {}

    @Schema(name = "Handhavingsstap")
    public record Stapregel(
            Stap stap, LocalDate datum, String toelichting, String vastgelegdDoor, OffsetDateTime vastgelegdOp) {}

    @Schema(name = "HandhavingMaatregel")
    public record Maatregel(LocalDate datum, Integer percentage, Integer duurMaanden, String toelichting) {}

    /** A case as the API shows it; {@code meldingen}: what the case must show (H-4), {@code mogelijk}: its next steps. */
    @Schema(name = "Handhavingszaak")
    public record Zaak(
            UUID id,
            UUID inburgeraarId,
            Gedraging gedraging,
            Onderdeel onderdeel,
            LocalDate datumGedraging,
            String omschrijving,
            Status status,
            List<Bewijs> bewijs,
            Boolean verwijtbaar,
            Reden verwijtbaarheidReden,
            String verwijtbaarheidToelichting,
            Integer herhaling,
            BigDecimal bedrag,
            String bedragReden,
            LocalDate zienswijzeTot,
            BigDecimal boetelast,
            Boolean bovenDrempel,
            String goedgekeurdDoor,
            String goedkeuringReden,
            Besluit besluit,
            LocalDate besluitDatum,
            LocalDate bezwaarTot,
            Boolean bezwaarGegrond,
            Maatregel participatiewetMaatregel,
            List<Stapregel> stappen,
            List<String> mogelijk,
            List<String> meldingen) {}

    record Invoer(
            Gedraging gedraging,
            Onderdeel onderdeel,
            LocalDate datumGedraging,
            String omschrijving,
            List<Bewijs> bewijs)
            implements Serializable {}

    record VerwijtbaarheidInvoer(Boolean verwijtbaar, Reden reden, String toelichting) implements Serializable {}

    record VoornemenInvoer(BigDecimal bedrag, String bedragReden) implements Serializable {}

    record BesluitInvoer(Besluit uitkomst, String reden) implements Serializable {}

    record MaatregelInvoer(LocalDate datum, Integer percentage, Integer duurMaanden, String toelichting)
            implements Serializable {}

    private final JdbcClient jdbc;
    private final DossierfeitenLezer dossiers;
    private final Toegang toegang;
    private final Gebruikers gebruikers;
    private final VastgesteldPip pips;
    private final Schulden schulden;
    private final HandhavingInstellingen instellingen;
    private final AlgemeneTermijnenwet atw;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    Handhavingszaken(
            JdbcClient jdbc,
            DossierfeitenLezer dossiers,
            Toegang toegang,
            Gebruikers gebruikers,
            VastgesteldPip pips,
            Schulden schulden,
            HandhavingInstellingen instellingen,
            AlgemeneTermijnenwet atw,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.toegang = toegang;
        this.gebruikers = gebruikers;
        this.pips = pips;
        this.schulden = schulden;
        this.instellingen = instellingen;
        this.atw = atw;
        this.auditLog = auditLog;
        this.events = events;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** The person's cases, newest gedraging first; audited as a read. */
    @Transactional
    @MagDossierInzien
    public List<Zaak> lijst(UUID inburgeraarId) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_INZIEN);
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN, new AuditLog.Betrokkene(d.id(), d.gemeentecode()), "handhavingszaken");
        return jdbc
                .sql("select id from handhavingszaak where inburgeraar_id = ? order by datum_gedraging desc")
                .param(d.id())
                .query(UUID.class)
                .list()
                .stream()
                .map(this::weergave)
                .toList();
    }

    /** One case (404 for another gemeente's or beyond the user's relationships); audited as a read. */
    @Transactional
    @MagDossierInzien
    public Zaak lees(UUID zaakId) {
        Handhavingszaak zaak = laad(zaakId, Recht.DOSSIER_INZIEN, false);
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN,
                new AuditLog.Betrokkene(zaak.inburgeraarId, zaak.gemeentecode),
                "handhavingszaak");
        return weergave(zaakId);
    }

    /**
     * The team lead's list: the cases of the team lead's gemeenten (row-level security) with a voornemen awaiting the
     * approval; audited as a read of each person.
     */
    @Transactional
    @MagTeamOverzien
    public List<Zaak> wachtOpGoedkeuring() {
        List<Zaak> zaken = jdbc.sql("""
                        select id from handhavingszaak
                        where status in ('VOORNEMEN', 'ZIENSWIJZE') and goedgekeurd_door is null
                        order by aangemaakt_op limit 500""").query(UUID.class).list().stream()
                .filter(id -> toegang.mag(Recht.TEAM_OVERZIEN, inburgeraar(id)))
                .map(this::weergave)
                .toList();
        if (!zaken.isEmpty()) {
            auditLog.registreer(
                    AuditActie.IN_ZOEKRESULTAAT,
                    zaken.stream()
                            .map(z -> new AuditLog.Betrokkene(z.inburgeraarId(), gemeente(z.id())))
                            .toList(),
                    "handhaving.wachtOpGoedkeuring");
        }
        return zaken;
    }

    /**
     * Records a gedraging. Refused naming field and rule: a gedraging kind; an onderdeel only for a breach of the PIP,
     * and then one of the inburgering onderdelen (H-3: the others go to the Participatiewet) of a vastgesteld PIP; a
     * date not in the future; a description; at most 20 evidence references each with a kind. The same gedraging
     * twice: 400 (H-4).
     */
    @Transactional
    @MagDossierWijzigen
    public Zaak nieuw(UUID inburgeraarId, Invoer invoer) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        List<Violation> fouten = new ArrayList<>();
        if (invoer.gedraging() == null) {
            fouten.add(new Violation("gedraging", "fout.handhaving.gedraging", "H-1"));
        } else if (invoer.gedraging() == Gedraging.ONDERDEEL_NIET_NAGEKOMEN) {
            if (invoer.onderdeel() == null) {
                fouten.add(new Violation("onderdeel", "fout.handhaving.onderdeelVerplicht", "H-3"));
            } else if (!invoer.onderdeel().inburgering()) {
                fouten.add(new Violation(
                        "onderdeel", "fout.handhaving.onderdeelParticipatiewet", "H-3", invoer.onderdeel()));
            } else if (pips.van(d.id()).isEmpty()) {
                fouten.add(new Violation("onderdeel", "fout.handhaving.geenPip", "H-3"));
            }
        } else if (invoer.onderdeel() != null) {
            fouten.add(new Violation("onderdeel", "fout.handhaving.onderdeelNiet", "H-3"));
        }
        LocalDate vandaag = vandaag();
        if (invoer.datumGedraging() == null) {
            fouten.add(new Violation("datumGedraging", "fout.handhaving.datumVerplicht", "H-1"));
        } else if (invoer.datumGedraging().isAfter(vandaag)) {
            fouten.add(new Violation("datumGedraging", "fout.handhaving.datumInToekomst", "H-1"));
        }
        String omschrijving = tekst("omschrijving", invoer.omschrijving(), true, fouten);
        List<Bewijs> bewijs = invoer.bewijs() == null ? List.of() : invoer.bewijs();
        if (bewijs.size() > MAXIMUM_BEWIJS) {
            fouten.add(new Violation("bewijs", "fout.handhaving.teVeelBewijs", "H-1", MAXIMUM_BEWIJS));
        } else {
            for (int i = 0; i < bewijs.size(); i++) {
                Bewijs b = bewijs.get(i);
                if (b == null || b.soort() == null) {
                    fouten.add(new Violation("bewijs[" + i + "].soort", "fout.handhaving.bewijsSoort", "H-1"));
                    continue;
                }
                String referentie = leeg(b.referentie());
                if (referentie != null && referentie.length() > MAXIMUM_REFERENTIE) {
                    fouten.add(new Violation(
                            "bewijs[" + i + "].referentie", "fout.handhaving.teLang", null, MAXIMUM_REFERENTIE));
                }
                String tekst = leeg(b.omschrijving());
                if (referentie == null && tekst == null) {
                    fouten.add(new Violation("bewijs[" + i + "]", "fout.handhaving.bewijsLeeg", "H-1"));
                } else if (tekst != null && tekst.length() > MAXIMUM_TEKST) {
                    fouten.add(new Violation(
                            "bewijs[" + i + "].omschrijving", "fout.handhaving.teLang", null, MAXIMUM_TEKST));
                }
            }
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        UUID id = UUID.randomUUID();
        String door = gebruikers.huidige().gebruikersnaam();
        int opgeslagen = jdbc.sql("""
                        insert into handhavingszaak (id, inburgeraar_id, gemeentecode, gedraging, onderdeel,
                            datum_gedraging, omschrijving, status, aangemaakt_door, aangemaakt_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""")
                .params(
                        id,
                        d.id(),
                        d.gemeentecode(),
                        invoer.gedraging().name(),
                        invoer.onderdeel() == null ? null : invoer.onderdeel().name(),
                        invoer.datumGedraging(),
                        omschrijving,
                        Status.SIGNAAL.name(),
                        door,
                        Timestamp.from(clock.instant()))
                .update();
        if (opgeslagen == 0) {
            // Issue 18: the same gedraging twice is bad input (400), naming the field and the rule.
            throw new InvalidInputException(List.of(new Violation(
                    "datumGedraging",
                    "fout.handhaving.gedragingBestaat",
                    "H-4",
                    InburgeringTermijnen.datum(invoer.datumGedraging()))));
        }
        for (int i = 0; i < bewijs.size(); i++) {
            Bewijs b = bewijs.get(i);
            jdbc.sql("""
                            insert into handhavingsbewijs (zaak_id, volgnummer, gemeentecode, soort, referentie,
                                omschrijving)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(id, i + 1, d.gemeentecode(), b.soort().name(), leeg(b.referentie()), leeg(b.omschrijving()))
                    .update();
        }
        auditLog.registreer(
                AuditActie.GEWIJZIGD, new AuditLog.Betrokkene(d.id(), d.gemeentecode()), "handhavingszaak.signaal");
        return weergave(id);
    }

    @Transactional
    @MagDossierWijzigen
    public Zaak waarschuwing(UUID zaakId, String toelichting) {
        Handhavingszaak zaak = laad(zaakId, Recht.DOSSIER_WIJZIGEN, true);
        guard(zaak, Stap.WAARSCHUWING);
        List<Violation> fouten = new ArrayList<>();
        String tekst = tekst("toelichting", toelichting, false, fouten);
        valideer(fouten);
        zaak.waarschuwing();
        return bewaar(zaak, Stap.WAARSCHUWING, tekst);
    }

    /** H-1 (Awb 5:41): verwijtbaar or not, with the reason the person gave when not (or lower); not verwijtbaar ends it. */
    @Transactional
    @MagDossierWijzigen
    public Zaak verwijtbaarheid(UUID zaakId, VerwijtbaarheidInvoer invoer) {
        Handhavingszaak zaak = laad(zaakId, Recht.DOSSIER_WIJZIGEN, true);
        guard(zaak, Stap.VERWIJTBAARHEID);
        List<Violation> fouten = new ArrayList<>();
        if (invoer.verwijtbaar() == null) {
            fouten.add(new Violation("verwijtbaar", "fout.handhaving.verwijtbaarVerplicht", "H-1"));
        } else if (!invoer.verwijtbaar() && invoer.reden() == null) {
            fouten.add(new Violation("reden", "fout.handhaving.redenVerplicht", "H-1"));
        }
        String toelichting = tekst("toelichting", invoer.toelichting(), invoer.reden() == Reden.ANDERS, fouten);
        valideer(fouten);
        zaak.verwijtbaarheid(invoer.verwijtbaar(), invoer.reden(), toelichting);
        return bewaar(zaak, Stap.VERWIJTBAARHEID, toelichting);
    }

    /**
     * The voornemen tot boete: the amount of the verordening for this repeat of the obligation (H-2, H-3), or lower with
     * a reason (Awb 5:46), never above it nor the legal maximum (H-3); the zienswijze period (configuration, then the
     * Atw); the financial burden with it (H-6), which above the threshold asks the team lead's reason.
     */
    @Transactional
    @MagDossierWijzigen
    public Zaak voornemen(UUID zaakId, VoornemenInvoer invoer) {
        Handhavingszaak zaak = laad(zaakId, Recht.DOSSIER_WIJZIGEN, true);
        guard(zaak, Stap.VOORNEMEN);
        int herhaling =
                1 + (int) eerdere(zaak).stream().filter(Handhavingszaak::telt).count();
        Optional<BigDecimal> verordening = Handhavingszaak.bedrag(
                instellingen.ladder(zaak.gemeentecode, zaak.gedraging.bredeIntake()),
                zaak.gedraging.bredeIntake(),
                herhaling);
        BigDecimal bedrag = verordening.orElse(null);
        String reden = leeg(invoer.bedragReden());
        List<Violation> fouten = new ArrayList<>();
        if (invoer.bedrag() != null && verordening.isPresent()) {
            BigDecimal gevraagd = invoer.bedrag();
            if (gevraagd.signum() <= 0 || gevraagd.stripTrailingZeros().scale() > 2) {
                fouten.add(new Violation("bedrag", "fout.handhaving.bedrag", "H-3"));
            } else if (gevraagd.compareTo(HandhavingInstellingen.MAXIMUM) > 0) {
                fouten.add(
                        new Violation("bedrag", "fout.handhaving.boveMaximum", "H-3", HandhavingInstellingen.MAXIMUM));
            } else if (gevraagd.compareTo(verordening.get()) > 0) {
                fouten.add(new Violation(
                        "bedrag",
                        "fout.handhaving.boveVerordening",
                        zaak.gedraging.regel(),
                        verordening.get(),
                        herhaling));
            } else if (gevraagd.compareTo(verordening.get()) < 0 && reden == null) {
                fouten.add(new Violation("bedragReden", "fout.handhaving.verlagingReden", "H-1"));
            } else {
                bedrag = gevraagd;
            }
        }
        if (reden != null && reden.length() > MAXIMUM_TEKST) {
            fouten.add(new Violation("bedragReden", "fout.handhaving.teLang", null, MAXIMUM_TEKST));
        }
        valideer(fouten);
        LocalDate vandaag = vandaag();
        LocalDate tot = atw.einde(
                        AlgemeneTermijnenwet.Periode.ZIENSWIJZE, vandaag.plusDays(instellingen.zienswijzeDagen()))
                .datum();
        Schulden.Last last = schulden.last(zaak.inburgeraarId, bedrag == null ? BigDecimal.ZERO : bedrag);
        zaak.voornemen(
                herhaling,
                bedrag,
                bedrag != null && verordening.isPresent() && bedrag.compareTo(verordening.get()) < 0 ? reden : null,
                tot,
                last.boetelast(),
                last.bovenDrempel(),
                gebruikers.huidige().gebruikersnaam());
        return bewaar(zaak, Stap.VOORNEMEN, null);
    }

    @Transactional
    @MagDossierWijzigen
    public Zaak zienswijze(UUID zaakId, String tekst) {
        Handhavingszaak zaak = laad(zaakId, Recht.DOSSIER_WIJZIGEN, true);
        guard(zaak, Stap.ZIENSWIJZE);
        List<Violation> fouten = new ArrayList<>();
        String zienswijze = tekst("zienswijze", tekst, true, fouten);
        valideer(fouten);
        zaak.zienswijze();
        return bewaar(zaak, Stap.ZIENSWIJZE, zienswijze);
    }

    /** Four eyes (H-1): a team lead other than the one who made the voornemen; above the threshold with a reason (H-6). */
    @Transactional
    @MagTeamOverzien
    public Zaak goedkeuring(UUID zaakId, String reden) {
        Handhavingszaak zaak = laad(zaakId, Recht.TEAM_OVERZIEN, true);
        guard(zaak, Stap.GOEDKEURING);
        List<Violation> fouten = new ArrayList<>();
        String tekst = tekst("reden", reden, false, fouten);
        valideer(fouten);
        zaak.goedkeuring(gebruikers.huidige().gebruikersnaam(), tekst);
        return bewaar(zaak, Stap.GOEDKEURING, tekst);
    }

    /** Boete (after the zienswijze or its period, approved, no Participatiewet maatregel) or afzien with a reason. */
    @Transactional
    @MagDossierWijzigen
    public Zaak besluit(UUID zaakId, BesluitInvoer invoer) {
        Handhavingszaak zaak = laad(zaakId, Recht.DOSSIER_WIJZIGEN, true);
        guard(zaak, Stap.BESLUIT);
        List<Violation> fouten = new ArrayList<>();
        if (invoer.uitkomst() == null) {
            fouten.add(new Violation("uitkomst", "fout.handhaving.uitkomst", "H-1"));
        }
        String reden = tekst("reden", invoer.reden(), invoer.uitkomst() == Besluit.AFGEZIEN, fouten);
        valideer(fouten);
        LocalDate vandaag = vandaag();
        LocalDate bezwaarTot = atw.einde(AlgemeneTermijnenwet.Periode.BEZWAAR, vandaag.plusWeeks(6))
                .datum();
        zaak.besluit(invoer.uitkomst(), vandaag, bezwaarTot);
        return bewaar(zaak, Stap.BESLUIT, reden);
    }

    @Transactional
    @MagDossierWijzigen
    public Zaak bezwaar(UUID zaakId, String toelichting) {
        Handhavingszaak zaak = laad(zaakId, Recht.DOSSIER_WIJZIGEN, true);
        guard(zaak, Stap.BEZWAAR);
        List<Violation> fouten = new ArrayList<>();
        String tekst = tekst("toelichting", toelichting, false, fouten);
        valideer(fouten);
        zaak.bezwaar();
        return bewaar(zaak, Stap.BEZWAAR, tekst);
    }

    /** Gegrond undoes the boete (it no longer counts for the burden nor as a repeat); ongegrond keeps it. */
    @Transactional
    @MagDossierWijzigen
    public Zaak beslissingOpBezwaar(UUID zaakId, Boolean gegrond, String toelichting) {
        Handhavingszaak zaak = laad(zaakId, Recht.DOSSIER_WIJZIGEN, true);
        guard(zaak, Stap.BESLISSING_OP_BEZWAAR);
        List<Violation> fouten = new ArrayList<>();
        if (gegrond == null) {
            fouten.add(new Violation("gegrond", "fout.handhaving.gegrond", "H-1"));
        }
        String tekst = tekst("toelichting", toelichting, false, fouten);
        valideer(fouten);
        zaak.beslissingOpBezwaar(gegrond);
        return bewaar(zaak, Stap.BESLISSING_OP_BEZWAAR, tekst);
    }

    /** H-4: a Participatiewet maatregel for this gedraging, as Werk en Inkomen reports it; blocks the Wi2021 boete. */
    @Transactional
    @MagDossierWijzigen
    public Zaak participatiewetMaatregel(UUID zaakId, MaatregelInvoer invoer) {
        Handhavingszaak zaak = laad(zaakId, Recht.DOSSIER_WIJZIGEN, true);
        guard(zaak, Stap.PARTICIPATIEWET_MAATREGEL);
        List<Violation> fouten = new ArrayList<>();
        if (invoer.datum() == null) {
            fouten.add(new Violation("datum", "fout.handhaving.datumVerplicht", "H-4"));
        } else if (invoer.datum().isAfter(vandaag())) {
            fouten.add(new Violation("datum", "fout.handhaving.datumInToekomst", "H-4"));
        }
        if (invoer.percentage() == null || invoer.percentage() < 1 || invoer.percentage() > 100) {
            fouten.add(new Violation("percentage", "fout.handhaving.percentage", "H-4"));
        }
        if (invoer.duurMaanden() == null || invoer.duurMaanden() < 1 || invoer.duurMaanden() > 36) {
            fouten.add(new Violation("duurMaanden", "fout.handhaving.duurMaanden", "H-4"));
        }
        String toelichting = tekst("toelichting", invoer.toelichting(), false, fouten);
        valideer(fouten);
        zaak.participatiewetMaatregel(invoer.datum());
        jdbc.sql("""
                        update handhavingszaak set pw_maatregel_percentage = ?, pw_maatregel_maanden = ?,
                            pw_maatregel_toelichting = ?
                        where id = ?""")
                .params(invoer.percentage(), invoer.duurMaanden(), toelichting, zaak.id)
                .update();
        return bewaar(zaak, Stap.PARTICIPATIEWET_MAATREGEL, toelichting);
    }

    /** The lifecycle's guard first, so a step the state does not allow is refused whatever the input. */
    private void guard(Handhavingszaak zaak, Stap stap) {
        try {
            zaak.eis(stap);
        } catch (NietToegestaan e) {
            // Issue 18: a step without the one before it (a boete without a voornemen) or a step twice is 400,
            // naming the case's status and the rule.
            throw new InvalidInputException(List.of(new Violation(
                    "status",
                    e.alGezet() ? "fout.handhaving.stapAlGezet" : "fout.handhaving.stapNietToegestaan",
                    "H-1",
                    berichten.getMessage("handhaving.stap." + stap.name()),
                    berichten.getMessage("handhaving.status." + e.status().name()),
                    e.status().name())));
        }
    }

    /** Stores the aggregate's state and the step (once: a second click in another tab is refused), audits, rewrites. */
    private Zaak bewaar(Handhavingszaak zaak, Stap stap, String toelichting) {
        jdbc.sql("""
                        update handhavingszaak set status = ?, verwijtbaar = ?, verwijtbaarheid_reden = ?,
                            verwijtbaarheid_toelichting = ?, herhaling = ?, bedrag = ?, bedrag_reden = ?,
                            zienswijze_tot = ?, boetelast = ?, boven_drempel = ?, goedgekeurd_door = ?,
                            goedkeuring_reden = ?, besluit = ?, besluit_datum = ?, bezwaar_tot = ?,
                            bezwaar_gegrond = ?, pw_maatregel_datum = ?
                        where id = ?""")
                .params(
                        zaak.status.name(),
                        zaak.verwijtbaar,
                        zaak.verwijtbaarheidReden == null ? null : zaak.verwijtbaarheidReden.name(),
                        zaak.verwijtbaarheidToelichting,
                        zaak.herhaling,
                        zaak.bedrag,
                        zaak.bedragReden,
                        zaak.zienswijzeTot,
                        zaak.boetelast,
                        zaak.bovenDrempel,
                        zaak.goedgekeurdDoor,
                        zaak.goedkeuringReden,
                        zaak.besluit == null ? null : zaak.besluit.name(),
                        zaak.besluitDatum,
                        zaak.bezwaarTot,
                        zaak.bezwaarGegrond,
                        zaak.pwMaatregelDatum,
                        zaak.id)
                .update();
        int opgeslagen = jdbc.sql("""
                        insert into handhavingsstap (zaak_id, stap, gemeentecode, datum, toelichting, vastgelegd_door,
                            vastgelegd_op)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""")
                .params(
                        zaak.id,
                        stap.name(),
                        zaak.gemeentecode,
                        vandaag(),
                        toelichting,
                        gebruikers.huidige().gebruikersnaam(),
                        Timestamp.from(clock.instant()))
                .update();
        if (opgeslagen == 0) {
            throw new InvalidInputException(List.of(new Violation(
                    "status",
                    "fout.handhaving.stapAlGezet",
                    "H-1",
                    berichten.getMessage("handhaving.stap." + stap.name()),
                    berichten.getMessage("handhaving.status." + zaak.status.name()),
                    zaak.status.name())));
        }
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(zaak.inburgeraarId, zaak.gemeentecode),
                "handhavingszaak." + stap.pad());
        events.publishEvent(new TermijnfeitenGewijzigd(List.of(zaak.inburgeraarId)));
        return weergave(zaak.id);
    }

    /** The same person's other cases of the same obligation (gedraging and onderdeel) with an earlier gedraging. */
    private List<Handhavingszaak> eerdere(Handhavingszaak zaak) {
        return jdbc
                .sql("""
                        select * from handhavingszaak
                        where inburgeraar_id = ? and gedraging = ? and coalesce(onderdeel, '') = ?
                            and datum_gedraging < ?""")
                .params(
                        zaak.inburgeraarId,
                        zaak.gedraging.name(),
                        zaak.onderdeel == null ? "" : zaak.onderdeel.name(),
                        zaak.datumGedraging)
                .query((rs, i) -> zaak(rs))
                .list()
                .stream()
                .map(this::metStappen)
                .toList();
    }

    /**
     * The case for a step or a read: 404 when row-level security hides it or it does not exist, then the right on its
     * person (403 without it, 404 beyond the user's relationships). {@code vergrendel}: locked for the step.
     */
    private Handhavingszaak laad(UUID zaakId, Recht recht, boolean vergrendel) {
        Handhavingszaak zaak = jdbc.sql(
                        "select * from handhavingszaak where id = ?" + (vergrendel ? " for update" : ""))
                .param(zaakId)
                .query((rs, i) -> zaak(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.handhaving.nietGevonden")));
        toegang.eis(recht, zaak.inburgeraarId);
        return metStappen(zaak);
    }

    private Handhavingszaak metStappen(Handhavingszaak zaak) {
        Map<Stap, String> door = jdbc
                .sql("select stap, vastgelegd_door from handhavingsstap where zaak_id = ?")
                .param(zaak.id)
                .query((rs, i) -> Map.entry(Stap.valueOf(rs.getString("stap")), rs.getString("vastgelegd_door")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        zaak.gezet.addAll(door.keySet());
        zaak.voornemenDoor = door.get(Stap.VOORNEMEN);
        return zaak;
    }

    private static Handhavingszaak zaak(ResultSet rs) throws SQLException {
        Handhavingszaak z = new Handhavingszaak(
                rs.getObject("id", UUID.class),
                rs.getObject("inburgeraar_id", UUID.class),
                rs.getString("gemeentecode"),
                Gedraging.valueOf(rs.getString("gedraging")),
                rs.getString("onderdeel") == null ? null : Onderdeel.valueOf(rs.getString("onderdeel")),
                rs.getObject("datum_gedraging", LocalDate.class),
                Status.valueOf(rs.getString("status")),
                Set.of());
        z.verwijtbaar = (Boolean) rs.getObject("verwijtbaar");
        z.verwijtbaarheidReden = rs.getString("verwijtbaarheid_reden") == null
                ? null
                : Reden.valueOf(rs.getString("verwijtbaarheid_reden"));
        z.verwijtbaarheidToelichting = rs.getString("verwijtbaarheid_toelichting");
        z.herhaling = (Integer) rs.getObject("herhaling");
        z.bedrag = rs.getBigDecimal("bedrag");
        z.bedragReden = rs.getString("bedrag_reden");
        z.zienswijzeTot = rs.getObject("zienswijze_tot", LocalDate.class);
        z.boetelast = rs.getBigDecimal("boetelast");
        z.bovenDrempel = (Boolean) rs.getObject("boven_drempel");
        z.goedgekeurdDoor = rs.getString("goedgekeurd_door");
        z.goedkeuringReden = rs.getString("goedkeuring_reden");
        z.besluit = rs.getString("besluit") == null ? null : Besluit.valueOf(rs.getString("besluit"));
        z.besluitDatum = rs.getObject("besluit_datum", LocalDate.class);
        z.bezwaarTot = rs.getObject("bezwaar_tot", LocalDate.class);
        z.bezwaarGegrond = (Boolean) rs.getObject("bezwaar_gegrond");
        z.pwMaatregelDatum = rs.getObject("pw_maatregel_datum", LocalDate.class);
        return z;
    }

    /** The case as the API shows it (read after the step, in the same transaction). */
    private Zaak weergave(UUID zaakId) {
        return jdbc.sql("select * from handhavingszaak where id = ?")
                .param(zaakId)
                .query((rs, i) -> {
                    Handhavingszaak z = zaak(rs);
                    return new Object[] {
                        z,
                        rs.getString("omschrijving"),
                        new Maatregel(
                                z.pwMaatregelDatum,
                                (Integer) rs.getObject("pw_maatregel_percentage"),
                                (Integer) rs.getObject("pw_maatregel_maanden"),
                                rs.getString("pw_maatregel_toelichting"))
                    };
                })
                .optional()
                .map(rij -> {
                    Handhavingszaak z = metStappen((Handhavingszaak) rij[0]);
                    Maatregel m = (Maatregel) rij[2];
                    List<String> mogelijk = new ArrayList<>();
                    for (Stap s : EnumSet.allOf(Stap.class)) {
                        try {
                            z.eis(s);
                            mogelijk.add(s.pad());
                        } catch (NietToegestaan e) {
                            // not now
                        }
                    }
                    List<String> meldingen = new ArrayList<>();
                    if (z.pwMaatregelDatum != null) {
                        meldingen.add(berichten.getMessage(
                                z.boeteStaat()
                                        ? "melding.handhaving.maatregelNaBoete"
                                        : "melding.handhaving.maatregelBlokkeert",
                                new Object[] {InburgeringTermijnen.datum(z.pwMaatregelDatum)}));
                    }
                    return new Zaak(
                            z.id,
                            z.inburgeraarId,
                            z.gedraging,
                            z.onderdeel,
                            z.datumGedraging,
                            (String) rij[1],
                            z.status,
                            bewijs(z.id),
                            z.verwijtbaar,
                            z.verwijtbaarheidReden,
                            z.verwijtbaarheidToelichting,
                            z.herhaling,
                            z.bedrag,
                            z.bedragReden,
                            z.zienswijzeTot,
                            z.boetelast,
                            z.bovenDrempel,
                            z.goedgekeurdDoor,
                            z.goedkeuringReden,
                            z.besluit,
                            z.besluitDatum,
                            z.bezwaarTot,
                            z.bezwaarGegrond,
                            m.datum() == null ? null : m,
                            stappen(z.id),
                            List.copyOf(mogelijk),
                            List.copyOf(meldingen));
                })
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.handhaving.nietGevonden")));
    }

    private List<Bewijs> bewijs(UUID zaakId) {
        return jdbc.sql("select * from handhavingsbewijs where zaak_id = ? order by volgnummer")
                .param(zaakId)
                .query((rs, i) -> new Bewijs(
                        Bewijssoort.valueOf(rs.getString("soort")),
                        rs.getString("referentie"),
                        rs.getString("omschrijving")))
                .list();
    }

    private List<Stapregel> stappen(UUID zaakId) {
        return jdbc.sql("select * from handhavingsstap where zaak_id = ? order by vastgelegd_op")
                .param(zaakId)
                .query((rs, i) -> new Stapregel(
                        Stap.valueOf(rs.getString("stap")),
                        rs.getObject("datum", LocalDate.class),
                        rs.getString("toelichting"),
                        rs.getString("vastgelegd_door"),
                        rs.getTimestamp("vastgelegd_op")
                                .toInstant()
                                .atZone(Weergave.NEDERLAND)
                                .toOffsetDateTime()))
                .list();
    }

    private UUID inburgeraar(UUID zaakId) {
        return jdbc.sql("select inburgeraar_id from handhavingszaak where id = ?")
                .param(zaakId)
                .query(UUID.class)
                .single();
    }

    private String gemeente(UUID zaakId) {
        return jdbc.sql("select gemeentecode from handhavingszaak where id = ?")
                .param(zaakId)
                .query(String.class)
                .single();
    }

    private Dossierfeiten dossier(UUID inburgeraarId, Recht recht) {
        toegang.eis(recht, inburgeraarId);
        return dossiers.van(List.of(inburgeraarId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock.withZone(Weergave.NEDERLAND));
    }

    private static void valideer(List<Violation> fouten) {
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
    }

    /** A text field: stripped, empty as null; required or not; at most {@link #MAXIMUM_TEKST}. */
    private static String tekst(String veld, String waarde, boolean verplicht, List<Violation> fouten) {
        String tekst = leeg(waarde);
        if (tekst == null && verplicht) {
            fouten.add(new Violation(veld, "fout.handhaving.tekstVerplicht", "H-1"));
        } else if (tekst != null && tekst.length() > MAXIMUM_TEKST) {
            fouten.add(new Violation(veld, "fout.handhaving.teLang", null, MAXIMUM_TEKST));
        }
        return tekst;
    }

    static String leeg(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
