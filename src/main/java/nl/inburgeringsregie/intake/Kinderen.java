package nl.inburgeringsregie.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagDossierInzien;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.inburgeraar.Kind;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.intake.IntakeRegels.VveGrenzen;
import nl.inburgeringsregie.intake.IntakeRegels.VveSoort;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children and VVE (issue 17, rule I-2, ADR 0039): the children of the household (the dossier's record: first name and
 * birth date) who are of an age for voorschool or kinderopvang on the day, each with its referrals and their status,
 * and I-2's two acts recorded as done (who and when from the signed-in user and the moment). A child who reaches the
 * upper limit (the 4th birthday) leaves the list. Only staff with the dossier's rights see or change it; every read and
 * change is audited; a refusal names its field and rule, and nothing is stored when one is; the same input twice
 * changes nothing.
 */
@Service
class Kinderen {

    /** The status of a referral (ADR 0039); all but TE_BESPREKEN are a decision. */
    enum Status {
        TE_BESPREKEN,
        AANGEMELD,
        GEPLAATST,
        AFGEWEZEN,
        NIET_GEWENST;

        boolean besluit() {
            return this != TE_BESPREKEN;
        }
    }

    /** I-2's two acts. */
    enum Handeling {
        OUDERS_GEINFORMEERD,
        ZONDER_PARTNER
    }

    @Schema(name = "VveVerwijzing")
    record Verwijzing(
            VveSoort soort,
            Status status,
            LocalDate datum,
            String toelichting,
            String vastgelegdDoor,
            Instant vastgelegdOp) {}

    /**
     * A child on the list: its age on the day, the provisions it is eligible for, the day it leaves the list, its
     * referrals, and whether a decision on a referral is still wanted (VVE age, no decided referral).
     */
    @Schema(name = "VveKind")
    record KindWeergave(
            String voornaam,
            LocalDate geboortedatum,
            int leeftijdJaren,
            int leeftijdMaanden,
            boolean vveLeeftijd,
            List<VveSoort> inAanmerkingVoor,
            LocalDate totEnMet,
            List<Verwijzing> verwijzingen,
            boolean besluitNodig) {}

    /** An I-2 act: recorded here (date and who), or ticked in the brede intake's checklist (no date or who). */
    @Schema(name = "VveHandeling")
    record HandelingWeergave(Handeling handeling, LocalDate gedaanOp, String vastgelegdDoor, boolean inIntake) {

        boolean gedaan() {
            return gedaanOp != null || inIntake;
        }
    }

    @Schema(name = "KinderenEnVve")
    record Weergave(
            UUID inburgeraarId,
            String naam,
            LocalDate peildatum,
            VveGrenzen grenzen,
            List<KindWeergave> kinderen,
            List<HandelingWeergave> handelingen,
            boolean aandacht) {}

    /** A referral as entered; soort and status as text, so that an unknown value is named as such (400). */
    record VerwijzingInvoer(
            String voornaam,
            LocalDate geboortedatum,
            String soort,
            String status,
            LocalDate datum,
            String toelichting) {}

    static final int MAX_TOELICHTING = 2000;

    private final JdbcClient jdbc;
    private final DossierfeitenLezer dossiers;
    private final VveInstellingen instellingen;
    private final Toegang toegang;
    private final Gebruikers gebruikers;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    Kinderen(
            JdbcClient jdbc,
            DossierfeitenLezer dossiers,
            VveInstellingen instellingen,
            Toegang toegang,
            Gebruikers gebruikers,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.instellingen = instellingen;
        this.toegang = toegang;
        this.gebruikers = gebruikers;
        this.auditLog = auditLog;
        this.events = events;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** The children on the list and the I-2 acts, audited as a read of the dossier. */
    @Transactional
    @MagDossierInzien
    Weergave lees(UUID id) {
        Dossierfeiten d = dossier(id, Recht.DOSSIER_INZIEN);
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN, new AuditLog.Betrokkene(id, d.gemeentecode()), "kinderen en VVE");
        return weergave(d);
    }

    /**
     * I-2: records a referral of a child of the household, or changes its status; one per child and kind. Refused (400)
     * for a child not of the household, not eligible for the kind on the day, an unknown kind or status, or a date in
     * the future or before the birth. The same referral again changes nothing.
     */
    @Transactional
    @MagDossierWijzigen
    Weergave verwijs(UUID id, VerwijzingInvoer invoer) {
        // An unknown kind or status is refused before the lookup, as the JSON's form is (a number sent for one too).
        List<Violation> fouten = new ArrayList<>();
        VveSoort soort = waarde(VveSoort.class, invoer.soort(), "soort", "fout.vve.soort", fouten);
        Status status = waarde(Status.class, invoer.status(), "status", "fout.vve.status", fouten);
        LocalDate vandaag = LocalDate.now(clock);
        if (!fouten.isEmpty()) {
            if (invoer.datum() != null && invoer.datum().isAfter(vandaag)) {
                fouten.add(new Violation("datum", "fout.vve.datumToekomst", "I-2"));
            }
            throw new InvalidInputException(fouten);
        }
        Dossierfeiten d = dossier(id, Recht.DOSSIER_WIJZIGEN);
        VveGrenzen grenzen = instellingen.grenzen(d.gemeentecode());
        if (soort == null) {
            fouten.add(new Violation("soort", "fout.vve.soort", "I-2"));
        }
        if (status == null) {
            fouten.add(new Violation("status", "fout.vve.status", "I-2"));
        }
        String voornaam = invoer.voornaam() == null ? null : invoer.voornaam().strip();
        Optional<Kind> kind = dossiers.kinderen(id).stream()
                .filter(k -> k.voornaam().strip().equals(voornaam)
                        && k.geboortedatum().equals(invoer.geboortedatum()))
                .findFirst();
        if (kind.isEmpty()) {
            fouten.add(new Violation("voornaam", "fout.vve.kindOnbekend", "I-2"));
        } else if (soort != null && !grenzen.inAanmerking(soort, kind.get().geboortedatum(), vandaag)) {
            fouten.add(new Violation(
                    "soort",
                    "fout.vve.nietInAanmerking",
                    "I-2",
                    berichten.getMessage("vve.soort." + soort.name()),
                    datum(grenzen.vanaf(soort, kind.get().geboortedatum())),
                    datum(grenzen.tot(kind.get().geboortedatum()))));
        }
        if (invoer.datum() == null) {
            fouten.add(new Violation("datum", "fout.vve.datum", "I-2"));
        } else if (invoer.datum().isAfter(vandaag)) {
            fouten.add(new Violation("datum", "fout.vve.datumToekomst", "I-2"));
        } else if (kind.isPresent() && invoer.datum().isBefore(kind.get().geboortedatum())) {
            fouten.add(new Violation("datum", "fout.vve.datumVoorGeboorte", "I-2"));
        }
        String toelichting = IntakeRegels.tekst(invoer.toelichting());
        if (toelichting != null && toelichting.length() > MAX_TOELICHTING) {
            fouten.add(new Violation("toelichting", "fout.vve.toelichting", "I-2", MAX_TOELICHTING));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        Kind k = kind.get();
        Verwijzing bestaand = verwijzingen(id).stream()
                .filter(v -> v.kind().equals(k) && v.verwijzing().soort() == soort)
                .map(KindVerwijzing::verwijzing)
                .findFirst()
                .orElse(null);
        if (bestaand != null
                && bestaand.status() == status
                && bestaand.datum().equals(invoer.datum())
                && Objects.equals(bestaand.toelichting(), toelichting)) {
            return weergave(d); // a second click: nothing changes, no second audit row
        }
        jdbc.sql("""
                insert into vve_verwijzing (inburgeraar_id, gemeentecode, kind_voornaam, kind_geboortedatum, soort,
                    status, datum, toelichting, vastgelegd_door, vastgelegd_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (inburgeraar_id, kind_voornaam, kind_geboortedatum, soort) do update
                set status = excluded.status, datum = excluded.datum, toelichting = excluded.toelichting,
                    vastgelegd_door = excluded.vastgelegd_door, vastgelegd_op = excluded.vastgelegd_op""")
                .params(
                        id,
                        d.gemeentecode(),
                        k.voornaam(),
                        k.geboortedatum(),
                        soort.name(),
                        status.name(),
                        invoer.datum(),
                        toelichting,
                        gebruikers.huidige().gebruikersnaam(),
                        Timestamp.from(clock.instant()))
                .update();
        gewijzigd(d, "VVE-verwijzing");
        return weergave(d);
    }

    /**
     * I-2: records one of the two acts as done today by the signed-in user. Informing the parents needs children in
     * the household. Recorded once: a second time changes nothing.
     */
    @Transactional
    @MagDossierWijzigen
    Weergave legVast(UUID id, String handeling) {
        List<Violation> fouten = new ArrayList<>();
        Handeling h = waarde(Handeling.class, handeling, "handeling", "fout.vve.handeling", fouten);
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten); // as the JSON's form: before the lookup
        }
        Dossierfeiten d = dossier(id, Recht.DOSSIER_WIJZIGEN);
        if (h == null) {
            fouten.add(new Violation("handeling", "fout.vve.handeling", "I-2"));
        }
        if (h == Handeling.OUDERS_GEINFORMEERD && dossiers.kinderen(id).isEmpty()) {
            fouten.add(new Violation("handeling", "fout.vve.geenKinderen", "I-2"));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        int nieuw = jdbc.sql("""
                insert into vve_handeling (inburgeraar_id, gemeentecode, handeling, gedaan_op, vastgelegd_door,
                    vastgelegd_op)
                values (?, ?, ?, ?, ?, ?) on conflict (inburgeraar_id, handeling) do nothing""")
                .params(
                        id,
                        d.gemeentecode(),
                        h.name(),
                        LocalDate.now(clock),
                        gebruikers.huidige().gebruikersnaam(),
                        Timestamp.from(clock.instant()))
                .update();
        if (nieuw > 0) {
            gewijzigd(d, "I-2 vastgelegd");
        }
        return weergave(d);
    }

    private void gewijzigd(Dossierfeiten d, String detail) {
        auditLog.registreer(AuditActie.GEWIJZIGD, new AuditLog.Betrokkene(d.id(), d.gemeentecode()), detail);
        events.publishEvent(new TermijnfeitenGewijzigd(List.of(d.id())));
    }

    private record KindVerwijzing(Kind kind, Verwijzing verwijzing) {}

    private List<KindVerwijzing> verwijzingen(UUID id) {
        return jdbc.sql("""
                select kind_voornaam, kind_geboortedatum, soort, status, datum, toelichting, vastgelegd_door,
                    vastgelegd_op
                from vve_verwijzing where inburgeraar_id = ? order by kind_geboortedatum, kind_voornaam, soort""")
                .param(id)
                .query((rs, i) -> new KindVerwijzing(
                        new Kind(rs.getString("kind_voornaam"), rs.getObject("kind_geboortedatum", LocalDate.class)),
                        new Verwijzing(
                                VveSoort.valueOf(rs.getString("soort")),
                                Status.valueOf(rs.getString("status")),
                                rs.getObject("datum", LocalDate.class),
                                rs.getString("toelichting"),
                                rs.getString("vastgelegd_door"),
                                rs.getTimestamp("vastgelegd_op").toInstant())))
                .list();
    }

    private Weergave weergave(Dossierfeiten d) {
        LocalDate vandaag = LocalDate.now(clock);
        VveGrenzen grenzen = instellingen.grenzen(d.gemeentecode());
        List<KindVerwijzing> alle = verwijzingen(d.id());
        List<KindWeergave> kinderen = new ArrayList<>();
        for (Kind k : dossiers.kinderen(d.id())) {
            if (!grenzen.inBeeld(k.geboortedatum(), vandaag)) {
                continue; // too young for any provision, or too old: not on the list (I-2)
            }
            List<Verwijzing> eigen = alle.stream()
                    .filter(v -> v.kind().equals(k))
                    .map(KindVerwijzing::verwijzing)
                    .toList();
            boolean vve = grenzen.vveLeeftijd(k.geboortedatum(), vandaag);
            Period leeftijd = Period.between(k.geboortedatum(), vandaag);
            kinderen.add(new KindWeergave(
                    k.voornaam(),
                    k.geboortedatum(),
                    leeftijd.getYears(),
                    leeftijd.getMonths(),
                    vve,
                    Arrays.stream(VveSoort.values())
                            .filter(s -> grenzen.inAanmerking(s, k.geboortedatum(), vandaag))
                            .toList(),
                    grenzen.tot(k.geboortedatum()).minusDays(1),
                    eigen,
                    vve && eigen.stream().noneMatch(v -> v.status().besluit())));
        }
        List<HandelingWeergave> handelingen = handelingen(d.id());
        boolean vveKind = kinderen.stream().anyMatch(KindWeergave::vveLeeftijd);
        boolean aandacht = kinderen.stream().anyMatch(KindWeergave::besluitNodig)
                || vveKind && handelingen.stream().anyMatch(h -> !h.gedaan());
        return new Weergave(
                d.id(),
                dossiers.namen(List.of(d.id())).getOrDefault(d.id(), ""),
                vandaag,
                grenzen,
                kinderen,
                handelingen,
                aandacht);
    }

    /**
     * I-2 for the intake's completion: its checklist with the acts recorded here counted as ticked (a recorded act
     * was done, whatever the draft's tick says).
     */
    Intake.Checklist checklist(UUID id, Intake.Checklist intake) {
        List<String> vastgelegd = jdbc.sql("select handeling from vve_handeling where inburgeraar_id = ?")
                .param(id)
                .query(String.class)
                .list();
        return new Intake.Checklist(
                vastgelegd.contains(Handeling.OUDERS_GEINFORMEERD.name())
                        ? Boolean.TRUE
                        : intake.vveInformatieGegeven(),
                intake.zonderPartnerAangeboden() || vastgelegd.contains(Handeling.ZONDER_PARTNER.name()),
                intake.tolkAangeboden());
    }

    /** The two acts: recorded here, or ticked in the brede intake's checklist. */
    List<HandelingWeergave> handelingen(UUID id) {
        record Vastgelegd(LocalDate op, String door) {}
        Map<Handeling, Vastgelegd> vastgelegd = new EnumMap<>(Handeling.class);
        jdbc.sql("select handeling, gedaan_op, vastgelegd_door from vve_handeling where inburgeraar_id = ?")
                .param(id)
                .query(rs -> {
                    vastgelegd.put(
                            Handeling.valueOf(rs.getString("handeling")),
                            new Vastgelegd(
                                    rs.getObject("gedaan_op", LocalDate.class), rs.getString("vastgelegd_door")));
                });
        boolean[] intake = jdbc.sql(
                        "select vve_informatie_gegeven, zonder_partner_aangeboden from intake where inburgeraar_id = ?")
                .param(id)
                .query((rs, i) -> new boolean[] {
                    rs.getBoolean("vve_informatie_gegeven"), rs.getBoolean("zonder_partner_aangeboden")
                })
                .optional()
                .orElse(new boolean[] {false, false});
        List<HandelingWeergave> lijst = new ArrayList<>();
        for (Handeling h : Handeling.values()) {
            Vastgelegd v = vastgelegd.get(h);
            lijst.add(new HandelingWeergave(
                    h,
                    v == null ? null : v.op(),
                    v == null ? null : v.door(),
                    intake[h == Handeling.OUDERS_GEINFORMEERD ? 0 : 1]));
        }
        return lijst;
    }

    private Dossierfeiten dossier(UUID id, Recht recht) {
        toegang.eis(recht, id);
        return dossiers.van(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }

    /** The constant named, null when none is given; an unknown name is a violation. */
    private static <E extends Enum<E>> E waarde(
            Class<E> type, String tekst, String veld, String sleutel, List<Violation> fouten) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, tekst.strip());
        } catch (IllegalArgumentException e) {
            fouten.add(new Violation(veld, sleutel, "I-2"));
            return null;
        }
    }

    private static String datum(LocalDate d) {
        return InburgeringTermijnen.datum(d);
    }
}
