package nl.inburgeringsregie.aanbieders;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.bestand.Csvbestand;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.web.Invoerbewaking;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads a provider's week of attendance as CSV (issue 15, AB-6), in the project's one dialect ({@link Csvbestand},
 * shared with the COA import): a header line naming {@link #KOLOMMEN} (in any order); dates as jjjj-mm-dd or
 * dd-mm-jjjj, hours with a point or a comma, {@code geoorloofd} ja/nee (empty without an
 * absence). Every unreadable row is reported, none is skipped; the rules are checked afterwards by {@link Presenties}.
 */
@Component
class PresentieBestand {

    /**
     * The columns: the placement (as {@code /api/v1/deelnemers} and the page's template give it), the week's Monday, the
     * hours, the reason; a column {@code naam} may be added for the reader and is ignored.
     */
    static final List<String> KOLOMMEN = List.of("plaatsingId", "week", "urenAanwezig", "urenAfwezig", "geoorloofd");

    /** One row of the file; a field that could not be read is null and named in the row's errors. */
    record Rij(int rij, UUID plaatsingId, Presenties.Melding melding) {}

    private final MessageSourceAccessor berichten;
    private final long maxBytes;

    PresentieBestand(
            MessageSourceAccessor berichten,
            @Value("${inburgeringsregie.aanbieders.max-bestand:1MB}") DataSize maxBestand) {
        this.berichten = berichten;
        this.maxBytes = maxBestand.toBytes();
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Reads a body of at most {@link #maxBytes()} bytes as UTF-8; a larger one is refused with 413 before it is read. */
    String leesBegrensd(InputStream in, long aangekondigd) throws IOException {
        return Csvbestand.leesBegrensd(in, aangekondigd, maxBytes, teGroot());
    }

    Csvbestand.TeGroot teGroot() {
        return new Csvbestand.TeGroot(
                berichten.getMessage("fout.presentiebestand.teGroot", new Object[] {maxBytes}), maxBytes);
    }

    /** The rows of the file, or every unreadable one as a violation {@code rijen[n].veld}; row 1 is the first after the header. */
    List<Rij> lees(String inhoud) {
        if (Invoerbewaking.bevatOngeldigTeken(inhoud)) {
            throw new InvalidInputException("bestand", "fout.presentiebestand.teken", "AB-6");
        }
        List<List<String>> regels;
        try {
            regels = Csvbestand.records(inhoud);
        } catch (Csvbestand.OnleesbareRij e) {
            throw new InvalidInputException("rijen[" + e.rij() + "]", "fout.presentiebestand.kolommen", "AB-6");
        }
        if (regels.isEmpty()) {
            throw new InvalidInputException("bestand", "fout.presentiebestand.leeg", "AB-6");
        }
        List<String> kop = Csvbestand.kop(regels);
        if (!kop.containsAll(KOLOMMEN)
                || !kop.stream().allMatch(k -> KOLOMMEN.contains(k) || k.equals("naam"))
                || kop.stream().distinct().count() != kop.size()) {
            throw new InvalidInputException(
                    List.of(new Violation("kop", "fout.presentiebestand.kop", "AB-6", String.join(";", KOLOMMEN))));
        }
        List<Rij> rijen = new ArrayList<>();
        List<Violation> fouten = new ArrayList<>();
        for (int r = 1; r < regels.size(); r++) {
            List<String> waarden = regels.get(r);
            if (Csvbestand.leeg(waarden)) {
                continue;
            }
            if (waarden.size() != kop.size()) {
                fouten.add(new Violation("rijen[" + r + "]", "fout.presentiebestand.kolommen", "AB-6"));
                continue;
            }
            Map<String, String> rij = Csvbestand.rij(kop, waarden);
            String p = "rijen[" + r + "].";
            UUID plaatsing = uuid(rij.get("plaatsingId"));
            if (plaatsing == null) {
                fouten.add(new Violation(p + "plaatsingId", "fout.presentiebestand.geenDeelnemer", "AB-6"));
            }
            LocalDate week = Csvbestand.datum(rij.get("week"));
            if (rij.get("week") != null && week == null) {
                fouten.add(new Violation(p + "week", "fout.presentiebestand.datum", "AB-6"));
            }
            BigDecimal aanwezig = uren(rij.get("urenAanwezig"));
            if (rij.get("urenAanwezig") != null && aanwezig == null) {
                fouten.add(new Violation(p + "urenAanwezig", "fout.presentiebestand.getal", "AB-6"));
            }
            BigDecimal afwezig = rij.get("urenAfwezig") == null ? BigDecimal.ZERO : uren(rij.get("urenAfwezig"));
            if (afwezig == null) {
                fouten.add(new Violation(p + "urenAfwezig", "fout.presentiebestand.getal", "AB-6"));
            }
            Boolean geoorloofd = Csvbestand.jaNee(rij.get("geoorloofd"));
            if (rij.get("geoorloofd") != null && geoorloofd == null) {
                fouten.add(new Violation(p + "geoorloofd", "fout.presentiebestand.jaNee", "AB-6"));
            }
            rijen.add(new Rij(
                    r,
                    plaatsing,
                    new Presenties.Melding(Presenties.Periode.WEEK, week, aanwezig, afwezig, geoorloofd)));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        if (rijen.isEmpty()) {
            throw new InvalidInputException("bestand", "fout.presentiebestand.leeg", "AB-6");
        }
        return rijen;
    }

    private static UUID uuid(String waarde) {
        try {
            return waarde == null ? null : UUID.fromString(waarde);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static BigDecimal uren(String waarde) {
        if (waarde == null || !waarde.matches("-?\\d{1,4}([.,]\\d{1,6})?")) {
            return null;
        }
        return new BigDecimal(waarde.replace(',', '.'));
    }
}
