package nl.inburgeringsregie.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.inburgeraar.Bsn;
import nl.inburgeringsregie.inburgeraar.Codes;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.intake.Intake.LeefgebiedVerslag;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports COA's warme overdracht (I-4) so the intake starts pre-filled: each profile fills the leefgebieden it
 * speaks of where the consultant has not written anything yet, marked with its source ("COA, 12-01-2026"). A file
 * is imported whole or not at all: every problem of every row is reported, by row and field. Importing the same
 * profile again changes nothing.
 */
@Beslist("I-4")
@Service
public class CoaOverdrachten {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** The report of one row: the dossier it went to, and whether it was new. */
    public record Resultaat(int rij, UUID inburgeraarId, boolean nieuw) {}

    private final IntakeRepository intakes;
    private final DossierfeitenLezer dossiers;
    private final JdbcClient jdbc;
    private final Gebruikers gebruikers;
    private final AuditLog auditLog;
    private final MessageSourceAccessor berichten;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CoaOverdrachten(
            IntakeRepository intakes,
            DossierfeitenLezer dossiers,
            JdbcClient jdbc,
            Gebruikers gebruikers,
            AuditLog auditLog,
            MessageSourceAccessor berichten,
            Clock clock,
            ApplicationEventPublisher events) {
        this.intakes = intakes;
        this.dossiers = dossiers;
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.auditLog = auditLog;
        this.berichten = berichten;
        this.clock = clock;
        this.events = events;
    }

    /** Imports all profiles in one transaction, or none; rows are numbered from 1. */
    @Transactional
    @MagDossierWijzigen
    public List<Resultaat> importeer(List<CoaProfiel> profielen) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        List<Violation> fouten = new ArrayList<>();
        List<UUID> doelen = new ArrayList<>();
        if (profielen.isEmpty()) {
            throw new InvalidInputException("rijen", berichten.getMessage("fout.coa.leeg"), "I-4");
        }
        for (int i = 0; i < profielen.size(); i++) {
            doelen.add(controleer(i + 1, profielen.get(i), gebruiker, fouten));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        List<Resultaat> resultaten = new ArrayList<>();
        for (int i = 0; i < profielen.size(); i++) {
            resultaten.add(neemOver(i + 1, profielen.get(i), doelen.get(i), gebruiker));
        }
        return resultaten;
    }

    private UUID controleer(int rij, CoaProfiel p, HuidigeGebruiker gebruiker, List<Violation> fouten) {
        String r = "rijen[" + rij + "].";
        int voor = fouten.size();
        if (p.bsn() == null || !p.bsn().matches("\\d{9}") || !Bsn.isGeldig(p.bsn())) {
            fout(fouten, r + "bsn", "fout.coa.bsn");
        }
        if (p.gemeentecode() == null || !gebruiker.werktVoor(p.gemeentecode())) {
            fout(fouten, r + "gemeentecode", "fout.coa.gemeente");
        }
        if (p.datumOverdracht() == null) {
            fout(fouten, r + "datumOverdracht", "fout.coa.datum");
        } else if (p.datumOverdracht().isAfter(LocalDate.now(clock))) {
            fout(fouten, r + "datumOverdracht", "fout.datum.toekomst");
        }
        if (p.landVanHerkomst() != null && !Codes.isLand(p.landVanHerkomst())) {
            fout(fouten, r + "landVanHerkomst", "fout.coa.land");
        }
        for (int t = 0; t < p.talen().size(); t++) {
            if (!Codes.isTaal(p.talen().get(t))) {
                fout(fouten, r + "talen[" + t + "]", "fout.coa.taal");
            }
        }
        if (p.gezondheidssignalen() != null
                && !p.gezondheidssignalen().isBlank()
                && !Boolean.TRUE.equals(p.toestemmingGezondheid())) {
            fouten.add(new Violation(r + "gezondheidssignalen", berichten.getMessage("fout.coa.toestemming"), "I-5"));
        }
        for (String tekst : new String[] {
            p.huishouden(),
            p.opleiding(),
            p.werkervaring(),
            p.zichtbareBeperkingen(),
            p.gezondheidssignalen(),
            p.wensen(),
            p.voorinburgering()
        }) {
            if (tekst != null && tekst.length() > IntakeRegels.MAX_TEKST) {
                fouten.add(new Violation(
                        r + "tekst",
                        berichten.getMessage("fout.tekst.lang", new Object[] {IntakeRegels.MAX_TEKST}),
                        null));
                break;
            }
        }
        if (fouten.size() > voor) {
            return null;
        }
        Optional<UUID> id = dossiers.idVan(p.gemeentecode(), p.bsn());
        if (id.isEmpty()) {
            fouten.add(new Violation(r + "bsn", berichten.getMessage("fout.coa.geenDossier"), "I-4"));
            return null;
        }
        Intake bestaand = intakes.findById(id.get()).orElse(null);
        if (bestaand != null && !bestaand.mag(IntakeActie.COA_OVERNEMEN)) {
            fouten.add(new Violation(r + "bsn", berichten.getMessage("fout.coa.afgerond"), "I-4"));
        }
        return id.get();
    }

    private Resultaat neemOver(int rij, CoaProfiel p, UUID id, HuidigeGebruiker gebruiker) {
        String sleutel = sleutel(p);
        boolean nieuw = jdbc.sql("""
                insert into coa_overdracht (sleutel, inburgeraar_id, gemeentecode, datum_overdracht, geimporteerd_op, geimporteerd_door)
                values (?, ?, ?, ?, ?, ?) on conflict (sleutel) do nothing""")
                        .params(
                                sleutel,
                                id,
                                p.gemeentecode(),
                                p.datumOverdracht(),
                                Timestamp.from(Instant.now(clock)),
                                gebruiker.gebruikersnaam())
                        .update()
                == 1;
        if (!nieuw) {
            return new Resultaat(rij, id, false);
        }
        // T-12: the profile's arrival and the handover conversation meet this dossier's COA deadlines.
        events.publishEvent(new TermijnfeitenGewijzigd(List.of(id)));
        Intake intake = intakes.findById(id).orElseGet(() -> Intake.nieuw(id, p.gemeentecode(), Instant.now(clock)));
        String bron = berichten.getMessage(
                "coa.bron", new Object[] {p.datumOverdracht().format(DATUM)});
        List<LeefgebiedVerslag> verslagen = new ArrayList<>(intake.leefgebieden());
        vulAan(
                verslagen,
                Leefgebied.GEZINSSITUATIE,
                zin(
                        p.huishouden(),
                        p.landVanHerkomst() == null
                                ? null
                                : berichten.getMessage(
                                        "coa.herkomst",
                                        new Object[] {Codes.landNaam(p.landVanHerkomst()), p.landVanHerkomst()})),
                null,
                bron);
        vulAan(verslagen, Leefgebied.OPLEIDING, p.opleiding(), null, bron);
        vulAan(verslagen, Leefgebied.WERKERVARING, p.werkervaring(), null, bron);
        vulAan(
                verslagen,
                Leefgebied.TAALNIVEAU,
                zin(
                        p.talen().isEmpty()
                                ? null
                                : berichten.getMessage("coa.talen", new Object[] {String.join(", ", p.talen())}),
                        p.voorinburgering() == null
                                ? null
                                : berichten.getMessage("coa.voorinburgering", new Object[] {p.voorinburgering()})),
                null,
                bron);
        vulAan(verslagen, Leefgebied.MOTIVATIE, null, p.wensen(), bron);
        String gezondheid = String.join(
                " ",
                Stream.of(
                                p.zichtbareBeperkingen(),
                                Boolean.TRUE.equals(p.toestemmingGezondheid()) ? p.gezondheidssignalen() : null)
                        .filter(t -> t != null && !t.isBlank())
                        .toList());
        vulAan(verslagen, Leefgebied.FYSIEKE_GEZONDHEID, gezondheid.isBlank() ? null : gezondheid, null, bron);
        intake.neemCoaOver(verslagen, berichten.getMessage("coa.overdracht", new Object[] {
            p.datumOverdracht().format(DATUM), p.deelnemers().isEmpty() ? "–" : String.join(", ", p.deelnemers())
        }));
        intake.gewijzigd(Instant.now(clock));
        intakes.save(intake);
        auditLog.registreer(
                AuditActie.GEWIJZIGD, new AuditLog.Betrokkene(id, p.gemeentecode()), "warme overdracht COA");
        return new Resultaat(rij, id, true);
    }

    /** Fills a leefgebied from COA only where the consultant has written nothing there yet. */
    private static void vulAan(
            List<LeefgebiedVerslag> verslagen, Leefgebied leefgebied, String situatie, String wensen, String bron) {
        if ((situatie == null || situatie.isBlank()) && (wensen == null || wensen.isBlank())) {
            return;
        }
        boolean bestaat = verslagen.stream().anyMatch(v -> v.leefgebied() == leefgebied);
        if (!bestaat) {
            verslagen.add(new LeefgebiedVerslag(leefgebied, blanco(situatie), null, blanco(wensen), null, null, bron));
        }
    }

    private static String zin(String... delen) {
        String tekst = String.join(
                " ", Arrays.stream(delen).filter(d -> d != null && !d.isBlank()).toList());
        return tekst.isBlank() ? null : tekst;
    }

    private static String blanco(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The same profile gives the same key, so a second import is recognised. */
    static String sleutel(CoaProfiel p) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(Objects.toString(p).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void fout(List<Violation> fouten, String veld, String sleutel) {
        fouten.add(new Violation(veld, berichten.getMessage(sleutel), "I-4"));
    }
}
