package nl.inburgeringsregie.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a COA file: JSON (one profile or an array; docs/api/coa-overdracht.schema.json) or CSV (read with Apache
 * Commons CSV: semicolons,
 * double quotes around fields that need them, a header line with {@link CoaProfiel#KOLOMMEN}; lists separated by
 * commas; dates as jjjj-mm-dd or dd-mm-jjjj). Every unreadable row is reported, none is skipped.
 */
@Component
class CoaBestand {

    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final JsonMapper json;
    private final MessageSourceAccessor berichten;

    private final long maxBytes;

    CoaBestand(
            JsonMapper json,
            MessageSourceAccessor berichten,
            @Value("${inburgeringsregie.coa.max-bestand:1MB}") DataSize maxBestand) {
        this.json = json;
        this.berichten = berichten;
        this.maxBytes = maxBestand.toBytes();
    }

    /** The largest file accepted, in bytes: the API and the web upload alike (h5, issue 14 point 7). */
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
        return new TeGroot(berichten.getMessage("fout.coa.teGroot", new Object[] {maxBytes}));
    }

    /** A file over the limit: 413. */
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    static final class TeGroot extends RuntimeException {
        TeGroot(String bericht) {
            super(bericht);
        }
    }

    List<CoaProfiel> lees(String inhoud, boolean csv) {
        if (Invoerbewaking.bevatOngeldigTeken(inhoud)) {
            // h5 (issue 14 point 7): a NUL or a lone surrogate anywhere refuses the whole file, as for any text.
            throw new InvalidInputException("bestand", "fout.coa.teken", "I-4");
        }
        return csv ? csv(inhoud) : json(inhoud);
    }

    private List<CoaProfiel> json(String inhoud) {
        try {
            JsonNode wortel = json.readTree(inhoud);
            List<JsonNode> knopen = new ArrayList<>();
            if (wortel != null && wortel.isArray()) {
                wortel.forEach(knopen::add);
            } else if (wortel != null && wortel.isObject()) {
                knopen.add(wortel);
            } else {
                throw new InvalidInputException("bestand", "fout.coa.json", "I-4");
            }
            List<CoaProfiel> profielen = new ArrayList<>();
            List<Violation> fouten = new ArrayList<>();
            for (int i = 0; i < knopen.size(); i++) {
                try {
                    profielen.add(json.treeToValue(knopen.get(i), CoaProfiel.class));
                } catch (JacksonException e) {
                    fouten.add(new Violation("rijen[" + (i + 1) + "]", "fout.coa.json", "I-4"));
                }
            }
            if (!fouten.isEmpty()) {
                throw new InvalidInputException(fouten);
            }
            return profielen;
        } catch (JacksonException e) {
            throw new InvalidInputException("bestand", "fout.coa.json", "I-4");
        }
    }

    /**
     * The CSV dialect COA delivers: semicolons, double quotes around fields that need them (a doubled quote inside),
     * CRLF or LF; empty lines are kept as records so that row numbers count every line of records, as before.
     */
    private static final CSVFormat COA_CSV = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setQuote('"')
            .setIgnoreEmptyLines(false)
            .setRecordSeparator("\n")
            .get();

    private List<CoaProfiel> csv(String inhoud) {
        List<List<String>> regels;
        try {
            regels = regels(inhoud.replace("\uFEFF", ""));
        } catch (OnleesbareRij e) {
            throw new InvalidInputException("rijen[" + e.rij + "]", "fout.coa.csv", "I-4");
        }
        if (regels.isEmpty()) {
            return List.of();
        }
        List<String> kop = regels.getFirst().stream().map(k -> k.strip()).toList();
        List<Violation> fouten = new ArrayList<>();
        if (!kop.containsAll(List.of("bsn", "gemeentecode", "datumOverdracht"))
                || !CoaProfiel.KOLOMMEN.containsAll(kop)) {
            throw new InvalidInputException("kop", "fout.coa.csv", "I-4");
        }
        List<CoaProfiel> profielen = new ArrayList<>();
        for (int r = 1; r < regels.size(); r++) {
            List<String> waarden = regels.get(r);
            if (waarden.size() == 1 && waarden.getFirst().isBlank()) {
                continue;
            }
            if (waarden.size() != kop.size()) {
                fouten.add(new Violation("rijen[" + r + "]", "fout.coa.csv", "I-4"));
                continue;
            }
            Map<String, String> rij = new HashMap<>();
            for (int k = 0; k < kop.size(); k++) {
                rij.put(
                        kop.get(k),
                        waarden.get(k).isBlank() ? null : waarden.get(k).strip());
            }
            LocalDate datum = datum(rij.get("datumOverdracht"));
            if (rij.get("datumOverdracht") != null && datum == null) {
                fouten.add(new Violation("rijen[" + r + "].datumOverdracht", "fout.coa.datum", "I-4"));
            }
            profielen.add(new CoaProfiel(
                    rij.get("bsn"),
                    rij.get("gemeentecode"),
                    datum,
                    lijst(rij.get("deelnemers")),
                    rij.get("huishouden"),
                    rij.get("landVanHerkomst"),
                    lijst(rij.get("talen")),
                    rij.get("opleiding"),
                    rij.get("werkervaring"),
                    rij.get("zichtbareBeperkingen"),
                    rij.get("gezondheidssignalen"),
                    ja(rij.get("toestemmingGezondheid")),
                    rij.get("wensen"),
                    rij.get("voorinburgering")));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        return profielen;
    }

    /** A record Commons CSV cannot read (e.g. a quote left open); {@code rij} counts records from 0, the header. */
    static final class OnleesbareRij extends RuntimeException {
        final long rij;

        OnleesbareRij(long rij, Throwable oorzaak) {
            super("Unreadable CSV record " + rij, oorzaak);
            this.rij = rij;
        }
    }

    /** Splits CSV text into records of fields with Apache Commons CSV ({@link #COA_CSV}); record 0 is the header. */
    static List<List<String>> regels(String tekst) {
        List<List<String>> regels = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(tekst))
                .setFormat(COA_CSV)
                .get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    regels.add(records.next().toList());
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new OnleesbareRij(regels.size(), e);
                }
            }
        } catch (IOException e) {
            throw new OnleesbareRij(regels.size(), e);
        }
        return regels;
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

    private static List<String> lijst(String waarde) {
        return waarde == null
                ? List.of()
                : Arrays.stream(waarde.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static Boolean ja(String waarde) {
        if (waarde == null) {
            return null;
        }
        String w = waarde.toLowerCase(Locale.ROOT);
        return w.equals("ja") || w.equals("true") || w.equals("j") || w.equals("1");
    }
}
