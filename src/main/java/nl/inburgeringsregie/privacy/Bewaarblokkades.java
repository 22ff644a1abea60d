package nl.inburgeringsregie.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagPrivacyrechtenBeheren;
import nl.inburgeringsregie.infrastructure.fouten.ConflictException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.privacy.AuditLog.Betrokkene;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds (issue 14 point 16): while a hold is active, retention neither destroys the dossier nor erases its
 * health data (bezwaar, beroep or a claim running). Set and lifted by the privacy officer with a reason, journaled on
 * the dossier and audited. At most one active hold per dossier.
 */
@Service
class Bewaarblokkades {

    /** A hold; {@code opgehevenOp} null while active. */
    public record Blokkade(
            long id,
            UUID inburgeraarId,
            String gemeentecode,
            String reden,
            String gezetDoor,
            Instant gezetOp,
            String opgehevenDoor,
            Instant opgehevenOp,
            String opheffingReden) {}

    /** One line of the record of destruction. */
    public record Vernietiging(
            UUID inburgeraarId, String gemeentecode, String categorie, LocalDate eindePlicht, Instant uitgevoerdOp) {}

    private final JdbcClient jdbc;
    private final Dossierregister dossiers;
    private final AuditLog auditLog;
    private final Gebruikers gebruikers;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    Bewaarblokkades(
            JdbcClient jdbc,
            Dossierregister dossiers,
            AuditLog auditLog,
            Gebruikers gebruikers,
            ApplicationEventPublisher events,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.auditLog = auditLog;
        this.gebruikers = gebruikers;
        this.events = events;
        this.berichten = berichten;
        this.clock = clock;
    }

    @Transactional
    @MagPrivacyrechtenBeheren
    public Blokkade zet(String dossiernummer, String reden) {
        UUID id = dossierId(dossiernummer);
        Dossierregister.Dossier dossier = dossiers.opId(id)
                .filter(d -> gebruikers.huidige().werktVoor(d.gemeentecode()))
                .orElseThrow(() ->
                        new InvalidInputException("dossier", berichten.getMessage("blokkade.fout.dossier"), null));
        String tekst = verplicht(reden, "reden", "blokkade.fout.reden");
        String gebruiker = gebruikers.huidige().gebruikersnaam();
        Instant nu = Instant.now(clock);
        long nieuw;
        try {
            nieuw = jdbc.sql("""
                    insert into bewaarblokkade (inburgeraar_id, gemeentecode, reden, gezet_door, gezet_op)
                    values (?, ?, ?, ?, ?) returning id""")
                    .params(id, dossier.gemeentecode(), tekst, gebruiker, Timestamp.from(nu))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(berichten.getMessage("blokkade.fout.alActief"), null);
        }
        Betrokkene betrokkene = new Betrokkene(id, dossier.gemeentecode());
        auditLog.registreer(
                AuditActie.GEWIJZIGD, betrokkene, "bewaarblokkade gezet", Doelbinding.BEWAREN_EN_VERNIETIGEN);
        events.publishEvent(new PrivacyGebeurtenis(
                id, berichten.getMessage("journaal.privacy.blokkadeGezet", new Object[] {tekst}), gebruiker, nu));
        return vind(nieuw);
    }

    @Transactional
    @MagPrivacyrechtenBeheren
    public Blokkade hefOp(long blokkade, String reden) {
        Blokkade b = vind(blokkade);
        if (b.opgehevenOp() != null) {
            throw new ConflictException(berichten.getMessage("blokkade.fout.alOpgeheven"), null);
        }
        String tekst = verplicht(reden, "reden", "blokkade.fout.opheffingReden");
        String gebruiker = gebruikers.huidige().gebruikersnaam();
        Instant nu = Instant.now(clock);
        jdbc.sql("""
                update bewaarblokkade set opgeheven_door = ?, opgeheven_op = ?, opheffing_reden = ?
                where id = ? and opgeheven_op is null""").params(gebruiker, Timestamp.from(nu), tekst, blokkade).update();
        Betrokkene betrokkene = new Betrokkene(b.inburgeraarId(), b.gemeentecode());
        auditLog.registreer(
                AuditActie.GEWIJZIGD, betrokkene, "bewaarblokkade opgeheven", Doelbinding.BEWAREN_EN_VERNIETIGEN);
        events.publishEvent(new PrivacyGebeurtenis(
                b.inburgeraarId(),
                berichten.getMessage("journaal.privacy.blokkadeOpgeheven", new Object[] {tekst}),
                gebruiker,
                nu));
        return vind(blokkade);
    }

    /** The active holds of the user's gemeenten, newest first. */
    @Transactional(readOnly = true)
    @MagPrivacyrechtenBeheren
    public List<Blokkade> actief() {
        return jdbc.sql(
                        "select * from bewaarblokkade where gemeentecode = any(?) and opgeheven_op is null order by gezet_op desc, id desc")
                .param(gemeenten())
                .query(Bewaarblokkades::blokkade)
                .list();
    }

    /** The newest lines of the record of destruction of the user's gemeenten. */
    @Transactional(readOnly = true)
    @MagPrivacyrechtenBeheren
    public List<Vernietiging> vernietigingen(int max) {
        return jdbc.sql(
                        "select * from vernietiging where gemeentecode = any(?) order by uitgevoerd_op desc, id desc limit ?")
                .params(gemeenten(), max)
                .query((rs, i) -> new Vernietiging(
                        rs.getObject("inburgeraar_id", UUID.class),
                        rs.getString("gemeentecode"),
                        rs.getString("categorie"),
                        rs.getDate("einde_plicht") == null
                                ? null
                                : rs.getDate("einde_plicht").toLocalDate(),
                        rs.getTimestamp("uitgevoerd_op").toInstant()))
                .list();
    }

    private Blokkade vind(long id) {
        return jdbc.sql("select * from bewaarblokkade where id = ? and gemeentecode = any(?)")
                .params(id, gemeenten())
                .query(Bewaarblokkades::blokkade)
                .optional()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("blokkade.fout.nietGevonden")));
    }

    private UUID dossierId(String dossiernummer) {
        try {
            return UUID.fromString(dossiernummer == null ? "" : dossiernummer.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("dossier", berichten.getMessage("blokkade.fout.dossier"), null);
        }
    }

    private String verplicht(String waarde, String veld, String sleutel) {
        String tekst = waarde == null ? "" : waarde.trim();
        if (tekst.isEmpty()) {
            throw new InvalidInputException(veld, berichten.getMessage(sleutel), null);
        }
        if (tekst.length() > Privacyverzoeken.MAX_TEKST) {
            throw new InvalidInputException(
                    veld, berichten.getMessage("verzoek.fout.lang", new Object[] {Privacyverzoeken.MAX_TEKST}), null);
        }
        return tekst;
    }

    private String[] gemeenten() {
        return gebruikers.huidige().gemeenten().toArray(String[]::new);
    }

    private static Blokkade blokkade(ResultSet rs, int rij) throws SQLException {
        Timestamp opgeheven = rs.getTimestamp("opgeheven_op");
        return new Blokkade(
                rs.getLong("id"),
                rs.getObject("inburgeraar_id", UUID.class),
                rs.getString("gemeentecode"),
                rs.getString("reden"),
                rs.getString("gezet_door"),
                rs.getTimestamp("gezet_op").toInstant(),
                rs.getString("opgeheven_door"),
                opgeheven == null ? null : opgeheven.toInstant(),
                rs.getString("opheffing_reden"));
    }
}
