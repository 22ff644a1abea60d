package nl.inburgeringsregie.inburgeraar;

import java.util.Locale;
import java.util.Set;

/** ISO code lists the dossier uses: countries (ISO 3166-1 alpha-2) and languages (ISO 639). */
public final class Codes {

    /** ISO 3166-1 alpha-2 plus XX, used for stateless or unknown nationality. */
    private static final Set<String> LANDEN;
    /** ISO 639-1, plus ISO 639-3 codes for languages without a two-letter code that newcomers speak. */
    private static final Set<String> TALEN;

    static {
        var landen = new java.util.HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
        landen.add("XX");
        LANDEN = Set.copyOf(landen);
        var talen = new java.util.HashSet<>(Set.of(Locale.getISOLanguages()));
        // Dari, Kurmanji, Sorani, Tigre, Assyrian Neo-Aramaic, Hazaragi, Bilen, Saho, Rohingya, Moroccan Arabic, Levantine Arabic.
        talen.addAll(Set.of("prs", "kmr", "ckb", "tig", "aii", "haz", "byn", "ssy", "rhg", "ary", "apc"));
        TALEN = Set.copyOf(talen);
    }

    /** ISO 3166-1 codes by Dutch country name, in alphabetical order of the name (for pick lists). */
    private static final java.util.Map<String, String> LANDEN_OP_NAAM = java.util.Arrays
            .stream(Locale.getISOCountries())
            .sorted(java.util.Comparator.comparing(Codes::landNaam, java.text.Collator.getInstance(Locale.of("nl"))))
            .collect(java.util.stream.Collectors.toMap(c -> c, Codes::landNaam, (a, b) -> a, java.util.LinkedHashMap::new));

    private Codes() {
    }

    public static java.util.Map<String, String> landenOpNaam() {
        return java.util.Collections.unmodifiableMap(LANDEN_OP_NAAM);
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
        String naam = Locale.of(code).getDisplayLanguage(Locale.of("nl"));
        return naam.isBlank() || naam.equals(code) ? code : naam;
    }
}
