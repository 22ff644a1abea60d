package nl.inburgeringsregie.inburgeraar;

import java.text.Collator;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** ISO code lists the dossier uses: countries (ISO 3166-1 alpha-2) and languages (ISO 639). */
public final class Codes {

    /** ISO 3166-1 alpha-2 plus XX, used for stateless or unknown nationality. */
    private static final Set<String> LANDEN;
    /** ISO 639-1, plus ISO 639-3 codes for languages without a two-letter code that newcomers speak. */
    private static final Set<String> TALEN;

    static {
        var landen = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
        landen.add("XX");
        LANDEN = Set.copyOf(landen);
        var talen = new HashSet<>(Set.of(Locale.getISOLanguages()));
        // Dari, Kurmanji, Sorani, Tigre, Assyrian Neo-Aramaic, Hazaragi, Bilen, Saho, Rohingya, Moroccan Arabic,
        // Levantine Arabic.
        talen.addAll(Set.of("prs", "kmr", "ckb", "tig", "aii", "haz", "byn", "ssy", "rhg", "ary", "apc"));
        TALEN = Set.copyOf(talen);
    }

    /** ISO 3166-1 codes by Dutch country name, in alphabetical order of the name (for pick lists). */
    private static final Map<String, String> LANDEN_OP_NAAM = Arrays.stream(Locale.getISOCountries())
            .sorted(Comparator.comparing(Codes::landNaam, Collator.getInstance(Locale.of("nl"))))
            .collect(Collectors.toMap(c -> c, Codes::landNaam, (a, b) -> a, LinkedHashMap::new));

    private Codes() {}

    public static Map<String, String> landenOpNaam() {
        return Collections.unmodifiableMap(LANDEN_OP_NAAM);
    }

    public static boolean isLand(String code) {
        return code != null && LANDEN.contains(code);
    }

    public static boolean isTaal(String code) {
        return code != null && TALEN.contains(code);
    }

    /** The Dutch name of a country code, or the code itself. */
    public static String landNaam(String code) {
        if (code == null) {
            return null;
        }
        if ("XX".equals(code)) {
            return "staatloos / onbekend";
        }
        String naam = Locale.of("", code).getDisplayCountry(Locale.of("nl"));
        return naam.isBlank() ? code : naam;
    }

    /** The Dutch name of a language code, or the code itself. */
    static String taalNaam(String code) {
        if (code == null) {
            return null;
        }
        if (TAALNAMEN_ZONDER_JDK.containsKey(code)) {
            return TAALNAMEN_ZONDER_JDK.get(code);
        }
        String naam = Locale.of(code).getDisplayLanguage(Locale.of("nl"));
        return naam.isBlank() || naam.equals(code) ? code : naam;
    }

    // Issue 21 point 10 (h3): the registration form offers labelled lists; the ISO code stays the stored value.

    /** Dutch names of the ISO 639-3 codes newcomers speak that the JDK has no Dutch name for. */
    private static final Map<String, String> TAALNAMEN_ZONDER_JDK = Map.of(
            "prs",
            "Dari",
            "kmr",
            "Kurmanji (Noord-Koerdisch)",
            "ckb",
            "Sorani (Centraal-Koerdisch)",
            "aii",
            "Assyrisch Neo-Aramees",
            "haz",
            "Hazaragi");

    /** Codes ISO 639 replaced long ago (iw, in, ji): still valid when stored, but not offered twice in a pick list. */
    private static final Set<String> VEROUDERDE_TAALCODES = Set.of("iw", "in", "ji");

    private static final Map<String, String> NATIONALITEITEN_OP_NAAM =
            opNaam(Stream.concat(LANDEN_OP_NAAM.keySet().stream(), Stream.of("XX")), Codes::landNaam);

    private static final Map<String, String> TALEN_OP_NAAM =
            opNaam(TALEN.stream().filter(c -> !VEROUDERDE_TAALCODES.contains(c)), Codes::taalNaam);

    /** The nationalities to choose from: ISO 3166-1 code → Dutch name (XX: stateless or unknown), by name. */
    public static Map<String, String> nationaliteitenOpNaam() {
        return NATIONALITEITEN_OP_NAAM;
    }

    /** The languages to choose from: ISO 639 code → Dutch name, by name. */
    public static Map<String, String> talenOpNaam() {
        return TALEN_OP_NAAM;
    }

    private static Map<String, String> opNaam(Stream<String> codes, Function<String, String> naam) {
        Collator collator = Collator.getInstance(Locale.of("nl"));
        Map<String, String> kaart = new LinkedHashMap<>();
        codes.distinct()
                .map(c -> Map.entry(c, hoofdletter(naam.apply(c))))
                .sorted(Map.Entry.<String, String>comparingByValue(collator).thenComparing(Map.Entry::getKey))
                .forEach(e -> kaart.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(kaart);
    }

    private static String hoofdletter(String naam) {
        return naam.isEmpty() ? naam : naam.substring(0, 1).toUpperCase(Locale.of("nl")) + naam.substring(1);
    }
}
