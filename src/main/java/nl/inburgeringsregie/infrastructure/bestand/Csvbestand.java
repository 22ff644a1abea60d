package nl.inburgeringsregie.infrastructure.bestand;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The one CSV dialect of the project's uploads (the COA import, a provider's week of attendance), read with Apache
 * Commons CSV: semicolons, double quotes around fields that need them (a doubled quote inside), CRLF or LF, a byte
 * order mark ignored; empty lines are kept as records so that row numbers count every line. Record 0 is the header.
 * Values: dates as jjjj-mm-dd or dd-mm-jjjj, ja/nee. A body is read up to a limit and no further (413 beyond).
 */
public final class Csvbestand {

    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private static final CSVFormat CSV = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setQuote('"')
            .setIgnoreEmptyLines(false)
            .setRecordSeparator("\n")
            .get();

    private Csvbestand() {}

    /** A file over its limit: 413; the message is the module's own text, {@code maxBytes} the limit. */
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    public static final class TeGroot extends RuntimeException {
        private final long maxBytes;

        public TeGroot(String bericht, long maxBytes) {
            super(bericht);
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    /** A record Commons CSV cannot read (e.g. a quote left open); {@code rij} counts records from 0, the header. */
    public static final class OnleesbareRij extends RuntimeException {
        private final int rij;

        OnleesbareRij(int rij, Throwable oorzaak) {
            super("Unreadable CSV record " + rij, oorzaak);
            this.rij = rij;
        }

        public int rij() {
            return rij;
        }
    }

    /**
     * Reads a body of at most {@code maxBytes} bytes as UTF-8: a larger announced length, or more bytes than the limit,
     * throws {@code teGroot} before anything else is read.
     */
    public static String leesBegrensd(InputStream in, long aangekondigd, long maxBytes, TeGroot teGroot)
            throws IOException {
        if (aangekondigd > maxBytes) {
            throw teGroot;
        }
        byte[] inhoud = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (inhoud.length > maxBytes) {
            throw teGroot;
        }
        return new String(inhoud, StandardCharsets.UTF_8);
    }

    /** Splits CSV text into records of fields; record 0 is the header. An unreadable record throws {@link OnleesbareRij}. */
    public static List<List<String>> records(String tekst) {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(tekst.replace("\uFEFF", "")))
                .setFormat(CSV)
                .get()) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    records.add(it.next().toList());
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new OnleesbareRij(records.size(), e);
                }
            }
        } catch (IOException e) {
            throw new OnleesbareRij(records.size(), e);
        }
        return records;
    }

    /** The header's column names, stripped. */
    public static List<String> kop(List<List<String>> records) {
        return records.getFirst().stream().map(String::strip).toList();
    }

    /** An empty line (kept for the row numbers, skipped by the readers). */
    public static boolean leeg(List<String> waarden) {
        return waarden.size() == 1 && waarden.getFirst().isBlank();
    }

    /** A record's values by column name, stripped; an empty value is null. The caller checks the field count first. */
    public static Map<String, String> rij(List<String> kop, List<String> waarden) {
        Map<String, String> rij = new HashMap<>();
        for (int k = 0; k < kop.size(); k++) {
            rij.put(kop.get(k), waarden.get(k).isBlank() ? null : waarden.get(k).strip());
        }
        return rij;
    }

    /** A date as jjjj-mm-dd or dd-mm-jjjj; null when empty or unreadable. */
    public static LocalDate datum(String waarde) {
        if (waarde == null) {
            return null;
        }
        try {
            return waarde.matches("\\d{2}-\\d{2}-\\d{4}") ? LocalDate.parse(waarde, NL) : LocalDate.parse(waarde);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** ja/j/true/1 or nee/n/false/0 (any case); null when empty or anything else. */
    public static Boolean jaNee(String waarde) {
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
