package nl.inburgeringsregie.afspraken;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.gebruikers.MagAfsprakenInzien;
import nl.inburgeringsregie.gebruikers.MagAfsprakenPlannen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Relatie;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Codes;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.privacy.Doelbinding;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments with a person and their interpreters (issue 17, ADR 0038; rule book I-1: a conversation with an
 * interpreter where needed). Every call passes the access decision first: staff of the gemeente reach its persons, a
 * begeleider of a partner organisation only the persons assigned to their organisation (relationship PARTNER, ADR 0036)
 * and only their begeleiding appointments (T-9); a person the user may not reach answers 404 as a missing one, the row
 * security of V41_1 follows the same rule. Every list that shows appointments of a person is audited, with the purpose
 * of the user's relationship (the Wet inburgering for the gemeente's staff, maatschappelijke begeleiding for a partner).
 * Times are planned and shown in Europe/Amsterdam and stored as instants.
 */
@Service
class Afspraken {

    /** Where appointments are planned: every date and time a user types or reads is local to it. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** How far ahead an appointment may be planned: the three years of the inburgeringstermijn (T-3). */
    static final int MAXIMUM_JAREN_VOORUIT = 3;

    static final int MAXIMUM_PLAATS = 200;
    static final int MAXIMUM_TOLK_BIJ = 200;

    /** "Tolk nog te boeken" of one gemeente, soonest first, from a keyset cursor (aanvang, id). */
    static final String TOLK_TE_BOEKEN = """
            select * from afspraak a
            where a.tolk_nodig and not a.tolk_geboekt and a.status = 'GEPLAND'
              and a.gemeentecode = ?::char(4) and (a.aanvang, a.id) > (?, ?)
            order by a.aanvang, a.id limit ?""";

    /** The same for a user of several gemeenten (a team lead of two). */
    static final String TOLK_TE_BOEKEN_GEMEENTEN = """
            select * from afspraak a
            where a.tolk_nodig and not a.tolk_geboekt and a.status = 'GEPLAND'
              and a.gemeentecode = any(?::char(4)[]) and (a.aanvang, a.id) > (?, ?)
            order by a.aanvang, a.id limit ?""";

    /** An appointment as screens and the API show it; {@code aanvang} with Amsterdam's offset of that day. */
    record Weergave(
            UUID id,
            UUID inburgeraarId,
            String naam,
            Afspraak.Soort soort,
            OffsetDateTime aanvang,
            String plaats,
            String geplandDoor,
            boolean tolkNodig,
            String tolkTaal,
            String tolkTaalNaam,
            boolean tolkGeboekt,
            String tolkBij,
            String tolkGeboektDoor,
            OffsetDateTime tolkGeboektOp,
            Afspraak.Status status,
            boolean tolkTeBoeken) {}

    /** A page of appointments; {@code volgende}: the cursor of the next page, null on the last. */
    record Pagina(List<Weergave> afspraken, String volgende) {}

    /**
     * A new appointment as typed: date and time in Europe/Amsterdam. {@code tolkNodig} and {@code tolkTaal} null take
     * the dossier's recorded interpreter need and language.
     */
    record Invoer(
            Afspraak.Soort soort, LocalDate datum, LocalTime tijd, String plaats, Boolean tolkNodig, String tolkTaal) {}

    /** What the planning form starts with: the dossier's interpreter need and language, the kinds the user may plan. */
    record Voorstel(boolean tolkNodig, String tolkTaal, List<Afspraak.Soort> soorten) {}

    private final JdbcClient jdbc;
    private final DossierfeitenLezer dossiers;
    private final Toegang toegang;
    private final Gebruikers gebruikers;
    private final AuditLog auditLog;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    Afspraken(
            JdbcClient jdbc,
            DossierfeitenLezer dossiers,
            Toegang toegang,
            Gebruikers gebruikers,
            AuditLog auditLog,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.toegang = toegang;
        this.gebruikers = gebruikers;
        this.auditLog = auditLog;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** The person's appointments in time order, a page at a time; audited as a read of the person. */
    @Transactional
    @MagAfsprakenInzien
    public Pagina vanDossier(UUID inburgeraarId, String volgende, int grootte) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.AFSPRAKEN_INZIEN);
        Cursor cursor = Cursor.lees(volgende);
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        List<Afspraak> rijen = jdbc.sql("select * from afspraak a where a.inburgeraar_id = ?"
                        + (gebruiker.werktVoor(d.gemeentecode()) ? "" : " and a.soort = 'BEGELEIDING'")
                        + " and (a.aanvang, a.id) > (?, ?) order by a.aanvang, a.id limit ?")
                .params(inburgeraarId, Timestamp.from(cursor.aanvang()), cursor.id(), grootte + 1)
                .query(Afspraken::afspraak)
                .list();
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN,
                new AuditLog.Betrokkene(inburgeraarId, d.gemeentecode()),
                "afspraken",
                doel(gebruiker, d.gemeentecode()));
        return pagina(rijen, grootte);
    }

    /**
     * "Tolk nog te boeken": the future appointments that need an interpreter not yet booked, soonest first, of the
     * user's gemeenten (staff) or of the persons assigned to the user's partner organisation (a begeleider: their
     * begeleiding appointments). Each person listed is audited as shown in a list.
     */
    @Transactional
    @MagAfsprakenInzien
    public Pagina tolkTeBoeken(String volgende, int grootte) {
        Cursor cursor = Cursor.lees(volgende);
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        Instant nu = clock.instant();
        Instant vanaf = cursor.aanvang().isAfter(nu) ? cursor.aanvang() : nu;
        UUID na = cursor.aanvang().isAfter(nu) ? cursor.id() : Cursor.KLEINSTE;
        List<Afspraak> rijen;
        if (viaGemeente(gebruiker)) {
            if (gebruiker.gemeenten().isEmpty()) {
                return new Pagina(List.of(), null);
            }
            // Served by afspraak_tolk_te_boeken_idx (gemeentecode, aanvang, id) in the list's order; for a user of
            // one gemeente (nearly everyone) an equality, so the index scan returns the rows already in order.
            List<String> gemeenten = gebruiker.gemeenten();
            rijen = jdbc.sql(gemeenten.size() == 1 ? TOLK_TE_BOEKEN : TOLK_TE_BOEKEN_GEMEENTEN)
                    .params(
                            gemeenten.size() == 1 ? gemeenten.getFirst() : gemeenten.toArray(String[]::new),
                            Timestamp.from(vanaf),
                            na,
                            grootte + 1)
                    .query(Afspraken::afspraak)
                    .list();
        } else {
            // Served by afspraak_tolk_te_boeken_begeleiding_idx (aanvang, id), filtered by the organisation.
            rijen = jdbc.sql("""
                            select * from afspraak a
                            where a.tolk_nodig and not a.tolk_geboekt and a.status = 'GEPLAND'
                              and a.soort = 'BEGELEIDING' and (a.aanvang, a.id) > (?, ?)
                              and exists (select 1 from begeleiding b
                                          join partner_gebruiker g on g.partner_id = b.partner_id
                                          where b.inburgeraar_id = a.inburgeraar_id and g.gebruikersnaam = ?)
                            order by a.aanvang, a.id limit ?""")
                    .params(Timestamp.from(vanaf), na, gebruiker.gebruikersnaam(), grootte + 1)
                    .query(Afspraken::afspraak)
                    .list();
        }
        Pagina pagina = pagina(rijen, grootte);
        List<AuditLog.Betrokkene> betrokkenen = pagina.afspraken().stream()
                .map(w -> new AuditLog.Betrokkene(w.inburgeraarId(), gemeente(rijen, w.id())))
                .toList();
        if (!betrokkenen.isEmpty()) {
            auditLog.registreerElk(
                    AuditActie.IN_ZOEKRESULTAAT,
                    betrokkenen,
                    betrokkenen.stream().map(b -> "tolk-te-boeken").toList(),
                    viaGemeente(gebruiker) ? Doelbinding.UITVOERING_WET_INBURGERING : Doelbinding.BEGELEIDING);
        }
        return pagina;
    }

    /** What the planning form of this person starts with (no audit: the page that shows it audits its read). */
    @Transactional(readOnly = true)
    @MagAfsprakenPlannen
    public Voorstel voorstel(UUID inburgeraarId) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.AFSPRAKEN_PLANNEN);
        Optional<String> taal = dossiers.tolkTaal(inburgeraarId);
        return new Voorstel(taal.isPresent(), taal.orElse(null), soorten(gebruikers.huidige(), d.gemeentecode()));
    }

    /**
     * Plans an appointment. The interpreter's need and language default to the dossier's; every broken rule is named
     * (kind, date, time, language) and nothing is stored when one is.
     */
    @Transactional
    @MagAfsprakenPlannen
    public Weergave plan(UUID inburgeraarId, Invoer invoer) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.AFSPRAKEN_PLANNEN);
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        List<Violation> fouten = new ArrayList<>();
        Afspraak.Soort soort = invoer.soort();
        String regel = soort == null ? null : soort.regel();
        if (soort == null) {
            fouten.add(new Violation("soort", "fout.afspraak.soortVerplicht", null));
        } else if (!soorten(gebruiker, d.gemeentecode()).contains(soort)) {
            fouten.add(new Violation("soort", "fout.afspraak.soortBegeleider", "T-9"));
        }
        Instant aanvang = null;
        if (invoer.datum() == null) {
            fouten.add(new Violation("datum", "fout.afspraak.datumVerplicht", regel));
        }
        if (invoer.tijd() == null) {
            fouten.add(new Violation("tijd", "fout.afspraak.tijdVerplicht", regel));
        }
        if (invoer.datum() != null && invoer.tijd() != null) {
            LocalDateTime lokaal =
                    LocalDateTime.of(invoer.datum(), invoer.tijd().withSecond(0).withNano(0));
            ZonedDateTime moment = ZonedDateTime.ofLocal(lokaal, ZONE, null);
            LocalDate vandaag = LocalDate.now(clock.withZone(ZONE));
            if (!moment.toLocalDateTime().equals(lokaal)) {
                // The hour the clocks skip when summer time starts (02:00-03:00 on the last Sunday of March).
                fouten.add(new Violation("tijd", "fout.afspraak.tijdBestaatNiet", regel));
            } else if (!moment.toInstant().isAfter(clock.instant())) {
                fouten.add(new Violation("datum", "fout.afspraak.inHetVerleden", regel));
            } else if (invoer.datum().isAfter(vandaag.plusYears(MAXIMUM_JAREN_VOORUIT))) {
                fouten.add(new Violation("datum", "fout.afspraak.teVerVooruit", regel, MAXIMUM_JAREN_VOORUIT));
            } else {
                aanvang = moment.toInstant();
            }
        }
        String plaats = leeg(invoer.plaats());
        if (plaats != null && plaats.length() > MAXIMUM_PLAATS) {
            fouten.add(new Violation("plaats", "fout.afspraak.plaatsTeLang", null, MAXIMUM_PLAATS));
        }
        Optional<String> dossierTaal = dossiers.tolkTaal(inburgeraarId);
        boolean tolkNodig = invoer.tolkNodig() == null ? dossierTaal.isPresent() : invoer.tolkNodig();
        String taal = leeg(invoer.tolkTaal());
        if (tolkNodig && taal == null && invoer.tolkNodig() == null) {
            taal = dossierTaal.orElse(null);
        }
        if (!tolkNodig) {
            taal = null;
        } else if (taal == null) {
            fouten.add(new Violation("tolkTaal", "fout.afspraak.tolkTaalVerplicht", "I-1"));
        } else if (!Codes.isTaal(taal)) {
            fouten.add(new Violation("tolkTaal", "fout.afspraak.tolkTaalOnbekend", "I-1", taal));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into afspraak (id, inburgeraar_id, gemeentecode, soort, aanvang, plaats, gepland_door,
                                              gepland_op, tolk_nodig, tolk_taal)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        inburgeraarId,
                        d.gemeentecode(),
                        soort.name(),
                        Timestamp.from(aanvang),
                        plaats,
                        gebruiker.gebruikersnaam(),
                        Timestamp.from(clock.instant()),
                        tolkNodig,
                        taal)
                .update();
        return gewijzigd(d, gebruiker, id, "afspraak.gepland");
    }

    /**
     * Records the interpreter booked (I-1) with the bureau or interpreter named, by the signed-in user now. The same
     * booking again (a second click) changes nothing; a booking with someone else after it is refused (409), so two
     * users never book two interpreters unseen. An appointment that needs no interpreter cannot be booked (400).
     */
    @Transactional
    @MagAfsprakenPlannen
    public Weergave boekTolk(UUID inburgeraarId, UUID afspraakId, String tolkBij) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.AFSPRAKEN_PLANNEN);
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        Afspraak a = afspraak(d, gebruiker, afspraakId, true);
        String bij = leeg(tolkBij);
        List<Violation> fouten = new ArrayList<>();
        if (!a.tolkNodig()) {
            fouten.add(new Violation("tolkNodig", "fout.afspraak.geenTolkNodig", "I-1"));
        }
        if (bij == null) {
            fouten.add(new Violation("tolkBij", "fout.afspraak.tolkBijVerplicht", "I-1"));
        } else if (bij.length() > MAXIMUM_TOLK_BIJ) {
            fouten.add(new Violation("tolkBij", "fout.afspraak.tolkBijTeLang", null, MAXIMUM_TOLK_BIJ));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        if (a.tolkGeboekt()) {
            if (a.tolkBij().equalsIgnoreCase(bij)) {
                return weergave(a, naam(d));
            }
            throw new ConflictException(
                    berichten.getMessage("fout.afspraak.alGeboekt", new Object[] {a.tolkBij()}),
                    null,
                    "tolkBij",
                    "I-1");
        }
        if (a.status() != Afspraak.Status.GEPLAND) {
            throw new ConflictException(berichten.getMessage("fout.afspraak.nietGepland"), null, "status", "I-1");
        }
        int gewijzigd = jdbc.sql("""
                        update afspraak set tolk_geboekt = true, tolk_bij = ?, tolk_geboekt_door = ?, tolk_geboekt_op = ?
                        where id = ? and not tolk_geboekt and status = 'GEPLAND'""")
                .params(bij, gebruiker.gebruikersnaam(), Timestamp.from(clock.instant()), afspraakId)
                .update();
        if (gewijzigd == 0) {
            // Not reached: the row is locked since it was read (for update).
            throw new ConflictException(berichten.getMessage("fout.afspraak.nietGepland"), null, "status", "I-1");
        }
        return gewijzigd(d, gebruiker, afspraakId, "afspraak.tolkGeboekt");
    }

    /** Cancels a planned appointment; cancelling it again changes nothing; a held one cannot be cancelled (409). */
    @Transactional
    @MagAfsprakenPlannen
    public Weergave annuleer(UUID inburgeraarId, UUID afspraakId) {
        return sluit(inburgeraarId, afspraakId, Afspraak.Status.GEANNULEERD);
    }

    /** Marks an appointment held, once it has started; again changes nothing; a cancelled one cannot (409). */
    @Transactional
    @MagAfsprakenPlannen
    public Weergave gehouden(UUID inburgeraarId, UUID afspraakId) {
        return sluit(inburgeraarId, afspraakId, Afspraak.Status.GEHOUDEN);
    }

    private Weergave sluit(UUID inburgeraarId, UUID afspraakId, Afspraak.Status status) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.AFSPRAKEN_PLANNEN);
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        Afspraak a = afspraak(d, gebruiker, afspraakId, true);
        if (a.status() == status) {
            return weergave(a, naam(d));
        }
        if (a.status() != Afspraak.Status.GEPLAND) {
            throw new ConflictException(berichten.getMessage("fout.afspraak.nietGepland"), null, "status", null);
        }
        if (status == Afspraak.Status.GEHOUDEN && a.aanvang().isAfter(clock.instant())) {
            throw new InvalidInputException(
                    "status", "fout.afspraak.nogNietBegonnen", a.soort().regel());
        }
        jdbc.sql("update afspraak set status = ?, status_door = ?, status_op = ? where id = ? and status = 'GEPLAND'")
                .params(status.name(), gebruiker.gebruikersnaam(), Timestamp.from(clock.instant()), afspraakId)
                .update();
        return gewijzigd(
                d,
                gebruiker,
                afspraakId,
                status == Afspraak.Status.GEHOUDEN ? "afspraak.gehouden" : "afspraak.geannuleerd");
    }

    private Weergave gewijzigd(Dossierfeiten d, HuidigeGebruiker gebruiker, UUID afspraakId, String detail) {
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(d.id(), d.gemeentecode()),
                detail,
                doel(gebruiker, d.gemeentecode()));
        return weergave(afspraak(d, gebruiker, afspraakId, false), naam(d));
    }

    /** The appointment of this person, 404 when it is not theirs or not one the user may see (another kind). */
    private Afspraak afspraak(Dossierfeiten d, HuidigeGebruiker gebruiker, UUID afspraakId, boolean vergrendel) {
        return jdbc.sql("select * from afspraak a where a.id = ? and a.inburgeraar_id = ?"
                        + (gebruiker.werktVoor(d.gemeentecode()) ? "" : " and a.soort = 'BEGELEIDING'")
                        + (vergrendel ? " for update" : ""))
                .params(afspraakId, d.id())
                .query(Afspraken::afspraak)
                .optional()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.afspraak.nietGevonden")));
    }

    /** Staff of the gemeente plan every kind; a partner's begeleider only begeleiding appointments (T-9). */
    private static List<Afspraak.Soort> soorten(HuidigeGebruiker gebruiker, String gemeentecode) {
        return gebruiker.werktVoor(gemeentecode)
                ? List.of(Afspraak.Soort.values())
                : List.of(Afspraak.Soort.BEGELEIDING);
    }

    /** Whether the user reaches persons through the gemeente with this right (staff), not through a partner. */
    private static boolean viaGemeente(HuidigeGebruiker gebruiker) {
        return gebruiker.rollen().stream()
                .anyMatch(r -> r.heeft(Recht.AFSPRAKEN_INZIEN) && r.bereiktVia(Relatie.GEMEENTE));
    }

    private static Doelbinding doel(HuidigeGebruiker gebruiker, String gemeentecode) {
        return gebruiker.werktVoor(gemeentecode) ? Doelbinding.UITVOERING_WET_INBURGERING : Doelbinding.BEGELEIDING;
    }

    private Dossierfeiten dossier(UUID inburgeraarId, Recht recht) {
        toegang.eis(recht, inburgeraarId);
        return dossiers.van(List.of(inburgeraarId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }

    private String naam(Dossierfeiten d) {
        return dossiers.namen(List.of(d.id())).get(d.id());
    }

    private Pagina pagina(List<Afspraak> rijen, int grootte) {
        List<Afspraak> deze = rijen.size() > grootte ? rijen.subList(0, grootte) : rijen;
        Map<UUID, String> namen = dossiers.namen(
                deze.stream().map(Afspraak::inburgeraarId).distinct().toList());
        String volgende = rijen.size() > grootte
                ? Cursor.van(deze.getLast().aanvang(), deze.getLast().id())
                : null;
        return new Pagina(
                deze.stream()
                        .map(a -> weergave(a, namen.get(a.inburgeraarId())))
                        .toList(),
                volgende);
    }

    private static String gemeente(List<Afspraak> rijen, UUID afspraakId) {
        return rijen.stream()
                .filter(a -> a.id().equals(afspraakId))
                .findFirst()
                .map(Afspraak::gemeentecode)
                .orElseThrow();
    }

    private static Weergave weergave(Afspraak a, String naam) {
        return new Weergave(
                a.id(),
                a.inburgeraarId(),
                naam,
                a.soort(),
                a.aanvang().atZone(ZONE).toOffsetDateTime(),
                a.plaats(),
                a.geplandDoor(),
                a.tolkNodig(),
                a.tolkTaal(),
                a.tolkTaal() == null ? null : Codes.talenOpNaam().getOrDefault(a.tolkTaal(), a.tolkTaal()),
                a.tolkGeboekt(),
                a.tolkBij(),
                a.tolkGeboektDoor(),
                a.tolkGeboektOp() == null
                        ? null
                        : a.tolkGeboektOp().atZone(ZONE).toOffsetDateTime(),
                a.status(),
                a.tolkTeBoeken());
    }

    static Afspraak afspraak(ResultSet rs, int rij) throws SQLException {
        return new Afspraak(
                rs.getObject("id", UUID.class),
                rs.getObject("inburgeraar_id", UUID.class),
                rs.getString("gemeentecode"),
                Afspraak.Soort.valueOf(rs.getString("soort")),
                rs.getTimestamp("aanvang").toInstant(),
                rs.getString("plaats"),
                rs.getString("gepland_door"),
                rs.getTimestamp("gepland_op").toInstant(),
                rs.getBoolean("tolk_nodig"),
                rs.getString("tolk_taal"),
                rs.getBoolean("tolk_geboekt"),
                rs.getString("tolk_bij"),
                rs.getString("tolk_geboekt_door"),
                tijdstip(rs, "tolk_geboekt_op"),
                Afspraak.Status.valueOf(rs.getString("status")),
                rs.getString("status_door"),
                tijdstip(rs, "status_op"));
    }

    private static Instant tijdstip(ResultSet rs, String kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * A keyset cursor over (aanvang, id): "millis_uuid". A malformed one is refused with 400 on {@code volgende}, never
     * a 500.
     */
    record Cursor(Instant aanvang, UUID id) {

        /** The smallest uuid as PostgreSQL orders them (bytewise). */
        static final UUID KLEINSTE = new UUID(0, 0);

        static final Cursor BEGIN = new Cursor(Instant.EPOCH, KLEINSTE);

        static String van(Instant aanvang, UUID id) {
            return aanvang.toEpochMilli() + "_" + id;
        }

        static Cursor lees(String tekst) {
            if (tekst == null || tekst.isBlank()) {
                return BEGIN;
            }
            int streep = tekst.indexOf('_');
            try {
                if (streep < 1) {
                    throw new IllegalArgumentException(tekst);
                }
                return new Cursor(
                        Instant.ofEpochMilli(Long.parseLong(tekst.substring(0, streep))),
                        UUID.fromString(tekst.substring(streep + 1)));
            } catch (RuntimeException e) {
                throw new InvalidInputException("volgende", "fout.cursor", null);
            }
        }
    }
}
