package nl.inburgeringsregie.voortgang;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.inburgeringsregie.gebruikers.Gebruiker;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Codes;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.intake.Leefgebied;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Voortgangsgesprekken (issue 16, ADR 0040; T-10): the plan of a dossier with its conversations, recording one, and
 * the follow-up actions with their owner. Every call passes the access decision first (reading: the dossier right,
 * recording: the right to change it), so a person the user may not reach answers 404 whatever the body, and row-level
 * security (V45) follows the gemeente. The health leefgebieden and an illness or childbirth are special-category data
 * (I-5): only the dossier's consultant records and reads them, others see that something is screened off. Every read
 * of a person's conversations is audited, every change too; the plan's next conversation is a deadline
 * ({@link VoortgangTermijnen}), rewritten in the transaction that records a conversation.
 */
@Service
class Voortgangsgesprekken {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** The owner of an action that is the person's own (no worklist of ours; the newcomer's view shows it later). */
    static final String INBURGERAAR = "INBURGERAAR";

    static final int MAXIMUM_TEKST = 1000;
    static final int MAXIMUM_SAMENVATTING = 2000;
    static final int MAXIMUM_REDEN = 500;
    static final int MAXIMUM_OMSCHRIJVING = 500;
    static final int MAXIMUM_ACTIES = 20;
    static final int MAXIMUM_MIJN_ACTIES = 200;

    enum Vorm {
        FYSIEK,
        TELEFONISCH,
        VIDEO
    }

    /** A circumstance that may ground an extension by DUO (T-5); special-category data (I-5). */
    enum Omstandigheid {
        ZIEKTE,
        BEVALLING
    }

    /** Where a planned conversation stands on a day. */
    enum PlanStatus {
        GEHOUDEN,
        TE_LAAT_GEHOUDEN,
        VERLOPEN,
        BINNENKORT,
        GEPLAND
    }

    /** A conversation as typed. {@code leefgebieden}: per leefgebied what changed (empty notes are left out). */
    record Invoer(
            LocalDate datum,
            Boolean aanwezig,
            Vorm vorm,
            String tolkTaal,
            Boolean tolkGeboekt,
            String samenvatting,
            Map<Leefgebied, String> leefgebieden,
            Omstandigheid omstandigheid,
            Boolean pipAanpassen,
            String pipAanpassenReden,
            List<ActieInvoer> acties) {}

    record ActieInvoer(String omschrijving, String eigenaar, LocalDate uiterlijk) {}

    record Actie(
            UUID id,
            UUID gesprekId,
            UUID inburgeraarId,
            String naam,
            String omschrijving,
            String eigenaar,
            LocalDate uiterlijk,
            String afgerondDoor,
            OffsetDateTime afgerondOp) {

        public boolean afgerond() {
            return afgerondOp != null;
        }
    }

    /**
     * A recorded conversation. {@code leefgebieden} holds the health notes only for whoever may read them;
     * {@code afgeschermd}: something special-category was recorded that this user may not see. {@code volgnummer}: the
     * planned conversation it closed (null for a no-show or one beyond the plan).
     */
    record Gesprek(
            UUID id,
            LocalDate datum,
            boolean aanwezig,
            Vorm vorm,
            String tolkTaal,
            String tolkTaalNaam,
            boolean tolkGeboekt,
            String samenvatting,
            Map<Leefgebied, String> leefgebieden,
            Omstandigheid omstandigheid,
            boolean afgeschermd,
            boolean pipAanpassen,
            String pipAanpassenReden,
            Integer volgnummer,
            String vastgelegdDoor,
            OffsetDateTime vastgelegdOp,
            List<Actie> acties) {}

    record Moment(
            int volgnummer,
            int maand,
            LocalDate gepland,
            LocalDate uiterlijk,
            LocalDate gehoudenOp,
            PlanStatus status) {}

    /**
     * A dossier's plan and conversations, newest first. {@code pip}: whether there is a PIP dagtekening (without one there
     * is no plan and nothing can be recorded). {@code bijzonderZichtbaar}: whether this user reads and records the
     * special-category parts (the dossier's consultant).
     */
    record Overzicht(
            UUID inburgeraarId,
            String naam,
            LocalDate dagtekeningPip,
            boolean pip,
            List<Moment> plan,
            int gehouden,
            List<Gesprek> gesprekken,
            boolean bijzonderZichtbaar) {}

    private record Rij(
            UUID id,
            LocalDate datum,
            boolean aanwezig,
            Vorm vorm,
            String tolkTaal,
            boolean tolkGeboekt,
            String samenvatting,
            String leefgebieden,
            String leefgebiedenBijzonder,
            Omstandigheid omstandigheid,
            boolean pipAanpassen,
            String pipAanpassenReden,
            String vastgelegdDoor,
            Instant vastgelegdOp) {

        boolean bijzonder() {
            return omstandigheid != null || !"{}".equals(leefgebiedenBijzonder);
        }
    }

    private static final TypeReference<Map<String, String>> NOTITIES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final DossierfeitenLezer dossiers;
    private final Toegang toegang;
    private final Gebruikers gebruikers;
    private final VoortgangTermijnen termijnen;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    Voortgangsgesprekken(
            JdbcClient jdbc,
            DossierfeitenLezer dossiers,
            Toegang toegang,
            Gebruikers gebruikers,
            VoortgangTermijnen termijnen,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            JsonMapper json,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.toegang = toegang;
        this.gebruikers = gebruikers;
        this.termijnen = termijnen;
        this.auditLog = auditLog;
        this.events = events;
        this.json = json;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** The dossier's plan and conversations; audited as a read, and a read of special-category data when shown. */
    @Transactional
    @MagDossierInzien
    public Overzicht overzicht(UUID inburgeraarId) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_INZIEN);
        boolean bijzonder = werktAan(d);
        Overzicht overzicht = lees(d, bijzonder);
        AuditLog.Betrokkene betrokkene = new AuditLog.Betrokkene(d.id(), d.gemeentecode());
        auditLog.registreer(AuditActie.DOSSIER_BEKEKEN, betrokkene, "voortgangsgesprekken");
        if (bijzonder
                && overzicht.gesprekken().stream()
                        .anyMatch(g -> g.omstandigheid() != null
                                || g.leefgebieden().keySet().stream().anyMatch(Leefgebied::bijzonder))) {
            auditLog.registreer(AuditActie.BIJZONDERE_GEGEVENS_BEKEKEN, betrokkene, "voortgangsgesprekken (I-5)");
        }
        return overzicht;
    }

    /**
     * Records a conversation held, or that the person did not come, with its follow-up actions. Every broken rule is
     * named with its field and nothing is stored when one is; a second conversation on the same day is refused (409),
     * so a second click records nothing twice.
     */
    @Transactional
    @MagDossierWijzigen
    public Gesprek vastleggen(UUID inburgeraarId, Invoer invoer) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        boolean bijzonderToegestaan = werktAan(d);
        LocalDate vandaag = LocalDate.now(clock.withZone(ZONE));
        LocalDate dagtekening = d.mijlpalen().dagtekeningPip();
        List<Violation> fouten = new ArrayList<>();
        if (dagtekening == null) {
            fouten.add(new Violation("pip", "fout.voortgang.geenPip", "T-10"));
        }
        if (invoer.datum() == null) {
            fouten.add(new Violation("datum", "fout.voortgang.datumVerplicht", "T-10"));
        } else if (invoer.datum().isAfter(vandaag)) {
            fouten.add(new Violation("datum", "fout.voortgang.datumInToekomst", "T-10"));
        } else if (dagtekening != null && invoer.datum().isBefore(dagtekening)) {
            fouten.add(new Violation(
                    "datum", "fout.voortgang.datumVoorPip", "T-10", InburgeringTermijnen.datum(dagtekening)));
        }
        boolean aanwezig = Boolean.TRUE.equals(invoer.aanwezig());
        if (invoer.aanwezig() == null) {
            fouten.add(new Violation("aanwezig", "fout.voortgang.aanwezigVerplicht", "T-10"));
        } else if (aanwezig && invoer.vorm() == null) {
            fouten.add(new Violation("vorm", "fout.voortgang.vormVerplicht", "T-10"));
        }
        String taal = leeg(invoer.tolkTaal());
        boolean tolkGeboekt = Boolean.TRUE.equals(invoer.tolkGeboekt());
        if (taal != null && !Codes.isTaal(taal)) {
            fouten.add(new Violation("tolkTaal", "fout.voortgang.tolkTaalOnbekend", "I-1", taal));
        } else if (taal == null && tolkGeboekt) {
            fouten.add(new Violation("tolkTaal", "fout.voortgang.tolkTaalVerplicht", "I-1"));
        }
        String samenvatting = leeg(invoer.samenvatting());
        if (samenvatting != null && samenvatting.length() > MAXIMUM_SAMENVATTING) {
            fouten.add(new Violation("samenvatting", "fout.voortgang.teLang", null, MAXIMUM_SAMENVATTING));
        }
        Map<Leefgebied, String> notities = new EnumMap<>(Leefgebied.class);
        if (invoer.leefgebieden() != null) {
            invoer.leefgebieden().forEach((gebied, tekst) -> {
                String t = leeg(tekst);
                if (gebied != null && t != null) {
                    notities.put(gebied, t);
                }
            });
        }
        for (Map.Entry<Leefgebied, String> n : notities.entrySet()) {
            String veld = "leefgebieden[" + n.getKey().name() + "]";
            if (!aanwezig && invoer.aanwezig() != null) {
                fouten.add(new Violation(veld, "fout.voortgang.nietVerschenenGeenNotities", "T-10"));
            } else if (n.getKey().bijzonder() && !bijzonderToegestaan) {
                fouten.add(new Violation(veld, "fout.voortgang.bijzonderAlleenConsulent", "I-5"));
            } else if (n.getValue().length() > MAXIMUM_TEKST) {
                fouten.add(new Violation(veld, "fout.voortgang.teLang", null, MAXIMUM_TEKST));
            }
        }
        if (invoer.omstandigheid() != null && !bijzonderToegestaan) {
            fouten.add(new Violation("omstandigheid", "fout.voortgang.bijzonderAlleenConsulent", "I-5"));
        }
        boolean pipAanpassen = Boolean.TRUE.equals(invoer.pipAanpassen());
        String reden = leeg(invoer.pipAanpassenReden());
        if (pipAanpassen && reden == null) {
            fouten.add(new Violation("pipAanpassenReden", "fout.voortgang.redenVerplicht", "P-3"));
        } else if (reden != null && reden.length() > MAXIMUM_REDEN) {
            fouten.add(new Violation("pipAanpassenReden", "fout.voortgang.teLang", null, MAXIMUM_REDEN));
        }
        // Rows left wholly empty are ignored; the others keep their position, so a refusal names the row typed.
        List<ActieInvoer> gegeven = invoer.acties() == null ? List.of() : invoer.acties();
        List<ActieInvoer> acties = new ArrayList<>();
        Map<String, Gebruiker> eigenaren = eigenaren(d.gemeentecode());
        for (int i = 0; i < gegeven.size(); i++) {
            ActieInvoer a = gegeven.get(i);
            if (a == null || leeg(a.omschrijving()) == null && leeg(a.eigenaar()) == null && a.uiterlijk() == null) {
                continue;
            }
            acties.add(a);
            if (acties.size() > MAXIMUM_ACTIES) {
                fouten.add(new Violation("acties", "fout.voortgang.teVeelActies", null, MAXIMUM_ACTIES));
                break;
            }
            controleer(a, "acties[" + i + "].", invoer.datum(), eigenaren, fouten);
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        if (jdbc.sql("select exists (select 1 from voortgangsgesprek where inburgeraar_id = ? and datum = ?)")
                .params(inburgeraarId, invoer.datum())
                .query(Boolean.class)
                .single()) {
            throw new ConflictException(
                    berichten.getMessage(
                            "fout.voortgang.alVastgelegd", new Object[] {InburgeringTermijnen.datum(invoer.datum())}),
                    null,
                    "datum",
                    "T-10");
        }
        UUID id = UUID.randomUUID();
        Instant nu = clock.instant();
        int opgeslagen = jdbc.sql("""
                        insert into voortgangsgesprek (id, inburgeraar_id, gemeentecode, datum, aanwezig, vorm, tolk_taal,
                            tolk_geboekt, samenvatting, leefgebieden, leefgebieden_bijzonder, omstandigheid,
                            pip_aanpassen, pip_aanpassen_reden, vastgelegd_door, vastgelegd_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)
                        on conflict (inburgeraar_id, datum) do nothing""")
                .params(
                        id,
                        inburgeraarId,
                        d.gemeentecode(),
                        invoer.datum(),
                        aanwezig,
                        aanwezig ? invoer.vorm().name() : null,
                        taal,
                        tolkGeboekt,
                        samenvatting,
                        json(notities, false),
                        json(notities, true),
                        invoer.omstandigheid() == null
                                ? null
                                : invoer.omstandigheid().name(),
                        pipAanpassen,
                        pipAanpassen ? reden : null,
                        gebruiker.gebruikersnaam(),
                        Timestamp.from(nu))
                .update();
        if (opgeslagen == 0) {
            // Two requests for the same day at once: the other one won.
            throw new ConflictException(
                    berichten.getMessage(
                            "fout.voortgang.alVastgelegd", new Object[] {InburgeringTermijnen.datum(invoer.datum())}),
                    null,
                    "datum",
                    "T-10");
        }
        for (ActieInvoer a : acties) {
            jdbc.sql("""
                            insert into voortgangsactie (id, gesprek_id, inburgeraar_id, gemeentecode, omschrijving,
                                eigenaar, uiterlijk)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            UUID.randomUUID(),
                            id,
                            inburgeraarId,
                            d.gemeentecode(),
                            leeg(a.omschrijving()),
                            eigenaar(a.eigenaar()),
                            a.uiterlijk())
                    .update();
        }
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(d.id(), d.gemeentecode()),
                aanwezig ? "voortgangsgesprek.vastgelegd" : "voortgangsgesprek.nietVerschenen");
        events.publishEvent(new TermijnfeitenGewijzigd(List.of(inburgeraarId)));
        return lees(d, bijzonderToegestaan).gesprekken().stream()
                .filter(g -> g.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** Marks an action done, by the signed-in user now; again changes nothing. */
    @Transactional
    @MagDossierWijzigen
    public Actie actieAfgerond(UUID inburgeraarId, UUID actieId) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        Actie actie = actie(d, actieId, true);
        if (!actie.afgerond()) {
            jdbc.sql(
                            "update voortgangsactie set afgerond_door = ?, afgerond_op = ? where id = ? and afgerond_op is null")
                    .params(gebruikers.huidige().gebruikersnaam(), Timestamp.from(clock.instant()), actieId)
                    .update();
            auditLog.registreer(
                    AuditActie.GEWIJZIGD,
                    new AuditLog.Betrokkene(d.id(), d.gemeentecode()),
                    "voortgangsactie.afgerond");
            actie = actie(d, actieId, false);
        }
        return actie;
    }

    /**
     * "Mijn acties": the open actions whose owner is the signed-in user, soonest first (the first
     * {@value #MAXIMUM_MIJN_ACTIES}); each person listed is audited as shown in a list.
     */
    @Transactional
    @MagDossierInzien
    public List<Actie> mijnActies() {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        // Row-level security keeps the user to their gemeenten; each row carries its person's gemeente for the audit.
        record Rij(Actie actie, String gemeentecode) {}
        List<Rij> rijen = jdbc.sql("""
                        select a.* from voortgangsactie a
                        where a.eigenaar = ? and a.afgerond_op is null
                        order by a.uiterlijk, a.id limit ?""")
                .params(gebruiker.gebruikersnaam(), MAXIMUM_MIJN_ACTIES)
                .query((rs, i) -> new Rij(actie(rs, i), rs.getString("gemeentecode")))
                .list();
        Map<UUID, String> namen = dossiers.namen(
                rijen.stream().map(r -> r.actie().inburgeraarId()).distinct().toList());
        List<Actie> acties = rijen.stream()
                .map(r -> metNaam(r.actie(), namen.get(r.actie().inburgeraarId())))
                .toList();
        List<AuditLog.Betrokkene> betrokkenen = rijen.stream()
                .map(r -> new AuditLog.Betrokkene(r.actie().inburgeraarId(), r.gemeentecode()))
                .distinct()
                .toList();
        if (!betrokkenen.isEmpty()) {
            auditLog.registreerElk(
                    AuditActie.IN_ZOEKRESULTAAT,
                    betrokkenen,
                    betrokkenen.stream().map(b -> "voortgangsacties").toList());
        }
        return acties;
    }

    /** Who may own an action of this gemeente's person: its consultants and team leads, by user name. */
    @Transactional(readOnly = true)
    @MagDossierWijzigen
    public List<Gebruiker> mogelijkeEigenaren(UUID inburgeraarId) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        return List.copyOf(eigenaren(d.gemeentecode()).values());
    }

    private Overzicht lees(Dossierfeiten d, boolean bijzonder) {
        LocalDate vandaag = LocalDate.now(clock.withZone(ZONE));
        Optional<Gespreksplan> plan = termijnen.plan(d);
        List<Rij> rijen = jdbc.sql("select * from voortgangsgesprek where inburgeraar_id = ? order by datum desc")
                .param(d.id())
                .query(this::rij)
                .list();
        Map<UUID, List<Actie>> acties = jdbc
                .sql("select * from voortgangsactie where inburgeraar_id = ? order by uiterlijk, id")
                .param(d.id())
                .query(Voortgangsgesprekken::actie)
                .list()
                .stream()
                .collect(Collectors.groupingBy(Actie::gesprekId, LinkedHashMap::new, Collectors.toList()));
        Map<LocalDate, Integer> volgnummers = new LinkedHashMap<>();
        plan.ifPresent(p -> p.momenten().stream()
                .filter(Gespreksplan.Moment::gehouden)
                .forEach(m -> volgnummers.put(m.gehoudenOp(), m.volgnummer())));
        List<Gesprek> gesprekken = rijen.stream()
                .map(r -> gesprek(
                        r,
                        bijzonder,
                        r.aanwezig() ? volgnummers.get(r.datum()) : null,
                        acties.getOrDefault(r.id(), List.of())))
                .toList();
        List<Moment> momenten = plan.map(p -> p.momenten().stream()
                        .map(m -> new Moment(
                                m.volgnummer(),
                                m.maand(),
                                m.gepland(),
                                m.uiterlijk(),
                                m.gehoudenOp(),
                                status(m, vandaag)))
                        .toList())
                .orElse(List.of());
        return new Overzicht(
                d.id(),
                dossiers.namen(List.of(d.id())).get(d.id()),
                d.mijlpalen().dagtekeningPip(),
                plan.isPresent(),
                momenten,
                plan.map(Gespreksplan::aantalGehouden).orElse(0),
                gesprekken,
                bijzonder);
    }

    private static PlanStatus status(Gespreksplan.Moment m, LocalDate vandaag) {
        if (m.gehouden()) {
            return m.teLaat() ? PlanStatus.TE_LAAT_GEHOUDEN : PlanStatus.GEHOUDEN;
        }
        if (m.verlopen(vandaag)) {
            return PlanStatus.VERLOPEN;
        }
        return vandaag.isBefore(m.binnenkortVanaf()) ? PlanStatus.GEPLAND : PlanStatus.BINNENKORT;
    }

    private Gesprek gesprek(Rij r, boolean bijzonder, Integer volgnummer, List<Actie> acties) {
        Map<Leefgebied, String> notities = new EnumMap<>(Leefgebied.class);
        notities.putAll(notities(r.leefgebieden()));
        if (bijzonder) {
            notities.putAll(notities(r.leefgebiedenBijzonder()));
        }
        return new Gesprek(
                r.id(),
                r.datum(),
                r.aanwezig(),
                r.vorm(),
                r.tolkTaal(),
                r.tolkTaal() == null ? null : Codes.talenOpNaam().getOrDefault(r.tolkTaal(), r.tolkTaal()),
                r.tolkGeboekt(),
                r.samenvatting(),
                notities,
                bijzonder ? r.omstandigheid() : null,
                !bijzonder && r.bijzonder(),
                r.pipAanpassen(),
                r.pipAanpassenReden(),
                volgnummer,
                r.vastgelegdDoor(),
                r.vastgelegdOp().atZone(ZONE).toOffsetDateTime(),
                acties);
    }

    private void controleer(
            ActieInvoer a, String prefix, LocalDate gesprek, Map<String, Gebruiker> eigenaren, List<Violation> fouten) {
        String omschrijving = leeg(a.omschrijving());
        if (omschrijving == null) {
            fouten.add(new Violation(prefix + "omschrijving", "fout.voortgang.actieOmschrijvingVerplicht", "T-10"));
        } else if (omschrijving.length() > MAXIMUM_OMSCHRIJVING) {
            fouten.add(new Violation(prefix + "omschrijving", "fout.voortgang.teLang", null, MAXIMUM_OMSCHRIJVING));
        }
        String eigenaar = leeg(a.eigenaar());
        if (eigenaar == null) {
            fouten.add(new Violation(prefix + "eigenaar", "fout.voortgang.actieEigenaarVerplicht", "T-10"));
        } else if (!INBURGERAAR.equalsIgnoreCase(eigenaar) && !eigenaren.containsKey(eigenaar)) {
            fouten.add(new Violation(prefix + "eigenaar", "fout.voortgang.actieEigenaarOnbekend", "T-10", eigenaar));
        }
        if (a.uiterlijk() == null) {
            fouten.add(new Violation(prefix + "uiterlijk", "fout.voortgang.actieDatumVerplicht", "T-10"));
        } else if (gesprek != null && a.uiterlijk().isBefore(gesprek)) {
            fouten.add(new Violation(prefix + "uiterlijk", "fout.voortgang.actieDatumVoorGesprek", "T-10"));
        } else if (gesprek != null
                && a.uiterlijk().isAfter(gesprek.plusYears(VoortgangInstellingen.MAXIMUM_MAAND / 12))) {
            fouten.add(new Violation(prefix + "uiterlijk", "fout.voortgang.actieDatumTeVer", "T-3"));
        }
    }

    private static String eigenaar(String typed) {
        String e = leeg(typed);
        return INBURGERAAR.equalsIgnoreCase(e) ? INBURGERAAR : e;
    }

    private Map<String, Gebruiker> eigenaren(String gemeentecode) {
        Map<String, Gebruiker> eigenaren = new LinkedHashMap<>();
        gebruikers.consulenten(gemeentecode).stream()
                .filter(Gebruiker::actief)
                .forEach(g -> eigenaren.put(g.gebruikersnaam(), g));
        return eigenaren;
    }

    private Actie actie(Dossierfeiten d, UUID actieId, boolean vergrendel) {
        return jdbc.sql("select * from voortgangsactie where id = ? and inburgeraar_id = ?"
                        + (vergrendel ? " for update" : ""))
                .params(actieId, d.id())
                .query(Voortgangsgesprekken::actie)
                .optional()
                .map(a -> metNaam(a, dossiers.namen(List.of(d.id())).get(d.id())))
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.voortgang.actieNietGevonden")));
    }

    /** The dossier's consultant works on the case: only they record and read special-category data (I-5). */
    private boolean werktAan(Dossierfeiten d) {
        return gebruikers.huidige().gebruikersnaam().equals(d.consulent());
    }

    private Dossierfeiten dossier(UUID inburgeraarId, Recht recht) {
        toegang.eis(recht, inburgeraarId);
        return dossiers.van(List.of(inburgeraarId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }

    private String json(Map<Leefgebied, String> notities, boolean bijzonder) {
        Map<String, String> deel = new LinkedHashMap<>();
        notities.forEach((gebied, tekst) -> {
            if (gebied.bijzonder() == bijzonder) {
                deel.put(gebied.name(), tekst);
            }
        });
        return json.writeValueAsString(deel);
    }

    private Map<Leefgebied, String> notities(String tekst) {
        Map<Leefgebied, String> notities = new EnumMap<>(Leefgebied.class);
        json.readValue(tekst, NOTITIES).forEach((k, v) -> notities.put(Leefgebied.valueOf(k), v));
        return notities;
    }

    private Rij rij(ResultSet rs, int i) throws SQLException {
        String vorm = rs.getString("vorm");
        String omstandigheid = rs.getString("omstandigheid");
        return new Rij(
                rs.getObject("id", UUID.class),
                rs.getObject("datum", LocalDate.class),
                rs.getBoolean("aanwezig"),
                vorm == null ? null : Vorm.valueOf(vorm),
                rs.getString("tolk_taal"),
                rs.getBoolean("tolk_geboekt"),
                rs.getString("samenvatting"),
                rs.getString("leefgebieden"),
                rs.getString("leefgebieden_bijzonder"),
                omstandigheid == null ? null : Omstandigheid.valueOf(omstandigheid),
                rs.getBoolean("pip_aanpassen"),
                rs.getString("pip_aanpassen_reden"),
                rs.getString("vastgelegd_door"),
                rs.getTimestamp("vastgelegd_op").toInstant());
    }

    static Actie actie(ResultSet rs, int i) throws SQLException {
        Timestamp afgerond = rs.getTimestamp("afgerond_op");
        return new Actie(
                rs.getObject("id", UUID.class),
                rs.getObject("gesprek_id", UUID.class),
                rs.getObject("inburgeraar_id", UUID.class),
                null,
                rs.getString("omschrijving"),
                rs.getString("eigenaar"),
                rs.getObject("uiterlijk", LocalDate.class),
                rs.getString("afgerond_door"),
                afgerond == null ? null : afgerond.toInstant().atZone(ZONE).toOffsetDateTime());
    }

    private static Actie metNaam(Actie a, String naam) {
        return new Actie(
                a.id(),
                a.gesprekId(),
                a.inburgeraarId(),
                naam,
                a.omschrijving(),
                a.eigenaar(),
                a.uiterlijk(),
                a.afgerondDoor(),
                a.afgerondOp());
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
