package nl.inburgeringsregie.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.infrastructure.bestand.Csvbestand;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.web.Invoerbewaking;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
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
        return Csvbestand.leesBegrensd(in, aangekondigd, maxBytes, teGroot());
    }

    Csvbestand.TeGroot teGroot() {
        return new Csvbestand.TeGroot(berichten.getMessage("fout.coa.teGroot", new Object[] {maxBytes}), maxBytes);
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

    private List<CoaProfiel> csv(String inhoud) {
        List<List<String>> regels;
        try {
            regels = Csvbestand.records(inhoud);
        } catch (Csvbestand.OnleesbareRij e) {
            throw new InvalidInputException("rijen[" + e.rij() + "]", "fout.coa.csv", "I-4");
        }
        if (regels.isEmpty()) {
            return List.of();
        }
        List<String> kop = Csvbestand.kop(regels);
        List<Violation> fouten = new ArrayList<>();
        if (!kop.containsAll(List.of("bsn", "gemeentecode", "datumOverdracht"))
                || !CoaProfiel.KOLOMMEN.containsAll(kop)) {
            throw new InvalidInputException("kop", "fout.coa.csv", "I-4");
        }
        List<CoaProfiel> profielen = new ArrayList<>();
        for (int r = 1; r < regels.size(); r++) {
            List<String> waarden = regels.get(r);
            if (Csvbestand.leeg(waarden)) {
                continue;
            }
            if (waarden.size() != kop.size()) {
                fouten.add(new Violation("rijen[" + r + "]", "fout.coa.csv", "I-4"));
                continue;
            }
            Map<String, String> rij = Csvbestand.rij(kop, waarden);
            LocalDate datum = Csvbestand.datum(rij.get("datumOverdracht"));
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

    private static List<String> lijst(String waarde) {
        return waarde == null
                ? List.of()
                : Arrays.stream(waarde.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static Boolean ja(String waarde) {
        return waarde == null ? null : Boolean.TRUE.equals(Csvbestand.jaNee(waarde));
    }
}
