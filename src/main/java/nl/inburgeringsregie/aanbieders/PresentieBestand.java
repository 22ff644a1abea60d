package nl.inburgeringsregie.aanbieders;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.web.Invoerbewaking;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Reads a provider's week of attendance as CSV (issue 15, AB-6), the dialect of the COA import: semicolons, double
 * quotes around fields that need them, a header line naming {@link #KOLOMMEN} (in any order), read with Apache Commons
 * CSV; dates as jjjj-mm-dd or dd-mm-jjjj, hours with a point or a comma, {@code geoorloofd} ja/nee (empty without an
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

    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private static final CSVFormat CSV = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setQuote('"')
            .setIgnoreEmptyLines(false)
            .setRecordSeparator("\n")
            .get();

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
        if (aangekondigd > maxBytes) {
            throw teGroot();
        }
        byte[] inhoud = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (inhoud.length > maxBytes) {
            throw teGroot();
        }
        return new String(inhoud, StandardCharsets.UTF_8);
    }

    TeGroot teGroot() {
        return new TeGroot(berichten.getMessage("fout.presentiebestand.teGroot", new Object[] {maxBytes}));
    }

    /** A file over the limit: 413. */
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    static final class TeGroot extends RuntimeException {
        TeGroot(String bericht) {
            super(bericht);
        }
    }

    /** The rows of the file, or every unreadable one as a violation {@code rijen[n].veld}; row 1 is the first after the header. */
    List<Rij> lees(String inhoud) {
        if (Invoerbewaking.bevatOngeldigTeken(inhoud)) {
            throw new InvalidInputException("bestand", "fout.presentiebestand.teken", "AB-6");
        }
        List<List<String>> regels = regels(inhoud.replace("\uFEFF", ""));
        if (regels.isEmpty()) {
            throw new InvalidInputException("bestand", "fout.presentiebestand.leeg", "AB-6");
        }
        List<String> kop = regels.getFirst().stream().map(String::strip).toList();
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
            if (waarden.size() == 1 && waarden.getFirst().isBlank()) {
                continue;
            }
            if (waarden.size() != kop.size()) {
                fouten.add(new Violation("rijen[" + r + "]", "fout.presentiebestand.kolommen", "AB-6"));
                continue;
            }
            Map<String, String> rij = new HashMap<>();
            for (int k = 0; k < kop.size(); k++) {
                rij.put(
                        kop.get(k),
                        waarden.get(k).isBlank() ? null : waarden.get(k).strip());
            }
            String p = "rijen[" + r + "].";
            UUID plaatsing = uuid(rij.get("plaatsingId"));
            if (plaatsing == null) {
                fouten.add(new Violation(p + "plaatsingId", "fout.presentiebestand.geenDeelnemer", "AB-6"));
            }
            LocalDate week = datum(rij.get("week"));
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
            Boolean geoorloofd = jaNee(rij.get("geoorloofd"));
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

    /** Splits CSV text into records of fields; record 0 is the header. A record Commons CSV cannot read is a row error. */
    private static List<List<String>> regels(String tekst) {
        List<List<String>> regels = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(tekst))
                .setFormat(CSV)
                .get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    regels.add(records.next().toList());
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new InvalidInputException(
                            "rijen[" + regels.size() + "]", "fout.presentiebestand.kolommen", "AB-6");
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("rijen[" + regels.size() + "]", "fout.presentiebestand.kolommen", "AB-6");
        }
        return regels;
    }

    private static UUID uuid(String waarde) {
        try {
            return waarde == null ? null : UUID.fromString(waarde);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate datum(String waarde) {
        if (waarde == null) {
            return null;
        }
        try {
            return waarde.matches("\\d{2}-\\d{2}-\\d{4}") ? LocalDate.parse(waarde, NL) : LocalDate.parse(waarde);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal uren(String waarde) {
        if (waarde == null || !waarde.matches("-?\\d{1,4}([.,]\\d{1,6})?")) {
            return null;
        }
        return new BigDecimal(waarde.replace(',', '.'));
    }

    private static Boolean jaNee(String waarde) {
        if (waarde == null) {
            return null;
        }
        return switch (waarde.toLowerCase(Locale.ROOT)) {
            case "ja", "j", "true", "1" -> Boolean.TRUE;
            case "nee", "n", "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
